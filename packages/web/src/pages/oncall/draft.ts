import { type OnCallScheduleInput, type ScheduleLayer, ScheduleSchema } from '@firebreak/shared';

/**
 * The schedule editor's draft and its problems, keyed by field path ("layers.0.rotation.length"),
 * so each message sits under the field it is about. The rules are the shared ScheduleSchema's:
 * the server says the same thing when the draft reaches it.
 */

export type LayerDraft = Omit<ScheduleLayer, 'restrictions'> & { restrictions: NonNullable<ScheduleLayer['restrictions']> };
export type ScheduleDraft = { name: string; description: string; teamId: string | null; timeZone: string; layers: LayerDraft[] };

export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function newLayer(today: string, participants: string[] = []): LayerDraft {
  return { participants, rotation: { unit: 'weeks', length: 1 }, handoffTime: '09:00', startDate: today, restrictions: [] };
}

/** Field path → message, from the shared schema (plus the name, which the schedule carries beside it). */
export function draftProblems(d: ScheduleDraft): Record<string, string> {
  const out: Record<string, string> = {};
  if (!d.name.trim()) out.name = 'Give the schedule a name people will recognise, like "Payments primary"';
  const r = ScheduleSchema.safeParse({ timeZone: d.timeZone, layers: d.layers } satisfies OnCallScheduleInput);
  if (!r.success) for (const i of r.error.issues) out[i.path.join('.')] ??= i.message;
  return out;
}

/** The problem for a path or any path under it ("layers.0.participants" also catches "layers.0.participants.2"). */
export function problemAt(problems: Record<string, string>, path: string): string | undefined {
  if (problems[path]) return problems[path];
  const k = Object.keys(problems).find((p) => p.startsWith(`${path}.`));
  return k ? problems[k] : undefined;
}

export const WEEKDAY_OPTIONS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((label, i) => ({ value: String(i + 1), label }));
