import type { PublicSummary } from '@firebreak/shared';
import type { Tx } from '../platform/context.ts';
import { type RetroForPublicSummary, retroForPublicSummary } from '../retros/index.ts';
import { getSummary } from './store.ts';

/** The summary as responders see it (saved or public), with the retrospective it belongs to. */
export async function summaryOf(
  tx: Tx,
  incidentId: string,
): Promise<{ summary: PublicSummary | null; retro: RetroForPublicSummary | null }> {
  const [row, retro] = await Promise.all([getSummary(tx, incidentId), retroForPublicSummary(tx, incidentId)]);
  const summary: PublicSummary | null = row
    ? {
        body: row.body,
        published: row.published_at !== null,
        publishedAt: row.published_at,
        firstPublishedAt: row.first_published_at,
        updatedAt: row.updated_at,
        updatedBy: row.updated_by ? { id: row.updated_by, name: row.updated_by_name ?? '' } : null,
        retroRevision: row.retro_revision,
      }
    : null;
  return { summary, retro };
}
