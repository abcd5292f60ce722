import { LanguageFindingSchema, LanguageReviewBody } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findingsOf } from './present.ts';

/** Blame-aware language review of a text (docs/language-review.md). */
export const languageRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/language/review',
    {
      schema: {
        tags: ['language'],
        summary: 'Blame-aware language review of a text',
        body: LanguageReviewBody,
        response: { 200: z.object({ findings: z.array(LanguageFindingSchema) }) },
      },
    },
    async (req) => ({ findings: findingsOf(req.body.text) }),
  );
};
