import type { Fixture, RouteCase } from './routes.ts';

/**
 * Route-inventory rows for the public status page (status/; test/routes.ts spreads them into
 * ROUTES). Publishing refuses private incidents even for those who may work them
 * (`privateRefusal`); the Statuspage-compatible JSON is public once the page is switched on.
 */
const api = '/api/v1';
const inc = (fx: Fixture, rest = '') => `${api}/incidents/${fx.incident.ref}${rest}`;
const PRIVATE = { status: 409, code: 'status_page_private' };

async function enablePage(fx: Fixture): Promise<void> {
  const res = await fx.t.call(fx.t.admin, 'PUT', `${api}/status-page/settings`, { enabled: true, organisationName: 'Fixture Co' });
  if (res.statusCode !== 200) throw new Error(`fixture: settings answered ${res.statusCode} ${res.body.slice(0, 200)}`);
}

async function component(fx: Fixture): Promise<string> {
  const res = await fx.t.call(fx.t.admin, 'POST', `${api}/status-page/components`, {
    name: `Fixture component ${fx.seq()}-${Math.random().toString(36).slice(2, 8)}`,
  });
  if (res.statusCode !== 201) throw new Error(`fixture: component answered ${res.statusCode} ${res.body.slice(0, 200)}`);
  return res.json().data.id as string;
}

/** Publishes the fixture incident (as an admin) unless it is on the page already; a private one stays off it. */
async function ensurePublished(fx: Fixture): Promise<void> {
  const res = await fx.t.call(fx.t.admin, 'POST', inc(fx, '/status-page'), {
    publicTitle: 'Fixture trouble',
    impacts: [],
    update: { status: 'investigating', body: 'We are looking into it.' },
  });
  if (![201, 409].includes(res.statusCode)) throw new Error(`fixture: publish answered ${res.statusCode} ${res.body.slice(0, 200)}`);
}

async function unpublished(fx: Fixture): Promise<void> {
  await fx.t.call(fx.t.admin, 'DELETE', inc(fx, '/status-page'));
}

async function maintenance(fx: Fixture): Promise<string> {
  const at = (m: number) => new Date(fx.t.clock.now().getTime() + m * 60_000).toISOString();
  const res = await fx.t.call(fx.t.admin, 'POST', `${api}/status-page/maintenances`, {
    title: `Fixture maintenance ${fx.seq()}`,
    body: 'Planned work.',
    scheduledFor: at(60),
    scheduledUntil: at(120),
  });
  if (res.statusCode !== 201) throw new Error(`fixture: maintenance answered ${res.statusCode} ${res.body.slice(0, 200)}`);
  return res.json().data.id as string;
}

const PUBLIC_JSON = [
  'summary.json',
  'status.json',
  'components.json',
  'incidents.json',
  'incidents/unresolved.json',
  'scheduled-maintenances.json',
  'scheduled-maintenances/upcoming.json',
  'scheduled-maintenances/active.json',
];

export const STATUS_PAGE_ROUTES: RouteCase[] = [
  // ---- settings and components: everyone signed in reads, admins change ----
  { method: 'GET', route: `${api}/status-page/settings`, access: 'signedIn', build: () => ({ url: `${api}/status-page/settings` }) },
  {
    method: 'PUT',
    route: `${api}/status-page/settings`,
    access: 'admin',
    build: () => ({ url: `${api}/status-page/settings`, body: { enabled: true, organisationName: 'Fixture Co' } }),
  },
  { method: 'GET', route: `${api}/status-page/components`, access: 'signedIn', build: () => ({ url: `${api}/status-page/components` }) },
  {
    method: 'POST',
    route: `${api}/status-page/components`,
    access: 'admin',
    ok: 201,
    build: (fx) => ({
      url: `${api}/status-page/components`,
      body: { name: `Component ${fx.seq()}-${Math.random().toString(36).slice(2, 8)}`, groupName: 'Fixture' },
    }),
  },
  {
    method: 'PATCH',
    route: `${api}/status-page/components/:id`,
    access: 'admin',
    build: async (fx) => ({ url: `${api}/status-page/components/${await component(fx)}`, body: { manualStatus: 'degraded_performance' } }),
  },
  {
    method: 'DELETE',
    route: `${api}/status-page/components/:id`,
    access: 'admin',
    ok: 204,
    build: async (fx) => ({ url: `${api}/status-page/components/${await component(fx)}` }),
  },

  // ---- an incident on the page: who can see it reads; who works it publishes, never a private one ----
  { method: 'GET', route: `${api}/incidents/:ref/status-page`, access: 'incidentRead', build: (fx) => ({ url: inc(fx, '/status-page') }) },
  {
    method: 'POST',
    route: `${api}/incidents/:ref/status-page`,
    access: 'incidentWork',
    ok: 201,
    privateRefusal: PRIVATE,
    build: async (fx) => {
      await unpublished(fx);
      return {
        url: inc(fx, '/status-page'),
        body: { publicTitle: 'Some checkouts fail', impacts: [], update: { status: 'investigating', body: 'We are looking into it.' } },
      };
    },
  },
  {
    method: 'PATCH',
    route: `${api}/incidents/:ref/status-page`,
    access: 'incidentWork',
    privateRefusal: PRIVATE,
    build: async (fx) => {
      await ensurePublished(fx);
      return { url: inc(fx, '/status-page'), body: { publicTitle: `Checkout trouble ${fx.seq()}` } };
    },
  },
  {
    method: 'DELETE',
    route: `${api}/incidents/:ref/status-page`,
    access: 'incidentWork',
    // A private incident is never on the page, so there is nothing to take down.
    privateRefusal: { status: 409, code: 'status_page_not_published' },
    build: async (fx) => {
      await ensurePublished(fx);
      return { url: inc(fx, '/status-page') };
    },
  },
  {
    method: 'POST',
    route: `${api}/incidents/:ref/status-page/updates`,
    access: 'incidentWork',
    ok: 201,
    privateRefusal: PRIVATE,
    build: async (fx) => {
      await ensurePublished(fx);
      return { url: inc(fx, '/status-page/updates'), body: { status: 'resolved', body: `Fixed ${fx.seq()}` } };
    },
  },
  {
    method: 'PUT',
    route: `${api}/incidents/:ref/status-page/summary`,
    access: 'incidentWork',
    privateRefusal: PRIVATE,
    build: async (fx) => {
      await ensurePublished(fx);
      // Saved for responders: publishing it needs a published retrospective (status/summary.test.ts).
      return { url: inc(fx, '/status-page/summary'), body: { body: `What happened ${fx.seq()}`, published: false } };
    },
  },
  {
    method: 'POST',
    route: `${api}/incidents/:ref/updates`,
    name: 'also on the status page',
    access: 'incidentWork',
    ok: 201,
    privateRefusal: PRIVATE,
    build: async (fx) => {
      await ensurePublished(fx);
      return { url: inc(fx, '/updates'), body: { body: `Update ${fx.seq()}`, publishToStatusPage: true, publicStatus: 'resolved' } };
    },
  },

  // ---- scheduled maintenance: everyone signed in reads, responders and admins plan ----
  {
    method: 'GET',
    route: `${api}/status-page/maintenances`,
    access: 'signedIn',
    build: () => ({ url: `${api}/status-page/maintenances?state=upcoming` }),
  },
  {
    method: 'POST',
    route: `${api}/status-page/maintenances`,
    access: 'worker',
    ok: 201,
    build: (fx) => {
      const at = (m: number) => new Date(fx.t.clock.now().getTime() + m * 60_000).toISOString();
      return {
        url: `${api}/status-page/maintenances`,
        body: { title: `Upgrade ${fx.seq()}`, body: 'Planned work.', scheduledFor: at(30), scheduledUntil: at(90) },
      };
    },
  },
  {
    method: 'PATCH',
    route: `${api}/status-page/maintenances/:id`,
    access: 'worker',
    build: async (fx) => ({ url: `${api}/status-page/maintenances/${await maintenance(fx)}`, body: { title: 'Upgrade, moved' } }),
  },
  {
    method: 'POST',
    route: `${api}/status-page/maintenances/:id/updates`,
    access: 'worker',
    ok: 201,
    build: async (fx) => ({
      url: `${api}/status-page/maintenances/${await maintenance(fx)}/updates`,
      body: { status: 'in_progress', body: 'Started early.' },
    }),
  },

  // ---- the Statuspage-compatible JSON: public ----
  ...PUBLIC_JSON.map(
    (path): RouteCase => ({
      method: 'GET',
      route: `/api/v2/${path}`,
      access: 'public',
      build: async (fx) => {
        await enablePage(fx);
        return { url: `/api/v2/${path}` };
      },
    }),
  ),
];
