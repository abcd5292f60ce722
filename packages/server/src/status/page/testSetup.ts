import type { TestApp } from '../../test/harness.ts';

/** Test helpers: set up the page and publish through the status slice's API, as responders do. */
export async function ok<T = Record<string, unknown>>(
  res: { statusCode: number; body: string; json(): unknown },
  what: string,
): Promise<T> {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return (res.json() as { data: T }).data;
}

export async function setUpPage(t: TestApp, settings: Record<string, unknown> = {}) {
  await ok(
    await t.call(t.admin, 'PUT', '/api/v1/status-page/settings', {
      enabled: true,
      organisationName: 'Acme <Cloud>',
      brandColor: '#1f6feb',
      ...settings,
    }),
    'settings',
  );
  const api = await ok<{ id: string }>(
    await t.call(t.admin, 'POST', '/api/v1/status-page/components', {
      name: 'Public API',
      groupName: 'Platform',
      description: 'REST & webhooks',
    }),
    'component',
  );
  const web = await ok<{ id: string }>(await t.call(t.admin, 'POST', '/api/v1/status-page/components', { name: 'Dashboard' }), 'component');
  return { api: api.id, web: web.id };
}

/** Declares an incident and publishes it with a public title and first public update. */
export async function publishIncident(
  t: TestApp,
  opts: { internalTitle: string; publicTitle: string; body: string; impacts?: { componentId: string; status: string }[] },
) {
  const declared = await ok<{ id: string; ref: string }>(
    await t.call(t.responder, 'POST', '/api/v1/incidents', { title: opts.internalTitle, severity: 'SEV2' }),
    'declare',
  );
  await ok(
    await t.call(t.responder, 'POST', `/api/v1/incidents/${declared.ref}/status-page`, {
      publicTitle: opts.publicTitle,
      impacts: opts.impacts ?? [],
      update: { status: 'investigating', body: opts.body },
    }),
    'publish',
  );
  return declared;
}

export const publicUpdate = async (t: TestApp, ref: string, status: string, body: string) =>
  ok(await t.call(t.responder, 'POST', `/api/v1/incidents/${ref}/status-page/updates`, { status, body }), 'public update');

/** Drafts the incident's retrospective when it has none, writes its introduction, and publishes it (as an admin). */
export async function publishRetro(t: TestApp, ref: string, introduction = 'A configuration change made requests fail.') {
  let read = await t.call(t.admin, 'GET', `/api/v1/retros/${ref}`);
  if (read.statusCode === 404) {
    await ok(await t.call(t.responder, 'POST', `/api/v1/incidents/${ref}/retro`, {}), 'draft retro');
    read = await t.call(t.admin, 'GET', `/api/v1/retros/${ref}`);
  }
  const retro = await ok<{ sections: { key: string; kind: string; revision: number }[] }>(read, 'read retro');
  const intro = retro.sections.find((s) => s.kind === 'markdown');
  if (intro)
    await ok(
      await t.call(t.responder, 'PUT', `/api/v1/retros/${ref}/sections/${intro.key}`, { baseRevision: intro.revision, body: introduction }),
      'section',
    );
  await ok(await t.call(t.admin, 'POST', `/api/v1/retros/${ref}/publish`, { confirm: true }), 'publish retro');
}

/** Saves the retrospective's public summary of a published incident (published or not). */
export const putSummary = async (t: TestApp, ref: string, body: string, published: boolean) =>
  t.call(t.responder, 'PUT', `/api/v1/incidents/${ref}/status-page/summary`, { body, published });
