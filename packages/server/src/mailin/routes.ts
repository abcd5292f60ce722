import { AttachmentParams, dataOf, IncidentMailSchema, RefParams } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { canWork, formatRef, loadIncident } from '../incidents/index.ts';
import { reader } from '../platform/context.ts';
import { NotFoundError } from '../platform/errors.ts';
import { incidentAddress } from './address.ts';
import { attachmentsOf, getAttachment } from './store.ts';

const tags = ['incidents'];

/** `attachment; filename="ascii"; filename*=UTF-8''…`: the browser saves it, never shows it inline (no script from a mail runs). */
const disposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export const mailInRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/incidents/:ref/mail',
    {
      schema: {
        tags,
        summary: "An incident's e-mail: its address for comments and the files e-mails brought",
        params: RefParams,
        response: { 200: dataOf(IncidentMailSchema) },
      },
    },
    async (req) => {
      const tx = reader(req.ctx);
      const incident = await loadIncident(tx, req.ctx.user, req.params.ref);
      const ref = formatRef(incident.number);
      const rows = await attachmentsOf(tx, incident.id);
      return {
        data: {
          address: req.ctx.config.mailIn && canWork(req.ctx.user) ? incidentAddress(req.ctx.config, incident) : null,
          attachments: rows.map((r) => ({
            id: r.id,
            filename: r.filename,
            contentType: r.content_type,
            size: Number(r.size),
            sha256: r.sha256,
            from: r.from_address,
            createdAt: r.created_at,
            url: `/api/v1/incidents/${ref}/attachments/${r.id}`,
          })),
        },
      };
    },
  );
  app.get(
    '/incidents/:ref/attachments/:id',
    {
      schema: {
        tags,
        summary: 'Download a file that came by e-mail (always as a download, never shown inline)',
        params: AttachmentParams,
        produces: ['application/octet-stream'],
      },
    },
    async (req, reply) => {
      const tx = reader(req.ctx);
      const incident = await loadIncident(tx, req.ctx.user, req.params.ref);
      const row = await getAttachment(tx, incident.id, req.params.id);
      if (!row) throw new NotFoundError(`No attachment ${req.params.id} on ${formatRef(incident.number)}`, 'attachment_not_found');
      return reply
        .header('content-type', row.content_type === 'text/plain' ? 'text/plain; charset=utf-8' : 'application/octet-stream')
        .header('content-disposition', disposition(row.filename))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(row.content_base64, 'base64'));
    },
  );
};
