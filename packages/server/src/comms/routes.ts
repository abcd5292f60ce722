import { CommsSettingsBody, CommsSettingsView, PlainLanguageWarningSchema } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reader } from '../platform/context.ts';
import { commsSettings, plainWarnings, updateCommsSettings } from './settings.ts';

const tags = ['communication'];
const Settings = { 200: z.object({ data: CommsSettingsView }) };

/** Communication settings (read by everyone signed in: the composer uses them; changed by admins) and the plain-language review. */
export const commsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/settings/communication',
    { schema: { tags, summary: 'Reminder grace period, jargon list and stakeholder-update templates', response: Settings } },
    async (req) => ({ data: await commsSettings(reader(req.ctx)) }),
  );
  app.put(
    '/settings/communication',
    {
      schema: {
        tags,
        summary: 'Change the communication settings (admins); null resets a part to the default',
        body: CommsSettingsBody,
        response: Settings,
      },
    },
    async (req) => ({ data: await updateCommsSettings(req.ctx, req.body) }),
  );
  app.post(
    '/comms/review',
    {
      schema: {
        tags,
        summary: 'Plain-language check of a stakeholder update: technical text and jargon, each with a suggestion',
        body: z.strictObject({ text: z.string().max(20_000) }).meta({ examples: [{ text: 'HTTP 503 from db-3.prod.internal' }] }),
        response: { 200: z.object({ data: z.array(PlainLanguageWarningSchema) }) },
      },
    },
    async (req) => ({ data: await plainWarnings(reader(req.ctx), req.body.text) }),
  );
};
