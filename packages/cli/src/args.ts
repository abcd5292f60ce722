import { readFileSync } from 'node:fs';
import { csv } from '@firebreak/shared';
import type { z } from 'zod';
import { usageError } from './errors.ts';

/** `-` means "read standard input", so long text and secrets stay out of shell history. */
export function textArg(value: string): string {
  return value === '-' ? readFileSync(0, 'utf8') : value;
}

/** Joins the words of a variadic text argument; a lone `-` reads standard input. */
export const words = (parts: string[]) => textArg(parts.join(' '));

/** Collects a repeatable option, also splitting comma-separated values. */
export const collect = (value: string, previous: string[] = []) => [...previous, ...csv(value)];

export function positiveInt(name: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) throw usageError(`${name}: expected a whole number from 1 to ${max}, got ${value}`);
    return n;
  };
}

const RELATIVE = /^(\d+)\s*(s|m|min|h|d)\s*ago$/i;
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * A moment: ISO 8601 (without an offset it is local time), `now`, or `15m ago` / `2h ago`.
 * Returned as UTC ISO, which is what the API takes.
 */
export function instant(name: string) {
  return (value: string): string => {
    const v = value.trim();
    if (v === 'now') return new Date().toISOString();
    const rel = RELATIVE.exec(v);
    if (rel) return new Date(Date.now() - Number(rel[1]) * UNIT_MS[rel[2].toLowerCase()]).toISOString();
    if (/^\d{4}-\d{2}-\d{2}/.test(v)) {
      const t = Date.parse(v);
      if (!Number.isNaN(t)) return new Date(t).toISOString();
    }
    throw usageError(`${name}: expected an ISO 8601 time (2026-03-01T12:40:00Z), "now" or "15m ago", got ${value}`);
  };
}

export function oneOf<T extends string>(name: string, allowed: readonly T[]) {
  return (value: string): T => {
    if (!allowed.includes(value as T)) throw usageError(`${name}: expected one of ${allowed.join(', ')}, got ${value}`);
    return value as T;
  };
}

/**
 * Checks a request body against the shared API schema before sending it, so a bad argument is a
 * usage error (exit 2) with the same wording the server would use. Sends what the user gave.
 */
export function checkBody<T>(schema: z.ZodType, body: T): T {
  const r = schema.safeParse(body);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw usageError(`${issue.path.join('.') || 'body'}: ${issue.message}`);
  }
  return body;
}
