import type {
  ActionStatus,
  ActionView,
  CreateActionBody,
  CreateServiceBody,
  CreateTeamBody,
  DeclareIncidentInput,
  IncidentStatus,
  IncidentView,
  JobView,
  RetroStatus,
  RetroView,
  ServiceView,
  TeamView,
  UserRole,
  UserView,
} from '@firebreak/shared';
import { z } from 'zod';
import { transaction } from '../platform/context.ts';
import { defineJob, enqueue } from '../platform/jobs/queue.ts';
import { Worker } from '../platform/jobs/worker.ts';
import { issueToken } from '../users/tokens.ts';
import type { TestApp, TestUser } from './harness.ts';

/**
 * Test factories: each builds a valid object the way a person would, through the API as someone
 * allowed to (an admin for people, teams and services; t.responder for incidents and what hangs
 * off them, or `by`), so a test states only what matters to it and keeps working when the rules
 * for a valid object change. Overrides are the request's own fields, plus a target state where
 * reaching it takes several calls (an incident's `status`, an action's `status`, a retrospective's
 * `status`). Names and e-mails are unique per test app. A refused call throws with its answer.
 */

const api = '/api/v1';
const counters = new WeakMap<TestApp, number>();
const seq = (t: TestApp) => {
  const n = (counters.get(t) ?? 0) + 1;
  counters.set(t, n);
  return n;
};

async function data<T>(res: { statusCode: number; body: string }, what: string): Promise<T> {
  if (res.statusCode >= 300) throw new Error(`factory: ${what} answered ${res.statusCode} ${res.body.slice(0, 300)}`);
  return JSON.parse(res.body).data as T;
}

const refOf = (x: string | TestUser | { id: string }) => (typeof x === 'string' ? x : x.id);

// ---- people, teams, services ----

export type BuiltUser = TestUser & { role: UserRole; view: UserView };

/** A person created by an admin (POST /users), with an API token to call as them. */
export async function buildUser(
  t: TestApp,
  overrides: { email?: string; name?: string; role?: UserRole; password?: string } = {},
): Promise<BuiltUser> {
  const n = seq(t);
  const body = { email: `person${n}@example.com`, name: `Person ${n}`, role: 'responder' as UserRole, ...overrides };
  const view = await data<UserView>(await t.call(t.admin, 'POST', `${api}/users`, body), 'create user');
  const { secret } = await issueToken(t.deps, view.id, { name: 'factory', expiresAt: null });
  return { id: view.id, email: view.email, name: view.name, token: secret, role: view.role, view };
}

/** A team (POST /teams); members are people, ids or e-mails. */
export async function buildTeam(
  t: TestApp,
  overrides: Omit<Partial<z.input<typeof CreateTeamBody>>, 'members'> & { members?: (string | TestUser)[] } = {},
  by: TestUser = t.admin,
): Promise<TeamView> {
  const { members = [], ...rest } = overrides;
  const body = { name: `Team ${seq(t)}`, ...rest, members: members.map(refOf) };
  return data<TeamView>(await t.call(by, 'POST', `${api}/teams`, body), 'create team');
}

/** A service in the catalog (POST /services); `ownerTeam` is a team, its id or its name. */
export async function buildService(
  t: TestApp,
  overrides: Omit<Partial<z.input<typeof CreateServiceBody>>, 'ownerTeam'> & { ownerTeam?: string | { id: string } | null } = {},
  by: TestUser = t.admin,
): Promise<ServiceView> {
  const { ownerTeam, ...rest } = overrides;
  const body = { name: `service-${seq(t)}`, ...rest, ...(ownerTeam !== undefined ? { ownerTeam: ownerTeam && refOf(ownerTeam) } : {}) };
  return data<ServiceView>(await t.call(by, 'POST', `${api}/services`, body), 'create service');
}

// ---- incidents, actions, retrospectives ----

export type IncidentOverrides = Omit<Partial<DeclareIncidentInput>, 'status'> & {
  /** Where to take it after declaring: any status; `closed` waives the root-cause fix and publishes a required retrospective. */
  status?: IncidentStatus;
  /** With status `duplicate`: the incident it duplicates. */
  duplicateOf?: string;
  /** Who declares and moves it (default t.responder). */
  by?: TestUser;
};

/**
 * An incident declared through the API (SEV3 unless said: no retrospective is drafted when it is
 * resolved), then taken to `status` the way a responder would. Returns the incident as `by` sees it.
 */
export async function buildIncident(t: TestApp, overrides: IncidentOverrides = {}): Promise<IncidentView> {
  const { status, duplicateOf, by = t.responder, ...declare } = overrides;
  const body = { title: `Incident ${seq(t)}`, severity: 'SEV3', ...declare };
  let incident = await data<IncidentView>(await t.call(by, 'POST', `${api}/incidents`, body), 'declare');
  const url = `${api}/incidents/${incident.ref}`;
  const move = async (to: IncidentStatus, extra: object = {}) => {
    incident = await data<IncidentView>(await t.call(by, 'POST', `${url}/status`, { status: to, ...extra }), `status ${to}`);
  };
  if (!status || status === incident.status) return incident;
  if (status === 'duplicate') {
    await move('duplicate', { duplicateOf: duplicateOf ?? (await buildIncident(t, { by })).ref });
  } else if (status === 'closed') {
    await move('resolved');
    await data(
      await t.call(by, 'PATCH', url, { rootCauseFix: { state: 'waived', reason: 'Built by a test factory' } }),
      'waive the root-cause fix',
    );
    if (incident.retrospective?.required) await buildRetro(t, { incident, status: 'published', by });
    await move('closed');
  } else {
    await move(status);
  }
  return incident;
}

export type ActionOverrides = Partial<z.input<typeof CreateActionBody>> & {
  /** The incident it belongs to (default: a new one). */
  incident?: { ref: string };
  /** Set after creating it; `wont_do` gets a reason unless `statusReason` says one. */
  status?: ActionStatus;
  statusReason?: string;
  by?: TestUser;
};

/** A next action or follow-up on an incident (POST /incidents/:ref/actions), then set to `status`. */
export async function buildAction(t: TestApp, overrides: ActionOverrides = {}): Promise<ActionView> {
  const { incident, status, statusReason, by = t.responder, ...create } = overrides;
  const ref = (incident ?? (await buildIncident(t, { by }))).ref;
  const body = { title: `Action ${seq(t)}`, ...create };
  const action = await data<ActionView>(await t.call(by, 'POST', `${api}/incidents/${ref}/actions`, body), 'add action');
  if (!status || status === action.status) return action;
  const reason = statusReason ?? (status === 'wont_do' ? 'Built by a test factory' : undefined);
  return data<ActionView>(await t.call(by, 'PATCH', `${api}/actions/${action.id}`, { status, statusReason: reason }), `action ${status}`);
}

export type RetroOverrides = {
  /** The incident it reviews (default: a new SEV3 one). Its drafted retrospective is used if it has one. */
  incident?: { ref: string };
  /** Template id for a new draft (default: the default template). */
  template?: string;
  /** Where to take it: draft (default), in review, or published. */
  status?: RetroStatus;
  by?: TestUser;
};

/** A retrospective drafted on demand (POST /incidents/:ref/retro), then moved to `status`. Returns the working copy. */
export async function buildRetro(t: TestApp, overrides: RetroOverrides = {}): Promise<RetroView> {
  const { template, status = 'draft', by = t.responder } = overrides;
  const ref = (overrides.incident ?? (await buildIncident(t, { by }))).ref;
  const url = `${api}/retros/${ref}`;
  const existing = await t.call(by, 'GET', url);
  let retro =
    existing.statusCode === 200
      ? await data<RetroView>(existing, 'read retro')
      : await data<RetroView>(await t.call(by, 'POST', `${api}/incidents/${ref}/retro`, template ? { template } : {}), 'draft retro');
  if (status !== 'draft' && retro.status === 'draft') {
    retro = await data<RetroView>(await t.call(by, 'POST', `${url}/status`, { status: 'in_review' }), 'retro to review');
  }
  if (status === 'published' && retro.status !== 'published') {
    retro = await data<RetroView>(await t.call(by, 'POST', `${url}/publish`, { confirm: true }), 'publish retro');
  }
  return retro;
}

// ---- background jobs ----

/** A job that always fails (for dead jobs): one attempt, then dead with its message. */
export const failingJob = defineJob({
  kind: 'test.fails',
  payload: z.object({ error: z.string() }),
  maxAttempts: 1,
  async run(_ctx, { error }) {
    throw new Error(error);
  },
});

/**
 * A background job in a given state. `queued`: the admin's test job (POST /jobs/test), left alone
 * since tests run no worker; `dead`: a job that fails its only attempt, run by a worker; `done`:
 * the test job, run. Running uses a worker's runDue, which runs every job due at that moment.
 */
export async function buildJob(t: TestApp, overrides: { state?: 'queued' | 'done' | 'dead'; error?: string } = {}): Promise<JobView> {
  const { state = 'queued', error = 'receiver answered 503' } = overrides;
  let id: string;
  if (state === 'dead') {
    id = (await transaction(t.deps, (tx) => enqueue(tx, t.deps, failingJob, { error }))) as string;
  } else {
    id = (await data<JobView>(await t.call(t.admin, 'POST', `${api}/jobs/test`, {}), 'enqueue test job')).id;
  }
  if (state !== 'queued') await new Worker(t.deps).runDue();
  return data<JobView>(await t.call(t.admin, 'GET', `${api}/jobs/${id}`), 'read job');
}
