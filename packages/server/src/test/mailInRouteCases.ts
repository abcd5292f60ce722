import { createHash } from 'node:crypto';
import type { Fixture, RouteCase } from './routes.ts';

/**
 * Route-inventory rows for e-mail in (test/routes.ts spreads them into ROUTES): an incident's e-mail
 * panel and the download of a file that came by e-mail, both with the incident's read access.
 */
const api = '/api/v1';

/** A file on the fixture's incident, as the SMTP listener stores one. */
async function attachment(fx: Fixture): Promise<string> {
  const id = `att-${fx.seq()}-${Math.random().toString(36).slice(2, 8)}`;
  const content = Buffer.from(`log line ${id}\n`);
  await fx.t.deps.db
    .insertInto('incident_attachments')
    .values({
      id,
      incident_id: fx.incident.id,
      filename: 'app.log',
      content_type: 'text/plain',
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content_base64: content.toString('base64'),
      from_address: 'reporter@example.com',
      created_at: fx.t.clock.now().toISOString(),
    })
    .execute();
  return id;
}

export const MAIL_IN_ROUTES: RouteCase[] = [
  {
    method: 'GET',
    route: `${api}/incidents/:ref/mail`,
    access: 'incidentRead',
    build: (fx) => ({ url: `${api}/incidents/${fx.incident.ref}/mail` }),
  },
  {
    method: 'GET',
    route: `${api}/incidents/:ref/attachments/:id`,
    access: 'incidentRead',
    build: async (fx) => ({ url: `${api}/incidents/${fx.incident.ref}/attachments/${await attachment(fx)}` }),
  },
];
