import {
  RecurringGroupView,
  RefParams,
  SimilarDraftBody,
  SimilarIncidentsView,
  SimilarIncidentView,
  SimilarQuery,
  UnsolvedView,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recurringGroups, similarTo, similarToDraft } from './similar.ts';
import { unsolved } from './unsolved.ts';

const tags = ['learning'];

/** Similar incidents ("what did we do last time?"), recurring groups and resolved-not-solved. */
export const learningRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/incidents/:ref/similar',
    {
      schema: {
        tags,
        summary: 'The most similar other incidents you may see, why they match, and what was done about them; and its recurring group',
        params: RefParams,
        querystring: SimilarQuery,
        response: { 200: SimilarIncidentsView },
      },
    },
    async (req) => similarTo(req.ctx, req.params.ref, req.query.limit),
  );
  app.post(
    '/incidents/similar',
    {
      schema: {
        tags,
        summary: 'Similar past incidents for a draft on the declare form (before the incident exists)',
        body: SimilarDraftBody,
        response: { 200: z.object({ data: z.array(SimilarIncidentView) }) },
      },
    },
    async (req) => ({ data: await similarToDraft(req.ctx, req.body) }),
  );
  app.get(
    '/learning/recurring',
    {
      schema: {
        tags,
        summary: 'Recurring incidents ("famous bugs"): groups of similar incidents, with whether the root cause was ever fixed',
        response: { 200: z.object({ data: z.array(RecurringGroupView) }) },
      },
    },
    async (req) => ({ data: await recurringGroups(req.ctx) }),
  );
  app.get(
    '/learning/unsolved',
    {
      schema: {
        tags,
        summary: 'Resolved, not solved: root-cause fix waived, or root-cause follow-ups overdue or dropped; by service and owner',
        response: { 200: z.object({ data: UnsolvedView }) },
      },
    },
    async (req) => ({ data: await unsolved(req.ctx) }),
  );
};
