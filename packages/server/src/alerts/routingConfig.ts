import { ALERT_ROUTING_DEFAULTS, type RuleCondition } from '@firebreak/shared';
import { type Deps, reader, type Tx } from '../platform/context.ts';
import { type CompiledRule, compileCondition } from './rules.ts';
import { type AlertRoutingSettingsRow, type AlertRuleRow, getAlertRoutingSettings, listAlertRules } from './store.ts';

/**
 * The routing rules (compiled) and settings, as ingestion uses them. Ingestion must not read them per
 * event, so each instance keeps one copy; a change commits with a `cache alert-routing` event (see
 * `routingChanged`) on which every instance (PgBus: the whole fleet) drops its copy, as do `cache *`
 * (after the bus reconnected) and, as a safety net, age.
 */
export type RoutingConfig = {
  rules: CompiledRule[];
  joinWindowMs: number;
  autoDeclare: { enabled: boolean; severityId: string | null; criticalities: readonly string[] };
};

export const ROUTING_CACHE = 'alert-routing';
const TTL_MS = 60_000;

/** Makes every instance drop its copy once the transaction commits. */
export const routingChanged = (tx: Tx) => tx.events.push({ type: 'cache', name: ROUTING_CACHE });

export const compileRule = (r: AlertRuleRow): CompiledRule => ({
  id: r.id,
  name: r.name,
  enabled: !!r.enabled,
  integrationId: r.integration_id,
  conditions: (JSON.parse(r.conditions) as RuleCondition[]).map(compileCondition),
  serviceId: r.service_id,
  severityId: r.severity_id,
  drop: !!r.drop_event,
});

export const settingsFromRow = (s: AlertRoutingSettingsRow | undefined): Omit<RoutingConfig, 'rules'> => ({
  joinWindowMs: (s?.join_window_minutes ?? ALERT_ROUTING_DEFAULTS.joinWindowMinutes) * 60_000,
  autoDeclare: {
    enabled: s ? !!s.auto_declare : ALERT_ROUTING_DEFAULTS.autoDeclare,
    severityId: s?.auto_declare_severity_id ?? null,
    criticalities: s ? (JSON.parse(s.auto_declare_criticalities) as string[]) : ALERT_ROUTING_DEFAULTS.criticalities,
  },
});

export async function loadRoutingConfig(tx: Tx): Promise<RoutingConfig> {
  const [rules, settings] = await Promise.all([listAlertRules(tx), getAlertRoutingSettings(tx)]);
  return { rules: rules.map(compileRule), ...settingsFromRow(settings) };
}

type Cached = { config: Promise<RoutingConfig>; at: number };
type Slot = { cached: Cached | null; generation: number };
const slots = new WeakMap<object, Slot>();

function slotOf(deps: Deps): Slot {
  let slot = slots.get(deps.bus);
  if (!slot) {
    const s: Slot = { cached: null, generation: 0 };
    slot = s;
    slots.set(deps.bus, s);
    deps.bus.subscribe((e) => {
      if (e.type === 'cache' && (e.name === ROUTING_CACHE || e.name === '*')) {
        s.cached = null;
        s.generation++;
      }
    });
  }
  return slot;
}

/** This instance's copy (one load shared by concurrent callers); a load that an invalidation overtook is not kept. */
export function routingConfig(deps: Deps): Promise<RoutingConfig> {
  const slot = slotOf(deps);
  const now = deps.clock.now().getTime();
  if (slot.cached && now - slot.cached.at < TTL_MS && now >= slot.cached.at) return slot.cached.config;
  const generation = slot.generation;
  const config = loadRoutingConfig(reader(deps));
  const entry: Cached = { config, at: now };
  slot.cached = entry;
  config.then(
    () => {
      if (slot.generation !== generation && slot.cached === entry) slot.cached = null;
    },
    () => {
      if (slot.cached === entry) slot.cached = null;
    },
  );
  return config;
}
