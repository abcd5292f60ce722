import { SearchPageSchema, SearchQuery } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchCommand } from './search.ts';

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Search incidents, timelines, retrospectives, follow-ups and alerts',
        description:
          'Full-text search over what the caller may read, best match first, with highlighted snippets. Syntax: words (all must match), "a phrase", prefix*, -excluded, OR. Private incidents of others never match; viewers find only what stakeholders may read. Facets come with the first page: counts over every match, or over the 300 newest when more match (facets.capped).',
        querystring: SearchQuery,
        response: { 200: SearchPageSchema },
      },
    },
    async (req) => searchCommand(req.ctx, req.query),
  );
};
