import { z } from 'zod';
import { MAX_TOKEN_DAYS, TOKEN_SCOPES } from './access.ts';
import { PUBLIC_INCIDENT_STATUSES } from './statusPage.ts';
import {
  ACTION_ADDRESSES,
  ACTION_HORIZONS,
  ACTION_KINDS,
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  COMMENT_MAX_CHARS,
  INCIDENT_SOURCES,
  INCIDENT_STATUSES,
  MEMBER_KINDS,
  ROOT_CAUSE_FIX_STATES,
  SERVICE_CRITICALITIES,
  SETTABLE_MILESTONES,
  SEVERITY_COLORS,
  TIMELINE_KINDS,
  USER_ROLES,
} from './vocab.ts';

/** An ISO-8601 instant with an explicit offset, normalised to UTC on the way in. */
export const Instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());
const Text = (max: number) => z.string().max(max);
const Line = (max = 200) => z.string().trim().min(1).max(max);
const Url = z.url({ protocol: /^https?$/ }).max(2000);
const Id = z.string().min(1).max(64);
/** A user is named by id or e-mail. */
/**
 * The body of a POST that takes none: nothing (Fastify reads an absent body as null), or `{}` (an empty
 * form); anything else is a 400.
 */
export const EmptyBody = z.strictObject({}).nullish();

export const UserRef = z.string().trim().min(1).max(320);

/** The `nextCursor` of the previous page, passed back as it came (opaque; it can hold a name or e-mail). */
export const CursorParam = z.string().max(1000).optional().describe('nextCursor of the previous page, unchanged');

/** Path parameter naming an incident. */
export const RefParams = z.object({ ref: z.string().min(1).max(64).describe('INC-42, 42, or the incident id') });

export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: CursorParam,
});

// ---- incidents ----
export const DeclareIncidentBody = z
  .strictObject({
    title: Line(200),
    severity: Line(50)
      .optional()
      .describe('Severity name (e.g. SEV2) or id; defaults to the default severity (an admin setting), else the least severe'),
    services: z.array(Line(100)).max(50).default([]).describe('Service names or ids'),
    originalRequest: Text(100_000).default('').describe('The report exactly as received (kept verbatim)'),
    source: z.enum(INCIDENT_SOURCES).default('manual'),
    reporter: Text(320).optional().describe('Who reported it, if not the caller (name or e-mail)'),
    private: z.boolean().default(false),
    status: z.enum(['triage', 'investigating']).default('triage'),
    summary: Text(20_000).optional(),
  })
  .meta({
    examples: [
      {
        title: 'Checkout returns 500 for EU customers',
        severity: 'SEV1',
        services: ['checkout'],
        originalRequest: 'From support: customers in DE see "Internal Server Error" when paying since 12:40',
        source: 'email',
        private: false,
      },
    ],
  });
export type DeclareIncidentInput = z.input<typeof DeclareIncidentBody>;

export const UpdateIncidentBody = z
  .strictObject({
    title: Line(200).optional(),
    summary: Text(20_000).optional(),
    severity: Line(50).optional(),
    services: z.array(Line(100)).max(50).optional(),
    private: z.boolean().optional(),
    symptoms: Text(50_000).optional(),
    scopeCustomers: Text(10_000).optional(),
    scopeRegions: Text(10_000).optional(),
    scopeUserShare: z.number().min(0).max(100).nullable().optional().describe('Share of users affected, in percent'),
    customerImpact: Text(50_000).optional(),
    rootCauses: Text(50_000).optional(),
    fixesForSymptoms: Text(50_000).optional(),
    rootCauseFix: z
      .strictObject({
        state: z.enum(ROOT_CAUSE_FIX_STATES),
        description: Text(20_000).optional(),
        reason: Text(5_000).optional().describe('Required when state is waived'),
      })
      .optional(),
    prevention: Text(50_000).optional(),
    milestones: z
      .partialRecord(z.enum(SETTABLE_MILESTONES as [string, ...string[]]), Instant.nullable())
      .optional()
      .describe('Back-date milestones people know better than the clock'),
    message: Text(5_000).optional().describe('Why the change was made; recorded on the timeline'),
  })
  .meta({
    examples: [
      {
        symptoms: 'HTTP 500 on POST /checkout for EU cards',
        customerImpact: 'About 1 in 5 EU checkouts fail',
        milestones: { impactStarted: '2026-03-01T12:40:00Z' },
        message: 'From the support tickets',
      },
    ],
  });
export type UpdateIncidentInput = z.input<typeof UpdateIncidentBody>;

export const ChangeStatusBody = z
  .strictObject({
    status: z.enum(INCIDENT_STATUSES),
    message: Text(5_000).optional(),
    duplicateOf: Line(50).optional().describe('Reference of the incident this one duplicates (status duplicate)'),
    occurredAt: Instant.optional(),
    update: Line(20_000)
      .optional()
      .describe('A stakeholder update posted with the change, in the same transaction (the final one when resolving)'),
  })
  .meta({ examples: [{ status: 'identified', message: 'Config 1.4.2 halved the connection pool' }] });
export type ChangeStatusInput = z.input<typeof ChangeStatusBody>;

export const AssignRoleBody = z.strictObject({
  role: Line(50),
  user: UserRef.nullable().describe('User id or e-mail; null unassigns'),
  message: Text(2_000).optional(),
});

export const MemberBody = z.strictObject({
  user: UserRef,
  kind: z.enum(MEMBER_KINDS).default('watcher'),
});

export const IncidentListQuery = ListQuery.extend({
  status: z.string().max(200).optional().describe('Comma-separated statuses, or "active"'),
  severity: z.string().max(200).optional().describe('Comma-separated severity names'),
  service: z.string().max(200).optional(),
  roleHolder: z.string().max(320).optional().describe('User id, e-mail, or "me"'),
  mine: z.enum(['true', 'false']).optional(),
  q: z.string().max(200).optional(),
});

// ---- timeline ----
export const TimelineEntryBody = z
  .strictObject({
    body: Line(20_000),
    occurredAt: Instant.optional().describe('When it happened, if earlier than now (back-dating)'),
    pinned: z.boolean().default(false),
  })
  .meta({ examples: [{ body: 'Impact began: first 500s in the edge logs', occurredAt: '2026-03-01T12:40:00Z', pinned: true }] });
export const CommentBody = z.strictObject({ body: Line(COMMENT_MAX_CHARS) });
export const StakeholderUpdateBody = z.strictObject({
  body: Line(20_000),
  publishToStatusPage: z
    .boolean()
    .optional()
    .describe('Also post this text as a public update on the status page (the incident must be published there)'),
  publicStatus: z
    .enum(PUBLIC_INCIDENT_STATUSES)
    .optional()
    .describe("The public update's status (default: the public incident's current one)"),
});
export const PinBody = z.strictObject({ pinned: z.boolean() });
export const EditEntryBody = z
  .strictObject({ body: Line(20_000) })
  .meta({ examples: [{ body: 'Checkout works again for most customers.' }] });
export const RemoveEntryQuery = z.object({
  reason: z.string().max(2_000).optional().describe('Why it was removed; shown with the retracted marker of a stakeholder update'),
});
export const TimelineQuery = ListQuery.extend({
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  after: z.coerce.number().int().min(0).optional().describe('Only entries with an id above this'),
  kind: z.string().max(500).optional().describe('Comma-separated kinds'),
});

// ---- whys ----
export const WhyBody = z.strictObject({ question: Line(2_000) });
export const AnswerWhyBody = z.strictObject({ answer: Text(20_000).nullable() });

// ---- actions ----
export const CreateActionBody = z
  .strictObject({
    title: Line(300),
    kind: z.enum(ACTION_KINDS).default('next'),
    description: Text(20_000).optional(),
    owner: UserRef.nullable().optional(),
    dueAt: Instant.nullable().optional(),
    priority: z.enum(ACTION_PRIORITIES).default('p3'),
    addresses: z.enum(ACTION_ADDRESSES).default('symptom'),
    horizon: z.enum(ACTION_HORIZONS).default('immediate'),
    externalUrl: Url.nullable().optional(),
    draft: z.boolean().optional().describe('Follow-ups without an owner are always drafts'),
  })
  .meta({
    examples: [
      {
        title: 'Validate pool size in config CI',
        kind: 'follow_up',
        owner: 'priya@example.com',
        dueAt: '2026-03-15T17:00:00Z',
        priority: 'p2',
        addresses: 'root_cause',
        horizon: 'long_term',
      },
    ],
  });
export const UpdateActionBody = z.strictObject({
  title: Line(300).optional(),
  description: Text(20_000).optional(),
  owner: UserRef.nullable().optional(),
  dueAt: Instant.nullable().optional(),
  priority: z.enum(ACTION_PRIORITIES).optional(),
  status: z.enum(ACTION_STATUSES).optional(),
  statusReason: Text(5_000).optional().describe('Required when status is wont_do'),
  addresses: z.enum(ACTION_ADDRESSES).optional(),
  horizon: z.enum(ACTION_HORIZONS).optional(),
  kind: z.enum(ACTION_KINDS).optional(),
  externalUrl: Url.nullable().optional(),
  draft: z.boolean().optional(),
});
export const ActionListQuery = ListQuery.extend({
  kind: z.enum(ACTION_KINDS).optional(),
  status: z.string().max(100).optional(),
  owner: z.string().max(320).optional(),
});

// ---- catalog & people ----
export const CreateServiceBody = z.strictObject({
  name: Line(100),
  description: Text(5_000).default(''),
  ownerTeam: Line(100).nullable().optional().describe('Team name or id'),
  criticality: z.enum(SERVICE_CRITICALITIES).default('medium'),
  runbookUrl: Url.nullable().optional(),
});
export const UpdateServiceBody = CreateServiceBody.partial();
export const CreateTeamBody = z.strictObject({
  name: Line(100),
  description: Text(5_000).default(''),
  members: z.array(UserRef).max(500).default([]),
});
export const UpdateTeamBody = CreateTeamBody.partial();
export const CreateUserBody = z.strictObject({
  email: z.email().max(320),
  name: Line(200).optional(),
  role: z.enum(USER_ROLES).default('responder'),
  password: z.string().min(10).max(200).optional(),
});
export const UpdateUserBody = z.strictObject({
  name: Line(200).optional(),
  role: z.enum(USER_ROLES).optional(),
  password: z.string().min(10).max(200).optional(),
  disabled: z.boolean().optional(),
});
export const CreateTokenBody = z
  .strictObject({
    name: Line(100),
    scope: z.enum(TOKEN_SCOPES).optional().describe("Defaults to the scope of the creator's role"),
    expiresAt: Instant.nullable()
      .optional()
      .describe('When it stops working (at most 365 days ahead); null: never (admins only); absent: FIREBREAK_TOKEN_DAYS'),
    expiresInDays: z.int().min(1).max(MAX_TOKEN_DAYS).optional().describe('Instead of expiresAt: days from now'),
  })
  .refine((b) => !(b.expiresAt !== undefined && b.expiresInDays !== undefined), {
    message: 'Give expiresAt or expiresInDays, not both',
    path: ['expiresInDays'],
  });
export const LoginBody = z.strictObject({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(200) });
export const SetupBody = z.strictObject({
  token: z.string().min(1).max(200),
  email: z.email().max(320),
  name: Line(200),
  password: z.string().min(10).max(200),
});

export const SeverityInput = z.strictObject({
  id: Id.optional(),
  name: Line(50),
  description: Text(2_000).default(''),
  color: z.enum(SEVERITY_COLORS),
  updateCadenceMinutes: z.number().int().min(0).max(10_080).nullable().default(null),
  retrospectiveRequired: z.boolean().default(false),
  isDefault: z.boolean().default(false).describe('New incidents start at this one (at most one; none: the least severe)'),
});
export const PutSeveritiesBody = z.strictObject({ severities: z.array(SeverityInput).min(1).max(20) });
export const RoleTypeInput = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lowercase letters, digits and _'),
  name: Line(100),
  description: Text(2_000).default(''),
});
export const PutRoleTypesBody = z.strictObject({ roles: z.array(RoleTypeInput).min(1).max(30) });

export const TIMELINE_KIND = z.enum(TIMELINE_KINDS);
