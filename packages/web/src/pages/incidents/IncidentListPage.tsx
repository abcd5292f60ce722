import { csv } from '@firebreak/shared/query.ts';
import {
  Button,
  Chip,
  Group,
  Kbd,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import { IconFlame, IconSearch } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { request } from '../../api/client.ts';
import { openStream } from '../../api/live.ts';
import { keys, useIncidentStats, useIncidents, useServices, useSeverities } from '../../api/queries.ts';
import type { IncidentEvent, IncidentSummary, Page } from '../../api/types.ts';
import { openDeclare } from '../../app/commands.ts';
import { canWork, useUser } from '../../app/session.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { SeverityFlag } from '../../components/SeverityFlag.tsx';
import { FirstSteps } from './FirstSteps.tsx';
import { IncidentRow } from './IncidentRow.tsx';

const STATUS_FILTERS = [
  { value: 'active', label: 'Active' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'closed,declined,duplicate', label: 'Closed' },
  { value: 'all', label: 'All' },
];

// Timeline kinds that change what a list row shows; comments and notes do not.
const LIST_KINDS = new Set([
  'declared',
  'status_changed',
  'severity_changed',
  'field_changed',
  'role_assigned',
  'role_unassigned',
  'services_changed',
  'merged',
  'stakeholder_update',
]);

function ActiveCounts({ selected, onPick }: { selected: string[]; onPick: (name: string) => void }) {
  const stats = useIncidentStats();
  if (stats.isPending) return <Skeleton height={26} width={360} />;
  if (stats.error) return <ErrorNote error={stats.error} />;
  const total = stats.data.reduce((n, s) => n + s.active, 0);
  return (
    <Group gap={6} aria-label="Active incidents by severity" role="group">
      <Text size="sm" c="dimmed" mr={4}>
        <Text span fw={700} c="var(--mantine-color-text)" size="lg">
          {total}
        </Text>{' '}
        active
      </Text>
      {stats.data.map((s) => (
        <UnstyledButton
          key={s.severity.id}
          onClick={() => onPick(s.severity.name)}
          aria-pressed={selected.includes(s.severity.name)}
          aria-label={`${s.active} active ${s.severity.name}; filter by ${s.severity.name}`}
          className="fb-count"
          data-zero={s.active === 0 || undefined}
        >
          <SeverityFlag severity={s.severity} />
          <Text span size="sm" fw={600}>
            {s.active}
          </Text>
        </UnstyledButton>
      ))}
    </Group>
  );
}

export function IncidentListPage() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'active';
  const severity = params.get('severity') ?? '';
  const service = params.get('service') ?? '';
  const mine = params.get('mine') === 'true';
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const severities = useSeverities();
  const services = useServices();
  const filters = useMemo(
    () => ({
      status: status === 'all' ? undefined : status,
      severity: severity || undefined,
      service: service || undefined,
      mine,
      q: q || undefined,
    }),
    [status, severity, service, mine, q],
  );
  const list = useIncidents(filters);
  const qc = useQueryClient();
  const compact = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });

  const setParam = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v === null || v === '') next.delete(k);
    else next.set(k, v);
    setParams(next, { replace: true });
  };
  const search = useDebouncedCallback((v: string) => setParam('q', v.trim()), 250);
  const selectedSev = csv(severity);
  const toggleSev = (name: string) => {
    const set = new Set(selectedSev);
    if (set.has(name)) set.delete(name);
    else set.add(name);
    setParam('severity', [...set].join(','));
  };

  // Live: new incidents and status changes appear without reload.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void qc.invalidateQueries({ queryKey: keys.incidents() });
        void qc.invalidateQueries({ queryKey: keys.stats });
      }, 200);
    };
    const close = openStream<IncidentEvent>({
      url: '/api/v1/events',
      event: 'incident',
      onMessage: (ev) => LIST_KINDS.has(ev.kind) && refresh(),
      onReconnect: refresh,
    });
    return () => {
      clearTimeout(timer);
      close();
    };
  }, [qc]);

  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);
  const listRef = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the list's offset is known once it has rendered
  useEffect(() => setOffset(listRef.current?.offsetTop ?? 0), [list.isPending]);
  const virtual = useWindowVirtualizer({ count: rows.length, estimateSize: () => (compact ? 76 : 52), overscan: 12, scrollMargin: offset });
  const items = virtual.getVirtualItems();
  const last = items[items.length - 1];
  useEffect(() => {
    if (last && last.index >= rows.length - 10 && list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage();
  }, [last, rows.length, list]);

  const filtered = status !== 'active' || severity || service || mine || q;
  // No active incident: is there any at all? A new installation gets its first steps instead.
  const any = useQuery({
    queryKey: [...keys.incidents(), 'any'],
    queryFn: ({ signal }) => request<Page<IncidentSummary>>('GET', '/incidents?limit=1', undefined, signal),
    enabled: !filtered && !list.isPending && rows.length === 0,
  });
  const firstRun = !filtered && rows.length === 0 && any.data?.data.length === 0 && canWork(user);
  const href = (ref: string) => (user.role === 'viewer' ? `/incidents/${ref}/status-page` : `/incidents/${ref}`);

  return (
    <Stack gap={0}>
      <Stack gap="sm" px="md" pt="md" pb="sm" className="fb-border-b">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={1}>Incidents</Title>
          <ActiveCounts selected={selectedSev} onPick={toggleSev} />
        </Group>
        <Group gap="sm" wrap="wrap" align="center">
          <TextInput
            aria-label="Search incidents"
            placeholder="Search title or INC-42"
            leftSection={<IconSearch size={14} />}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              search(e.currentTarget.value);
            }}
            w={{ base: '100%', sm: 240 }}
            size="xs"
          />
          <SegmentedControl
            aria-label="Status"
            size="xs"
            data={STATUS_FILTERS}
            value={status}
            onChange={(v) => setParam('status', v === 'active' ? null : v)}
          />
          <Chip.Group multiple value={selectedSev} onChange={(v) => setParam('severity', v.join(','))}>
            <Group gap={4} role="group" aria-label="Severity" visibleFrom="sm">
              {(severities.data ?? []).map((s) => (
                <Chip key={s.id} value={s.name} size="xs" variant="outline">
                  {s.name}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <Select
            aria-label="Service"
            placeholder="Any service"
            size="xs"
            w={170}
            searchable
            clearable
            allowDeselect
            data={(services.data ?? []).map((s) => ({ value: s.name, label: s.name }))}
            value={service || null}
            onChange={(v) => setParam('service', v)}
            nothingFoundMessage="No such service"
          />
          <Switch label="Mine" checked={mine} onChange={(e) => setParam('mine', e.currentTarget.checked ? 'true' : null)} size="sm" />
        </Group>
      </Stack>
      {list.error && (
        <div style={{ padding: 16 }}>
          <ErrorNote error={list.error} onRetry={() => list.refetch()} />
        </div>
      )}
      {list.isPending ? (
        <Stack gap={0} aria-busy="true" aria-label="Loading incidents">
          {Array.from({ length: 8 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders
            <Skeleton key={i} height={36} m={8} width={`calc(100% - 16px)`} />
          ))}
        </Stack>
      ) : rows.length === 0 && !list.error ? (
        firstRun ? (
          <FirstSteps />
        ) : filtered ? (
          <EmptyState
            icon={<IconSearch size={28} />}
            title="No incidents match these filters"
            action={
              <Button
                variant="default"
                onClick={() => {
                  setText('');
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                Clear filters
              </Button>
            }
          >
            Try another status, severity or search.
          </EmptyState>
        ) : (
          <EmptyState
            icon={<IconFlame size={28} />}
            title="No active incidents"
            action={
              canWork(user) ? (
                <Button
                  onClick={openDeclare}
                  color="red.9"
                  rightSection={
                    <Kbd size="xs" className="fb-kbd-on-red">
                      D
                    </Kbd>
                  }
                >
                  Declare incident
                </Button>
              ) : undefined
            }
          >
            {canWork(user) ? (
              <>
                No incidents. Declare one with <Kbd size="xs">D</Kbd> when something is wrong.
              </>
            ) : (
              'No incidents right now.'
            )}
          </EmptyState>
        )
      ) : (
        <ul ref={listRef} aria-label="Incidents" className="fb-plain-list" style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {items.map((v) => (
            <li
              key={rows[v.index].id}
              data-index={v.index}
              ref={virtual.measureElement}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${v.start - virtual.options.scrollMargin}px)`,
              }}
            >
              <IncidentRow incident={rows[v.index]} href={href(rows[v.index].ref)} compact={compact} />
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <Group justify="center" p="md">
          <Button variant="default" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
            Load more
          </Button>
        </Group>
      )}
      {!list.hasNextPage && rows.length > 0 && (
        <Text size="xs" c="dimmed" ta="center" p="md">
          {rows.length} incident{rows.length === 1 ? '' : 's'}
        </Text>
      )}
    </Stack>
  );
}
