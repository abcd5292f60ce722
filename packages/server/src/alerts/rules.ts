import { RULE_LIMITS, type RuleCondition } from '@firebreak/shared';
import { InputError } from '../platform/errors.ts';
import type { IncomingEvent } from './ingest.ts';

/**
 * Routing rules, compiled once and evaluated on the ingest path: no I/O here. A rule matches when
 * every one of its conditions does (no conditions: every event). Rules are tried in order; for each
 * action kind (service, severity, drop) the first matching rule that has it wins.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export type CompiledCondition = { segments: string[]; test: ((s: string) => boolean) | null };
export type CompiledRule = {
  id: string;
  name: string;
  enabled: boolean;
  integrationId: string | null;
  conditions: CompiledCondition[];
  serviceId: string | null;
  severityId: string | null;
  drop: boolean;
};
export type Decision = {
  drop: CompiledRule | null;
  service: CompiledRule | null;
  severity: CompiledRule | null;
  matched: CompiledRule[];
};
export const NO_DECISION: Decision = { drop: null, service: null, severity: null, matched: [] };

/** Values longer than this are matched on their first part only, so a pattern's cost stays bounded. */
const MATCH_PREFIX = 4096;

/**
 * Why a pattern cannot be a rule's: too long, not a valid JavaScript regular expression, or shaped
 * to take exponential time (a quantified group that itself contains a quantifier, or a
 * back-reference). null when it is fine.
 */
export function regexProblem(pattern: string): string | null {
  if (pattern.length > RULE_LIMITS.regexLength) return `is longer than ${RULE_LIMITS.regexLength} characters`;
  try {
    new RegExp(pattern);
  } catch (e) {
    return `is not a valid regular expression (${(e as Error).message.replace(/^Invalid regular expression: /, '')})`;
  }
  if (/\\[1-9]|\\k</.test(pattern)) return 'uses a back-reference, which can take exponential time';
  if (/\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)(?:[+*]|\{\d*,)/.test(pattern))
    return 'repeats a group that itself repeats (like (a+)+), which can take exponential time';
  return null;
}

/** Checks a rule's conditions (400 naming the condition) and compiles them. */
export function compileConditions(conditions: RuleCondition[], field = 'conditions'): CompiledCondition[] {
  if (conditions.length > RULE_LIMITS.conditions)
    throw new InputError(`${field}: at most ${RULE_LIMITS.conditions} conditions per rule`, { field });
  return conditions.map((c, i) => {
    const where = `${field}[${i}]`;
    if (c.op !== 'exists' && c.value === undefined)
      throw new InputError(`${where}.value: required for ${c.op}`, { field: `${field}.${i}.value` });
    if (c.op === 'regex') {
      const problem = regexProblem(c.value as string);
      if (problem) throw new InputError(`${where}.value: the pattern ${problem}`, { field: `${field}.${i}.value` });
    }
    return compileCondition(c);
  });
}

export function compileCondition(c: RuleCondition): CompiledCondition {
  const segments = c.field.split('.');
  if (c.op === 'exists') return { segments, test: null };
  const value = c.value ?? '';
  if (c.op === 'equals') return { segments, test: (s) => s === value };
  const re = new RegExp(value);
  return { segments, test: (s) => re.test(s.length > MATCH_PREFIX ? s.slice(0, MATCH_PREFIX) : s) };
}

/** What rules see of an event: its common fields and everything the format kept in its details. */
export function ruleView(e: IncomingEvent, integration: { name: string; format: string }): Obj {
  return {
    ...(e.details ?? {}),
    title: e.title ?? '',
    description: e.description ?? '',
    severity: e.severity ?? 'warning',
    dedup_key: e.dedupKey,
    format: integration.format,
    integration: integration.name,
  };
}

/**
 * The values at a dotted path. Arrays are looked through (a condition on `tags` tests each tag), and
 * a key that itself contains dots (`details.app.kubernetes.io/name`) is found too.
 */
function valuesAt(v: unknown, segments: string[], i: number, out: unknown[]): void {
  if (Array.isArray(v)) {
    for (const x of v) valuesAt(x, segments, i, out);
    return;
  }
  if (i === segments.length) {
    if (v !== undefined && v !== null) out.push(v);
    return;
  }
  if (!isObj(v)) return;
  for (let j = segments.length; j > i; j--) {
    const key = j === i + 1 ? segments[i] : segments.slice(i, j).join('.');
    if (Object.hasOwn(v, key)) valuesAt(v[key], segments, j, out);
  }
}

function conditionHolds(c: CompiledCondition, view: Obj): boolean {
  const values: unknown[] = [];
  valuesAt(view, c.segments, 0, values);
  if (c.test === null) return values.length > 0;
  const test = c.test;
  return values.some((v) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && test(String(v)));
}

export const ruleMatches = (rule: CompiledRule, view: Obj) => rule.conditions.every((c) => conditionHolds(c, view));

/**
 * Applies the rules of an integration (and the global ones) in order. `all`: keep going after the
 * outcome is settled, to list every matching rule (the dry run); on the ingest path evaluation stops
 * as soon as the event is dropped or both service and severity are set.
 */
export function decide(rules: CompiledRule[], integrationId: string | null, view: Obj, all = false): Decision {
  const d: Decision = { drop: null, service: null, severity: null, matched: [] };
  for (const rule of rules) {
    if (!rule.enabled || (rule.integrationId !== null && rule.integrationId !== integrationId)) continue;
    if (!ruleMatches(rule, view)) continue;
    d.matched.push(rule);
    if (rule.drop && !d.drop) d.drop = rule;
    if (rule.serviceId && !d.service) d.service = rule;
    if (rule.severityId && !d.severity) d.severity = rule;
    if (!all && (d.drop || (d.service && d.severity))) break;
  }
  return d;
}

/** The leaf fields of a rule view as text (the dry run shows them so people see what they can match). */
export function flatFields(view: Obj, limit = 200): Record<string, string> {
  const out: Record<string, string> = {};
  let n = 0;
  const walk = (v: unknown, path: string) => {
    if (n >= limit) return;
    if (isObj(v)) for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
    else if (Array.isArray(v)) {
      const scalars = v.filter((x) => !isObj(x) && !Array.isArray(x));
      if (scalars.length) {
        out[path] = scalars.map(String).join(', ');
        n++;
      }
    } else if (v !== undefined && v !== null) {
      out[path] = String(v).slice(0, 200);
      n++;
    }
  };
  walk(view, '');
  return out;
}
