import type { Insertable } from 'kysely';
import type { DB } from '../../packages/server/src/platform/db/schema.ts';
import { newId } from '../../packages/server/src/platform/ids.ts';
import type { Api } from './setup.ts';

/** Deterministic pseudo-random numbers (mulberry32), so every run seeds the same store. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYMPTOMS = [
  'returns 500 for EU customers',
  'latency above SLO',
  'elevated error rate',
  'timeouts from upstream',
  'queue backlog growing',
  'certificate expired',
  'disk nearly full',
  'DNS resolution failures',
  'memory leak after deploy',
  'stale cache served',
  'login loop on mobile',
  'duplicate charges reported',
  'webhook deliveries delayed',
  'pods crash looping',
  'slow database queries',
  'partial outage in us-east',
  'rate limits hit',
  'missing emails',
  'dashboard blank',
  'data export stuck',
];
/** A word found in one title template in twenty (about 5% of incidents): what `?q=` searches for. */
export const SEARCH_WORD = 'certificate';

// Most of a 100k history is over: 2% still active, the rest resolved, closed or side-exited.
const STATUS_WEIGHTS: [string, number][] = [
  ['triage', 0.004],
  ['investigating', 0.006],
  ['identified', 0.005],
  ['monitoring', 0.005],
  ['resolved', 0.03],
  ['closed', 0.9],
  ['declined', 0.03],
  ['duplicate', 0.02],
];
const SEVERITY_WEIGHTS = [0.05, 0.15, 0.4, 0.4];
const pick = <T>(r: number, weighted: [T, number][]): T => {
  let acc = 0;
  for (const [v, w] of weighted) {
    acc += w;
    if (r < acc) return v;
  }
  return weighted[weighted.length - 1][0];
};

function* chunks<T>(rows: T[], size: number) {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/**
 * Writes `n` past incidents with what declare writes for each (the incident, its service, its
 * declarer as participant, one 'declared' timeline entry), in one transaction with multi-row
 * INSERTs through Kysely. Numbers 1..n; the INC counter continues after them.
 */
export async function seedIncidents(api: Api, n: number): Promise<{ seconds: number; rows: number }> {
  const rand = rng(42);
  const severities = await api.deps.db.selectFrom('severities').select(['id', 'name']).orderBy('rank').execute();
  const people = [api.users.admin, api.users.responder, api.users.responder2];
  const t0 = Date.now() - n * 15 * 60_000;
  const started = performance.now();
  const incidents: Insertable<DB['incidents']>[] = [];
  const links: Insertable<DB['incident_services']>[] = [];
  const members: Insertable<DB['incident_members']>[] = [];
  const entries: Insertable<DB['timeline_entries']>[] = [];
  for (let number = 1; number <= n; number++) {
    const at = new Date(t0 + number * 15 * 60_000).toISOString();
    const later = new Date(t0 + number * 15 * 60_000 + 3_600_000).toISOString();
    const status = pick(rand(), STATUS_WEIGHTS);
    const severity =
      severities[
        pick(
          rand(),
          SEVERITY_WEIGHTS.map((w, i) => [i, w]),
        )
      ];
    const service = api.services[Math.floor(rand() * api.services.length)];
    const who = people[Math.floor(rand() * people.length)];
    const title = `${service.name} ${SYMPTOMS[Math.floor(rand() * SYMPTOMS.length)]}`;
    const over = !['triage', 'investigating', 'identified', 'monitoring'].includes(status);
    const id = newId();
    incidents.push({
      id,
      number,
      title,
      summary: '',
      status,
      severity_id: severity.id,
      private: rand() < 0.02 ? 1 : 0,
      source: 'manual',
      original_request: `Report: ${title}`,
      reporter_id: who.id,
      reporter_name: who.name,
      created_by: who.id,
      symptoms: '',
      scope_customers: '',
      scope_regions: '',
      scope_user_share: null,
      customer_impact: '',
      root_causes: '',
      fixes_for_symptoms: '',
      root_cause_fix_state: 'unknown',
      root_cause_fix_description: '',
      root_cause_fix_reason: null,
      prevention: '',
      duplicate_of_id: null,
      created_at: at,
      updated_at: over ? later : at,
      impact_started_at: null,
      detected_at: null,
      declared_at: at,
      acknowledged_at: at,
      identified_at: null,
      mitigated_at: null,
      resolved_at: over ? later : null,
      closed_at: status === 'closed' ? later : null,
      last_update_at: null,
    });
    links.push({ incident_id: id, service_id: service.id });
    members.push({ incident_id: id, user_id: who.id, kind: 'participant', added_at: at });
    entries.push({
      incident_id: id,
      kind: 'declared',
      actor_id: who.id,
      body: `Report: ${title}`,
      data: JSON.stringify({
        ref: `INC-${number}`,
        title,
        severity: severity.name,
        status: 'triage',
        services: [service.name],
        source: 'manual',
        private: false,
        reporter: who.name,
        watchersAdded: 0,
      }),
      visibility: 'stakeholders',
      occurred_at: at,
      recorded_at: at,
      pinned: 0,
    });
  }
  await api.deps.db.transaction().execute(async (trx) => {
    // SQLite allows 32,766 bound parameters per statement: 500 incidents × 35 columns fits.
    for (const part of chunks(incidents, 500)) await trx.insertInto('incidents').values(part).execute();
    for (const part of chunks(links, 2000)) await trx.insertInto('incident_services').values(part).execute();
    for (const part of chunks(members, 2000)) await trx.insertInto('incident_members').values(part).execute();
    for (const part of chunks(entries, 2000)) await trx.insertInto('timeline_entries').values(part).execute();
    await trx
      .insertInto('counters')
      .values({ name: 'incident', value: n })
      .onConflict((oc) => oc.column('name').doUpdateSet({ value: n }))
      .execute();
  });
  return { seconds: (performance.now() - started) / 1000, rows: n * 4 };
}

/** Adds `count` war-room notes to one incident, shaped as record() writes them. */
export async function seedNotes(api: Api, incidentId: string, count: number): Promise<void> {
  const rows: Insertable<DB['timeline_entries']>[] = [];
  const base = Date.now() - count * 1000;
  for (let i = 0; i < count; i++) {
    const at = new Date(base + i * 1000).toISOString();
    rows.push({
      incident_id: incidentId,
      kind: 'note',
      actor_id: i % 2 ? api.users.responder.id : api.users.responder2.id,
      body: `Checked shard ${i % 16}: p99 ${120 + (i % 40)} ms, error rate ${(i % 7) / 10}%; next step is to compare with the canary.`,
      data: '{}',
      visibility: 'internal',
      occurred_at: at,
      recorded_at: at,
      pinned: i % 100 === 0 ? 1 : 0,
    });
  }
  await api.deps.db.transaction().execute(async (trx) => {
    for (const part of chunks(rows, 2000)) await trx.insertInto('timeline_entries').values(part).execute();
  });
}
