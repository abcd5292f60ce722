import type { AlertTestResult, IntegrationFormat, TestAlertRulesBody } from '@firebreak/shared';
import type { z } from 'zod';
import { formatRef, openIncidentOfService } from '../incidents/index.ts';
import { requireRole } from '../platform/auth.ts';
import { type Ctx, reader } from '../platform/context.ts';
import { getService } from '../services/index.ts';
import { listSeverities } from '../severities/index.ts';
import { parseAlertmanager, parseGeneric, parseOpsgenieCreate, parsePagerDuty } from './formats.ts';
import type { IncomingEvent } from './ingest.ts';
import { meetsThreshold, severityOfAlert } from './routing.ts';
import { loadRoutingConfig } from './routingConfig.ts';
import { type CompiledRule, compileConditions, decide, flatFields, ruleView } from './rules.ts';
import { integrationIdOf, resolveActions } from './rulesAdmin.ts';
import { getIntegration } from './store.ts';

/** Parses a sample as the format's endpoint would (PagerDuty's routing key is not needed here). */
function parseSample(format: IntegrationFormat, payload: Record<string, unknown>): { events: IncomingEvent[]; errors: string[] } {
  const one = (r: { ok: true; value: IncomingEvent } | { ok: false; errors: string[] | Record<string, string> }) =>
    r.ok ? { events: [r.value], errors: [] } : { events: [], errors: Array.isArray(r.errors) ? r.errors : Object.values(r.errors) };
  switch (format) {
    case 'pagerduty': {
      const r = parsePagerDuty({ routing_key: '0'.repeat(32), event_action: 'trigger', ...payload });
      return r.ok ? { events: [r.value.event], errors: [] } : { events: [], errors: r.errors };
    }
    case 'opsgenie':
      return one(parseOpsgenieCreate(payload));
    case 'generic':
      return one(parseGeneric(payload));
    case 'email':
      // A sample e-mail as {subject, text}: rules see its title and description as they would the mail's.
      return one(parseGeneric({ title: String(payload.subject ?? ''), description: String(payload.text ?? ''), status: 'firing' }));
    default: {
      const r = parseAlertmanager(payload);
      return r.ok ? { events: r.value, errors: [] } : { events: [], errors: r.errors };
    }
  }
}

/**
 * The dry run: which rule matches a sample payload and what would happen to it now (dropped, joins
 * the open incident, declares one, waits). Writes nothing. With `rule`, that unsaved rule alone is
 * tested; else the saved rule set, read fresh from the database.
 */
export async function testRules(ctx: Ctx, input: z.output<typeof TestAlertRulesBody>): Promise<AlertTestResult> {
  requireRole(ctx, 'admin');
  const tx = reader(ctx);
  const config = await loadRoutingConfig(tx);
  let rules = config.rules;
  if (input.rule) {
    const r = input.rule;
    const actions = await resolveActions(tx, r.actions);
    const single: CompiledRule = {
      id: '',
      name: r.name,
      enabled: true,
      integrationId: r.integration ? await integrationIdOf(tx, r.integration, 'rule.integration') : null,
      conditions: compileConditions(r.conditions, 'rule.conditions'),
      serviceId: actions.service_id,
      severityId: actions.severity_id,
      drop: !!actions.drop_event,
    };
    rules = [single];
  }
  const found = input.integration ? await getIntegration(tx, input.integration) : undefined;
  if (input.integration && !found) await integrationIdOf(tx, input.integration);
  const integration = { id: found?.id ?? null, name: found?.name ?? '', format: input.format };
  const parsed = parseSample(input.format, input.payload);
  const severities = await listSeverities(tx);
  const named = (id: string | null | undefined, rows: { id: string; name: string }[]) => {
    const hit = id ? rows.find((r) => r.id === id) : undefined;
    return hit ? { id: hit.id, name: hit.name } : null;
  };

  const events: AlertTestResult['events'] = [];
  for (const e of parsed.events) {
    const view = ruleView(e, integration);
    const level = e.severity ?? 'warning';
    const base = { title: e.title ?? e.dedupKey, action: e.action, level, fields: flatFields(view) };
    if (e.action !== 'trigger') {
      events.push({ ...base, matched: [], service: null, severity: null, outcome: 'not_routed', incident: null });
      continue;
    }
    const d = decide(rules, integration.id, view, true);
    const matched = d.matched.map((r) => ({
      id: r.id || null,
      name: r.name,
      // A dropped event gets nothing else from any rule.
      applied: (d.drop ? [d.drop === r && 'drop'] : [d.service === r && 'service', d.severity === r && 'severity']).filter(
        (x): x is string => !!x,
      ),
    }));
    const serviceId = d.drop ? null : (d.service?.serviceId ?? found?.service_id ?? null);
    const service = serviceId ? await getService(tx, serviceId) : undefined;
    const severity = severityOfAlert(severities, { severity: level, severity_id: d.severity?.severityId ?? null });
    const out = {
      ...base,
      matched,
      service: service ? { id: service.id, name: service.name } : null,
      severity: named(severity?.id, severities),
    };
    if (d.drop) {
      events.push({ ...out, outcome: 'dropped', incident: null });
      continue;
    }
    if (!service) {
      events.push({ ...out, outcome: 'not_routed', incident: null });
      continue;
    }
    const since = new Date(ctx.clock.now().getTime() - config.joinWindowMs).toISOString();
    const open = await openIncidentOfService(tx, service.id, since);
    const auto = config.autoDeclare;
    if (open) events.push({ ...out, outcome: 'joined', incident: { id: open.id, ref: formatRef(Number(open.number)) } });
    else if (auto.enabled && auto.criticalities.includes(service.criticality) && meetsThreshold(severities, severity, auto.severityId))
      events.push({ ...out, outcome: 'declared', incident: null });
    else events.push({ ...out, outcome: 'waiting', incident: null });
  }
  return { events, errors: parsed.errors };
}
