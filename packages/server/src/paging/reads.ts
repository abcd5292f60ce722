import type { Tx } from '../platform/context.ts';
import { pagesReaching } from './store.ts';

/** A page as a person's shift history sees it (handovers, on-call load). */
export type PageReceived = {
  id: string;
  title: string;
  status: string;
  incidentId: string | null;
  createdAt: string;
  /** When the first notification of this page to the person was due. */
  firstNotifiedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
};

/** The pages a person received in [from, to): each page once, by its first notification to them, oldest first. */
export async function pagesFor(tx: Tx, q: { userId: string; from: string | Date; to: string | Date }): Promise<PageReceived[]> {
  const iso = (d: string | Date) => (typeof d === 'string' ? new Date(d).toISOString() : d.toISOString());
  const rows = await pagesReaching(tx, [q.userId], iso(q.from), iso(q.to));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    incidentId: r.incident_id,
    createdAt: r.created_at,
    firstNotifiedAt: String(r.first_at),
    acknowledgedAt: r.acked_at,
    acknowledgedBy: r.acked_by,
  }));
}
