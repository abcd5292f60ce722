import { CHAT_IMPORT_MAX_BYTES } from '@firebreak/shared';
import type { TestUser } from './harness.ts';
import type { Fixture, RouteCase } from './routes.ts';

/**
 * Authorization-matrix rows for the retrospective routes, for test/routes.ts to spread into ROUTES
 * (`...RETRO_ROUTES`). Each build first puts the fixture incident's retrospective in the state the
 * route needs (drafted, in review, published once…), acting as the admin, so the rows work in any
 * order. Retrospectives are addressed by their incident's reference.
 */
const api = '/api/v1';
const hidden = 'retro_not_found';

type Retro = {
  status: string;
  publishedRevision: number | null;
  sections: { key: string; revision: number }[];
  meeting: { scheduled: boolean; notesRevision: number };
};

const retroUrl = (fx: Fixture, rest = '') => `${api}/retros/${fx.incident.ref}${rest}`;

async function must(res: { statusCode: number; body: string }, what: string): Promise<void> {
  if (res.statusCode >= 300) throw new Error(`fixture: ${what} answered ${res.statusCode} ${res.body.slice(0, 200)}`);
}

async function current(fx: Fixture): Promise<Retro> {
  const t = fx.t;
  let res = await t.call(t.admin, 'GET', retroUrl(fx));
  if (res.statusCode === 404) {
    await must(await t.call(t.admin, 'POST', `${api}/incidents/${fx.incident.ref}/retro`, {}), 'draft');
    res = await t.call(t.admin, 'GET', retroUrl(fx));
  }
  await must(res, 'read retro');
  return res.json().data as Retro;
}

async function toDraft(fx: Fixture): Promise<Retro> {
  const r = await current(fx);
  const t = fx.t;
  if (r.status === 'published') await must(await t.call(t.admin, 'POST', retroUrl(fx, '/amend'), {}), 'amend');
  if (r.status === 'in_review') await must(await t.call(t.admin, 'POST', retroUrl(fx, '/status'), { status: 'draft' }), 'to draft');
  return r.status === 'draft' ? r : current(fx);
}

async function toReview(fx: Fixture): Promise<void> {
  const r = await current(fx);
  if (r.status === 'in_review') return;
  await toDraft(fx);
  await must(await fx.t.call(fx.t.admin, 'POST', retroUrl(fx, '/status'), { status: 'in_review' }), 'to review');
}

async function toPublished(fx: Fixture): Promise<void> {
  if ((await current(fx)).status === 'published') return;
  await toReview(fx);
  await must(await fx.t.call(fx.t.admin, 'POST', retroUrl(fx, '/publish'), { confirm: true }), 'publish');
}

/** Viewers read published revisions only: reads need one published at least once. */
async function publishedOnce(fx: Fixture): Promise<void> {
  if ((await current(fx)).publishedRevision === null) await toPublished(fx);
}

async function newWhy(fx: Fixture): Promise<string> {
  await toDraft(fx);
  const res = await fx.t.call(fx.t.admin, 'POST', retroUrl(fx, '/whys'), { text: `Fixture why ${fx.seq()}` });
  await must(res, 'add why');
  return res.json().whyId as string;
}

async function scheduled(fx: Fixture): Promise<void> {
  await current(fx);
  await must(await fx.t.call(fx.t.admin, 'PUT', retroUrl(fx, '/meeting'), { startsAt: '2026-03-10T10:00:00Z', attendees: [] }), 'meeting');
}

/** Gives `as` an answer if they may answer (others get their 403/404 from the route under test). */
async function answered(fx: Fixture, as: TestUser): Promise<void> {
  await toDraft(fx);
  await fx.t.call(as, 'PUT', retroUrl(fx, '/answers/mine'), { whatHappened: 'Fixture answer' });
}

async function shareToken(fx: Fixture): Promise<string> {
  await publishedOnce(fx);
  const res = await fx.t.call(fx.t.admin, 'POST', retroUrl(fx, '/share'), { allowPrivate: true });
  await must(res, 'share');
  return res.json().data.token as string;
}

const read = (route: string, url: (fx: Fixture) => string, extra: Partial<RouteCase> = {}): RouteCase => ({
  method: 'GET',
  route: `${api}${route}`,
  access: 'incidentRead',
  hiddenCode: hidden,
  ...extra,
  build: async (fx) => {
    await publishedOnce(fx);
    return { url: url(fx) };
  },
});

export const RETRO_ROUTES: RouteCase[] = [
  { method: 'GET', route: `${api}/retros`, access: 'signedIn', build: () => ({ url: `${api}/retros?limit=5` }) },
  {
    method: 'POST',
    route: `${api}/incidents/:ref/retro`,
    access: 'incidentWork',
    ok: 201,
    build: async (fx) => {
      await fx.t.deps.db.deleteFrom('retros').where('incident_id', '=', fx.incident.id).execute();
      return { url: `${api}/incidents/${fx.incident.ref}/retro`, body: { template: 'retrospective' } };
    },
  },
  read('/incidents/:ref/retro', (fx) => `${api}/incidents/${fx.incident.ref}/retro`),
  read('/retros/:id', (fx) => retroUrl(fx)),
  read('/retros/:id/revisions', (fx) => retroUrl(fx, '/revisions')),
  // The working history is for those who work the retrospective; viewers read published revisions.
  read('/retros/:id/history', (fx) => retroUrl(fx, '/history?limit=5'), { access: 'incidentWork' }),
  read('/retros/:id/findings', (fx) => retroUrl(fx, '/findings')),
  read('/retros/:id/export.md', (fx) => retroUrl(fx, '/export.md')),
  read('/retros/:id/export.html', (fx) => retroUrl(fx, '/export.html')),
  read('/retros/:id/events', (fx) => retroUrl(fx, '/events'), { stream: true }),
  read('/retros/:id/answers', (fx) => retroUrl(fx, '/answers')),
  read('/retros/:id/depth', (fx) => retroUrl(fx, '/depth')),
  {
    method: 'PUT',
    route: `${api}/retros/:id/sections/:key`,
    access: 'incidentWork',
    hiddenCode: hidden,
    build: async (fx) => {
      const s = (await toDraft(fx)).sections[0];
      return { url: retroUrl(fx, `/sections/${s.key}`), body: { baseRevision: s.revision, body: `Edited ${fx.seq()}` } };
    },
  },
  {
    method: 'POST',
    route: `${api}/retros/:id/status`,
    access: 'incidentWork',
    hiddenCode: hidden,
    build: async (fx) => {
      await toDraft(fx);
      return { url: retroUrl(fx, '/status'), body: { status: 'in_review' } };
    },
  },
  {
    method: 'POST',
    route: `${api}/retros/:id/publish`,
    access: 'incidentWork',
    hiddenCode: hidden,
    build: async (fx) => {
      await toReview(fx);
      return { url: retroUrl(fx, '/publish'), body: { confirm: true } };
    },
  },
  {
    method: 'POST',
    route: `${api}/retros/:id/amend`,
    access: 'incidentWork',
    hiddenCode: hidden,
    build: async (fx) => {
      await toPublished(fx);
      return { url: retroUrl(fx, '/amend'), body: { message: 'Fixture amendment' } };
    },
  },
  {
    method: 'POST',
    route: `${api}/retros/:id/whys`,
    access: 'incidentWork',
    hiddenCode: hidden,
    ok: 201,
    build: async (fx) => {
      await toDraft(fx);
      return { url: retroUrl(fx, '/whys'), body: { text: `Why ${fx.seq()}` } };
    },
  },
  {
    method: 'PATCH',
    route: `${api}/retros/:id/whys/:why`,
    access: 'incidentWork',
    hiddenCode: hidden,
    build: async (fx) => ({ url: retroUrl(fx, `/whys/${await newWhy(fx)}`), body: { text: `Reworded ${fx.seq()}` } }),
  },
  {
    method: 'DELETE',
    route: `${api}/retros/:id/whys/:why`,
    access: 'incidentWork',
    hiddenCode: hidden,
    build: async (fx) => ({ url: retroUrl(fx, `/whys/${await newWhy(fx)}`) }),
  },
  {
    method: 'PUT',
    route: `${api}/retros/:id/whys/:why/ending`,
    access: 'incidentWork',
    hiddenCode: hidden,
    build: async (fx) => ({ url: retroUrl(fx, `/whys/${await newWhy(fx)}/ending`), body: { type: 'accepted', reason: 'Fixture reason' } }),
  },
  {
    method: 'GET',
    route: `${api}/retros/:id/answers/mine`,
    access: 'incidentWork',
    hiddenCode: hidden,
    build: async (fx, as) => {
      await answered(fx, as);
      return { url: retroUrl(fx, '/answers/mine') };
    },
  },
  {
    method: 'PUT',
    route: `${api}/retros/:id/answers/mine`,
    access: 'incidentWork',
    hiddenCode: hidden,
    build: async (fx) => {
      await toDraft(fx);
      return { url: retroUrl(fx, '/answers/mine'), body: { anonymous: true, stuck: 'Fixture' } };
    },
  },
  {
    method: 'DELETE',
    route: `${api}/retros/:id/answers/mine`,
    access: 'incidentWork',
    hiddenCode: hidden,
    ok: 204,
    build: async (fx, as) => {
      await answered(fx, as);
      return { url: retroUrl(fx, '/answers/mine') };
    },
  },
  {
    method: 'PUT',
    route: `${api}/retros/:id/depth`,
    access: 'incidentWork',
    hiddenCode: hidden,
    build: async (fx) => {
      await current(fx);
      return { url: retroUrl(fx, '/depth'), body: { decision: 'standard', reason: 'Fixture' } };
    },
  },
  {
    method: 'PUT',
    route: `${api}/retros/:id/meeting`,
    access: 'incidentWork',
    hiddenCode: hidden,
    build: async (fx) => {
      await current(fx);
      return { url: retroUrl(fx, '/meeting'), body: { startsAt: '2026-03-11T10:00:00Z', attendees: [] } };
    },
  },
  {
    method: 'DELETE',
    route: `${api}/retros/:id/meeting`,
    access: 'incidentWork',
    hiddenCode: hidden,
    build: async (fx) => {
      await scheduled(fx);
      return { url: retroUrl(fx, '/meeting') };
    },
  },
  {
    method: 'PUT',
    route: `${api}/retros/:id/meeting/notes`,
    access: 'incidentWork',
    hiddenCode: hidden,
    build: async (fx) => {
      const r = await toDraft(fx);
      return { url: retroUrl(fx, '/meeting/notes'), body: { baseRevision: r.meeting.notesRevision, notes: `Notes ${fx.seq()}` } };
    },
  },
  {
    method: 'GET',
    route: `${api}/retros/:id/agenda`,
    access: 'incidentWork',
    hiddenCode: hidden,
    build: async (fx) => {
      await publishedOnce(fx);
      return { url: retroUrl(fx, '/agenda') };
    },
  },
  {
    method: 'GET',
    route: `${api}/retros/:id/meeting.ics`,
    access: 'incidentWork',
    hiddenCode: hidden,
    build: async (fx) => {
      await publishedOnce(fx);
      await scheduled(fx);
      return { url: retroUrl(fx, '/meeting.ics') };
    },
  },
  // Share links exist only for non-private incidents (admins may share a private one explicitly,
  // tested in retros/meeting-share.test.ts), so these rows run on the public incident only.
  {
    method: 'POST',
    route: `${api}/retros/:id/share`,
    access: 'worker',
    ok: 201,
    build: async (fx) => {
      await publishedOnce(fx);
      return { url: retroUrl(fx, '/share'), body: { allowPrivate: false } };
    },
  },
  {
    method: 'DELETE',
    route: `${api}/retros/:id/share`,
    access: 'worker',
    ok: 204,
    build: async (fx) => {
      await shareToken(fx);
      return { url: retroUrl(fx, '/share') };
    },
  },
  {
    method: 'POST',
    route: `${api}/retros/:id/follow-ups`,
    access: 'incidentWork',
    hiddenCode: hidden,
    ok: 201,
    build: async (fx) => {
      await toDraft(fx);
      return { url: retroUrl(fx, '/follow-ups'), body: { title: `Follow-up ${fx.seq()}` } };
    },
  },
  {
    method: 'POST',
    route: `${api}/language/review`,
    access: 'signedIn',
    build: () => ({ url: `${api}/language/review`, body: { text: 'The disk filled up.' } }),
  },
  {
    method: 'POST',
    route: `${api}/incidents/:ref/chat-imports`,
    access: 'incidentWork',
    ok: 201,
    bodyLimit: CHAT_IMPORT_MAX_BYTES,
    build: (fx) => ({
      url: `${api}/incidents/${fx.incident.ref}/chat-imports`,
      body: { format: 'transcript', text: `[12:00] fixture: line ${fx.seq()}` },
    }),
  },
  {
    method: 'GET',
    route: `${api}/incidents/:ref/themes`,
    access: 'incidentRead',
    build: (fx) => ({ url: `${api}/incidents/${fx.incident.ref}/themes` }),
  },
  { method: 'GET', route: `${api}/retro-templates`, access: 'signedIn', build: () => ({ url: `${api}/retro-templates` }) },
  {
    method: 'GET',
    route: `${api}/retro-templates/:id`,
    access: 'signedIn',
    build: () => ({ url: `${api}/retro-templates/learning_review` }),
  },
  {
    method: 'POST',
    route: `${api}/retro-templates`,
    access: 'admin',
    ok: 201,
    build: (fx) => ({
      url: `${api}/retro-templates`,
      body: { name: `Fixture template ${fx.seq()}`, sections: [{ key: 'what', title: 'What happened', kind: 'markdown' }] },
    }),
  },
  {
    method: 'PATCH',
    route: `${api}/retro-templates/:id`,
    access: 'admin',
    build: (fx) => ({ url: `${api}/retro-templates/incident_report`, body: { description: `Edited ${fx.seq()}` } }),
  },
  {
    method: 'DELETE',
    route: `${api}/retro-templates/:id`,
    access: 'admin',
    build: () => ({ url: `${api}/retro-templates/incident_report` }),
  },
  { method: 'GET', route: `${api}/me/retro-tasks`, access: 'signedIn', build: () => ({ url: `${api}/me/retro-tasks?all=true` }) },
  { method: 'GET', route: `${api}/follow-ups`, access: 'signedIn', build: () => ({ url: `${api}/follow-ups?status=all` }) },
  {
    method: 'GET',
    route: `${api}/shared/retros/:token`,
    access: 'public',
    build: async (fx) => ({ url: `${api}/shared/retros/${await shareToken(fx)}` }),
  },
  {
    method: 'GET',
    route: `${api}/shared/retros/:token/export.md`,
    access: 'public',
    build: async (fx) => ({ url: `${api}/shared/retros/${await shareToken(fx)}/export.md` }),
  },
  {
    method: 'GET',
    route: `${api}/shared/retros/:token/export.html`,
    access: 'public',
    build: async (fx) => ({ url: `${api}/shared/retros/${await shareToken(fx)}/export.html` }),
  },
];
