import { CHAT_IMPORT_MAX_BYTES, ChatImportBody, ChatImportResultSchema, RefParams, ThemesQuery, ThemesSchema } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadIncident } from '../incidents/index.ts';
import { reader } from '../platform/context.ts';
import { importChat } from './chatImport.ts';
import { incidentThemes } from './themes.ts';

/** Investigating an incident: importing its chat log into the timeline, and themes from timeline and chat. */
export const investigationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/incidents/:ref/chat-imports',
    {
      bodyLimit: CHAT_IMPORT_MAX_BYTES,
      schema: {
        tags: ['investigation'],
        summary: "Import the incident's chat log (Slack export or transcript) into its timeline; all or nothing, re-import adds nothing",
        params: RefParams,
        body: ChatImportBody,
        response: { 201: z.object({ data: ChatImportResultSchema }) },
      },
    },
    async (req, reply) => reply.status(201).send({ data: await importChat(req.ctx, req.params.ref, req.body) }),
  );
  app.get(
    '/incidents/:ref/themes',
    {
      schema: {
        tags: ['investigation'],
        summary: 'Themes from the timeline and chat: gaps without progress, stuck moments, people over time, handovers',
        params: RefParams,
        querystring: ThemesQuery,
        response: { 200: z.object({ data: ThemesSchema }) },
      },
    },
    async (req) => {
      const tx = reader(req.ctx);
      const incident = await loadIncident(tx, req.ctx.user, req.params.ref);
      return { data: await incidentThemes(tx, req.ctx.user, incident, req.query) };
    },
  );
};
