import { z } from 'zod';
import { TOKEN_SCOPES } from './access.ts';
import { CLOSING_CHECKS } from './lifecycle.ts';
import { RETRO_STATUSES } from './retros/vocab.ts';
import {
  ACTION_ADDRESSES,
  ACTION_HORIZONS,
  ACTION_KINDS,
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  INCIDENT_STATUSES,
  MEMBER_KINDS,
  ROOT_CAUSE_FIX_STATES,
  SERVICE_CRITICALITIES,
  SEVERITY_COLORS,
  TIMELINE_KINDS,
  USER_ROLES,
  VISIBILITIES,
} from './vocab.ts';

/*
 * The API's response shapes, as zod schemas. The server declares them on its routes (Fastify
 * serialises with them, OpenAPI documents them) and its presenters (packages/server/src/<slice>/
 * present.ts) return their inferred types; the web app and the CLI use the same types. Retrospectives
 * are in retros/types.ts, jobs in jobs.ts.
 */

/** One page of a list: pass `nextCursor` back as `?cursor=` for the next page (null on the last). */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable().describe('null on the last page') });
/** A single object, as every non-list response wraps it. */
export const dataOf = <T extends z.ZodType>(item: T) => z.object({ data: item });
export type Page<T> = { data: T[]; nextCursor: string | null };
export type One<T> = { data: T };

// ---- abilities: what the caller may do to the object now (the server's policy.ts answers each) ----
export const INCIDENT_ABILITIES = ['update', 'changeStatus', 'close', 'assignRoles', 'comment', 'postUpdate', 'addActions'] as const;
export type IncidentAbility = (typeof INCIDENT_ABILITIES)[number];
/** The list form of an incident carries only this one. */
export const INCIDENT_SUMMARY_ABILITIES = ['update'] as const satisfies readonly IncidentAbility[];
export const ACTION_ABILITIES = ['update'] as const;
export type ActionAbility = (typeof ACTION_ABILITIES)[number];
export const USER_ABILITIES = ['update', 'changeRole'] as const;
export type UserAbility = (typeof USER_ABILITIES)[number];

/** The schema of an `abilities` object: one boolean per ability name. */
export const abilitiesSchema = <const K extends string>(keys: readonly K[]) =>
  z
    .object(Object.fromEntries(keys.map((k) => [k, z.boolean()])) as { [P in K]: z.ZodBoolean })
    .describe('What the caller may do now; clients offer exactly these and never re-implement the rules');

/** Asks `can` about every key: how a presenter fills `abilities` from its slice's policy. */
export function abilitiesFrom<const K extends string>(keys: readonly K[], can: (ability: K) => boolean): Record<K, boolean> {
  return Object.fromEntries(keys.map((k) => [k, can(k)])) as Record<K, boolean>;
}

// ---- settings ----
export type SeverityColor = (typeof SEVERITY_COLORS)[number];
export const SeveritySchema = z.object({
  id: z.string(),
  rank: z.number().int().describe('1 is the most severe'),
  name: z.string(),
  description: z.string(),
  color: z.enum(SEVERITY_COLORS),
  updateCadenceMinutes: z.number().int().nullable().describe('How often stakeholders expect an update; null: no cadence'),
  retrospectiveRequired: z.boolean(),
  isDefault: z.boolean().describe('New incidents start at this severity unless another is picked (none: the least severe)'),
});
export type SeverityView = z.infer<typeof SeveritySchema>;

export const RoleTypeSchema = z.object({ key: z.string(), name: z.string(), description: z.string(), rank: z.number().int() });
export type RoleTypeView = z.infer<typeof RoleTypeSchema>;

export const SeverityCountSchema = z.object({ severity: SeveritySchema, active: z.number().int() });
export type SeverityCount = z.infer<typeof SeverityCountSchema>;

// ---- people ----
/** The short form of a person inside other objects. */
export const UserBriefSchema = z.object({ id: z.string(), name: z.string(), email: z.string() });
export type UserBrief = z.infer<typeof UserBriefSchema>;

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(USER_ROLES),
  disabled: z.boolean(),
  hasPassword: z.boolean().describe('False for people who sign in only with API tokens (or have not set one yet)'),
  createdAt: z.string(),
  abilities: abilitiesSchema(USER_ABILITIES),
});
export type UserView = z.infer<typeof UserSchema>;

/** First run, as the sign-in and setup pages ask about it before anyone is signed in. */
export const SetupStatusSchema = z.object({
  pending: z.boolean().describe('No admin has finished setting up yet: the setup link the server printed is the way in'),
  link: z
    .enum(['valid', 'used', 'expired', 'unknown'])
    .nullable()
    .describe('What the setup link given as ?token= can still do; null when none was given'),
});
export type SetupStatus = z.infer<typeof SetupStatusSchema>;

export const TokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe('The first characters of the secret, to recognise it'),
  scope: z.enum(TOKEN_SCOPES).describe('What the token may do: read, ingest, responder or admin (never more than its owner)'),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revoked: z.boolean(),
  active: z.boolean().describe('Neither revoked nor expired'),
});
export type TokenView = z.infer<typeof TokenSchema>;
export const NewTokenSchema = TokenSchema.extend({ token: z.string().describe('The secret: shown this once, never again') });
export type NewTokenView = z.infer<typeof NewTokenSchema>;

// ---- catalog ----
export const ServiceBriefSchema = z.object({ id: z.string(), name: z.string(), criticality: z.enum(SERVICE_CRITICALITIES) });
export type ServiceBrief = z.infer<typeof ServiceBriefSchema>;

export const ServiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  ownerTeam: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  criticality: z.enum(SERVICE_CRITICALITIES),
  critical: z.boolean(),
  runbookUrl: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ServiceView = z.infer<typeof ServiceSchema>;

export const TeamSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.string(),
  members: z.array(UserBriefSchema),
});
export type TeamView = z.infer<typeof TeamSchema>;

// ---- incidents ----
export const RoleHolderSchema = z.object({
  role: z.string().describe('Role type key, e.g. commander'),
  roleName: z.string(),
  user: UserBriefSchema,
  assignedAt: z.string(),
});
export type RoleHolder = z.infer<typeof RoleHolderSchema>;

const when = z.string().nullable();
export const MilestonesSchema = z.object({
  impactStarted: when,
  detected: when,
  declared: when,
  acknowledged: when,
  identified: when,
  mitigated: when,
  resolved: when,
  closed: when,
});

export const IncidentSummarySchema = z.object({
  id: z.string(),
  ref: z.string().describe('INC-42'),
  number: z.number().int(),
  title: z.string(),
  status: z.enum(INCIDENT_STATUSES),
  severity: SeveritySchema.nullable(),
  private: z.boolean(),
  services: z.array(ServiceBriefSchema),
  roles: z.array(RoleHolderSchema).describe('Role holders, most important role first'),
  critical: z.boolean().describe('The most severe severity, or a critical service'),
  milestones: MilestonesSchema,
  stakeholderUpdates: z.object({
    cadenceMinutes: z.number().int().nullable(),
    lastAt: z.string().nullable(),
    nextDueAt: z.string().nullable().describe('While active, when the next stakeholder update is due'),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: abilitiesSchema(INCIDENT_SUMMARY_ABILITIES),
});
export type IncidentSummary = z.infer<typeof IncidentSummarySchema>;

export const IncidentWhySchema = z.object({
  id: z.string(),
  question: z.string(),
  answer: z.string().nullable(),
  askedBy: z.string().nullable(),
  answeredBy: z.string().nullable(),
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
  inRetrospective: z.boolean().describe("Carried into the retrospective's five whys: answered (or ended) there from now on"),
});
export type IncidentWhy = z.infer<typeof IncidentWhySchema>;

const Scope = z.object({ customers: z.string(), regions: z.string(), userShare: z.number().nullable() });

export const TicketSchema = z.object({
  symptoms: z.string(),
  scope: Scope,
  customerImpact: z.string(),
  rootCauses: z.string(),
  fixesForSymptoms: z.string(),
  rootCauseFix: z.object({ state: z.enum(ROOT_CAUSE_FIX_STATES), description: z.string(), reason: z.string().nullable() }),
  prevention: z.string(),
  whys: z.array(IncidentWhySchema),
  openWhys: z.number().int().describe('Unanswered whys still on the ticket (those carried into the retrospective count there)'),
});
export type Ticket = z.infer<typeof TicketSchema>;

export const IncidentMemberSchema = z.object({ user: UserBriefSchema, kind: z.enum(MEMBER_KINDS), addedAt: z.string() });

/** One finding of the closing gate (packages/shared lifecycle `closingChecks`), with what to do about it. */
export const ClosingCheckSchema = z.object({
  code: z.enum(CLOSING_CHECKS),
  blocks: z.boolean().describe('true: closing is refused until it is dealt with; false: a warning to confirm when closing'),
  message: z.string(),
  advice: z.string().describe('What to do about it'),
});

/** The incident's retrospective, as the incident page links to it. */
export const IncidentRetroSchema = z.object({
  id: z.string(),
  status: z.enum(RETRO_STATUSES),
  required: z.boolean().describe('The severity requires it published before closing'),
  published: z.boolean().describe('Published at least once'),
});
export type IncidentRetro = z.infer<typeof IncidentRetroSchema>;

/** The whole ticket, as responders and admins read it. */
export const IncidentViewSchema = IncidentSummarySchema.extend({
  summary: z.string(),
  source: z.string(),
  originalRequest: z.string().describe('The report exactly as received'),
  reporter: z.string().nullable(),
  reporterId: z.string().nullable(),
  duplicateOf: z.string().nullable().describe('Reference of the incident this one duplicates'),
  ticket: TicketSchema,
  members: z.array(IncidentMemberSchema),
  allowedTransitions: z.array(z.enum(INCIDENT_STATUSES)).describe('Statuses the caller may move it to next'),
  closingBlockers: z.array(z.string()).describe('Why closing is refused now; empty when it may close'),
  closingChecks: z
    .array(ClosingCheckSchema)
    .describe('The closing gate in full: the blockers above with their advice, and warnings (open whys) to confirm when closing'),
  retrospective: IncidentRetroSchema.nullable().describe('Null until one is drafted'),
  abilities: abilitiesSchema(INCIDENT_ABILITIES),
});
export type IncidentView = z.infer<typeof IncidentViewSchema>;

/**
 * What stakeholders (viewers) read: status, impact and timing. The verbatim report, the technical
 * ticket, whys and members stay with the responders.
 */
export const StakeholderIncidentViewSchema = IncidentSummarySchema.extend({
  summary: z.string(),
  duplicateOf: z.string().nullable(),
  ticket: z.object({ scope: Scope, customerImpact: z.string() }),
  stakeholderView: z.literal(true),
  retrospective: IncidentRetroSchema.nullable().describe('Only once it is published'),
  allowedTransitions: z.array(z.enum(INCIDENT_STATUSES)),
  abilities: abilitiesSchema(INCIDENT_ABILITIES),
});
export type StakeholderIncidentView = z.infer<typeof StakeholderIncidentViewSchema>;

/** GET /incidents/{ref}: the full ticket, or the stakeholder view for viewers (`stakeholderView: true`). */
export const IncidentReadSchema = z.union([IncidentViewSchema, StakeholderIncidentViewSchema]);

// ---- timeline ----
export const TimelineEntrySchema = z.object({
  id: z.number().int().describe('Increasing in recorded order; the SSE event id (Last-Event-ID)'),
  kind: z.enum(TIMELINE_KINDS),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  body: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).describe('Structured detail; its keys depend on the kind'),
  visibility: z.enum(VISIBILITIES),
  occurredAt: z.string().describe('When it happened (may be back-dated)'),
  recordedAt: z.string(),
  pinned: z.boolean().describe('A key moment'),
});
export type TimelineEntryView = z.infer<typeof TimelineEntrySchema>;

/** What GET /events sends as event "incident" (Server-Sent Events, not a JSON response). */
export const IncidentEventSchema = z.object({ ref: z.string(), kind: z.enum(TIMELINE_KINDS), entry: TimelineEntrySchema });
export type IncidentEvent = z.infer<typeof IncidentEventSchema>;

// ---- actions and follow-ups ----
export const ActionSchema = z.object({
  id: z.string(),
  incidentRef: z.string(),
  kind: z.enum(ACTION_KINDS),
  title: z.string(),
  description: z.string(),
  owner: UserBriefSchema.nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  priority: z.enum(ACTION_PRIORITIES),
  status: z.enum(ACTION_STATUSES),
  statusReason: z.string().nullable(),
  addresses: z.enum(ACTION_ADDRESSES),
  horizon: z.enum(ACTION_HORIZONS),
  externalUrl: z.string().nullable(),
  draft: z.boolean().describe('A follow-up without an owner: it does not count toward closing'),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
  abilities: abilitiesSchema(ACTION_ABILITIES),
});
export type ActionView = z.infer<typeof ActionSchema>;
