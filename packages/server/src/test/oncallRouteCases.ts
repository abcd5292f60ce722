import type { TestUser } from './harness.ts';
import type { Fixture, RouteCase } from './routes.ts';

/**
 * Route-inventory rows for on-call schedules (test/routes.ts spreads them into ROUTES). Samples use
 * schedules without a team, which every responder manages (team schedules: oncall.test.ts). Handover
 * samples are written straight into the table with the caller as the outgoing and incoming person,
 * so the matrix checks that everyone signed in may act on their own handover.
 */
const api = '/api/v1';

async function schedule(fx: Fixture): Promise<string> {
  const res = await fx.t.call(fx.t.admin, 'POST', `${api}/schedules`, {
    name: `fx-schedule-${fx.seq()}-${Math.random().toString(36).slice(2, 8)}`,
    timeZone: 'Europe/London',
    layers: [{ participants: [fx.bystander.id], rotation: { unit: 'days', length: 1 }, handoffTime: '09:00', startDate: '2026-03-01' }],
  });
  if (res.statusCode !== 201) throw new Error(`fixture: schedule answered ${res.statusCode} ${res.body.slice(0, 200)}`);
  return res.json().data.id as string;
}

/** A fresh hour-long span each call, so overrides never overlap. */
function span(fx: Fixture) {
  const start = Date.parse('2026-04-01T00:00:00Z') + fx.seq() * 7_200_000;
  return { start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString() };
}

async function feed(fx: Fixture, as: TestUser, url: string): Promise<string> {
  const res = await fx.t.call(as, 'POST', url);
  if (res.statusCode !== 201) throw new Error(`fixture: feed answered ${res.statusCode} ${res.body.slice(0, 200)}`);
  return res.json().data.url as string;
}

async function handover(fx: Fixture, as: TestUser): Promise<string> {
  const scheduleId = await schedule(fx);
  const id = `fx-handover-${fx.seq()}-${Math.random().toString(36).slice(2, 8)}`;
  const now = fx.t.clock.now().toISOString();
  await fx.t.deps.db
    .insertInto('oncall_handovers')
    .values({
      id,
      schedule_id: scheduleId,
      changed_at: now,
      shift_start: now,
      outgoing_user_id: as.id,
      incoming_user_id: as.id,
      summary: JSON.stringify({ incidents: [], alerts: [], pages: [], pagesAvailable: false }),
      notes: '',
      created_at: now,
      updated_at: now,
      acknowledged_at: null,
      acknowledged_by: null,
    })
    .execute();
  return id;
}

export const ONCALL_ROUTES: RouteCase[] = [
  { method: 'GET', route: `${api}/schedules`, access: 'signedIn', build: () => ({ url: `${api}/schedules` }) },
  {
    method: 'POST',
    route: `${api}/schedules`,
    access: 'worker',
    ok: 201,
    build: (fx, as) => ({
      url: `${api}/schedules`,
      body: {
        name: `Schedule ${fx.seq()}-${Math.random().toString(36).slice(2, 8)}`,
        timeZone: 'America/Chicago',
        layers: [{ participants: [as.id], rotation: { unit: 'weeks', length: 1 }, handoffTime: '09:00', startDate: '2026-03-02' }],
      },
    }),
  },
  {
    method: 'GET',
    route: `${api}/schedules/:schedule`,
    access: 'signedIn',
    build: async (fx) => ({ url: `${api}/schedules/${await schedule(fx)}` }),
  },
  {
    method: 'PATCH',
    route: `${api}/schedules/:schedule`,
    access: 'worker',
    build: async (fx) => ({ url: `${api}/schedules/${await schedule(fx)}`, body: { description: `Changed ${fx.seq()}` } }),
  },
  {
    method: 'DELETE',
    route: `${api}/schedules/:schedule`,
    access: 'worker',
    ok: 204,
    build: async (fx) => ({ url: `${api}/schedules/${await schedule(fx)}` }),
  },
  {
    method: 'GET',
    route: `${api}/schedules/:schedule/oncall`,
    access: 'signedIn',
    build: async (fx) => ({ url: `${api}/schedules/${await schedule(fx)}/oncall?at=2026-03-05T12:00:00Z` }),
  },
  {
    method: 'GET',
    route: `${api}/schedules/:schedule/shifts`,
    access: 'signedIn',
    build: async (fx) => ({ url: `${api}/schedules/${await schedule(fx)}/shifts?from=2026-03-01T00:00:00Z&to=2026-03-08T00:00:00Z` }),
  },
  {
    method: 'GET',
    route: `${api}/schedules/:schedule/overrides`,
    access: 'signedIn',
    build: async (fx) => ({ url: `${api}/schedules/${await schedule(fx)}/overrides` }),
  },
  {
    method: 'POST',
    route: `${api}/schedules/:schedule/overrides`,
    access: 'worker',
    ok: 201,
    build: async (fx, as) => ({ url: `${api}/schedules/${await schedule(fx)}/overrides`, body: { user: as.id, ...span(fx) } }),
  },
  {
    method: 'DELETE',
    route: `${api}/schedules/:schedule/overrides/:override`,
    access: 'worker',
    ok: 204,
    build: async (fx) => {
      const id = await schedule(fx);
      const res = await fx.t.call(fx.t.admin, 'POST', `${api}/schedules/${id}/overrides`, { user: fx.bystander.id, ...span(fx) });
      if (res.statusCode !== 201) throw new Error(`fixture: override answered ${res.statusCode} ${res.body.slice(0, 200)}`);
      return { url: `${api}/schedules/${id}/overrides/${res.json().data.id}` };
    },
  },
  { method: 'GET', route: `${api}/oncall`, access: 'signedIn', build: () => ({ url: `${api}/oncall` }) },
  { method: 'GET', route: `${api}/me/oncall`, access: 'signedIn', build: () => ({ url: `${api}/me/oncall` }) },
  {
    method: 'POST',
    route: `${api}/schedules/:schedule/calendar-feed`,
    access: 'signedIn',
    ok: 201,
    build: async (fx) => ({ url: `${api}/schedules/${await schedule(fx)}/calendar-feed` }),
  },
  {
    method: 'DELETE',
    route: `${api}/schedules/:schedule/calendar-feed`,
    access: 'signedIn',
    ok: 204,
    build: async (fx, as) => {
      const url = `${api}/schedules/${await schedule(fx)}/calendar-feed`;
      await feed(fx, as, url);
      return { url };
    },
  },
  { method: 'POST', route: `${api}/me/calendar-feed`, access: 'signedIn', ok: 201, build: () => ({ url: `${api}/me/calendar-feed` }) },
  {
    method: 'DELETE',
    route: `${api}/me/calendar-feed`,
    access: 'signedIn',
    ok: 204,
    build: async (fx, as) => {
      await feed(fx, as, `${api}/me/calendar-feed`);
      return { url: `${api}/me/calendar-feed` };
    },
  },
  {
    method: 'GET',
    route: `${api}/calendar/:token.ics`,
    access: 'public',
    build: async (fx) => {
      const url = await feed(fx, fx.t.admin, `${api}/schedules/${await schedule(fx)}/calendar-feed`);
      return { url: new URL(url).pathname };
    },
  },
  {
    method: 'GET',
    route: `${api}/schedules/:schedule/handovers`,
    access: 'signedIn',
    build: async (fx) => ({ url: `${api}/schedules/${await schedule(fx)}/handovers` }),
  },
  {
    method: 'GET',
    route: `${api}/handovers/:handover`,
    access: 'signedIn',
    build: async (fx, as) => ({ url: `${api}/handovers/${await handover(fx, as)}` }),
  },
  {
    method: 'PATCH',
    route: `${api}/handovers/:handover`,
    access: 'signedIn',
    build: async (fx, as) => ({ url: `${api}/handovers/${await handover(fx, as)}`, body: { notes: 'All quiet' } }),
  },
  {
    method: 'POST',
    route: `${api}/handovers/:handover/ack`,
    access: 'signedIn',
    build: async (fx, as) => ({ url: `${api}/handovers/${await handover(fx, as)}/ack` }),
  },
];
