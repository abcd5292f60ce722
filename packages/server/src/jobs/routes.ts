import { JobParams, JobSummaryView, JobsQuery, JobView, RetryJobBody, TestJobBody } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../platform/auth.ts';
import { reader } from '../platform/context.ts';
import { NotFoundError } from '../platform/errors.ts';
import { getJob, jobCounts, listJobs } from '../platform/jobs/store.ts';
import { discardJob, enqueueTestJob, retryJob } from './manage.ts';
import { presentJob, presentSummary } from './present.ts';

const tags = ['jobs'];
const One = { 200: z.object({ data: JobView }) };

/** Background jobs for admins: what waits, what failed and why; retry or discard one. */
export const jobRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/jobs',
    {
      schema: {
        tags,
        summary: 'List background jobs, newest first (admin)',
        querystring: JobsQuery,
        response: { 200: z.object({ data: z.array(JobView), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => {
      requireRole(req.ctx, 'admin');
      const { page, nextCursor } = await listJobs(reader(req.ctx), req.query);
      return { data: page.map(presentJob), nextCursor };
    },
  );
  app.get(
    '/jobs/summary',
    { schema: { tags, summary: 'How many jobs are in each state (admin)', response: { 200: z.object({ data: JobSummaryView }) } } },
    async (req) => {
      requireRole(req.ctx, 'admin');
      return { data: presentSummary(await jobCounts(reader(req.ctx), req.ctx.clock.now().toISOString())) };
    },
  );
  app.get('/jobs/:id', { schema: { tags, summary: 'Read one job (admin)', params: JobParams, response: One } }, async (req) => {
    requireRole(req.ctx, 'admin');
    const row = await getJob(reader(req.ctx), req.params.id);
    if (!row) throw new NotFoundError(`No job ${req.params.id}`, 'job_not_found');
    return { data: presentJob(row) };
  });
  app.post(
    '/jobs/:id/retry',
    {
      schema: {
        tags,
        summary: 'Run a dead, retrying or discarded job again now (admin)',
        params: JobParams,
        body: RetryJobBody,
        response: One,
      },
    },
    async (req) => ({ data: await retryJob(req.ctx, req.params.id, req.body.resetAttempts) }),
  );
  app.delete(
    '/jobs/:id',
    { schema: { tags, summary: 'Discard a job that is waiting or dead (admin)', params: JobParams, response: One } },
    async (req) => ({ data: await discardJob(req.ctx, req.params.id) }),
  );
  app.post(
    '/jobs/test',
    {
      schema: {
        tags,
        summary: 'Enqueue a no-op job to check the workers (admin)',
        body: TestJobBody,
        response: { 201: z.object({ data: JobView }) },
      },
    },
    async (req, reply) => reply.status(201).send({ data: await enqueueTestJob(req.ctx, req.body.delayMs) }),
  );
};
