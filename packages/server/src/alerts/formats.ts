import { createHash, randomUUID } from 'node:crypto';
import { type AlertSeverity, LABEL_SEVERITY_LEVELS, OPSGENIE_PRIORITY_LEVELS } from '@firebreak/shared';
import type { IncomingEvent } from './ingest.ts';

/** What stands for an integration key in anything Firebreak keeps (payloads, verbatim reports). */
export const REDACTED_KEY = '[integration key]';
/** The verbatim body with the key that came in it replaced: kept as the original report, shown to responders. */
export const withoutKey = (raw: string, key: string) => (key ? raw.split(key).join(REDACTED_KEY) : raw);

/**
 * The wire formats, parsed into events. Each parser checks what the imitated tool's documentation
 * requires and returns its error messages in that tool's words; the routes wrap them in the tool's
 * error body. Pure functions: no I/O.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';
const blank = (v: unknown) => !str(v) || v.trim() === '';
const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

/** Deeper than any tool nests, or holding a NUL (PostgreSQL cannot store it): refused before anything recurses over it. */
export function screenJson(root: unknown): string | null {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return 'must not contain NUL characters';
    } else if (v && typeof v === 'object') {
      if (depth >= 32) return 'is nested too deeply';
      for (const k in v) {
        if (k.includes('\u0000')) return 'must not contain NUL characters';
        stack.push([(v as Obj)[k], depth + 1]);
      }
    }
  }
  return null;
}

// ---- PagerDuty Events API v2 ----

export const PD_SEVERITIES = ['critical', 'error', 'warning', 'info'] as const;

export type PagerDutyEvent = { routingKey: string; event: IncomingEvent; dedupKey: string };

/**
 * `headerKey`: the `X-Routing-Key` header, which PagerDuty's Python client (pdpyras'
 * EventsAPISession) and others send; it stands in for a missing `routing_key` in the body.
 */
export function parsePagerDuty(body: unknown, headerKey?: string): Parsed<PagerDutyEvent> {
  if (!isObj(body)) return { ok: false, errors: ['Event object is invalid'] };
  const errors: string[] = [];
  const { event_action, dedup_key, payload } = body;
  const routing_key = blank(body.routing_key) && headerKey ? headerKey : body.routing_key;
  if (blank(routing_key)) errors.push("'routing_key' is missing or blank");
  else if ((routing_key as string).length !== 32) errors.push("Length of 'routing_key' is incorrect (should be 32 characters)");
  if (!str(event_action) || !['trigger', 'acknowledge', 'resolve'].includes(event_action))
    errors.push("'event_action' is invalid (must be one of the following: 'trigger', 'acknowledge' or 'resolve')");
  if (dedup_key !== undefined && dedup_key !== null && !str(dedup_key)) errors.push("'dedup_key' is invalid (must be a string)");
  else if (str(dedup_key) && dedup_key.length > 255) errors.push("'dedup_key' is too long (maximum 255 characters)");
  if (event_action !== 'trigger' && event_action !== undefined && blank(dedup_key)) errors.push("'dedup_key' is missing or blank");
  let p: Obj = {};
  if (event_action === 'trigger') {
    if (!isObj(payload)) errors.push("'payload' is missing or invalid");
    else {
      p = payload;
      if (blank(p.summary)) errors.push("'payload.summary' is missing or blank");
      if (blank(p.source)) errors.push("'payload.source' is missing or blank");
      if (blank(p.severity)) errors.push("'payload.severity' is missing or blank");
      else if (!PD_SEVERITIES.includes(p.severity as AlertSeverity))
        errors.push("'payload.severity' is invalid (must be one of the following: 'critical', 'warning', 'error' or 'info')");
      if (p.timestamp !== undefined && p.timestamp !== null && (!str(p.timestamp) || Number.isNaN(Date.parse(p.timestamp))))
        errors.push("'payload.timestamp' is invalid (must be an ISO 8601 timestamp)");
      for (const f of ['component', 'group', 'class'] as const)
        if (p[f] !== undefined && p[f] !== null && !str(p[f])) errors.push(`'payload.${f}' is invalid (must be a string)`);
    }
    for (const f of ['links', 'images'] as const)
      if (body[f] !== undefined && body[f] !== null && !Array.isArray(body[f])) errors.push(`'${f}' is invalid (must be an array)`);
  }
  if (errors.length) return { ok: false, errors };
  const dedupKey = str(dedup_key) && dedup_key !== '' ? dedup_key : randomUUID().replace(/-/g, '');
  const action = event_action as 'trigger' | 'acknowledge' | 'resolve';
  const details: Obj = {};
  if (action === 'trigger') {
    for (const f of ['source', 'component', 'group', 'class', 'timestamp', 'custom_details'] as const) if (p[f] != null) details[f] = p[f];
    for (const f of ['links', 'images', 'client', 'client_url'] as const) if (body[f] != null) details[f] = body[f];
  }
  return {
    ok: true,
    value: {
      routingKey: routing_key as string,
      dedupKey,
      event: {
        action,
        dedupKey,
        title: action === 'trigger' ? clip(String(p.summary), 1024) : undefined,
        description: '',
        severity: action === 'trigger' ? (p.severity as AlertSeverity) : undefined,
        details,
        // The routing key is the integration's secret: never kept with the event.
        payload: { ...body, routing_key: REDACTED_KEY },
      },
    },
  };
}

/**
 * PagerDuty Events API v1 (`/generic/2010-04-15/create_event.json`, deprecated but still sent by
 * Alertmanager's `service_key`, pdagent, the Nagios/Zabbix scripts): `service_key`, `event_type`,
 * `incident_key`, `description`, `details`, `client`, `client_url`, `contexts`. It has no severity:
 * its alerts are `error`. Error messages in the v1 document's words.
 */
export function parsePagerDutyV1(body: unknown): Parsed<PagerDutyEvent> {
  if (!isObj(body)) return { ok: false, errors: ['Event object is invalid'] };
  const errors: string[] = [];
  const { service_key, event_type, incident_key, description, details, contexts } = body;
  if (blank(service_key)) errors.push('Service key is missing');
  else if ((service_key as string).length !== 32) errors.push('Service key is the wrong length (should be 32 characters)');
  if (!str(event_type) || !['trigger', 'acknowledge', 'resolve'].includes(event_type))
    errors.push('event_type is invalid (must be one of: trigger acknowledge resolve)');
  if (incident_key !== undefined && incident_key !== null && !str(incident_key)) errors.push('incident_key is invalid (must be a string)');
  else if (str(incident_key) && incident_key.length > 255) errors.push('incident_key is too long (maximum 255 characters)');
  if (event_type !== 'trigger' && str(event_type) && blank(incident_key)) errors.push('incident_key is required');
  if (event_type === 'trigger' && blank(description)) errors.push('description is required');
  else if (description !== undefined && description !== null && !str(description)) errors.push('description is invalid (must be a string)');
  if (contexts !== undefined && contexts !== null && !Array.isArray(contexts)) errors.push('contexts is invalid (must be an array)');
  for (const f of ['client', 'client_url'] as const)
    if (body[f] !== undefined && body[f] !== null && !str(body[f])) errors.push(`${f} is invalid (must be a string)`);
  if (errors.length) return { ok: false, errors };
  const dedupKey = str(incident_key) && incident_key !== '' ? incident_key : randomUUID().replace(/-/g, '');
  const action = event_type as 'trigger' | 'acknowledge' | 'resolve';
  const kept: Obj = {};
  if (action === 'trigger') {
    if (details != null) kept.custom_details = details;
    for (const f of ['client', 'client_url', 'contexts'] as const) if (body[f] != null) kept[f] = body[f];
    // v1 contexts as v2 links and images, so the alert page shows them the same way.
    if (Array.isArray(contexts)) {
      const links = contexts.filter((c) => isObj(c) && c.type === 'link' && str(c.href)).map((c) => ({ href: c.href, text: c.text }));
      const images = contexts
        .filter((c) => isObj(c) && c.type === 'image' && str(c.src))
        .map((c) => ({ src: c.src, href: c.href, alt: c.alt }));
      if (links.length) kept.links = links;
      if (images.length) kept.images = images;
    }
  }
  return {
    ok: true,
    value: {
      routingKey: service_key as string,
      dedupKey,
      event: {
        action,
        dedupKey,
        title: action === 'trigger' ? clip(String(description), 1024) : undefined,
        description: '',
        severity: action === 'trigger' ? 'error' : undefined,
        details: kept,
        payload: { ...body, service_key: REDACTED_KEY },
      },
    },
  };
}

export type ChangeEvent = { routingKey: string; summary: string; source: string | null; timestamp: string | null };

export function parsePagerDutyChange(body: unknown, headerKey?: string): Parsed<ChangeEvent> {
  if (!isObj(body)) return { ok: false, errors: ['Event object is invalid'] };
  const errors: string[] = [];
  const p = body.payload;
  const routingKey = blank(body.routing_key) && headerKey ? headerKey : body.routing_key;
  if (blank(routingKey)) errors.push("'routing_key' is missing or blank");
  else if ((routingKey as string).length !== 32) errors.push("Length of 'routing_key' is incorrect (should be 32 characters)");
  if (!isObj(p)) errors.push("'payload' is missing or invalid");
  else {
    if (blank(p.summary)) errors.push("'payload.summary' is missing or blank");
    if (p.source !== undefined && p.source !== null && !str(p.source)) errors.push("'payload.source' is invalid (must be a string)");
    if (p.timestamp !== undefined && p.timestamp !== null && (!str(p.timestamp) || Number.isNaN(Date.parse(p.timestamp))))
      errors.push("'payload.timestamp' is invalid (must be an ISO 8601 timestamp)");
  }
  if (errors.length || !isObj(p)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      routingKey: routingKey as string,
      summary: clip(String(p.summary), 1024),
      source: str(p.source) ? p.source : null,
      timestamp: str(p.timestamp) ? new Date(p.timestamp).toISOString() : null,
    },
  };
}

// ---- Opsgenie Alert API ----

/** Opsgenie priority → level: the table lives in shared (alertRouting.ts), the one place for every format's mapping. */
export const OPSGENIE_PRIORITY = OPSGENIE_PRIORITY_LEVELS;

/** Problems by field, as Opsgenie's 422 body lists them. */
export type FieldErrors = Record<string, string>;

export function parseOpsgenieCreate(body: unknown): { ok: true; value: IncomingEvent } | { ok: false; errors: FieldErrors } {
  if (!isObj(body)) return { ok: false, errors: { message: 'Message can not be empty.' } };
  const e: FieldErrors = {};
  if (blank(body.message)) e.message = 'Message can not be empty.';
  for (const f of ['alias', 'description', 'entity', 'source', 'user', 'note'] as const)
    if (body[f] !== undefined && body[f] !== null && !str(body[f])) e[f] = `${f} should be a string.`;
  if (str(body.alias) && body.alias.length > 512) e.alias = 'Alias can not be longer than 512 characters.';
  if (str(body.description) && body.description.length > 15000) e.description = 'Description can not be longer than 15000 characters.';
  if (body.priority !== undefined && body.priority !== null && !(str(body.priority) && Object.hasOwn(OPSGENIE_PRIORITY, body.priority)))
    e.priority = 'Priority should be one of [P1, P2, P3, P4, P5].';
  if (body.tags !== undefined && body.tags !== null && !(Array.isArray(body.tags) && body.tags.every(str)))
    e.tags = 'Tags should be a list of strings.';
  if (body.details !== undefined && body.details !== null && !isObj(body.details)) e.details = 'Details should be a map.';
  if (Object.keys(e).length) return { ok: false, errors: e };
  const details: Obj = {};
  for (const f of ['tags', 'details', 'entity', 'source', 'user', 'note', 'responders', 'visibleTo', 'actions'] as const)
    if (body[f] != null) details[f] = body[f];
  details.priority = str(body.priority) ? body.priority : 'P3';
  const alias = str(body.alias) && body.alias !== '' ? body.alias : randomUUID();
  return {
    ok: true,
    value: {
      action: 'trigger',
      dedupKey: alias,
      title: clip((body.message as string).trim(), 130),
      description: str(body.description) ? body.description : '',
      severity: OPSGENIE_PRIORITY[str(body.priority) ? body.priority : 'P3'],
      details,
      payload: body,
    },
  };
}

/** The optional body of close / acknowledge / notes: {user, source, note}. */
export function parseOpsgenieAction(body: unknown, noteRequired: boolean): { ok: true; value: Obj } | { ok: false; errors: FieldErrors } {
  const b = body === undefined || body === null || body === '' ? {} : body;
  if (!isObj(b)) return { ok: false, errors: { body: 'Request body should be a JSON object.' } };
  const e: FieldErrors = {};
  for (const f of ['user', 'source', 'note'] as const)
    if (b[f] !== undefined && b[f] !== null && !str(b[f])) e[f] = `${f} should be a string.`;
  if (noteRequired && blank(b.note)) e.note = 'Note can not be empty.';
  if (str(b.note) && b.note.length > 25000) e.note = 'Note can not be longer than 25000 characters.';
  return Object.keys(e).length ? { ok: false, errors: e } : { ok: true, value: b };
}

/**
 * The body of `PUT /v2/alerts/{identifier}/message` ({"message"}) or `/description`
 * ({"description"}), which Alertmanager's Opsgenie notifier sends with `update_alerts: true`.
 * The message is cut to 130 characters like on create; a description may be empty (clears it).
 */
export function parseOpsgenieUpdate(
  body: unknown,
  field: 'message' | 'description',
): { ok: true; value: { message?: string; description?: string } } | { ok: false; errors: FieldErrors } {
  const b = body === undefined || body === null ? {} : body;
  if (!isObj(b)) return { ok: false, errors: { body: 'Request body should be a JSON object.' } };
  const v = b[field];
  if (field === 'message') {
    if (blank(v)) return { ok: false, errors: { message: 'Message can not be empty.' } };
    return { ok: true, value: { message: clip((v as string).trim(), 130) } };
  }
  if (!str(v)) return { ok: false, errors: { description: 'Description should be a string.' } };
  if (v.length > 15000) return { ok: false, errors: { description: 'Description can not be longer than 15000 characters.' } };
  return { ok: true, value: { description: v } };
}

// ---- Prometheus Alertmanager and Grafana webhooks ----

/** A `severity` label's value → level (shared LABEL_SEVERITY_LEVELS); anything else is a warning. */
export function severityFromLabel(v: unknown): AlertSeverity {
  return (str(v) && Object.hasOwn(LABEL_SEVERITY_LEVELS, v.toLowerCase()) && LABEL_SEVERITY_LEVELS[v.toLowerCase()]) || 'warning';
}

const stringMap = (v: unknown) => isObj(v) && Object.values(v).every(str);

/** Alertmanager's fingerprint when sent; else the same idea: a hash of the sorted label set. */
const fingerprintOf = (labels: Record<string, string>) =>
  createHash('sha256')
    .update(JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))
    .digest('hex')
    .slice(0, 16);

export function parseAlertmanager(body: unknown): Parsed<IncomingEvent[]> {
  if (!isObj(body)) return { ok: false, errors: ['body: must be a JSON object (the Alertmanager webhook payload)'] };
  if (!Array.isArray(body.alerts)) return { ok: false, errors: ['alerts: must be an array'] };
  if (body.alerts.length > 5000) return { ok: false, errors: ['alerts: at most 5000 alerts per request'] };
  const errors: string[] = [];
  const events: IncomingEvent[] = [];
  body.alerts.forEach((a: unknown, i: number) => {
    if (!isObj(a)) {
      errors.push(`alerts[${i}]: must be an object`);
      return;
    }
    if (a.status !== 'firing' && a.status !== 'resolved') errors.push(`alerts[${i}].status: must be "firing" or "resolved"`);
    if (!stringMap(a.labels)) errors.push(`alerts[${i}].labels: must be an object of strings`);
    if (a.annotations !== undefined && a.annotations !== null && !stringMap(a.annotations))
      errors.push(`alerts[${i}].annotations: must be an object of strings`);
    if (a.fingerprint !== undefined && a.fingerprint !== null && (!str(a.fingerprint) || a.fingerprint.length > 255))
      errors.push(`alerts[${i}].fingerprint: must be a string of at most 255 characters`);
    for (const f of ['startsAt', 'endsAt', 'generatorURL'] as const)
      if (a[f] !== undefined && a[f] !== null && !str(a[f])) errors.push(`alerts[${i}].${f}: must be a string`);
    if (errors.length) return;
    const labels = a.labels as Record<string, string>;
    const annotations = (a.annotations ?? {}) as Record<string, string>;
    const key = str(a.fingerprint) && a.fingerprint !== '' ? a.fingerprint : fingerprintOf(labels);
    const details: Obj = { labels, annotations };
    for (const f of [
      'startsAt',
      'endsAt',
      'generatorURL',
      'silenceURL',
      'dashboardURL',
      'panelURL',
      'imageURL',
      'valueString',
      'values',
      'ruleUID',
    ] as const)
      if (a[f] != null) details[f] = a[f];
    if (body.externalURL != null) details.externalURL = body.externalURL;
    if (body.groupKey != null) details.groupKey = body.groupKey;
    events.push({
      action: a.status === 'firing' ? 'trigger' : 'resolve',
      dedupKey: key,
      title: clip(annotations.summary || annotations.title || labels.alertname || key, 1024),
      description: clip(annotations.description ?? annotations.message ?? '', 15000),
      severity: severityFromLabel(labels.severity ?? labels.priority),
      details,
      payload: a,
    });
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: events };
}

// ---- generic JSON ----

export function parseGeneric(body: unknown): Parsed<IncomingEvent> {
  if (!isObj(body)) return { ok: false, errors: ['body: must be a JSON object'] };
  const errors: string[] = [];
  const allowed = new Set(['title', 'description', 'deduplication_key', 'status', 'severity', 'metadata', 'source_url']);
  for (const k of Object.keys(body)) if (!allowed.has(k)) errors.push(`${k}: not a field of this endpoint`);
  if (blank(body.title) || (body.title as string).length > 1024) errors.push('title: required, 1 to 1024 characters');
  if (body.description !== undefined && (!str(body.description) || body.description.length > 15000))
    errors.push('description: a string of at most 15000 characters');
  if (body.deduplication_key !== undefined && (blank(body.deduplication_key) || (body.deduplication_key as string).length > 255))
    errors.push('deduplication_key: 1 to 255 characters');
  if (body.status !== undefined && body.status !== 'firing' && body.status !== 'resolved') errors.push('status: "firing" or "resolved"');
  if (body.severity !== undefined && !PD_SEVERITIES.includes(body.severity as AlertSeverity))
    errors.push('severity: one of critical, error, warning, info');
  if (body.metadata !== undefined && !isObj(body.metadata)) errors.push('metadata: an object');
  if (
    body.source_url !== undefined &&
    (!str(body.source_url) || !/^https?:\/\/\S+$/.test(body.source_url) || body.source_url.length > 2000)
  )
    errors.push('source_url: an http(s) URL');
  if (errors.length) return { ok: false, errors };
  const title = (body.title as string).trim();
  const dedupKey = str(body.deduplication_key) ? body.deduplication_key : createHash('sha256').update(title).digest('hex').slice(0, 32);
  const details: Obj = {};
  if (body.metadata) details.metadata = body.metadata;
  if (body.source_url) details.source_url = body.source_url;
  return {
    ok: true,
    value: {
      action: body.status === 'resolved' ? 'resolve' : 'trigger',
      dedupKey,
      title,
      description: str(body.description) ? body.description : '',
      severity: (body.severity as AlertSeverity | undefined) ?? 'warning',
      details,
      payload: body,
    },
  };
}
