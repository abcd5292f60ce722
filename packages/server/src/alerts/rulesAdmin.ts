import {
  ALERT_ROUTING_DEFAULTS,
  type CreateAlertRuleBody,
  type PutAlertRoutingSettingsBody,
  type ReorderAlertRulesBody,
  RULE_LIMITS,
  type UpdateAlertRuleBody,
} from '@firebreak/shared';
import type { z } from 'zod';
import { audit } from '../audit/index.ts';
import { requireRole } from '../platform/auth.ts';
import { type Ctx, reader, type Tx, transaction } from '../platform/context.ts';
import { lockFor } from '../platform/db/locks.ts';
import { InputError, NotFoundError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { resolveServices } from '../services/index.ts';
import { listSeverities } from '../severities/index.ts';
import { routingChanged } from './routingConfig.ts';
import { compileConditions } from './rules.ts';
import {
  type AlertRuleRow,
  alertRulePositions,
  countAlertRules,
  deleteAlertRule,
  getAlertRoutingSettings,
  getIntegration,
  insertAlertRule,
  listAlertRules,
  saveAlertRoutingSettings,
  setAlertRulePosition,
  updateAlertRule,
} from './store.ts';

/**
 * Admin commands over routing rules and routing settings. Every write runs one at a time across the
 * fleet (an advisory lock on PostgreSQL; SQLite has one writer) and commits with the cache event on
 * which every instance reloads its rules.
 */

type RuleInput = z.output<typeof CreateAlertRuleBody>;
type Actions = RuleInput['actions'];

function write<T>(ctx: Ctx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  requireRole(ctx, 'admin');
  return transaction(ctx, async (tx) => {
    await lockFor(tx, 'alert-routing');
    routingChanged(tx);
    return fn(tx);
  });
}

export async function listRules(ctx: Ctx) {
  requireRole(ctx, 'admin');
  return listAlertRules(reader(ctx));
}

export async function findRule(ctx: Ctx, id: string, tx: Tx = reader(ctx)) {
  requireRole(ctx, 'admin');
  const row = (await listAlertRules(tx)).find((r) => r.id === id);
  if (!row) throw new NotFoundError(`No alert routing rule ${id}`, 'alert_rule_not_found');
  return row;
}

/** A Firebreak severity by id or name (case-insensitive), or 400 naming the field. */
export async function severityIdOf(tx: Tx, ref: string, field: string): Promise<string> {
  const rows = await listSeverities(tx);
  const hit = rows.find((s) => s.id === ref) ?? rows.find((s) => s.name.toLowerCase() === ref.toLowerCase());
  if (!hit) throw new InputError(`${field}: unknown severity ${ref} (one of ${rows.map((s) => s.name).join(', ')})`, { field });
  return hit.id;
}

export async function integrationIdOf(tx: Tx, ref: string, field = 'integration'): Promise<string> {
  const row = await getIntegration(tx, ref);
  if (!row) throw new InputError(`${field}: unknown integration ${ref}`, { field });
  return row.id;
}

/** Checks a rule's actions and turns names into ids: at least one action; drop stands alone. */
export async function resolveActions(tx: Tx, a: Actions) {
  if (a.drop && (a.service || a.severity))
    throw new InputError('actions: a rule that drops events cannot also set a service or severity', { field: 'actions' });
  if (!a.drop && !a.service && !a.severity) throw new InputError('actions: set a service, a severity, or drop: true', { field: 'actions' });
  const service = a.service ? (await resolveServices(tx, [a.service]).catch(unknownService(a.service)))[0].id : null;
  return {
    service_id: service,
    severity_id: a.severity ? await severityIdOf(tx, a.severity, 'actions.severity') : null,
    drop_event: a.drop ? 1 : 0,
  };
}
const unknownService = (ref: string) => () => {
  throw new InputError(`actions.service: unknown service ${ref}`, { field: 'actions.service' });
};

/** Positions stay 1…n: the rule `id` goes to `position` (default: last); null only closes gaps. */
async function placeAt(tx: Tx, id: string | null, position?: number) {
  const rows = await alertRulePositions(tx);
  const ids = rows.map((r) => r.id).filter((x) => x !== id);
  if (id) ids.splice(position === undefined ? ids.length : Math.min(Math.max(position - 1, 0), ids.length), 0, id);
  await renumber(tx, ids, rows);
}

/** Writes positions 1…n in this order, touching only the rules whose position changes. */
async function renumber(tx: Tx, ids: string[], rows: { id: string; position: number }[]) {
  const was = new Map(rows.map((r) => [r.id, Number(r.position)]));
  for (const [i, x] of ids.entries()) if (was.get(x) !== i + 1) await setAlertRulePosition(tx, x, i + 1);
}

const summary = (r: Pick<AlertRuleRow, 'name' | 'integration_id' | 'service_id' | 'severity_id' | 'drop_event' | 'enabled'>) => ({
  name: r.name,
  enabled: !!r.enabled,
  integrationId: r.integration_id,
  serviceId: r.service_id,
  severityId: r.severity_id,
  drop: !!r.drop_event,
});

export async function createRule(ctx: Ctx, input: RuleInput) {
  compileConditions(input.conditions);
  const id = await write(ctx, async (tx) => {
    if ((await countAlertRules(tx)) >= RULE_LIMITS.rules)
      throw new InputError(`At most ${RULE_LIMITS.rules} routing rules; remove one first`, { field: 'rules', limit: RULE_LIMITS.rules });
    const now = ctx.clock.now().toISOString();
    const row: AlertRuleRow = {
      id: newId(),
      position: 1_000_000,
      name: input.name,
      enabled: input.enabled ? 1 : 0,
      integration_id: input.integration ? await integrationIdOf(tx, input.integration) : null,
      conditions: JSON.stringify(input.conditions),
      ...(await resolveActions(tx, input.actions)),
      created_by: ctx.user.id,
      created_at: now,
      updated_at: now,
    };
    await insertAlertRule(tx, row);
    await placeAt(tx, row.id, input.position);
    await audit(tx, ctx, {
      action: 'alert_rule.created',
      target: { type: 'alert_rule', id: row.id, label: row.name },
      details: { ...summary(row), conditions: input.conditions.length },
    });
    return row.id;
  });
  return findRule(ctx, id);
}

export async function updateRule(ctx: Ctx, id: string, input: z.output<typeof UpdateAlertRuleBody>) {
  if (input.conditions) compileConditions(input.conditions);
  await write(ctx, async (tx) => {
    const found = await findRule(ctx, id, tx);
    const patch: Partial<AlertRuleRow> = { updated_at: ctx.clock.now().toISOString() };
    if (input.name !== undefined) patch.name = input.name;
    if (input.enabled !== undefined) patch.enabled = input.enabled ? 1 : 0;
    if (input.integration !== undefined) patch.integration_id = input.integration ? await integrationIdOf(tx, input.integration) : null;
    if (input.conditions !== undefined) patch.conditions = JSON.stringify(input.conditions);
    if (input.actions !== undefined) Object.assign(patch, await resolveActions(tx, input.actions));
    await updateAlertRule(tx, found.id, patch);
    await audit(tx, ctx, {
      action: 'alert_rule.updated',
      target: { type: 'alert_rule', id: found.id, label: patch.name ?? found.name },
      details: { before: summary(found), after: summary({ ...found, ...patch }) },
    });
  });
  return findRule(ctx, id);
}

export async function deleteRule(ctx: Ctx, id: string) {
  await write(ctx, async (tx) => {
    const found = await findRule(ctx, id, tx);
    await deleteAlertRule(tx, found.id);
    await placeAt(tx, null);
    await audit(tx, ctx, { action: 'alert_rule.deleted', target: { type: 'alert_rule', id: found.id, label: found.name } });
  });
}

/** The whole new order: every rule exactly once. */
export async function reorderRules(ctx: Ctx, input: z.output<typeof ReorderAlertRulesBody>) {
  await write(ctx, async (tx) => {
    const rows = await alertRulePositions(tx);
    const current = rows.map((r) => r.id);
    const given = new Set(input.ids);
    if (given.size !== input.ids.length || given.size !== current.length || current.some((x) => !given.has(x)))
      throw new InputError('ids: list every rule exactly once, in the new order', {
        field: 'ids',
        missing: current.filter((x) => !given.has(x)),
        unknown: input.ids.filter((x) => !current.includes(x)),
      });
    await renumber(tx, input.ids, rows);
    await audit(tx, ctx, { action: 'alert_rule.reordered', target: { type: 'settings', id: 'alert_rules', label: 'Alert routing rules' } });
  });
  return listRules(ctx);
}

export async function routingSettings(ctx: Ctx, tx: Tx = reader(ctx)) {
  requireRole(ctx, 'admin');
  const [row, severities] = await Promise.all([getAlertRoutingSettings(tx), listSeverities(tx, true)]);
  const live = severities.filter((s) => !s.archived);
  const threshold = (row?.auto_declare_severity_id && severities.find((s) => s.id === row.auto_declare_severity_id)) || live[0];
  return {
    joinWindowMinutes: row ? Number(row.join_window_minutes) : ALERT_ROUTING_DEFAULTS.joinWindowMinutes,
    autoDeclare: {
      enabled: row ? !!row.auto_declare : ALERT_ROUTING_DEFAULTS.autoDeclare,
      atOrAbove: threshold ? { id: threshold.id, name: threshold.name } : { id: '', name: '' },
      criticalities: row
        ? (JSON.parse(row.auto_declare_criticalities) as ('critical' | 'high' | 'medium' | 'low')[])
        : [...ALERT_ROUTING_DEFAULTS.criticalities],
    },
    updatedAt: row?.updated_at ?? null,
  };
}

export async function putRoutingSettings(ctx: Ctx, input: z.output<typeof PutAlertRoutingSettingsBody>) {
  await write(ctx, async (tx) => {
    const before = await routingSettings(ctx, tx);
    const severityId = input.autoDeclare.atOrAbove ? await severityIdOf(tx, input.autoDeclare.atOrAbove, 'autoDeclare.atOrAbove') : null;
    await saveAlertRoutingSettings(tx, {
      id: 'routing',
      join_window_minutes: input.joinWindowMinutes,
      auto_declare: input.autoDeclare.enabled ? 1 : 0,
      auto_declare_severity_id: severityId,
      auto_declare_criticalities: JSON.stringify([...new Set(input.autoDeclare.criticalities)]),
      updated_by: ctx.user.id,
      updated_at: ctx.clock.now().toISOString(),
    });
    await audit(tx, ctx, {
      action: 'settings.alert_routing_changed',
      target: { type: 'settings', id: 'alert_routing', label: 'Alert routing' },
      details: {
        before: {
          joinWindowMinutes: before.joinWindowMinutes,
          autoDeclare: { ...before.autoDeclare, atOrAbove: before.autoDeclare.atOrAbove.name },
        },
        after: input,
      },
    });
  });
  return routingSettings(ctx);
}
