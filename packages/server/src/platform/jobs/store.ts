import { type Selectable, sql } from 'kysely';
import type { Tx } from '../context.ts';
import { keyset } from '../cursor.ts';
import type { JobsTable } from '../db/schema.ts';

export type JobRow = Selectable<JobsTable>;
export type JobState = 'queued' | 'running' | 'done' | 'dead' | 'discarded';

/** Inserts a job; a job whose idempotency key is taken is not inserted (returns false). */
export async function insertJob(tx: Tx, row: JobRow): Promise<boolean> {
  const q = tx.db.insertInto('jobs').values(row);
  if (row.idempotency_key === null) {
    await q.execute();
    return true;
  }
  const r = await q.onConflict((oc) => oc.column('idempotency_key').doNothing()).executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Inserts jobs in one statement (chunked); those whose idempotency key is taken are not inserted. Returns the ids inserted. */
export async function insertJobs(tx: Tx, rows: JobRow[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (let i = 0; i < rows.length; i += 500) {
    const r = await tx.db
      .insertInto('jobs')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .returning('id')
      .execute();
    for (const x of r) inserted.add(x.id);
  }
  return inserted;
}

/**
 * Claims up to `limit` due jobs for `worker`: queued ones whose time has come, and running ones whose
 * worker's lease ran out (it died). Each claim counts as an attempt. One statement (an update of the
 * due jobs chosen by a subquery), however many it claims. PostgreSQL skips rows another worker is
 * claiming at the same moment (FOR UPDATE SKIP LOCKED); SQLite has one writer anyway. In due order.
 */
export async function claimJobs(tx: Tx, worker: string, now: string, leaseUntil: string, limit: number, kind?: string): Promise<JobRow[]> {
  let due = tx.db
    .selectFrom('jobs')
    .select('id')
    .$if(kind !== undefined, (q) => q.where('kind', '=', kind as string))
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'queued'), eb('run_at', '<=', now)]),
        eb.and([eb('state', '=', 'running'), eb('lease_until', '<', now), eb('attempts', '<', eb.ref('max_attempts'))]),
      ]),
    )
    .orderBy('run_at')
    .orderBy('id')
    .limit(limit);
  if (tx.dialect === 'postgres') due = due.forUpdate().skipLocked();
  const rows = await tx.db
    .updateTable('jobs')
    .set((eb) => ({
      state: 'running',
      attempts: eb('attempts', '+', 1),
      lease_until: leaseUntil,
      locked_by: worker,
      updated_at: now,
    }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
  // run_at is unchanged by the claim: the order the subquery chose them in.
  return rows.sort((a, b) => (a.run_at < b.run_at ? -1 : a.run_at > b.run_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Running jobs whose worker died on their last allowed attempt: dead, with the reason. */
export const buryAbandoned = (tx: Tx, now: string) =>
  tx.db
    .updateTable('jobs')
    .set({
      state: 'dead',
      lease_until: null,
      locked_by: null,
      last_error: 'The worker stopped during the last attempt (lease expired)',
      updated_at: now,
      finished_at: now,
    })
    .where('state', '=', 'running')
    .where('lease_until', '<', now)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .execute();

/** Settles a claimed job, unless another worker has claimed it since (its lease ran out). */
export async function settleJob(tx: Tx, job: Pick<JobRow, 'id' | 'attempts'>, patch: Partial<JobRow>): Promise<boolean> {
  const r = await tx.db
    .updateTable('jobs')
    .set(patch)
    .where('id', '=', job.id)
    .where('state', '=', 'running')
    .where('attempts', '=', job.attempts)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * Settles claimed jobs that get the same patch (e.g. a batch that succeeded) in one statement per
 * attempt count, each unless another worker has claimed it since. Returns the ids settled.
 */
export async function settleJobs(tx: Tx, jobs: Pick<JobRow, 'id' | 'attempts'>[], patch: Partial<JobRow>): Promise<Set<string>> {
  const settled = new Set<string>();
  const byAttempts = new Map<number, string[]>();
  for (const j of jobs) byAttempts.set(j.attempts, [...(byAttempts.get(j.attempts) ?? []), j.id]);
  for (const [attempts, ids] of byAttempts)
    for (let i = 0; i < ids.length; i += 500) {
      const r = await tx.db
        .updateTable('jobs')
        .set(patch)
        .where('id', 'in', ids.slice(i, i + 500))
        .where('state', '=', 'running')
        .where('attempts', '=', attempts)
        .returning('id')
        .execute();
      for (const x of r) settled.add(x.id);
    }
  return settled;
}

/** When the next job becomes due (a queued job's run_at or a running job's lease end), if any. */
export async function nextDue(tx: Tx): Promise<string | null> {
  const row = await tx.db
    .selectFrom('jobs')
    .select((eb) => [
      eb.fn.min(eb.case().when('state', '=', 'queued').then(eb.ref('run_at')).end()).as('queued'),
      eb.fn.min(eb.case().when('state', '=', 'running').then(eb.ref('lease_until')).end()).as('lease'),
    ])
    .where('state', 'in', ['queued', 'running'])
    .executeTakeFirst();
  const times = [row?.queued, row?.lease].filter((t): t is string => typeof t === 'string');
  return times.length ? times.sort()[0] : null;
}

export const getJob = (tx: Tx, id: string) => tx.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();

export const updateJob = (tx: Tx, id: string, patch: Partial<JobRow>) =>
  tx.db.updateTable('jobs').set(patch).where('id', '=', id).execute();

/** Counts by state (queued jobs that failed before count as `retrying`), and the oldest due job. */
export async function jobCounts(tx: Tx, now: string) {
  const rows = await tx.db
    .selectFrom('jobs')
    .select((eb) => [
      eb
        .case()
        .when(eb.and([eb('state', '=', 'queued'), eb('last_error', 'is not', null)]))
        .then('retrying')
        .else(eb.ref('state'))
        .end()
        .as('state'),
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(sql`1`)
    .execute();
  const oldest = await tx.db
    .selectFrom('jobs')
    .select((eb) => eb.fn.min('run_at').as('at'))
    .where('state', '=', 'queued')
    .where('run_at', '<=', now)
    .executeTakeFirst();
  return {
    counts: Object.fromEntries(rows.map((r) => [String(r.state), Number(r.n)])),
    oldestDueAt: (oldest?.at as string | null) ?? null,
  };
}

/** Finished jobs older than a cut-off go (done and discarded after a week, dead after a month). */
export async function pruneJobs(tx: Tx, doneBefore: string, deadBefore: string): Promise<number> {
  const a = await tx.db
    .deleteFrom('jobs')
    .where('state', 'in', ['done', 'discarded'])
    .where('updated_at', '<', doneBefore)
    .executeTakeFirst();
  const b = await tx.db.deleteFrom('jobs').where('state', '=', 'dead').where('updated_at', '<', deadBefore).executeTakeFirst();
  return Number(a.numDeletedRows) + Number(b.numDeletedRows);
}

/** Admin list order: newest first; the id breaks ties so paging never skips or repeats a job. */
export const jobsKeyset = keyset<JobRow>('jobs', [
  { column: 'created_at', dir: 'desc', type: 'string', of: (r) => r.created_at },
  { column: 'id', dir: 'desc', type: 'string', of: (r) => r.id },
]);

export async function listJobs(tx: Tx, q: { state?: string; kind?: string; limit: number; cursor?: string }) {
  const after = jobsKeyset.decode(q.cursor);
  let query = jobsKeyset.order(tx.db.selectFrom('jobs').selectAll()).limit(q.limit + 1);
  if (q.state === 'retrying') query = query.where('state', '=', 'queued').where('last_error', 'is not', null);
  else if (q.state === 'queued') query = query.where('state', '=', 'queued').where('last_error', 'is', null);
  else if (q.state) query = query.where('state', '=', q.state);
  if (q.kind) query = query.where('kind', '=', q.kind);
  if (after) query = query.where(jobsKeyset.after(after));
  return jobsKeyset.page(await query.execute(), q.limit);
}
