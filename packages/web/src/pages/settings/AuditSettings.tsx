import { AUDIT_ACTIONS } from '@firebreak/shared';
import { Button, Group, Select, SimpleGrid, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconDownload, IconFilterOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { type AuditEntryView, type AuditFilter, auditCsvUrl, EMPTY_AUDIT_FILTER, useAudit } from '../../api/audit.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { Time } from '../../components/Time.tsx';

/** Areas first (a prefix matches every action in it), then each action. */
const AREAS: { value: string; label: string }[] = [
  { value: 'auth.', label: 'Sign-ins (all)' },
  { value: 'user.', label: 'People (all)' },
  { value: 'token.', label: 'API tokens (all)' },
  { value: 'session.', label: 'Sessions (all)' },
  { value: 'settings.', label: 'Settings (all)' },
  { value: 'incident.', label: 'Private incidents (all)' },
  { value: 'export.', label: 'Exports (all)' },
  { value: 'share_link.', label: 'Share links (all)' },
  { value: 'job.', label: 'Background jobs (all)' },
];
const ACTION_DATA = [
  { group: 'Areas', items: AREAS },
  { group: 'Actions', items: AUDIT_ACTIONS.map((a) => ({ value: a, label: a })) },
];

const FIELDS = Object.keys(EMPTY_AUDIT_FILTER) as (keyof AuditFilter)[];

/** Failures and removals stand out in words and colour; nothing else is coloured. */
const tone = (action: string) => (/failed|revoked|disabled|removed|discarded/.test(action) ? 'fb-danger' : undefined);

function Details({ e }: { e: AuditEntryView }) {
  const keys = Object.keys(e.details);
  if (!keys.length && !e.userAgent) return null;
  return (
    <details className="fb-audit-more">
      <summary>Details</summary>
      {keys.length > 0 && <pre className="fb-verbatim">{JSON.stringify(e.details, null, 2)}</pre>}
      {e.userAgent && (
        <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
          Browser: {e.userAgent}
        </Text>
      )}
    </details>
  );
}

function Row({ e }: { e: AuditEntryView }) {
  return (
    <tr>
      <td data-label="When">
        <div>
          <Time iso={e.at} />
        </div>
      </td>
      <td data-label="Who">
        <div>
          <span>{e.actor.name ?? e.actor.label}</span>
          {e.actor.name && (
            <Text span size="xs" c="dimmed" className="fb-audit-sub">
              {e.actor.label}
            </Text>
          )}
        </div>
      </td>
      <td data-label="Action">
        <div className={`fb-mono ${tone(e.action) ?? ''}`}>{e.action}</div>
      </td>
      <td data-label="Target">
        <div>
          <span>{e.target.label ?? e.target.id}</span>
          <Text span size="xs" c="dimmed" className="fb-audit-sub">
            {e.target.type}
          </Text>
        </div>
      </td>
      <td data-label="From">
        <div>
          <span className="fb-mono">{e.ip ?? '—'}</span>
          <Details e={e} />
        </div>
      </td>
    </tr>
  );
}

/** Settings → Audit log: who did what, when and from where; filters, paging, and the CSV of the same filter. */
export function AuditSettings() {
  const [params, setParams] = useSearchParams();
  const applied: AuditFilter = Object.fromEntries(FIELDS.map((k) => [k, params.get(k) ?? ''])) as AuditFilter;
  const [draft, setDraft] = useState<AuditFilter>(applied);
  const apply = (f: AuditFilter) => {
    setDraft(f);
    setParams(Object.fromEntries(FIELDS.filter((k) => f[k].trim()).map((k) => [k, f[k].trim()])), { replace: true });
  };
  const list = useAudit(applied);
  const entries = list.data?.pages.flatMap((p) => p.data) ?? [];
  const filtered = FIELDS.some((k) => applied[k]);
  const set = (k: keyof AuditFilter) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  // On a phone the entries come first: the area filter stays, the others open on demand.
  const compact = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [more, setMore] = useState(false);
  const showAll = !compact || more || ['actor', 'targetId', 'since', 'until'].some((k) => applied[k as keyof AuditFilter]);

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Every sign-in and failed sign-in, change to people, tokens and settings, access to private incidents, export and share link, with
        who did it and from which address. Entries cannot be changed or deleted; they are removed only after the retention period.
      </Text>
      <form
        aria-label="Filter the audit log"
        onSubmit={(ev) => {
          ev.preventDefault();
          apply(draft);
        }}
      >
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
          <Select
            label="Action"
            placeholder="Any action"
            data={ACTION_DATA}
            value={draft.action || null}
            onChange={(v) => apply({ ...draft, action: v ?? '' })}
            searchable
            clearable
          />
          {showAll && (
            <>
              <TextInput
                label="Who"
                placeholder="E-mail or user id"
                value={draft.actor}
                onChange={(e) => set('actor')(e.currentTarget.value)}
              />
              <TextInput
                label="Target"
                placeholder="Id, e.g. a user or incident id"
                value={draft.targetId}
                onChange={(e) => set('targetId')(e.currentTarget.value)}
              />
              <TextInput label="From (UTC day)" type="date" value={draft.since} onChange={(e) => set('since')(e.currentTarget.value)} />
              <TextInput
                label="Until (UTC day, included)"
                type="date"
                value={draft.until}
                onChange={(e) => set('until')(e.currentTarget.value)}
              />
            </>
          )}
          <Group gap="xs" align="flex-end">
            {showAll ? (
              <Button type="submit">Apply</Button>
            ) : (
              <Button variant="default" leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />} onClick={() => setMore(true)}>
                More filters
              </Button>
            )}
            {filtered && (
              <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={() => apply(EMPTY_AUDIT_FILTER)}>
                Clear
              </Button>
            )}
          </Group>
        </SimpleGrid>
      </form>
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite">
          {list.isPending
            ? 'Loading…'
            : `${entries.length}${list.hasNextPage ? '+' : ''} ${entries.length === 1 ? 'entry' : 'entries'}, newest first`}
        </Text>
        <Button component="a" href={auditCsvUrl(applied)} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
          Download CSV
        </Button>
      </Group>
      {list.isError && <ErrorNote error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending ? (
        <Stack gap={6}>
          {[0, 1, 2, 3, 4].map((i) => (
            <Skeleton key={i} height={36} />
          ))}
        </Stack>
      ) : entries.length === 0 && !list.isError ? (
        <EmptyState title={filtered ? 'Nothing matches these filters' : 'Nothing recorded yet'}>
          {filtered ? 'Widen the dates or clear a filter.' : 'Sign-ins and changes by admins will appear here.'}
        </EmptyState>
      ) : (
        <table className="fb-audit-table">
          <caption className="fb-sr-only">Audit log entries, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Target</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <Row key={e.id} e={e} />
            ))}
          </tbody>
        </table>
      )}
      {list.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            Show older entries
          </Button>
        </Group>
      )}
    </Stack>
  );
}
