export type DepthInput = {
  severityName: string | null;
  severityRank: number | null;
  /** Other incidents on the same services declared in the 90 days before this one. */
  recurrences: { ref: string; title: string }[];
  customerImpact: string;
  /** Share of users affected, in percent. */
  userShare: number | null;
  /** From impact start (or declaration) to resolution (or now). */
  durationMinutes: number | null;
  stuckMoments?: number;
  peakPeople?: number;
  /** Other incidents of the recurring group ("famous bug") this one joined (learning/), if any. */
  recurringGroup?: { ref: string; title: string }[];
};

export type DepthSuggestion = {
  suggestion: 'deep' | 'standard';
  score: number;
  /** Each reason counts for (+) or against (0) a deep investigation. */
  reasons: { points: number; text: string }[];
};

const DEEP_AT = 3;

const duration = (m: number) => (m >= 120 ? `${Math.round((m / 60) * 10) / 10} h` : m < 1 ? 'less than a minute' : `${m} min`);

/**
 * Whether an incident deserves a deep investigation (seed 004: not every incident does; the team
 * decides where to invest). Severity, recurrence, customer impact and duration each add points;
 * three or more suggest a deep investigation. People decide; this only gives the reasons.
 */
export function suggestDepth(input: DepthInput): DepthSuggestion {
  const reasons: DepthSuggestion['reasons'] = [];
  const add = (points: number, text: string) => reasons.push({ points, text });
  if (input.severityRank === 1) add(2, `Severity ${input.severityName ?? 'SEV1'}: the most severe level.`);
  else if (input.severityRank === 2) add(1, `Severity ${input.severityName ?? 'SEV2'}.`);
  else add(0, `Severity ${input.severityName ?? 'unknown'}: not among the two most severe levels.`);

  const n = input.recurrences.length;
  if (n > 0) {
    const refs = input.recurrences
      .slice(0, 5)
      .map((r) => r.ref)
      .join(', ');
    add(
      n >= 2 ? 3 : 2,
      `It recurred: ${n} other incident${n > 1 ? 's' : ''} on the same services in the last 90 days (${refs}${n > 5 ? ', …' : ''}). A famous bug should never happen twice.`,
    );
  } else add(0, 'No other incident on the same services in the last 90 days.');

  const group = input.recurringGroup ?? [];
  if (group.length) {
    const refs = group
      .slice(0, 5)
      .map((r) => r.ref)
      .join(', ');
    add(
      2,
      `It looks like a recurring incident: ${group.length} similar incident${group.length > 1 ? 's' : ''} before or since (${refs}${group.length > 5 ? ', …' : ''}). Look for the fix for real.`,
    );
  }

  const share = input.userShare;
  if (share !== null && share >= 25) add(2, `${share}% of users were affected.`);
  else if ((share !== null && share > 0) || input.customerImpact.trim()) add(1, 'Customers were affected.');
  else add(0, 'No customer impact recorded.');

  const d = input.durationMinutes;
  if (d !== null && d >= 240) add(2, `It lasted ${duration(d)}.`);
  else if (d !== null && d >= 60) add(1, `It lasted ${duration(d)}.`);
  else if (d !== null) add(0, `It lasted ${duration(d)}.`);

  if ((input.stuckMoments ?? 0) >= 3) add(1, `People got stuck or waited ${input.stuckMoments} times (see themes).`);
  if ((input.peakPeople ?? 0) >= 8) add(1, `Up to ${input.peakPeople} people were involved at once.`);

  const score = reasons.reduce((s, r) => s + r.points, 0);
  return { suggestion: score >= DEEP_AT ? 'deep' : 'standard', score, reasons };
}
