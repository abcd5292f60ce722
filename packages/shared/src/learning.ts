import { z } from 'zod';
import { DeclareIncidentBody } from './schemas.ts';
import { ACTION_STATUSES, ROOT_CAUSE_FIX_STATES } from './vocab.ts';

/** Similar and recurring incidents (issue 14): the API contract of the learning slice. */

const Line = (max: number) => z.string().trim().max(max);

/** Why a past incident matches: what it shares with this one. */
export const SimilarReasonView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('service'), services: z.array(z.string()) }),
  z.object({ kind: z.literal('words'), words: z.array(z.string()) }),
  z.object({ kind: z.literal('root_cause'), words: z.array(z.string()) }),
  z.object({ kind: z.literal('meaning') }),
]);
export type SimilarReason = z.infer<typeof SimilarReasonView>;

export const RootCauseFollowUpView = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(ACTION_STATUSES),
  statusReason: z.string().nullable(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
});

/** A past incident like this one, and what was done about it last time. */
export const SimilarIncidentView = z.object({
  ref: z.string(),
  title: z.string(),
  status: z.string(),
  severity: z.string().nullable(),
  declaredAt: z.string(),
  resolvedAt: z.string().nullable(),
  services: z.array(z.string()),
  /** 0..1, the blend of word, meaning and service similarity. */
  score: z.number(),
  reasons: z.array(SimilarReasonView),
  rootCause: z.string(),
  fixesForSymptoms: z.string(),
  rootCauseFix: z.object({ state: z.enum(ROOT_CAUSE_FIX_STATES), description: z.string(), reason: z.string().nullable() }),
  rootCauseFollowUps: z.array(RootCauseFollowUpView),
  /** Whether the root cause was fixed for real: the fix is done, or a root-cause follow-up is. */
  rootCauseFixed: z.boolean(),
});
export type SimilarIncident = z.infer<typeof SimilarIncidentView>;

/** A recurring group ("famous bug"): incidents alike enough to be the same underlying problem. */
export const RecurringGroupView = z.object({
  id: z.string(),
  /** Incidents in the group the reader may see (others are not counted). */
  count: z.number(),
  firstAt: z.string(),
  lastAt: z.string(),
  services: z.array(z.string()),
  /** Whether any incident of the group had its root cause fixed for real. */
  rootCauseFixed: z.boolean(),
  incidents: z.array(z.object({ ref: z.string(), title: z.string(), declaredAt: z.string(), rootCauseFixed: z.boolean() })),
});
export type RecurringGroup = z.infer<typeof RecurringGroupView>;

export const SimilarIncidentsView = z.object({
  data: z.array(SimilarIncidentView),
  /** The recurring group this incident belongs to, if any (the page flags it). */
  group: RecurringGroupView.nullable(),
  /** Whether vectors exist for it yet (computed shortly after each change); false means text-only, computed now. */
  indexed: z.boolean(),
});

export const SimilarQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

/**
 * A draft on the declare form, before the incident exists. It takes the declare body as it stands
 * (`originalRequest`, `summary`, and declare's other fields, which do not change the answer), so a
 * client can send the same object it is about to declare; `description` is the older name for the
 * report and is still read.
 */
export const SimilarDraftBody = DeclareIncidentBody.partial()
  .extend({
    title: Line(200).default(''),
    description: z.string().max(20_000).default('').describe('The report typed so far (older name of `originalRequest`)'),
    services: z.array(Line(100).min(1)).max(50).default([]).describe('Service names or ids'),
    limit: z.number().int().min(1).max(20).default(5),
  })
  .meta({
    examples: [{ title: 'Checkout 500s: database connections exhausted', originalRequest: 'Pool at max', services: ['checkout'] }],
  });
export type SimilarDraftInput = z.input<typeof SimilarDraftBody>;

export const UnsolvedIncidentView = z.object({
  ref: z.string(),
  title: z.string(),
  status: z.string(),
  resolvedAt: z.string().nullable(),
  /** Why it is not solved: the fix was waived, a root-cause follow-up is overdue, or one was dropped. */
  why: z.array(z.enum(['waived', 'overdue', 'dropped'])),
  waivedReason: z.string().nullable(),
  followUps: z.array(RootCauseFollowUpView),
});
export const UnsolvedView = z.object({
  byService: z.array(z.object({ service: z.string().nullable(), incidents: z.array(UnsolvedIncidentView) })),
  byOwner: z.array(
    z.object({ owner: z.object({ id: z.string(), name: z.string() }).nullable(), incidents: z.array(UnsolvedIncidentView) }),
  ),
  total: z.number(),
});
export type Unsolved = z.infer<typeof UnsolvedView>;
