import { LanguageFindingSchema, LanguageReviewBody } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reader } from '../platform/context.ts';
import { reviewWithLearning } from './learned.ts';
import { storedVectors } from './precompute.ts';

/**
 * Blame-aware language review of a text (docs/language-review.md): the rules, plus the learned layer when the encoder is on.
 * Sentences of saved retrospective text were embedded by the `language.embed` job; the rest cost an encoder pass here.
 */
export const languageRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/language/review',
    {
      schema: {
        tags: ['language'],
        summary: 'Blame-aware language review of a text',
        description:
          'The hand-written rules (as the web app runs them while typing), plus the learned layer (`blame_learned` findings, one per sentence) unless the server runs with FIREBREAK_EMBEDDINGS=off.',
        body: LanguageReviewBody,
        response: { 200: z.object({ findings: z.array(LanguageFindingSchema) }) },
      },
    },
    async (req) => ({ findings: await reviewWithLearning(req.ctx.config, req.body.text, storedVectors(reader(req.ctx))) }),
  );
};
