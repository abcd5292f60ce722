import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { onCallAt } from '../packages/server/src/oncall/index.ts';
import { toSchedule } from '../packages/server/src/oncall/schedules.ts';
import { allSchedules, insertOverride, insertSchedule } from '../packages/server/src/oncall/store.ts';
import { Bus } from '../packages/server/src/platform/bus.ts';
import { systemClock } from '../packages/server/src/platform/clock.ts';
import { type Deps, reader, transaction } from '../packages/server/src/platform/context.ts';
import { openDatabase } from '../packages/server/src/platform/db/index.ts';
import { ensureDefaults } from '../packages/server/src/severities/configure.ts';
import { createUser } from '../packages/server/src/users/createUser.ts';
import { issueToken } from '../packages/server/src/users/tokens.ts';
import { whoIsOnCall } from '../packages/shared/src/index.ts';
import { type BenchRow, fmt, measureLoop, row } from './lib.ts';

const SCHEDULES = 500;
const PEOPLE = 50;
const ZONES = ['Europe/London', 'America/Chicago', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
const log = (msg: string) => process.stderr.write(`  oncall: ${msg}\n`);

export const notes = `
What \`oncall.bench.ts\` measures, on SQLite (WAL) in a fresh temp data dir: **${SCHEDULES} schedules**
in ${ZONES.length} time zones, each with two layers (a weekly rotation of 5 people, and a daily
follow-the-sun layer restricted to weekdays 09:00–17:00), and an override on every fifth one.

- **GET /api/v1/oncall**: who is on call now on every schedule (with the next span and the names),
  through the real app (\`app.inject\`, an admin token), one request at a time. Beside it the
  same request's floor: **GET /api/v1/teams** (a plain list read through the same auth, routing and
  serialisation).
- **onCallAt × ${SCHEDULES}**: what the paging slice calls, once per schedule (a read of the schedule and its
  overrides around now, then the engine), for all ${SCHEDULES} in a row.
- **engine only**: \`whoIsOnCall\` for the ${SCHEDULES} schedules already in memory (the Luxon work
  alone: two weeks either side of now per schedule).
`;

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-oncall-'));
  const config = loadConfig({ FIREBREAK_DATA_DIR: dir, FIREBREAK_LOG_LEVEL: 'silent' });
  const database = await openDatabase(config.database);
  const deps: Deps = { db: database.db, dialect: database.dialect, clock: systemClock, bus: new Bus(), config };
  await ensureDefaults(deps);
  const app = await buildApp(deps, { webDir: '/nonexistent' });
  try {
    const admin = await createUser(deps, { email: 'bench@example.com', role: 'admin', name: 'Bench' });
    const { secret } = await issueToken(deps, admin.id, { name: 'bench', expiresAt: null });
    const people: string[] = [];
    for (let i = 0; i < PEOPLE; i++)
      people.push((await createUser(deps, { email: `p${i}@example.com`, role: 'responder', name: `P ${i}` })).id);
    log(`${SCHEDULES} schedules`);
    const now = new Date();
    const iso = now.toISOString();
    await transaction(deps, async (tx) => {
      for (let i = 0; i < SCHEDULES; i++) {
        const pick = (k: number) => Array.from({ length: 5 }, (_, j) => people[(i * 3 + j + k) % PEOPLE]);
        const id = `bench-${i}`;
        await insertSchedule(tx, {
          id,
          name: `Schedule ${String(i).padStart(3, '0')}`,
          description: '',
          team_id: null,
          time_zone: ZONES[i % ZONES.length],
          layers: JSON.stringify([
            {
              participants: pick(0),
              rotation: { unit: 'weeks', length: 1 },
              handoffTime: '09:00',
              startDate: '2025-01-06',
              restrictions: [],
            },
            {
              participants: pick(7),
              rotation: { unit: 'days', length: 1 },
              handoffTime: '09:00',
              startDate: '2025-01-06',
              restrictions: [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }],
            },
          ]),
          created_by: admin.id,
          created_at: iso,
          updated_at: iso,
          handovers_through: iso,
        });
        if (i % 5 === 0)
          await insertOverride(tx, {
            id: `bench-ov-${i}`,
            schedule_id: id,
            user_id: people[(i + 11) % PEOPLE],
            replaces_user_id: null,
            start_at: new Date(now.getTime() - 3_600_000).toISOString(),
            end_at: new Date(now.getTime() + 3_600_000).toISOString(),
            note: '',
            created_by: admin.id,
            created_at: iso,
          });
      }
    });
    const get = async (url: string) => {
      const res = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${secret}` } });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      return res;
    };
    const first = (await get('/api/v1/oncall')).json().data as { current: unknown }[];
    if (first.length !== SCHEDULES) throw new Error(`expected ${SCHEDULES} rows, got ${first.length}`);
    log(`GET /oncall (${first.filter((r) => r.current).length} with someone on call)`);
    const oncall = await measureLoop(() => get('/api/v1/oncall'), { durationMs: 4000, warmupMs: 1000 });
    const teams = await measureLoop(() => get('/api/v1/teams'), { durationMs: 2000, warmupMs: 500 });
    log('onCallAt for each schedule');
    const ids = Array.from({ length: SCHEDULES }, (_, i) => `bench-${i}`);
    const each = await measureLoop(
      async () => {
        const tx = reader(deps);
        for (const id of ids) await onCallAt(tx, id, new Date());
      },
      { durationMs: 4000, warmupMs: 500 },
    );
    const loaded = (await allSchedules(reader(deps))).map(toSchedule);
    const engine = await measureLoop(
      () => {
        const at = new Date();
        for (const s of loaded) whoIsOnCall({ timeZone: s.timeZone, layers: s.layers }, at);
      },
      { durationMs: 3000, warmupMs: 500 },
    );
    log(`GET /oncall p50 ${fmt(oncall.p50)} ms; onCallAt×${SCHEDULES} p50 ${fmt(each.p50)} ms; engine p50 ${fmt(engine.p50)} ms`);
    return [
      row('oncall', `GET /oncall, ${SCHEDULES} schedules, p50`, oncall.p50, 'ms', {
        baseline: { name: 'GET /teams p50', value: teams.p50 },
      }),
      row('oncall', `GET /oncall, ${SCHEDULES} schedules, p99`, oncall.p99, 'ms', {
        baseline: { name: 'GET /teams p99', value: teams.p99 },
        target: '<=1000',
      }),
      row('oncall', `onCallAt × ${SCHEDULES} (reads + engine), p50`, each.p50, 'ms', {
        baseline: { name: `engine only × ${SCHEDULES}`, value: engine.p50 },
      }),
      row('oncall', `whoIsOnCall × ${SCHEDULES} (engine only), p50`, engine.p50, 'ms'),
    ];
  } finally {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
