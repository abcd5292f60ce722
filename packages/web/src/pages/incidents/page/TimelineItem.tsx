import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconMessage, IconPin, IconPinFilled, IconSpeakerphone } from '@tabler/icons-react';
import { lazy, memo, Suspense, useState } from 'react';
import type { TimelineEntry } from '../../../api/types.ts';
import { Markdown } from '../../../components/Markdown.tsx';
import { formatAbsolute, formatClock, formatRelative } from '../../../lib/time.ts';
import { CorrectionMenu, EditEntry } from './Correction.tsx';
import { describe } from './entryText.tsx';

// The confirmation dialog loads when someone deletes or retracts an entry.
const RemoveEntry = lazy(() => import('./RemoveEntry.tsx').then((m) => ({ default: m.RemoveEntry })));

const BACKDATED_MS = 60_000;

type Change = { at: string; by: { name: string } | null; reason?: string | null; times?: number };

/**
 * One moment on the timeline; comments and stakeholder updates look visibly different. What people
 * wrote can be corrected by its author (or an admin): edited in place, or deleted / retracted.
 */
export const TimelineItem = memo(function TimelineItem({
  entry: e,
  tz,
  now,
  canPin,
  onPin,
  canCorrect = false,
  incidentRef = '',
}: {
  entry: TimelineEntry;
  tz: 'local' | 'utc';
  now: number;
  canPin: boolean;
  onPin: (e: TimelineEntry) => void;
  /** The reader wrote it, or is an admin (the server decides again). */
  canCorrect?: boolean;
  incidentRef?: string;
}) {
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const edited = e.data.edited as Change | undefined;
  const removed = e.data.removed as Change | undefined;
  const backdated = Date.parse(e.recordedAt) - Date.parse(e.occurredAt) > BACKDATED_MS;
  const talk = e.kind === 'comment' || e.kind === 'note' || e.kind === 'stakeholder_update';
  const when = (
    <div className="fb-tl-time">
      <Tooltip
        label={
          backdated
            ? `Happened ${formatAbsolute(e.occurredAt, tz)} (${formatRelative(e.occurredAt, now)}); recorded ${formatAbsolute(e.recordedAt, tz)}`
            : `${formatAbsolute(e.occurredAt, tz)} (${formatRelative(e.occurredAt, now)})`
        }
        multiline
        maw={280}
      >
        <time dateTime={e.occurredAt}>{formatClock(e.occurredAt, tz, now)}</time>
      </Tooltip>
      {backdated && (
        <div className="fb-tl-recorded" title={`Recorded ${formatAbsolute(e.recordedAt, tz)}`}>
          rec. {formatClock(e.recordedAt, tz, now)}
        </div>
      )}
    </div>
  );
  const pin = canPin && e.kind !== 'pinned' && (
    <Tooltip label={e.pinned ? 'Unpin' : 'Pin as a key moment'}>
      <ActionIcon
        size="sm"
        className="fb-tl-actions"
        aria-label={e.pinned ? 'Unpin entry' : 'Pin entry'}
        aria-pressed={e.pinned}
        onClick={() => onPin(e)}
      >
        {e.pinned ? <IconPinFilled size={14} /> : <IconPin size={14} />}
      </ActionIcon>
    </Tooltip>
  );
  return (
    <article
      className="fb-tl-item"
      data-pinned={e.pinned}
      data-kind={e.kind}
      aria-label={`${e.kind.replace(/_/g, ' ')} at ${formatClock(e.occurredAt, tz, now)}`}
    >
      {when}
      {talk ? (
        <div className="fb-tl-card" data-kind={e.kind}>
          <Group justify="space-between" gap={6} wrap="nowrap" mb={2}>
            <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
              {e.kind === 'stakeholder_update' ? <IconSpeakerphone size={14} aria-hidden /> : <IconMessage size={14} aria-hidden />}
              <Text size="xs" fw={600} className="fb-truncate">
                {e.actor?.name ?? 'Firebreak'}
              </Text>
              <Text size="xs" c="dimmed" className="fb-nowrap">
                {e.kind === 'stakeholder_update'
                  ? 'Stakeholder update'
                  : e.kind === 'note'
                    ? backdated
                      ? 'Note · back-dated'
                      : 'Note'
                    : 'War room'}
              </Text>
              {edited && !removed && (
                <Tooltip label={`Edited by ${edited.by?.name ?? 'someone'} ${formatAbsolute(edited.at, tz)}`}>
                  <Text size="xs" c="dimmed" className="fb-nowrap">
                    · edited
                  </Text>
                </Tooltip>
              )}
            </Group>
            <Group gap={2} wrap="nowrap">
              {!removed && pin}
              {canCorrect && !removed && !editing && (
                <CorrectionMenu entry={e} onEdit={() => setEditing(true)} onRemove={() => setRemoving(true)} />
              )}
            </Group>
          </Group>
          {removed ? (
            <Text size="sm" c="dimmed" fs="italic">
              {e.kind === 'stakeholder_update' ? 'Retracted' : 'Deleted'} by {removed.by?.name ?? 'someone'} at{' '}
              {formatClock(removed.at, tz, now)}
              {removed.reason ? `: ${removed.reason}` : '.'}
            </Text>
          ) : editing ? (
            <EditEntry entry={e} incidentRef={incidentRef} onDone={() => setEditing(false)} />
          ) : (
            <Markdown>{e.body ?? ''}</Markdown>
          )}
          {removing && (
            <Suspense fallback={null}>
              <RemoveEntry entry={e} incidentRef={incidentRef} onClose={() => setRemoving(false)} />
            </Suspense>
          )}
        </div>
      ) : (
        <Group justify="space-between" gap={6} wrap="nowrap" align="flex-start">
          <div className="fb-tl-system" style={{ minWidth: 0 }}>
            {describe(e)}
            {(e.kind === 'status_changed' || e.kind === 'field_changed') && e.body && <div className="fb-tl-note">{e.body}</div>}
            {(e.kind === 'status_page_published' || e.kind === 'status_page_update' || e.kind === 'status_page_summary') && e.body && (
              <div className="fb-tl-note">Public: {e.body}</div>
            )}
            {e.kind === 'declared' && e.body && <div className="fb-tl-note fb-truncate">Report: {e.body.split('\n')[0]}</div>}
          </div>
          {pin}
        </Group>
      )}
    </article>
  );
});
