// The vocabulary file only: the package index would bring zod into this page's chunk.
import { RETRO_ABILITIES } from '@firebreak/shared/retros/vocab.ts';
import { Button, NativeSelect, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { type RetroView, retroApi, storeRetro, useRetro, useRetroLive, useTemplates } from '../../api/retros.ts';
import { useUser } from '../../app/session.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { Answers } from '../../components/retro/Answers.tsx';
import { RetroRef } from '../../components/retro/context.ts';
import { Depth } from '../../components/retro/Depth.tsx';
import { FollowUps } from '../../components/retro/FollowUps.tsx';
import { History } from '../../components/retro/History.tsx';
import { Investigation } from '../../components/retro/Investigation.tsx';
import { Meeting } from '../../components/retro/Meeting.tsx';
import { RetroHeader } from '../../components/retro/RetroHeader.tsx';
import { SectionEditor } from '../../components/retro/SectionEditor.tsx';
import { TimelineExcerpt } from '../../components/retro/TimelineExcerpt.tsx';
import { WhysTree } from '../../components/retro/WhysTree.tsx';
import '../../components/retro/retro.css';

/** No retrospective yet for this incident: draft one now, from a chosen template. */
function DraftIt({ rid }: { rid: string }) {
  const qc = useQueryClient();
  const templates = useTemplates();
  const [template, setTemplate] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const draft = async () => {
    setBusy(true);
    try {
      storeRetro(qc, rid, await retroApi.draft(rid, template || undefined));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <EmptyState title={`${rid} has no retrospective yet`}>
      <Stack gap="xs" align="center" mt="xs">
        <span>Draft one now; it is pre-filled from the ticket, the milestones and the pinned timeline entries.</span>
        <NativeSelect
          label="Template"
          value={template}
          onChange={(e) => setTemplate(e.currentTarget.value)}
          data={[{ value: '', label: 'Default template' }, ...(templates.data ?? []).map((t) => ({ value: t.id, label: t.name }))]}
        />
        <Button onClick={draft} loading={busy}>
          Draft retrospective
        </Button>
        <InlineError error={error} />
      </Stack>
    </EmptyState>
  );
}

/** Every ability answered no: what a revision shown for comparison offers. */
const NOTHING = Object.fromEntries(RETRO_ABILITIES.map((a) => [a, false])) as RetroView['abilities'];

function Sections({ retro, readOnly }: { retro: RetroView; readOnly: boolean }) {
  const canEdit = !readOnly && !!retro.abilities.edit;
  const shown = readOnly ? { ...retro, abilities: NOTHING } : retro;
  return (
    <Stack gap="sm">
      {retro.sections.map((s) => {
        if (s.kind === 'five_whys') return <WhysTree key={s.key} retro={shown} title={s.title} prompt={s.prompt} />;
        if (s.kind === 'answers') return <Answers key={s.key} retro={shown} title={s.title} prompt={s.prompt} />;
        if (s.kind === 'actions') return <FollowUps key={s.key} retro={shown} title={s.title} prompt={s.prompt} />;
        return (
          <SectionEditor key={s.key} retroId={retro.id} section={s} canEdit={canEdit}>
            {s.kind === 'timeline' && <TimelineExcerpt retroId={retro.id} section={s} canEdit={canEdit} incidentRef={retro.incident.ref} />}
          </SectionEditor>
        );
      })}
    </Stack>
  );
}

/** One incident's retrospective: sections, whys, everyone's view, publishing, the review meeting and investigation aids. */
export function RetroPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const revision = Number(params.get('revision')) || undefined;
  const user = useUser();
  const qc = useQueryClient();
  const retro = useRetro(id, revision);
  useRetroLive(id, qc, !!retro.data && !revision);

  if (retro.isPending) return <PageSkeleton />;
  if (retro.error) {
    const notFound = retro.error instanceof ApiError && retro.error.status === 404;
    return (
      <div style={{ padding: 24 }}>
        <h1 className="fb-sr-only">{notFound ? 'Retrospective not found' : 'Retrospective could not load'}</h1>
        {notFound && /^INC-\d+$/i.test(id) && user.role !== 'viewer' && !revision ? (
          <DraftIt rid={id} />
        ) : notFound ? (
          <EmptyState title={retro.error.message}>It may not be published yet, or the incident may be private.</EmptyState>
        ) : (
          <ErrorNote error={retro.error} onRetry={() => retro.refetch()} />
        )}
      </div>
    );
  }
  const r = retro.data;
  // Sections inside the editor need the page's address (id or reference) for cache keys: pass the URL's.
  const withRef = { ...r, id };
  return (
    <RetroRef.Provider value={id}>
      <RetroHeader retro={r} viewing={revision} />
      <div className="fb-retro-body">
        {r.withheld > 0 && (
          <Text size="sm" c="dimmed" mb="sm" role="note">
            Notes quoted from the war room stay with the responders; {r.withheld === 1 ? 'one is' : `${r.withheld} are`} left out here.
          </Text>
        )}
        <div className="fb-retro-layout">
          <Sections retro={withRef} readOnly={!!revision || r.status === 'published'} />
          {/* Viewers (stakeholders) read the published text only; the working aids are for responders. */}
          {user.role !== 'viewer' && (
            <Stack gap="sm" component="aside" aria-label="Review and investigation">
              <Depth retro={r} />
              <Meeting retro={r} />
              <Investigation incidentRef={r.incident.ref} canImport={!!r.abilities.edit} />
              <History retroId={id} />
            </Stack>
          )}
        </div>
      </div>
    </RetroRef.Provider>
  );
}
