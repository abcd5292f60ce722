import {
  AckPageBody,
  ContactMethodSchema,
  CreateContactMethodBody,
  CreateEscalationPolicyBody,
  CreatePageBody,
  CreatePagingRuleBody,
  csv,
  dataOf,
  EmptyBody,
  EscalationPolicySchema,
  ListPagesQuery,
  ListQuery,
  MyPagingSchema,
  OnCallLoadQuery,
  OnCallLoadSchema,
  PageSchema,
  PageSuggestionSchema,
  PagingRuleSchema,
  pageOf,
  ReassignPageBody,
  RefParams,
  SetServicePolicyBody,
  TestContactMethodBody,
  UpdateContactMethodBody,
  UpdateEscalationPolicyBody,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canWork, loadIncident, visibleTo } from '../incidents/index.ts';
import { requestInfo } from '../platform/auth.ts';
import type { Ctx, Deps } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { esc } from '../platform/html.ts';
import { type AckLinkState, inspectAckLink, useAckLink } from './ackLink.ts';
import { acknowledge, escalateNow, loadPage, pageAboutIncident, pageSuggestions, reassign } from './actions.ts';
import {
  addContactMethod,
  addRule,
  changeContactMethod,
  myPaging,
  removeContactMethod,
  removeRule,
  testContactMethod,
} from './contacts.ts';
import { onCallLoad } from './load.ts';
import {
  createPolicy,
  deletePolicyCommand,
  getPolicyView,
  presentPolicies,
  setServicePolicyCommand,
  updatePolicyCommand,
} from './policies.ts';
import { presentPages } from './present.ts';
import { listPages, listPolicies, pageOrder, policyOrder } from './store.ts';

const tags = ['paging'];
const Id = z.object({ id: z.string().min(1).max(100) });
const ServiceParams = z.object({ service: z.string().min(1).max(100) });
const TokenParams = z.object({
  token: z.string().regex(/^[0-9a-f-]{36}\.[0-9a-f-]{36}\.\d{1,12}\.[A-Za-z0-9_-]{43}$/, 'Not a page acknowledgement link'),
});

const html = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#212529"><main><h1 style="font-size:1.4rem">${esc(title)}</h1>${body}</main></body></html>`;

function ackPage(s: AckLinkState): { status: number; body: string } {
  switch (s.state) {
    case 'invalid':
      return {
        status: 404,
        body: html('This link is not valid', '<p>Use the link from the page as it is, or acknowledge in Firebreak.</p>'),
      };
    case 'expired':
      return {
        status: 410,
        body: html('This link has expired', `<p>The page "${esc(s.title)}" is still open: acknowledge it in Firebreak.</p>`),
      };
    case 'done':
      return {
        status: 200,
        body: html(
          s.status === 'acknowledged' ? 'Already acknowledged' : 'This page has ended',
          `<p>"${esc(s.title)}" ${s.status === 'acknowledged' ? `was acknowledged${s.by ? ` by ${esc(s.by)}` : ''}` : 'needs nobody any more'}. Nothing was changed.</p>`,
        ),
      };
    case 'open':
      return {
        status: 200,
        body: html(
          'Acknowledge this page?',
          `<p><strong>${esc(s.title)}</strong></p><p>Acknowledging as ${esc(s.name)} stops the escalation: nobody else is paged.</p><form method="post"><button type="submit" style="font-size:1rem;padding:.6rem 1.2rem">Acknowledge</button></form>`,
        ),
      };
    case 'acknowledged':
      return {
        status: 200,
        body: html('Acknowledged', `<p>${esc(s.name)}, you acknowledged "${esc(s.title)}". The escalation has stopped.</p>`),
      };
  }
}

const pagesFor = async (ctx: Ctx, rows: Parameters<typeof presentPages>[2]) => presentPages(reader(ctx), ctx.user, rows, ctx.clock.now());

/** Escalation policies, contact methods and paging rules, pages and acknowledgement, on-call load. */
export function pagingRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    // The one-click link's confirmation form posts an (empty) form body.
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_req, body, done) =>
      done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );

    // ---- escalation policies ----
    app.get(
      '/escalation-policies',
      { schema: { tags, summary: 'List escalation policies', querystring: ListQuery, response: { 200: pageOf(EscalationPolicySchema) } } },
      async (req) => {
        const tx = reader(req.ctx);
        const rows = await listPolicies(tx, { limit: req.query.limit, after: policyOrder.decode(req.query.cursor) });
        const { page, nextCursor } = policyOrder.page(rows, req.query.limit);
        return { data: await presentPolicies(tx, page, req.ctx.clock.now()), nextCursor };
      },
    );
    app.post(
      '/escalation-policies',
      {
        schema: {
          tags,
          summary: 'Create an escalation policy',
          body: CreateEscalationPolicyBody,
          response: { 201: dataOf(EscalationPolicySchema) },
        },
      },
      async (req, reply) => reply.status(201).send({ data: await createPolicy(req.ctx, req.body) }),
    );
    app.get(
      '/escalation-policies/:id',
      {
        schema: {
          tags,
          summary: 'Get an escalation policy (by id or name), with warnings',
          params: Id,
          response: { 200: dataOf(EscalationPolicySchema) },
        },
      },
      async (req) => ({ data: await getPolicyView(req.ctx, req.params.id) }),
    );
    app.patch(
      '/escalation-policies/:id',
      {
        schema: {
          tags,
          summary: 'Change an escalation policy (pages under way keep their steps)',
          params: Id,
          body: UpdateEscalationPolicyBody,
          response: { 200: dataOf(EscalationPolicySchema) },
        },
      },
      async (req) => ({ data: await updatePolicyCommand(req.ctx, req.params.id, req.body) }),
    );
    app.delete(
      '/escalation-policies/:id',
      { schema: { tags, summary: 'Delete an escalation policy no service uses', params: Id } },
      async (req, reply) => {
        await deletePolicyCommand(req.ctx, req.params.id);
        return reply.status(204).send();
      },
    );
    app.put(
      '/services/:service/escalation-policy',
      {
        schema: {
          tags,
          summary: "Set (or clear with null) the escalation policy a service's alerts page with",
          params: ServiceParams,
          body: SetServicePolicyBody,
          response: {
            200: dataOf(z.object({ service: z.object({ id: z.string(), name: z.string() }), policy: EscalationPolicySchema.nullable() })),
          },
        },
      },
      async (req) => ({ data: await setServicePolicyCommand(req.ctx, req.params.service, req.body.policy) }),
    );

    // ---- my contact methods and paging rules ----
    app.get(
      '/me/paging',
      {
        schema: {
          tags,
          summary: 'My contact methods and paging rules, with a warning when nothing can reach me',
          response: { 200: dataOf(MyPagingSchema) },
        },
      },
      async (req) => ({ data: await myPaging(req.ctx) }),
    );
    app.post(
      '/me/contact-methods',
      { schema: { tags, summary: 'Add a contact method', body: CreateContactMethodBody, response: { 201: dataOf(ContactMethodSchema) } } },
      async (req, reply) => reply.status(201).send({ data: await addContactMethod(req.ctx, req.body) }),
    );
    app.patch(
      '/me/contact-methods/:id',
      {
        schema: {
          tags,
          summary: 'Change or turn off a contact method',
          params: Id,
          body: UpdateContactMethodBody,
          response: { 200: dataOf(ContactMethodSchema) },
        },
      },
      async (req) => ({ data: await changeContactMethod(req.ctx, req.params.id, req.body) }),
    );
    app.delete(
      '/me/contact-methods/:id',
      { schema: { tags, summary: 'Remove a contact method (and its rules)', params: Id } },
      async (req, reply) => {
        await removeContactMethod(req.ctx, req.params.id);
        return reply.status(204).send();
      },
    );
    app.post(
      '/me/contact-methods/:id/test',
      {
        schema: {
          tags,
          summary: 'Send a test message to a contact method',
          params: Id,
          body: TestContactMethodBody,
          response: { 202: dataOf(ContactMethodSchema) },
        },
      },
      async (req, reply) => reply.status(202).send({ data: await testContactMethod(req.ctx, req.params.id, req.body.message) }),
    );
    app.post(
      '/me/paging-rules',
      {
        schema: {
          tags,
          summary: 'Add a paging rule: after N minutes, by this method',
          body: CreatePagingRuleBody,
          response: { 201: dataOf(PagingRuleSchema) },
        },
      },
      async (req, reply) => reply.status(201).send({ data: await addRule(req.ctx, req.body) }),
    );
    app.delete('/me/paging-rules/:id', { schema: { tags, summary: 'Remove a paging rule', params: Id } }, async (req, reply) => {
      await removeRule(req.ctx, req.params.id);
      return reply.status(204).send();
    });

    // ---- pages ----
    app.get(
      '/incidents/:ref/page-suggestions',
      {
        schema: {
          tags,
          summary: "Who to page: on call in the affected services' policies first, then the policies, then the owning teams",
          params: RefParams,
          response: { 200: z.object({ data: z.array(PageSuggestionSchema) }) },
        },
      },
      async (req) => ({ data: await pageSuggestions(req.ctx, req.params.ref) }),
    );
    app.post(
      '/incidents/:ref/pages',
      {
        schema: {
          tags,
          summary: 'Page a person, team, schedule or escalation policy about an incident',
          params: RefParams,
          body: CreatePageBody,
          response: { 201: dataOf(PageSchema) },
        },
      },
      async (req, reply) => {
        const page = await pageAboutIncident(req.ctx, req.params.ref, req.body);
        return reply.status(201).send({ data: (await pagesFor(req.ctx, [page]))[0] });
      },
    );
    app.get(
      '/pages',
      {
        schema: {
          tags,
          summary: 'Pages, newest first (mine=1: those that reached me)',
          querystring: ListPagesQuery,
          response: { 200: pageOf(PageSchema) },
        },
      },
      async (req) => {
        const q = req.query;
        const tx = reader(req.ctx);
        const incident = q.incident ? await loadIncident(tx, req.ctx.user, q.incident) : undefined;
        const rows = await listPages(tx, {
          limit: q.limit,
          after: pageOrder.decode(q.cursor),
          userId: q.mine === '1' ? req.ctx.user.id : undefined,
          statuses: csv(q.status),
          incidentId: incident?.id,
          reader: { id: req.ctx.user.id, works: canWork(req.ctx.user), visible: visibleTo(req.ctx.user) },
        });
        const { page, nextCursor } = pageOrder.page(rows, q.limit);
        return { data: await pagesFor(req.ctx, page), nextCursor };
      },
    );
    app.get('/pages/:id', { schema: { tags, summary: 'A page', params: Id, response: { 200: dataOf(PageSchema) } } }, async (req) => ({
      data: (await pagesFor(req.ctx, [await loadPage(reader(req.ctx), req.ctx.user, req.params.id)]))[0],
    }));
    app.post(
      '/pages/:id/ack',
      {
        schema: {
          tags,
          summary: 'Acknowledge a page: its escalation stops',
          params: Id,
          body: AckPageBody.optional(),
          response: { 200: dataOf(PageSchema) },
        },
      },
      async (req) => ({ data: (await pagesFor(req.ctx, [await acknowledge(req.ctx, req.params.id, req.body?.via ?? 'api')]))[0] }),
    );
    app.post(
      '/pages/:id/escalate',
      {
        schema: {
          tags,
          summary: 'Escalate now: the next step fires at once',
          params: Id,
          body: EmptyBody,
          response: { 200: dataOf(PageSchema) },
        },
      },
      async (req) => ({ data: (await pagesFor(req.ctx, [await escalateNow(req.ctx, req.params.id)]))[0] }),
    );
    app.post(
      '/pages/:id/reassign',
      {
        schema: {
          tags,
          summary: 'Reassign a page to a person, team, schedule or policy',
          params: Id,
          body: ReassignPageBody,
          response: { 200: dataOf(PageSchema) },
        },
      },
      async (req) => ({ data: (await pagesFor(req.ctx, [await reassign(req.ctx, req.params.id, req.body.target)]))[0] }),
    );

    // ---- the one-click link (no sign-in) ----
    const pub = { auth: 'public' as const };
    app.get(
      '/page-ack/:token',
      {
        config: pub,
        schema: {
          tags,
          summary: "The confirmation page of a page's acknowledge link",
          params: TokenParams,
          security: [],
          produces: ['text/html'],
        },
      },
      async (req, reply) => {
        const out = ackPage(await inspectAckLink(deps, req.params.token));
        return reply
          .status(out.status)
          .header('content-type', 'text/html; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(out.body);
      },
    );
    app.post(
      '/page-ack/:token',
      {
        config: pub,
        schema: {
          tags,
          summary: 'Acknowledge a page with its signed link (single use, expires)',
          params: TokenParams,
          body: EmptyBody,
          security: [],
          produces: ['text/html'],
        },
      },
      async (req, reply) => {
        const out = ackPage(await useAckLink(deps, req.params.token, requestInfo(req)));
        return reply
          .status(out.status)
          .header('content-type', 'text/html; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(out.body);
      },
    );

    // ---- on-call load ----
    app.get(
      '/oncall/load',
      {
        schema: {
          tags,
          summary: 'On-call load per person: pages per week, off-hours and sleeping-hours interruptions, time to acknowledge',
          querystring: OnCallLoadQuery,
          response: { 200: dataOf(OnCallLoadSchema) },
        },
      },
      async (req) => ({ data: await onCallLoad(req.ctx, req.query) }),
    );
  };
}
