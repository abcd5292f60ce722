import type { CreateEscalationPolicyBody, EscalationPolicyView, UpdateEscalationPolicyBody } from '@firebreak/shared';
import type { z } from 'zod';
import { audit } from '../audit/index.ts';
import { requireRole } from '../platform/auth.ts';
import type { Ctx, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { ConflictError, InputError, NotFoundError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { getService, servicesUsingPolicies, setServiceEscalationPolicy } from '../services/index.ts';
import { deletePolicy, getPolicy, insertPolicy, type PolicyRow, replaceSteps, stepsOf, updatePolicy } from './store.ts';
import { checkTargets, targetNames, warningsFor } from './targets.ts';

type CreateInput = z.output<typeof CreateEscalationPolicyBody>;
type UpdateInput = z.output<typeof UpdateEscalationPolicyBody>;

/** Steps as the audit log keeps them: delays and targets (kind:id). */
const stepsForAudit = (steps: { delayMinutes: number; targets: { kind: string; id: string }[] }[]) =>
  steps.map((s) => ({ delayMinutes: s.delayMinutes, targets: s.targets.map((t) => `${t.kind}:${t.id}`) }));

/** Steps as given, checked: every step needs a target, and every target must exist. */
async function checkSteps(tx: Tx, steps: CreateInput['steps']) {
  const out = [];
  for (const [i, s] of steps.entries()) {
    if (!s.targets.length)
      throw new InputError(
        `steps[${i}].targets: step ${i + 1} has no targets, so it would page nobody; add a person, schedule or team`,
        { field: `steps[${i}].targets` },
        'policy_has_no_targets',
      );
    out.push({ id: newId(), delayMinutes: s.delayMinutes, targets: await checkTargets(tx, s.targets, `steps[${i}].targets`) });
  }
  return out;
}

export async function loadPolicy(tx: Tx, ref: string): Promise<PolicyRow> {
  const p = await getPolicy(tx, ref);
  if (!p) throw new NotFoundError(`No escalation policy ${ref}`, 'escalation_policy_not_found');
  return p;
}

/** Policies as the API shows them: steps with target names, the services that use them, and warnings. */
export async function presentPolicies(tx: Tx, rows: PolicyRow[], now: Date): Promise<EscalationPolicyView[]> {
  const ids = rows.map((r) => r.id);
  const steps = await stepsOf(tx, ids);
  const services = await servicesUsingPolicies(tx, ids);
  const names = await targetNames(
    tx,
    steps.flatMap((s) => s.targets.map((t) => ({ kind: t.kind, id: t.target_id }))),
  );
  const out: EscalationPolicyView[] = [];
  for (const r of rows) {
    const mine = steps.filter((s) => s.policy_id === r.id);
    const plain = mine.map((s) => ({ targets: s.targets.map((t) => ({ kind: t.kind, id: t.target_id })) }));
    out.push({
      id: r.id,
      name: r.name,
      description: r.description,
      repeat: r.repeat,
      steps: mine.map((s) => ({
        position: s.position,
        delayMinutes: s.delay_minutes,
        targets: s.targets.map((t) => ({
          kind: t.kind as 'user',
          id: t.target_id,
          name: names.get(`${t.kind}:${t.target_id}`) ?? null,
        })),
      })),
      services: services.filter((s) => s.escalation_policy_id === r.id).map((s) => ({ id: s.id, name: s.name })),
      warnings: await warningsFor(tx, plain, now),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    });
  }
  return out;
}

/** Creates an escalation policy. */
export async function createPolicy(ctx: Ctx, input: CreateInput): Promise<EscalationPolicyView> {
  requireRole(ctx, 'admin', 'responder');
  return transaction(ctx, async (tx) => {
    if (await getPolicy(tx, input.name))
      throw new ConflictError(`An escalation policy named ${input.name} exists`, { field: 'name' }, 'policy_exists');
    const now = ctx.clock.now().toISOString();
    const row: PolicyRow = {
      id: newId(),
      name: input.name,
      description: input.description ?? '',
      repeat: input.repeat,
      created_at: now,
      updated_at: now,
    };
    const steps = await checkSteps(tx, input.steps);
    await insertPolicy(tx, row);
    await replaceSteps(tx, row.id, steps);
    await audit(tx, ctx, {
      action: 'escalation_policy.created',
      target: { type: 'escalation_policy', id: row.id, label: row.name },
      details: { repeat: row.repeat, steps: stepsForAudit(steps) },
    });
    return (await presentPolicies(tx, [row], ctx.clock.now()))[0];
  });
}

/** Changes a policy; pages already under way keep the steps they started with. */
export async function updatePolicyCommand(ctx: Ctx, ref: string, input: UpdateInput): Promise<EscalationPolicyView> {
  requireRole(ctx, 'admin', 'responder');
  return transaction(ctx, async (tx) => {
    const p = await loadPolicy(tx, ref);
    if (input.name && input.name !== p.name && (await getPolicy(tx, input.name)))
      throw new ConflictError(`An escalation policy named ${input.name} exists`, { field: 'name' }, 'policy_exists');
    const patch: Partial<PolicyRow> = { updated_at: ctx.clock.now().toISOString() };
    if (input.name !== undefined) patch.name = input.name;
    if (input.description !== undefined) patch.description = input.description;
    if (input.repeat !== undefined) patch.repeat = input.repeat;
    const steps = input.steps ? await checkSteps(tx, input.steps) : null;
    if (steps) await replaceSteps(tx, p.id, steps);
    await updatePolicy(tx, p.id, patch);
    const changed: Record<string, unknown> = {};
    for (const k of ['name', 'description', 'repeat'] as const)
      if (patch[k] !== undefined && patch[k] !== p[k]) changed[k] = { from: p[k], to: patch[k] };
    if (steps) changed.steps = stepsForAudit(steps);
    await audit(tx, ctx, {
      action: 'escalation_policy.updated',
      target: { type: 'escalation_policy', id: p.id, label: patch.name ?? p.name },
      details: changed,
    });
    return (await presentPolicies(tx, [{ ...p, ...patch }], ctx.clock.now()))[0];
  });
}

/** Deletes a policy no service uses (a service's alerts would silently stop paging otherwise). */
export async function deletePolicyCommand(ctx: Ctx, ref: string): Promise<void> {
  requireRole(ctx, 'admin', 'responder');
  await transaction(ctx, async (tx) => {
    const p = await loadPolicy(tx, ref);
    const using = await servicesUsingPolicies(tx, [p.id]);
    if (using.length)
      throw new ConflictError(
        `${p.name} is the escalation policy of ${using.map((s) => s.name).join(', ')}; choose another for them first`,
        { services: using.map((s) => s.name) },
        'policy_in_use',
      );
    await deletePolicy(tx, p.id);
    await audit(tx, ctx, { action: 'escalation_policy.deleted', target: { type: 'escalation_policy', id: p.id, label: p.name } });
  });
}

export async function getPolicyView(ctx: Ctx, ref: string): Promise<EscalationPolicyView> {
  const tx = reader(ctx);
  return (await presentPolicies(tx, [await loadPolicy(tx, ref)], ctx.clock.now()))[0];
}

/** Sets (or clears, with null) the escalation policy a service's alerts page with. */
export async function setServicePolicyCommand(ctx: Ctx, serviceRef: string, policyRef: string | null) {
  requireRole(ctx, 'admin', 'responder');
  return transaction(ctx, async (tx) => {
    const svc = await getService(tx, serviceRef);
    if (!svc) throw new NotFoundError(`No service ${serviceRef}`, 'service_not_found');
    const policy = policyRef === null ? null : await getPolicy(tx, policyRef);
    if (policyRef !== null && !policy)
      throw new InputError(`policy: no escalation policy ${policyRef}`, { field: 'policy' }, 'escalation_policy_not_found');
    await setServiceEscalationPolicy(tx, svc.id, policy?.id ?? null, ctx.clock.now().toISOString());
    if ((svc.escalation_policy_id ?? null) !== (policy?.id ?? null)) {
      const [before] = svc.escalation_policy_id ? [await getPolicy(tx, svc.escalation_policy_id)] : [];
      await audit(tx, ctx, {
        action: 'service.escalation_policy_changed',
        target: { type: 'service', id: svc.id, label: svc.name },
        details: {
          from: svc.escalation_policy_id ? { id: svc.escalation_policy_id, name: before?.name ?? null } : null,
          to: policy ? { id: policy.id, name: policy.name } : null,
        },
      });
    }
    return {
      service: { id: svc.id, name: svc.name },
      policy: policy ? (await presentPolicies(tx, [policy], ctx.clock.now()))[0] : null,
    };
  });
}
