import { InsightsCsvQuery, InsightsQuery, InsightsSchema } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { insightsCsv } from './csv.ts';
import { insights } from './read.ts';

const tags = ['insights'];

/** Insights across the incidents the caller may see: durations, counts, services, follow-ups, retrospectives. */
export const insightRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/insights',
    {
      schema: {
        tags,
        summary: 'MTTD/MTTA/MTTM/MTTR p50/p90 by severity, service and period; counts; follow-up and retrospective completion',
        querystring: InsightsQuery,
        response: { 200: z.object({ data: InsightsSchema }) },
      },
    },
    async (req) => ({ data: await insights(req.ctx, req.query) }),
  );
  app.get(
    '/insights.csv',
    {
      schema: {
        tags,
        summary: 'One table of the insights as CSV (same filters as /insights)',
        querystring: InsightsCsvQuery,
        produces: ['text/csv'],
      },
    },
    async (req, reply) => {
      const { table, ...query } = req.query;
      const data = await insights(req.ctx, query);
      const day = req.ctx.clock.now().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="firebreak-insights-${table}-${day}.csv"`)
        .header('cache-control', 'no-store')
        .send(insightsCsv(data, table));
    },
  );
};
