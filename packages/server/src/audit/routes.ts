import { Readable } from 'node:stream';
import { AuditEntryView, AuditQuery } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../platform/auth.ts';
import { reader, transaction } from '../platform/context.ts';
import { csvHeader, csvLine, presentAudit } from './present.ts';
import { audit } from './record.ts';
import { auditOrder, listAudit } from './store.ts';

const tags = ['audit'];
const EXPORT_PAGE = 1_000;

/** The audit log for admins: filtered, keyset-paged reads and a CSV export of the same filter. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        tags,
        summary: 'The audit log, newest first (admin)',
        querystring: AuditQuery,
        response: { 200: z.object({ data: z.array(AuditEntryView), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => {
      requireRole(req.ctx, 'admin');
      const { limit, cursor, ...filter } = req.query;
      const rows = await listAudit(reader(req.ctx), filter, limit, auditOrder.decode(cursor));
      const { page, nextCursor } = auditOrder.page(rows, limit);
      return { data: page.map(presentAudit), nextCursor };
    },
  );
  app.get(
    '/audit.csv',
    {
      schema: {
        tags,
        summary: 'The audit log as CSV, every entry the filters match (admin)',
        querystring: AuditQuery.omit({ limit: true, cursor: true }),
        produces: ['text/csv'],
      },
    },
    async (req, reply) => {
      requireRole(req.ctx, 'admin');
      const filter = req.query;
      const ctx = req.ctx;
      // The download itself is audited (who took a copy of the log, with which filter).
      await transaction(ctx, (tx) =>
        audit(tx, ctx, {
          action: 'export.downloaded',
          target: { type: 'audit_log', id: 'audit_log', label: 'Audit log' },
          details: { format: 'csv', filter },
        }),
      );
      async function* lines() {
        yield csvHeader();
        let after: readonly (string | number)[] | undefined;
        for (;;) {
          const rows = await listAudit(reader(ctx), filter, EXPORT_PAGE, after);
          const page = rows.slice(0, EXPORT_PAGE);
          yield page.map(csvLine).join('');
          if (rows.length <= EXPORT_PAGE) return;
          const last = page[page.length - 1];
          after = [last.at, last.id];
        }
      }
      const day = ctx.clock.now().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="firebreak-audit-${day}.csv"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(lines()));
    },
  );
};
