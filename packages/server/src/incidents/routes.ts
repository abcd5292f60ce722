import {
  AnswerWhyBody,
  AssignRoleBody,
  ChangeStatusBody,
  DeclareIncidentBody,
  dataOf,
  IncidentListQuery,
  IncidentReadSchema,
  IncidentSummarySchema,
  MemberBody,
  pageOf,
  RefParams,
  ReplayQuery,
  ReplaySchema,
  SeverityCountSchema,
  UpdateIncidentBody,
  WhyBody,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { InputError } from '../platform/errors.ts';
import { writtenAsBuilt } from '../platform/http.ts';
import { assignRole } from './assignRole.ts';
import { changeStatus } from './changeStatus.ts';
import { declareIncident } from './declare.ts';
import { activeCounts, listIncidentsCommand } from './list.ts';
import { addMember, removeMemberCommand } from './members.ts';
import { loadIncident } from './policy.ts';
import { fullView } from './read.ts';
import { replayIncident } from './replay.ts';
import type { IncidentRow } from './store.ts';
import { updateIncidentCommand } from './update.ts';
import { answerWhyCommand, askWhy } from './whys.ts';

const tags = ['incidents'];
const One = { 200: dataOf(IncidentReadSchema) };
/** Accepted only to refuse it clearly: the incident as it was is replay's answer. */
const AsOfQuery = z.object({ asOf: z.string().optional().describe('Not served here: use /incidents/{ref}/replay?at=') });
const Created = { 201: dataOf(IncidentReadSchema) };

/** Re-reads an incident after a command so the response shows the committed state. */
const view = async (ctx: Ctx, row: IncidentRow) => {
  const tx = reader(ctx);
  return { data: await fullView(tx, ctx.user, await loadIncident(tx, ctx.user, row.id)) };
};

export const incidentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/incidents',
    {
      schema: {
        tags,
        summary: 'List incidents (newest first), filtered',
        querystring: IncidentListQuery,
        response: { 200: pageOf(IncidentSummarySchema) },
      },
      // Rows come from presentIncidentSummary (incidents.test.ts checks a page encodes to itself);
      // encoding 50 rows through zod first was a tenth of the request.
      serializerCompiler: writtenAsBuilt,
    },
    async (req) => listIncidentsCommand(req.ctx, req.query),
  );
  app.get(
    '/incidents/stats',
    { schema: { tags, summary: 'Active incidents per severity', response: { 200: dataOf(z.array(SeverityCountSchema)) } } },
    async (req) => ({
      data: await activeCounts(req.ctx),
    }),
  );
  app.post(
    '/incidents',
    // Alerting and chat integrations declare incidents with `ingest`-scoped tokens.
    { config: { scope: 'ingest' }, schema: { tags, summary: 'Declare an incident', body: DeclareIncidentBody, response: Created } },
    async (req, reply) => reply.status(201).send(await view(req.ctx, await declareIncident(req.ctx, req.body))),
  );
  app.get(
    '/incidents/:ref',
    {
      schema: {
        tags,
        summary: 'Read an incident with its ticket (stakeholders get the stakeholder view)',
        params: RefParams,
        querystring: AsOfQuery,
        response: One,
      },
    },
    async (req) => {
      // The incident as it was is replay's answer, in its own shape; the current ticket is never passed off as then.
      if (req.query.asOf !== undefined)
        throw new InputError(`asOf: the incident as it was at a moment is GET /api/v1/incidents/${req.params.ref}/replay?at=<ISO time>`, {
          field: 'asOf',
        });
      const tx = reader(req.ctx);
      return { data: await fullView(tx, req.ctx.user, await loadIncident(tx, req.ctx.user, req.params.ref)) };
    },
  );
  app.patch(
    '/incidents/:ref',
    { schema: { tags, summary: 'Edit the ticket', params: RefParams, body: UpdateIncidentBody, response: One } },
    async (req) => view(req.ctx, await updateIncidentCommand(req.ctx, req.params.ref, req.body)),
  );
  app.get(
    '/incidents/:ref/replay',
    {
      schema: {
        tags,
        summary: 'How the incident looked at a moment: the ticket rebuilt from the timeline, and the entries recorded up to then',
        params: RefParams,
        querystring: ReplayQuery,
        response: { 200: z.object({ data: ReplaySchema }) },
      },
    },
    async (req) => {
      const { at, asOf } = req.query;
      if (at && asOf && Date.parse(at) !== Date.parse(asOf))
        throw new InputError('at and asOf name two moments: give one', { field: 'asOf' });
      return { data: await replayIncident(req.ctx, req.params.ref, at ?? asOf) };
    },
  );
  app.post(
    '/incidents/:ref/status',
    { schema: { tags, summary: 'Change status', params: RefParams, body: ChangeStatusBody, response: One } },
    async (req) => view(req.ctx, await changeStatus(req.ctx, req.params.ref, req.body)),
  );
  app.post(
    '/incidents/:ref/roles',
    { schema: { tags, summary: 'Assign, hand over or clear a role', params: RefParams, body: AssignRoleBody, response: One } },
    async (req) => view(req.ctx, await assignRole(req.ctx, req.params.ref, req.body)),
  );
  app.post(
    '/incidents/:ref/members',
    { schema: { tags, summary: 'Add a participant or watcher', params: RefParams, body: MemberBody, response: One } },
    async (req) => view(req.ctx, await addMember(req.ctx, req.params.ref, req.body)),
  );
  app.delete(
    '/incidents/:ref/members/:user',
    {
      schema: {
        tags,
        summary: 'Remove a participant or watcher',
        params: RefParams.extend({ user: z.string().min(1).max(320) }),
        response: One,
      },
    },
    async (req) => view(req.ctx, await removeMemberCommand(req.ctx, req.params.ref, req.params.user)),
  );
  app.post(
    '/incidents/:ref/whys',
    { schema: { tags, summary: 'Add an open question (why)', params: RefParams, body: WhyBody, response: Created } },
    async (req, reply) => reply.status(201).send(await view(req.ctx, await askWhy(req.ctx, req.params.ref, req.body.question))),
  );
  app.patch(
    '/incidents/:ref/whys/:why',
    {
      schema: {
        tags,
        summary: 'Answer a why',
        params: RefParams.extend({ why: z.string().min(1).max(64) }),
        body: AnswerWhyBody,
        response: One,
      },
    },
    async (req) => view(req.ctx, await answerWhyCommand(req.ctx, req.params.ref, req.params.why, req.body.answer)),
  );
};
