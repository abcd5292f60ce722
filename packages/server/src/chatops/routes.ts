import {
  ChatConnectionListSchema,
  ChatConnectionViewSchema,
  ChatTestResultSchema,
  CreateChatConnectionBody,
  EmptyBody,
  IncidentChatSchema,
  RefParams,
  SetIncidentChatBody,
  SetTeamChatChannelBody,
  TeamChatSchema,
  UpdateChatConnectionBody,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadIncident } from '../incidents/index.ts';
import { requireRole } from '../platform/auth.ts';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import {
  createChatConnection,
  deleteChatConnection,
  findChatConnection,
  setIncidentMirroring,
  testChatConnection,
  updateChatConnection,
} from './manage.ts';
import { presentChannels, presentConnection } from './present.ts';
import { channelsOfIncident, listConnectionRows } from './store.ts';
import { removeTeamChannel, setTeamChannel, teamChat } from './teamChannels.ts';

const tags = ['chat'];
const IdParams = z.object({ id: z.string().min(1).max(64) });
const TeamParams = z.object({ team: z.string().min(1).max(200).describe('Team id or name') });
const TeamConnectionParams = TeamParams.extend({ connection: z.string().min(1).max(64) });

const one = async (ctx: Ctx, id: string) => presentConnection(ctx.config, await findChatConnection(ctx, id));
const incidentChat = async (ctx: Ctx, incidentId: string) => presentChannels(await channelsOfIncident(reader(ctx), incidentId));

/** The admin API over chat connections, and an incident's chat channels (docs/chat.md). */
export const chatRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/chat/connections',
    {
      schema: {
        tags,
        summary: 'Chat connections (Slack, Mattermost, Teams); admins only; never their secrets',
        response: { 200: ChatConnectionListSchema },
      },
    },
    async (req) => {
      requireRole(req.ctx, 'admin');
      return { data: (await listConnectionRows(reader(req.ctx))).map((r) => presentConnection(req.ctx.config, r)) };
    },
  );
  app.post(
    '/chat/connections',
    {
      schema: {
        tags,
        summary: 'Connect a chat workspace; its secrets are encrypted and never shown again',
        body: CreateChatConnectionBody,
        response: { 201: ChatConnectionViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await one(req.ctx, await createChatConnection(req.ctx, req.body))),
  );
  app.patch(
    '/chat/connections/:id',
    {
      schema: {
        tags,
        summary: 'Change a chat connection; given secrets replace the stored ones (write-only)',
        params: IdParams,
        body: UpdateChatConnectionBody,
        response: { 200: ChatConnectionViewSchema },
      },
    },
    async (req) => one(req.ctx, await updateChatConnection(req.ctx, req.params.id, req.body)),
  );
  app.delete(
    '/chat/connections/:id',
    { schema: { tags, summary: 'Remove a chat connection (its secrets are erased; channels stay)', params: IdParams } },
    async (req, reply) => {
      await deleteChatConnection(req.ctx, req.params.id);
      return reply.status(204).send();
    },
  );
  app.post(
    '/chat/connections/:id/test',
    {
      schema: {
        tags,
        summary: 'Test the connection with a cheap call to the platform (the answer is kept as the last test)',
        params: IdParams,
        body: EmptyBody,
        response: { 200: ChatTestResultSchema },
      },
    },
    async (req) => testChatConnection(req.ctx, req.params.id),
  );
  app.get(
    '/incidents/:ref/chat',
    {
      schema: {
        tags,
        summary: "The incident's chat channels and whether they mirror to its timeline",
        params: RefParams,
        response: { 200: IncidentChatSchema },
      },
    },
    async (req) => {
      const incident = await loadIncident(reader(req.ctx), req.ctx.user, req.params.ref);
      return incidentChat(req.ctx, incident.id);
    },
  );
  app.put(
    '/incidents/:ref/chat',
    {
      schema: {
        tags,
        summary: "Switch mirroring of the incident's chat channels to its timeline on or off",
        params: RefParams,
        body: SetIncidentChatBody,
        response: { 200: IncidentChatSchema },
      },
    },
    async (req) => incidentChat(req.ctx, await setIncidentMirroring(req.ctx, req.params.ref, req.body.mirror)),
  );
  app.get(
    '/teams/:team/chat-channel',
    {
      schema: {
        tags,
        summary: "Where the team's on-call handovers are posted: a channel per chat connection",
        params: TeamParams,
        response: { 200: TeamChatSchema },
      },
    },
    async (req) => teamChat(req.ctx, req.params.team),
  );
  app.put(
    '/teams/:team/chat-channel',
    {
      schema: {
        tags,
        summary: "Set the channel where the team's on-call handovers are posted on a chat connection",
        params: TeamParams,
        body: SetTeamChatChannelBody,
        response: { 200: TeamChatSchema },
      },
    },
    async (req) => setTeamChannel(req.ctx, req.params.team, req.body),
  );
  app.delete(
    '/teams/:team/chat-channel/:connection',
    {
      schema: {
        tags,
        summary: "Stop posting the team's on-call handovers on a chat connection",
        params: TeamConnectionParams,
        response: { 200: TeamChatSchema },
      },
    },
    async (req) => removeTeamChannel(req.ctx, req.params.team, req.params.connection),
  );
};
