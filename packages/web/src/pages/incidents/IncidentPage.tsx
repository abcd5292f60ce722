import { Button, Group, Tabs } from '@mantine/core';
import { useHotkeys, useMediaQuery } from '@mantine/hooks';
import { IconMessage, IconSpeakerphone } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { chatKeys, type IncidentChatView } from '../../api/chat.ts';
import { ApiError } from '../../api/client.ts';
import { openStream } from '../../api/live.ts';
import { keys, useIncident, useTimeline } from '../../api/queries.ts';
import type { TimelineEntry } from '../../api/types.ts';
import { pageActions } from '../../app/commands.ts';
import { useUser } from '../../app/session.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { useOpenedOnce } from '../../lib/useOpenedOnce.ts';
import { Composer, type ComposerMode } from './page/Composer.tsx';
import { IncidentHeader } from './page/IncidentHeader.tsx';
import { mergeEntries } from './page/mutations.ts';
import { Ticket } from './page/Ticket.tsx';
import { Timeline } from './page/Timeline.tsx';

// On a phone the composers open in a drawer; its code loads with the first tap on War room or Update.
const ComposerDrawer = lazy(() => import('./page/ComposerDrawer.tsx').then((m) => ({ default: m.ComposerDrawer })));

// Entries that change what the header or ticket shows; talk alone does not.
const QUIET = new Set(['comment', 'note', 'pinned']);

/** Keeps the cached timeline and incident current from the live stream, resuming where it left off. */
function useLiveIncident(ref: string, lastId: number | undefined, enabled: boolean) {
  const qc = useQueryClient();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stream opens once per incident; later ids travel in Last-Event-ID
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = (actions: boolean) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void qc.invalidateQueries({ queryKey: keys.incident(ref) });
        if (actions) void qc.invalidateQueries({ queryKey: keys.actions(ref) });
      }, 150);
    };
    const close = openStream<TimelineEntry>({
      url: `/api/v1/incidents/${encodeURIComponent(ref)}/events`,
      event: 'timeline',
      lastEventId: lastId ?? 0,
      onMessage: (entry) => {
        qc.setQueryData<TimelineEntry[]>(keys.timeline(ref), (cur) => mergeEntries(cur, [entry]));
        if (!QUIET.has(entry.kind)) refresh(entry.kind.startsWith('action_'));
        // A comment by e-mail may have brought files for the list under the original report.
        if (entry.data.via === 'email') void qc.invalidateQueries({ queryKey: keys.incidentMail(ref) });
        // Talk mirrored from a chat channel the page does not know yet (made after it loaded): fetch the channels.
        if (entry.kind === 'chat' && !qc.getQueryData<IncidentChatView>(chatKeys.incident(ref))?.channels.length)
          void qc.invalidateQueries({ queryKey: chatKeys.incident(ref) });
      },
      onReconnect: () => refresh(true),
    });
    return () => {
      clearTimeout(timer);
      close();
    };
  }, [ref, enabled, qc]);
}

export function IncidentPage() {
  const { ref = '' } = useParams();
  const user = useUser();
  const incident = useIncident(ref);
  const timeline = useTimeline(ref);
  const phone = useMediaQuery('(max-width: 62em)', false, { getInitialValueInEffect: false });
  const [mode, setMode] = useState<ComposerMode>('war');
  const [drawer, setDrawer] = useState(false);
  const drawerUsed = useOpenedOnce(drawer);
  const [tab, setTab] = useState<string>('timeline');
  const composer = useRef<HTMLTextAreaElement>(null);
  const entries = timeline.data;
  const lastId = entries?.reduce((m, e) => Math.max(m, e.id), 0);
  useLiveIncident(ref, lastId, !!entries && user.role !== 'viewer');

  const compose = (m: ComposerMode) => {
    setMode(m);
    if (phone) setDrawer(true);
    else setTimeout(() => composer.current?.focus(), 30);
  };
  useHotkeys([
    ['c', () => incident.data?.abilities.comment && compose('war')],
    ['u', () => incident.data?.abilities.postUpdate && compose('update')],
  ]);
  useEffect(() => {
    if (!incident.data?.abilities.comment) return;
    pageActions.set('composer', [
      {
        id: 'post-update',
        group: incident.data.ref,
        label: 'Post stakeholder update',
        description: 'Shortcut: U',
        run: () => compose('update'),
        keywords: ['status', 'tell'],
      },
      {
        id: 'post-comment',
        group: incident.data.ref,
        label: 'Comment in the war room',
        description: 'Shortcut: C',
        run: () => compose('war'),
      },
    ]);
    return () => pageActions.clear('composer');
  });

  if (user.role === 'viewer') return <Navigate to={`/incidents/${ref}/status-page`} replace />;
  if (incident.isPending) return <PageSkeleton />;
  if (incident.error) {
    const notFound = incident.error instanceof ApiError && incident.error.status === 404;
    return (
      <div style={{ padding: 24 }}>
        <h1 className="fb-sr-only">{notFound ? 'Incident not found' : 'Incident could not load'}</h1>
        {notFound ? (
          <EmptyState title={incident.error.message}>It may be private, or the reference may be mistyped.</EmptyState>
        ) : (
          <ErrorNote error={incident.error} onRetry={() => incident.refetch()} />
        )}
      </div>
    );
  }
  const i = incident.data;
  const tl = (
    <Timeline
      incident={i}
      entries={entries}
      loading={timeline.isPending}
      error={timeline.error}
      onRetry={() => timeline.refetch()}
      hideTitle={phone}
    />
  );
  const canCompose = i.abilities.comment || i.abilities.postUpdate;

  if (phone) {
    return (
      <div className="fb-incident">
        <IncidentHeader incident={i} compact />
        <Tabs
          value={tab}
          onChange={(v) => setTab(v ?? 'timeline')}
          keepMounted={false}
          style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
        >
          <Tabs.List grow>
            <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
            <Tabs.Tab value="ticket">Ticket and actions</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="timeline" style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
            {tl}
          </Tabs.Panel>
          <Tabs.Panel value="ticket" className="fb-phone-ticket">
            <Ticket incident={i} withMilestones />
          </Tabs.Panel>
        </Tabs>
        {canCompose && (
          <Group grow gap="xs" p="xs" className="fb-phone-bar">
            <Button variant="default" leftSection={<IconMessage size={14} />} onClick={() => compose('war')} size="sm">
              War room
            </Button>
            <Button leftSection={<IconSpeakerphone size={14} />} onClick={() => compose('update')} size="sm">
              Update
            </Button>
          </Group>
        )}
        {drawerUsed && (
          <Suspense fallback={null}>
            <ComposerDrawer opened={drawer} onClose={() => setDrawer(false)} title={`Post to ${i.ref}`}>
              <Composer incident={i} mode={mode} onMode={setMode} ref={composer} />
            </ComposerDrawer>
          </Suspense>
        )}
      </div>
    );
  }
  return (
    <div className="fb-incident">
      <IncidentHeader incident={i} compact={false} />
      <div className="fb-incident-body">
        <div className="fb-incident-ticket">
          <Ticket incident={i} withMilestones={false} />
        </div>
        <div className="fb-incident-timeline">
          {tl}
          <Composer incident={i} mode={mode} onMode={setMode} ref={composer} />
        </div>
      </div>
    </div>
  );
}
