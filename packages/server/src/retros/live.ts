import type { FastifyReply, FastifyRequest } from 'fastify';
import { isVisibleTo } from '../incidents/index.ts';
import type { Ctx, Tx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { serveStream } from '../platform/sse.ts';
import { mayChangeAccess } from '../timeline/index.ts';
import { sectionView } from './present.ts';
import { getRetro, getSection, type RetroRow } from './store.ts';

/** What changed in a retrospective: a section (by key), its status, whys, answers, follow-ups, meeting, depth, share link. */
export type RetroChange = 'section' | 'retro' | 'whys' | 'answers' | 'actions' | 'meeting' | 'depth' | 'share' | 'findings';

/** Records, inside the change's transaction, that a retrospective changed; it is published after commit. */
export function retroChanged(tx: Tx, retro: Pick<RetroRow, 'id' | 'incident_id'>, change: RetroChange, section?: string): void {
  tx.events.push({ type: 'retro', incidentId: retro.incident_id, retroId: retro.id, change, ...(section ? { section } : {}) });
}

/**
 * The language review stored sentence vectors of this retrospective's text (language/precompute.ts):
 * its views may now carry learned findings they did not, so open pages refetch (`findings` event).
 */
export async function retroFindingsChanged(tx: Tx, retroId: string): Promise<void> {
  const retro = await getRetro(tx, retroId);
  if (retro) retroChanged(tx, retro, 'findings');
}

/**
 * Streams one retrospective's changes as Server-Sent Events. Section saves carry the saved section
 * (read from the database), so other editors see the text without a refetch; everything else says
 * what changed so clients refetch it. Viewers get status changes only, never draft text. Someone
 * who loses sight of the incident (removed from a private one) has the stream ended. Events carry
 * no id: there is nothing to resume, a client refetches the retrospective after a reconnect.
 */
export async function streamRetro(ctx: Ctx, retro: Pick<RetroRow, 'id' | 'incident_id'>, req: FastifyRequest, reply: FastifyReply) {
  const viewer = ctx.user.role === 'viewer';
  await serveStream(ctx, req, reply, {
    affectsAccess: mayChangeAccess(retro.incident_id),
    stillAllowed: () => isVisibleTo(reader(ctx), ctx.user, retro.incident_id),
    onEvent: async (ev, stream) => {
      if (ev.type !== 'retro' || ev.retroId !== retro.id) return;
      if (viewer && ev.change !== 'retro') return;
      if (ev.change === 'section' && ev.section) {
        const s = await getSection(reader(ctx), retro.id, ev.section);
        if (s) stream.send(null, 'section', { type: 'section', section: await sectionView(reader(ctx), ctx, s) });
        return;
      }
      if (ev.change === 'retro') {
        const row = await getRetro(reader(ctx), retro.id);
        if (row) stream.send(null, 'retro', { type: 'retro', status: row.status, revision: row.revision });
        return;
      }
      stream.send(null, ev.change, { type: ev.change });
    },
  });
}
