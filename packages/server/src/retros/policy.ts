import { RETRO_TRANSITIONS, type RetroAbility, type RetroStatus } from '@firebreak/shared';
import type { IncidentRow } from '../incidents/index.ts';
import { canWork, loadIncident, parseRef } from '../incidents/index.ts';
import type { Actor, Tx } from '../platform/context.ts';
import { AppError, ConflictError, NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { getRetro, getRetroByIncident, type RetroRow } from './store.ts';

/** What one can do to a retrospective: read it, or one of the abilities its view reports. */
export type RetroAction = 'view' | RetroAbility;

/**
 * What the rules look at besides the person, for what is shown: the working copy, or a published
 * revision (status `published`; `latest` only for the newest, which amending starts from).
 */
export type RetroFacts = {
  status: RetroStatus;
  latest: boolean;
  published: boolean;
  incidentPrivate: boolean;
  /** Its template requires review before publishing (else an admin may publish a draft directly). */
  reviewRequired: boolean;
};

/** A published revision never changes; amending starts a new one. */
const editable = (status: string) => status !== 'published';

/**
 * A draft goes straight to published when its template does not require review and an admin
 * publishes it (a team of one has nobody to review it); otherwise publishing is from review only.
 */
export const publishesDirectly = (user: Actor, retro: Pick<RetroFacts, 'status' | 'reviewRequired'>): boolean =>
  retro.status === 'draft' && !retro.reviewRequired && user.role === 'admin';

/** Who may do what to a retrospective they can see, whatever its state: everyone reads and exports; responders and admins work it. */
export const allows = (user: Actor, action: RetroAction): boolean => action === 'view' || action === 'export' || canWork(user);

/**
 * Whether the user may do this to the retrospective now: `allows` it, and the state lets it happen
 * (editing and answering until published, status moves along RETRO_TRANSITIONS, amending the latest
 * published revision, sharing once published and, for a private incident, by an admin). Presenters
 * report it as `abilities`; commands refuse a state with 409 and its reason.
 */
export function can(user: Actor, action: RetroAction, retro: RetroFacts): boolean {
  if (!allows(user, action)) return false;
  switch (action) {
    case 'edit':
    case 'answer':
      return editable(retro.status);
    case 'submitForReview':
      return RETRO_TRANSITIONS[retro.status].includes('in_review');
    case 'backToDraft':
      return RETRO_TRANSITIONS[retro.status].includes('draft');
    case 'publish':
      return RETRO_TRANSITIONS[retro.status].includes('published') || publishesDirectly(user, retro);
    case 'amend':
      return retro.status === 'published' && retro.latest;
    case 'share':
      return retro.published && (!retro.incidentPrivate || user.role === 'admin');
    default:
      return true;
  }
}

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
  if (!allows(user, action)) {
    throw new NotAllowedError('Viewers can read published retrospectives but not change them');
  }
  if (user.role === 'viewer' && !retro.first_published_at) throw notFound(ref);
  return { retro, incident };
}

/** Refuses changes to a published retrospective: it is immutable until someone amends it. */
export function assertEditable(retro: RetroRow): void {
  if (!editable(retro.status)) {
    throw new ConflictError(
      `Revision ${retro.revision} is published and cannot change; amend it to start revision ${retro.revision + 1}`,
      { status: retro.status, revision: retro.revision },
      'retro_published',
    );
  }
}
