import { STATUS_SUMMARY_MAX_CHARS, stakeholderCopy } from '@firebreak/shared';
import type { Tx } from '../platform/context.ts';
import { snapshotOf } from './publish.ts';
import { getRetroByIncident } from './store.ts';

/** An incident's retrospective as the status page's customer-facing summary needs it. */
export type RetroForPublicSummary = {
  id: string;
  status: string;
  /** A revision has been published (amending keeps the published revisions). */
  published: boolean;
  revision: number | null;
  publishedAt: string | null;
  /** Its first written section in the latest published revision, as stakeholders read it (never internal text). */
  suggestion: string | null;
};

/**
 * The incident's retrospective for the status page (status/summary.ts): whether one is published, and a
 * starting point for the public summary. The suggestion comes from the stakeholders' copy of the latest
 * published revision, so text a draft pulled in from the war room is never offered; a person still
 * rewrites and publishes it.
 */
export async function retroForPublicSummary(tx: Tx, incidentId: string): Promise<RetroForPublicSummary | null> {
  const retro = await getRetroByIncident(tx, incidentId);
  if (!retro) return null;
  const snap = retro.first_published_at ? await snapshotOf(tx, retro.id) : undefined;
  const copy = snap ? stakeholderCopy({ ...snap, withheld: 0 }) : undefined;
  const first = copy?.sections.find((s) => s.kind === 'markdown' && s.body.trim() !== '');
  return {
    id: retro.id,
    status: retro.status,
    published: !!snap,
    revision: snap ? snap.revision : null,
    publishedAt: snap ? snap.publishedAt : null,
    suggestion: first ? first.body.trim().slice(0, STATUS_SUMMARY_MAX_CHARS) : null,
  };
}
