import type { PageTarget } from '@firebreak/shared';
import { audit } from '../audit/index.ts';
import { canWork, isVisibleTo, loadIncident, servicesOf } from '../incidents/index.ts';
import type { Actor, Ctx, Deps, RequestInfo, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { ConflictError, InputError, NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { getUsersByIds } from '../users/index.ts';
import { recordOnIncident, scheduleStep, startPage } from './engine.ts';
import { nextStep, type Plan, planOf, planOfPolicy, planOfTarget } from './plan.ts';
import { loadPolicy } from './policies.ts';
import { cancelPending, getPage, lockPage, notificationsOf, openPagesOf, type PageRow, updatePage, usersWithMethods } from './store.ts';
import { suggestionsFor } from './suggestions.ts';
import { checkTargets, peopleFor, targetNames } from './targets.ts';

/** A page as the audit log names it. */
const pageTarget = (page: PageRow) => ({ type: 'page', id: page.id, label: page.title });

/** Whether a person may see a page: through its incident, or because it reached them; pages without an incident: responders and admins. */
export async function maySee(tx: Tx, user: Actor, page: PageRow): Promise<boolean> {
  if (page.incident_id) return isVisibleTo(tx, user, page.incident_id);
  if (canWork(user) || page.acked_by === user.id) return true;
  return (await notificationsOf(tx, [page.id])).some((n) => n.user_id === user.id);
}

/** Loads a page the person may see (404 otherwise, so its existence is not revealed). */
export async function loadPage(tx: Tx, user: Actor, id: string, lock = false): Promise<PageRow> {
  const page = lock ? await lockPage(tx, id) : await getPage(tx, id);
  if (!page || !(await maySee(tx, user, page))) throw new NotFoundError(`No page ${id}`, 'page_not_found');
  return page;
}

/** A target as a plan, checked: a person needs a contact method when a human pages them. */
async function planFor(
  tx: Tx,
  target: PageTarget,
  at: Date,
): Promise<{ plan: Plan; policyId: string | null; target: { kind: string; id: string } }> {
  if (target.kind === 'policy') {
    const policy = await loadPolicy(tx, target.id).catch(() => {
      throw new InputError(`target.id: no escalation policy ${target.id}`, { field: 'target.id' }, 'escalation_policy_not_found');
    });
    return { plan: await planOfPolicy(tx, policy), policyId: policy.id, target: { kind: 'policy', id: policy.id } };
  }
  const [checked] = await checkTargets(tx, [{ kind: target.kind, id: target.id }], 'target');
  const people = await peopleFor(tx, [checked], at);
  const reachable = await usersWithMethods(tx, people);
  if (!people.length)
    throw new InputError(
      checked.kind === 'schedule' ? 'target: nobody is on call in that schedule now' : 'target: that team has no active members',
      { field: 'target' },
      'no_contact_method',
    );
  if (!people.some((p) => reachable.has(p))) {
    const names = (await getUsersByIds(tx, people)).map((u) => u.name);
    throw new InputError(
      `target: ${names.join(', ')} ${names.length === 1 ? 'has' : 'have'} no contact method, so a page cannot reach ${names.length === 1 ? 'them' : 'any of them'}`,
      { field: 'target', people: names },
      'no_contact_method',
    );
  }
  return { plan: planOfTarget(checked), policyId: null, target: checked };
}

/** A human pages a person, team, schedule or policy about an incident; recorded on its timeline. */
export async function pageAboutIncident(ctx: Ctx, ref: string, input: { target: PageTarget; message?: string }): Promise<PageRow> {
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'update');
    const { plan, policyId, target } = await planFor(tx, input.target, ctx.clock.now());
    const name = policyId
      ? (await loadPolicy(tx, policyId)).name
      : ((await targetNames(tx, [target])).get(`${target.kind}:${target.id}`) ?? target.id);
    const page = await startPage(tx, ctx, {
      incidentId: incident.id,
      alertId: null,
      serviceId: null,
      policyId,
      target,
      title: incident.title,
      message: input.message ?? null,
      source: 'human',
      createdBy: ctx.user.id,
      plan,
    });
    await audit(tx, ctx, {
      action: 'page.created',
      target: pageTarget(page),
      details: { incident: incident.id, target: { ...target, name }, ...(input.message ? { message: input.message } : {}) },
    });
    await recordOnIncident(tx, ctx, page, 'paged', `${ctx.user.name} paged ${name}${input.message ? `: ${input.message}` : ''}`, {
      pageId: page.id,
      target: { ...target, name },
    });
    return page;
  });
}

/** Acknowledges an open page: the escalation stops and nothing more is sent for it. `via`: web, api, cli, link, email. */
export async function acknowledgeAs(
  tx: Tx,
  deps: Pick<Deps, 'clock'>,
  user: Actor,
  page: PageRow,
  via: string,
  request: RequestInfo | null = null,
): Promise<PageRow> {
  if (page.status !== 'open')
    throw new ConflictError(
      page.status === 'acknowledged' ? 'This page is already acknowledged' : 'This page has ended',
      { status: page.status },
      'page_ended',
    );
  const now = deps.clock.now().toISOString();
  const patch = { status: 'acknowledged', acked_by: user.id, acked_at: now, acked_via: via, next_step_at: null } as const;
  await updatePage(tx, page.id, patch);
  await cancelPending(tx, page.id);
  await audit(tx, { clock: deps.clock, user, request }, { action: 'page.acknowledged', target: pageTarget(page), details: { via } });
  await recordOnIncident(tx, { user, clock: deps.clock }, page, 'page_acknowledged', `${user.name} acknowledged the page "${page.title}"`, {
    pageId: page.id,
    via,
  });
  return { ...page, ...patch };
}

/** Acknowledge from the API, web app or CLI: anyone the page reached, or who works the incident. */
export async function acknowledge(ctx: Ctx, id: string, via: string): Promise<PageRow> {
  return transaction(ctx, async (tx) => {
    const page = await loadPage(tx, ctx.user, id, true);
    const reached = (await notificationsOf(tx, [page.id])).some((n) => n.user_id === ctx.user.id);
    if (!reached && !canWork(ctx.user))
      throw new NotAllowedError('Only people this page reached, responders and admins may acknowledge it');
    return acknowledgeAs(tx, ctx, ctx.user, page, via, ctx.request ?? null);
  });
}

/** "Escalate now": the next step fires at once instead of at its time. */
export async function escalateNow(ctx: Ctx, id: string): Promise<PageRow> {
  return transaction(ctx, async (tx) => {
    const page = await loadPage(tx, ctx.user, id, true);
    if (!canWork(ctx.user)) throw new NotAllowedError('Responders and admins may escalate pages');
    if (page.status !== 'open') throw new ConflictError('This page is no longer open', { status: page.status }, 'page_ended');
    const next = nextStep(page, planOf(page));
    if (!next) throw new ConflictError('This page has no further step: reassign it or page someone else', {}, 'page_ended');
    const now = ctx.clock.now();
    await updatePage(tx, page.id, { next_step_at: now.toISOString() });
    await scheduleStep(tx, ctx, page, next, now, `:now:${now.getTime()}`);
    await audit(tx, ctx, {
      action: 'page.escalated',
      target: pageTarget(page),
      details: { fromStep: page.step, toStep: next.step, round: next.round },
    });
    return { ...page, next_step_at: now.toISOString() };
  });
}

/** Hands an open page to another person, team, schedule or policy: it starts again from their first step. */
export async function reassign(ctx: Ctx, id: string, target: PageTarget): Promise<PageRow> {
  return transaction(ctx, async (tx) => {
    const page = await loadPage(tx, ctx.user, id, true);
    if (!canWork(ctx.user)) throw new NotAllowedError('Responders and admins may reassign pages');
    if (page.status !== 'open') throw new ConflictError('This page is no longer open', { status: page.status }, 'page_ended');
    const now = ctx.clock.now();
    const { plan, policyId, target: checked } = await planFor(tx, target, now);
    const patch = {
      plan: JSON.stringify(plan),
      policy_id: policyId,
      target: JSON.stringify(checked),
      generation: page.generation + 1,
      step: -1,
      round: 0,
      next_step_at: now.toISOString(),
    };
    await cancelPending(tx, page.id);
    await updatePage(tx, page.id, patch);
    const next = { ...page, ...patch };
    const first = nextStep(next, plan);
    if (first) await scheduleStep(tx, ctx, next, first, now);
    const name = (await targetNames(tx, [checked])).get(`${checked.kind}:${checked.id}`) ?? checked.id;
    await audit(tx, ctx, {
      action: 'page.reassigned',
      target: pageTarget(page),
      details: { from: page.target ? JSON.parse(page.target) : null, to: { ...checked, name } },
    });
    await recordOnIncident(tx, ctx, page, 'page_reassigned', `${ctx.user.name} reassigned the page "${page.title}" to ${name}`, {
      pageId: page.id,
      target: { ...checked, name },
    });
    return next;
  });
}

/** Ends the open pages of a resolved alert or incident, in the caller's transaction. */
export async function endPages(
  tx: Tx,
  ctx: Pick<Deps, 'clock'>,
  where: { incidentId?: string; alertId?: string },
  reason: string,
): Promise<void> {
  const now = ctx.clock.now().toISOString();
  for (const page of await openPagesOf(tx, where)) {
    await updatePage(tx, page.id, { status: 'resolved', ended_at: now, end_reason: reason, next_step_at: null });
    await cancelPending(tx, page.id);
  }
}

/** Who to page about an incident: the on-call of its services' policies first, then their owning teams. */
export async function pageSuggestions(ctx: Ctx, ref: string) {
  const tx = reader(ctx);
  const incident = await loadIncident(tx, ctx.user, ref);
  return suggestionsFor(tx, await servicesOf(tx, [incident.id]), ctx.clock.now());
}
