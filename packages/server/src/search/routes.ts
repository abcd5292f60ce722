import { SearchPageSchema, SearchQuery } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { writtenAsBuilt } from '../platform/http.ts';
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
      // Pages come from presentHit and presentFacets, built in the schema's shape (search.test.ts
      // checks every page it reads encodes to itself), so they are written as the incident list's
      // are, without zod encoding each page first on the event loop.
      serializerCompiler: writtenAsBuilt,
    },
    async (req) => searchCommand(req.ctx, req.query),
  );
};
