import { ALERT_SOURCES, ALERT_STATUSES, type AlertStatus } from '@firebreak/shared';
import { Button, Checkbox, Group, Kbd, SegmentedControl, Select, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useHotkeys, useMediaQuery } from '@mantine/hooks';
import { IconBellOff, IconPlugConnected, IconSearch } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type AlertView, changeAlerts, invalidateAlerts, useAlerts, useLiveAlerts } from '../../api/alerts.ts';
import { useServices } from '../../api/queries.ts';
import { canWork, useUser } from '../../app/session.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { Time } from '../../components/Time.tsx';
import { ALERT_STATUS_LABEL, AlertSeverityPill, AlertStatusPill, DeclareFromAlertButton, FORMAT_LABEL } from './AlertBits.tsx';

const STATUS_FILTERS = [
  { value: 'open', label: 'Open' },
  ...ALERT_STATUSES.map((s: AlertStatus) => ({ value: s, label: ALERT_STATUS_LABEL[s] })),
  { value: 'all', label: 'All' },
];

function AlertRow({
  alert: a,
  selectable,
  selected,
  onSelect,
  compact,
}: {
  alert: AlertView;
  selectable: boolean;
  selected: boolean;
  onSelect: (on: boolean) => void;
  compact: boolean;
}) {
  const waiting = a.abilities.declare && a.status !== 'resolved';
  const meta = [a.service?.name ?? 'No service', a.integration.name, a.count > 1 ? `${a.count} times` : null].filter(Boolean).join(' · ');
  return (
    <div className={`fb-alert-row${compact ? ' fb-alert-row-compact' : ''}`} data-selected={selected || undefined}>
      {selectable && (
        <Checkbox
          aria-label={`Select alert: ${a.title}`}
          checked={selected}
          onChange={(e) => onSelect(e.currentTarget.checked)}
          size="xs"
        />
      )}
      <div style={{ minWidth: 0 }}>
        <Group gap={6} wrap="nowrap">
          <AlertSeverityPill severity={a.severity} />
          <Link to={`/alerts/${a.id}`} className="fb-alert-title fb-truncate">
            {a.title}
          </Link>
        </Group>
        <Text size="xs" c="dimmed" className="fb-truncate">
          {meta}
          {a.incident && (
            <>
              {' · '}
              <Link to={`/incidents/${a.incident.ref}`}>{a.incident.ref}</Link>
            </>
          )}
        </Text>
      </div>
      <Group gap={10} wrap="nowrap" justify="flex-end">
        {waiting && !compact && <DeclareFromAlertButton alert={a} />}
        <AlertStatusPill status={a.status} />
        <Text size="xs" c="dimmed" w={compact ? undefined : 78} ta="right" className="fb-nowrap">
          <Time iso={a.lastSeenAt} prefix="Last seen" />
        </Text>
      </Group>
    </div>
  );
}

export function AlertListPage() {
  const user = useUser();
  const worker = canWork(user);
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'open';
  const service = params.get('service') ?? '';
  const source = params.get('source') ?? '';
  const filters = useMemo(
    () => ({ status: status === 'all' ? undefined : status, service: service || undefined, source: source || undefined }),
    [status, service, source],
  );
  const list = useAlerts(filters);
  useLiveAlerts();
  const services = useServices();
  const qc = useQueryClient();
  const compact = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkError, setBulkError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'acknowledge' | 'resolve' | null>(null);
  const [said, setSaid] = useState('');

  const setParam = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v === null || v === '') next.delete(k);
    else next.set(k, v);
    setParams(next, { replace: true });
    setSelected(new Set());
  };

  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);
  // Selected alerts that left the list (resolved elsewhere, filtered out) are no longer selected.
  useEffect(() => {
    setSelected((cur) => {
      const here = new Set(rows.map((r) => r.id));
      const next = new Set([...cur].filter((id) => here.has(id)));
      return next.size === cur.size ? cur : next;
    });
  }, [rows]);
  const chosen = rows.filter((r) => selected.has(r.id));
  const canAck = chosen.some((r) => r.abilities.acknowledge);
  const canResolve = chosen.some((r) => r.abilities.resolve);

  const bulk = async (action: 'acknowledge' | 'resolve') => {
    if (!chosen.length || busy) return;
    setBusy(action);
    setBulkError(null);
    try {
      const r = await changeAlerts(
        chosen.map((c) => c.id),
        action,
      );
      setSaid(`${r.changed.length} alert${r.changed.length === 1 ? '' : 's'} ${action === 'acknowledge' ? 'acknowledged' : 'resolved'}`);
      setSelected(new Set());
      invalidateAlerts(qc);
    } catch (err) {
      setBulkError(err);
    } finally {
      setBusy(null);
    }
  };
  useHotkeys([
    ['shift+A', () => worker && canAck && bulk('acknowledge')],
    ['shift+R', () => worker && canResolve && bulk('resolve')],
  ]);

  const listRef = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the list's offset is known once it has rendered
  useEffect(() => setOffset(listRef.current?.offsetTop ?? 0), [list.isPending, selected.size > 0]);
  const virtual = useWindowVirtualizer({ count: rows.length, estimateSize: () => (compact ? 64 : 52), overscan: 12, scrollMargin: offset });
  const items = virtual.getVirtualItems();
  const last = items[items.length - 1];
  useEffect(() => {
    if (last && last.index >= rows.length - 10 && list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage();
  }, [last, rows.length, list]);

  const filtered = status !== 'open' || service || source;
  const allSelected = rows.length > 0 && chosen.length === rows.length;

  return (
    <Stack gap={0}>
      <Stack gap="sm" px="md" pt="md" pb="sm" className="fb-border-b">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={1}>Alerts</Title>
          {user.role === 'admin' && (
            <Button component={Link} to="/alerts/integrations" variant="default" size="xs" leftSection={<IconPlugConnected size={14} />}>
              Integrations
            </Button>
          )}
        </Group>
        <Group gap="sm" wrap="wrap" align="center">
          <SegmentedControl
            aria-label="Status"
            size="xs"
            data={STATUS_FILTERS}
            value={status}
            onChange={(v) => setParam('status', v === 'open' ? null : v)}
          />
          <Select
            aria-label="Service"
            placeholder="Any service"
            size="xs"
            w={170}
            searchable
            clearable
            data={(services.data ?? []).map((s) => ({ value: s.name, label: s.name }))}
            value={service || null}
            onChange={(v) => setParam('service', v)}
            nothingFoundMessage="No such service"
          />
          <Select
            aria-label="Source"
            placeholder="Any source"
            size="xs"
            w={190}
            clearable
            data={ALERT_SOURCES.map((f) => ({ value: f, label: FORMAT_LABEL[f] }))}
            value={source || null}
            onChange={(v) => setParam('source', v)}
          />
        </Group>
        {worker && rows.length > 0 && (
          <Group gap="sm" wrap="wrap" className="fb-bulk-bar" role="group" aria-label="Selected alerts">
            <Checkbox
              aria-label="Select all alerts shown"
              checked={allSelected}
              indeterminate={chosen.length > 0 && !allSelected}
              onChange={(e) => setSelected(e.currentTarget.checked ? new Set(rows.map((r) => r.id)) : new Set())}
              size="xs"
            />
            <Text size="xs" c="dimmed" w={70}>
              {chosen.length ? `${chosen.length} selected` : 'Select'}
            </Text>
            <Tooltip label="Acknowledge the selected alerts (Shift+A)">
              <Button
                size="compact-xs"
                variant="default"
                disabled={!canAck}
                loading={busy === 'acknowledge'}
                onClick={() => bulk('acknowledge')}
                rightSection={<Kbd size="xs">⇧A</Kbd>}
              >
                Acknowledge
              </Button>
            </Tooltip>
            <Tooltip label="Resolve the selected alerts (Shift+R)">
              <Button
                size="compact-xs"
                variant="default"
                disabled={!canResolve}
                loading={busy === 'resolve'}
                onClick={() => bulk('resolve')}
                rightSection={<Kbd size="xs">⇧R</Kbd>}
              >
                Resolve
              </Button>
            </Tooltip>
            <Text size="xs" role="status" c="dimmed">
              {said}
            </Text>
            <InlineError error={bulkError} />
          </Group>
        )}
      </Stack>
      {list.error && (
        <div style={{ padding: 16 }}>
          <ErrorNote error={list.error} onRetry={() => list.refetch()} />
        </div>
      )}
      {list.isPending ? (
        <Stack gap={0} aria-busy="true" aria-label="Loading alerts">
          {Array.from({ length: 8 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders
            <Skeleton key={i} height={36} m={8} width="calc(100% - 16px)" />
          ))}
        </Stack>
      ) : rows.length === 0 && !list.error ? (
        filtered ? (
          <EmptyState
            icon={<IconSearch size={28} />}
            title="No alerts match these filters"
            action={
              <Button variant="default" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
                Clear filters
              </Button>
            }
          >
            Try another status, service or source.
          </EmptyState>
        ) : (
          <EmptyState
            icon={<IconBellOff size={28} />}
            title="No open alerts"
            action={
              user.role === 'admin' ? (
                <Button component={Link} to="/alerts/integrations" variant="default">
                  Connect a monitoring tool
                </Button>
              ) : undefined
            }
          >
            Alerts from Alertmanager, Grafana, PagerDuty or Opsgenie clients and scripts appear here as they arrive.
          </EmptyState>
        )
      ) : (
        <ul ref={listRef} aria-label="Alerts" className="fb-plain-list" style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {items.map((v) => {
            const a = rows[v.index];
            return (
              <li
                key={a.id}
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
                <AlertRow
                  alert={a}
                  compact={compact}
                  selectable={worker}
                  selected={selected.has(a.id)}
                  onSelect={(on) =>
                    setSelected((cur) => {
                      const next = new Set(cur);
                      if (on) next.add(a.id);
                      else next.delete(a.id);
                      return next;
                    })
                  }
                />
              </li>
            );
          })}
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
          {rows.length} alert{rows.length === 1 ? '' : 's'}
        </Text>
      )}
    </Stack>
  );
}
