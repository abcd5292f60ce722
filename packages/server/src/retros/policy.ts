import type { IncidentRow } from '../incidents/index.ts';
import { canWork, loadIncident, parseRef } from '../incidents/index.ts';
import type { Actor, Tx } from '../platform/context.ts';
import { AppError, ConflictError, NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { getRetro, getRetroByIncident, type RetroRow } from './store.ts';

export type RetroAction = 'view' | 'edit' | 'answer' | 'manage';

const notFound = (ref: string) => new NotFoundError(`No retrospective ${ref}`, 'retro_not_found');

/**
 * Loads a retrospective the user may see, answering 404 exactly like its incident would (private
 * incidents are not revealed). Viewers (stakeholders) see only retrospectives published at least
 * once. Changing actions lock the incident row first (PostgreSQL), then re-read the retrospective,
 * so concurrent commands on one retrospective run one after the other.
 * `ref` is the retrospective id or its incident's reference (INC-42).
 */
export async function loadRetro(
  tx: Tx,
  user: Actor,
  ref: string,
  action: RetroAction = 'view',
  opts: { forUpdate?: boolean } = {},
): Promise<{ retro: RetroRow; incident: IncidentRow }> {
  const key = parseRef(ref);
  let retro = 'number' in key ? undefined : await getRetro(tx, ref);
  let incident: IncidentRow;
  try {
    incident = await loadIncident(tx, user, retro ? retro.incident_id : ref, 'view', { forUpdate: opts.forUpdate });
  } catch (err) {
    if (err instanceof AppError && err.status === 404) throw notFound(ref);
    throw err;
  }
  retro = await getRetroByIncident(tx, incident.id);
  if (!retro) throw notFound(ref);
  if (action !== 'view' && !canWork(user)) {
    throw new NotAllowedError('Viewers can read published retrospectives but not change them');
  }
  if (user.role === 'viewer' && !retro.first_published_at) throw notFound(ref);
  return { retro, incident };
}

/** Refuses changes to a published retrospective: it is immutable until someone amends it. */
export function assertEditable(retro: RetroRow): void {
  if (retro.status === 'published') {
    throw new ConflictError(
      `Revision ${retro.revision} is published and cannot change; amend it to start revision ${retro.revision + 1}`,
      { status: retro.status, revision: retro.revision },
      'retro_published',
    );
  }
}
