import { Button, Checkbox, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown, IconFilter, IconNotes, IconPinFilled } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { send } from '../../../api/client.ts';
import { keys } from '../../../api/queries.ts';
import type { Incident, TimelineEntry } from '../../../api/types.ts';
import { useUser } from '../../../app/session.ts';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorNote, InlineError } from '../../../components/ErrorNote.tsx';
import { Menu } from '../../../components/Menu.tsx';
import { timeZonePref, useNow } from '../../../lib/time.ts';
import { FILTERS } from './entryText.tsx';
import { mergeEntries } from './mutations.ts';
import { TimelineItem } from './TimelineItem.tsx';

const NoteDialog = lazy(() => import('./NoteDialog.tsx').then((m) => ({ default: m.NoteDialog })));

const byStory = (a: TimelineEntry, b: TimelineEntry) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.id - b.id);

/**
 * The story of the incident, oldest first and newest last, virtualised so 2,000 entries scroll
 * smoothly. Follows new entries while you are at the bottom; otherwise offers "Jump to latest".
 */
export function Timeline({
  incident,
  entries,
  loading,
  error,
  onRetry,
  hideTitle = false,
}: {
  hideTitle?: boolean;
  incident: Incident;
  entries: TimelineEntry[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  const tz = timeZonePref.use();
  const now = useNow();
  const me = useUser();
  const qc = useQueryClient();
  const [groups, setGroups] = useState<string[]>([]);
  const [pinnedOnly, setPinnedOnly] = useState(false);
  const [noting, setNoting] = useState(false);
  const noteButton = useRef<HTMLButtonElement>(null);
  const scrollRef = useRef<HTMLElement>(null);
  const atBottom = useRef(true);
  const [unseen, setUnseen] = useState(0);
  const ready = useRef(false);

  const list = useMemo(() => {
    const kinds = new Set(groups.flatMap((g) => FILTERS.find((f) => f.value === g)?.kinds ?? []));
    return (entries ?? [])
      .filter((e) => e.kind !== 'pinned' && (!kinds.size || kinds.has(e.kind)) && (!pinnedOnly || e.pinned))
      .sort(byStory);
  }, [entries, groups, pinnedOnly]);

  const virtual = useVirtualizer({
    count: list.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 44,
    overscan: 10,
    getItemKey: (i) => list[i].id,
  });

  const pin = useMutation({
    mutationFn: (e: TimelineEntry) =>
      send<TimelineEntry>('POST', `/incidents/${encodeURIComponent(incident.ref)}/timeline/${e.id}/pin`, { pinned: !e.pinned }),
    onMutate: (e) =>
      qc.setQueryData<TimelineEntry[]>(keys.timeline(incident.ref), (cur) =>
        cur?.map((x) => (x.id === e.id ? { ...x, pinned: !e.pinned } : x)),
      ),
    onError: (_err, e) => qc.setQueryData<TimelineEntry[]>(keys.timeline(incident.ref), (cur) => mergeEntries(cur, [{ ...e }])),
  });
  const onPin = useCallback((e: TimelineEntry) => pin.mutate(e), [pin.mutate]);

  const jump = useCallback(() => {
    if (list.length) virtual.scrollToIndex(list.length - 1, { align: 'end' });
    atBottom.current = true;
    setUnseen(0);
  }, [list.length, virtual]);

  // First paint: start at the newest entry, then tell the benchmark the timeline is on screen.
  useLayoutEffect(() => {
    if (ready.current || loading || !entries) return;
    ready.current = true;
    // A link to one entry (#entry-123, e.g. from a retrospective's themes) opens at that entry.
    const linked = /^#entry-(\d+)$/.exec(window.location.hash)?.[1];
    const at = linked ? list.findIndex((e) => e.id === Number(linked)) : -1;
    if (at >= 0) virtual.scrollToIndex(at, { align: 'center' });
    else if (list.length) virtual.scrollToIndex(list.length - 1, { align: 'end' });
    scrollRef.current?.setAttribute('data-timeline-ready', 'true');
    performance.mark('firebreak:timeline-rendered');
  }, [loading, entries, list, virtual]);

  // New entries: follow them when already at the bottom, otherwise count them.
  const prevCount = useRef(list.length);
  useEffect(() => {
    const added = list.length - prevCount.current;
    prevCount.current = list.length;
    if (added <= 0 || !ready.current) return;
    if (atBottom.current) requestAnimationFrame(() => virtual.scrollToIndex(list.length - 1, { align: 'end' }));
    else setUnseen((n) => n + added);
  }, [list.length, virtual]);

  const onScroll = () => {
    const el = scrollRef.current;
    if (!el) return;
    atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
    if (atBottom.current && unseen) setUnseen(0);
  };

  const filterLabel = groups.length ? `Filter (${groups.length})` : 'Filter';
  return (
    <section className="fb-timeline" aria-labelledby="timeline-title">
      {/* On a phone the title is hidden (the tab says it) and the tools stay on one row. */}
      <Group
        justify="space-between"
        gap="xs"
        px={hideTitle ? 'xs' : 'md'}
        py={6}
        className="fb-border-b"
        wrap={hideTitle ? 'nowrap' : 'wrap'}
      >
        <Title order={2} id="timeline-title" className={hideTitle ? 'fb-sr-only' : undefined}>
          Timeline
        </Title>
        <Group
          gap={6}
          wrap={hideTitle ? 'nowrap' : 'wrap'}
          justify={hideTitle ? 'space-between' : undefined}
          style={hideTitle ? { flex: 1 } : undefined}
        >
          <Menu closeOnItemClick={false} position="bottom-end">
            <Menu.Target>
              <Button
                size="compact-xs"
                variant={groups.length ? 'light' : 'subtle'}
                color="gray"
                c="var(--mantine-color-text)"
                leftSection={<IconFilter size={12} />}
              >
                {filterLabel}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Show only</Menu.Label>
              {FILTERS.map((f) => (
                <Menu.Item
                  key={f.value}
                  onClick={() => setGroups((g) => (g.includes(f.value) ? g.filter((x) => x !== f.value) : [...g, f.value]))}
                >
                  <Checkbox
                    size="xs"
                    readOnly
                    checked={groups.includes(f.value)}
                    label={f.label}
                    tabIndex={-1}
                    styles={{ input: { cursor: 'pointer' } }}
                  />
                </Menu.Item>
              ))}
              {groups.length > 0 && <Menu.Item onClick={() => setGroups([])}>Show everything</Menu.Item>}
            </Menu.Dropdown>
          </Menu>
          <Button
            size="compact-xs"
            variant={pinnedOnly ? 'light' : 'subtle'}
            color="gray"
            c="var(--mantine-color-text)"
            leftSection={<IconPinFilled size={12} />}
            aria-pressed={pinnedOnly}
            onClick={() => setPinnedOnly((p) => !p)}
          >
            Pinned
          </Button>
          <SegmentedControl
            size="xs"
            aria-label="Time zone"
            value={tz}
            onChange={(v) => timeZonePref.set(v as 'local' | 'utc')}
            data={[
              { value: 'local', label: 'Local' },
              { value: 'utc', label: 'UTC' },
            ]}
          />
          {incident.abilities.comment && (
            <Button
              ref={noteButton}
              size="compact-xs"
              variant="subtle"
              color="gray"
              c="var(--mantine-color-text)"
              leftSection={<IconNotes size={12} />}
              onClick={() => setNoting(true)}
              aria-label="Add note"
            >
              {hideTitle ? 'Note' : 'Add note'}
            </Button>
          )}
        </Group>
      </Group>
      <InlineError error={pin.error} />
      <section
        className="fb-timeline-scroll"
        ref={scrollRef}
        onScroll={onScroll}
        aria-label="Timeline entries"
        aria-busy={loading}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable so the keyboard can scroll it
        tabIndex={0}
      >
        {error ? (
          <div style={{ padding: 16 }}>
            <ErrorNote error={error} onRetry={onRetry} />
          </div>
        ) : loading ? (
          <Stack gap={10} p="md">
            {Array.from({ length: 10 }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders
              <Skeleton key={i} height={28} />
            ))}
          </Stack>
        ) : list.length === 0 ? (
          <EmptyState title={groups.length || pinnedOnly ? 'Nothing matches this filter' : 'Nothing on the timeline yet'}>
            {pinnedOnly ? 'Pin key moments with the pin next to an entry.' : 'Comments, updates and changes appear here as they happen.'}
          </EmptyState>
        ) : (
          <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {virtual.getVirtualItems().map((v) => (
              <div
                key={v.key}
                data-index={v.index}
                id={`entry-${list[v.index].id}`}
                ref={virtual.measureElement}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${v.start}px)` }}
              >
                <TimelineItem
                  entry={list[v.index]}
                  tz={tz}
                  now={now}
                  canPin={incident.abilities.comment}
                  onPin={onPin}
                  canCorrect={incident.abilities.comment && (me.role === 'admin' || list[v.index].actor?.id === me.id)}
                  incidentRef={incident.ref}
                />
              </div>
            ))}
          </div>
        )}
      </section>
      {unseen > 0 && (
        <div style={{ position: 'relative' }}>
          <Button
            size="xs"
            radius="xl"
            leftSection={<IconArrowDown size={14} />}
            onClick={jump}
            style={{ position: 'absolute', bottom: 10, left: '50%', transform: 'translateX(-50%)', zIndex: 5 }}
          >
            {unseen} new · Jump to latest
          </Button>
        </div>
      )}
      {!unseen && list.length > 30 && (
        <Text size="xs" c="dimmed" ta="center" py={2} className="fb-border-t">
          {list.length} entries ·{' '}
          <button type="button" className="fb-linkbutton" onClick={jump}>
            Jump to latest
          </button>
        </Text>
      )}
      {noting && (
        <Suspense fallback={null}>
          <NoteDialog
            incident={incident}
            onClose={() => {
              setNoting(false);
              requestAnimationFrame(() => noteButton.current?.focus());
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
