import { z } from 'zod';
import { abilitiesSchema } from '../views.ts';
import { RETRO_ABILITIES, RETRO_HISTORY_KINDS, RETRO_SECTION_KINDS, RETRO_STATUSES, WHY_ENDINGS } from './vocab.ts';

/**
 * The API shapes of a retrospective (GET /api/v1/retros/{id}), as zod schemas: the server uses them
 * as response schemas (validated, documented in OpenAPI), clients use the inferred types.
 */
export const PersonBriefSchema = z.object({ id: z.string(), name: z.string() });
export type PersonBrief = z.infer<typeof PersonBriefSchema>;

export const LanguageFindingSchema = z.object({
  start: z.number().int().describe('UTF-16 offset into the text'),
  end: z.number().int().describe('Exclusive'),
  rule: z
    .string()
    .describe("A rule of the blame-aware review (LANGUAGE_RULES), or blame_learned: a sentence the server's learned layer flags"),
  message: z.string(),
  suggestion: z.string(),
});
export type LanguageFindingView = z.infer<typeof LanguageFindingSchema>;

export const TimelineItemSchema = z.object({
  id: z.string(),
  at: z.string(),
  text: z.string(),
  entryId: z.number().int().nullable().describe('The timeline entry this line quotes'),
  milestone: z.string().nullable(),
  internal: z.boolean().describe('Quoted from the war room and not yet reworded or kept by a person: responders only, never stakeholders'),
});
export type TimelineItem = z.infer<typeof TimelineItemSchema>;

export const RetroSectionSchema = z.object({
  key: z.string(),
  title: z.string(),
  kind: z.enum(RETRO_SECTION_KINDS),
  prompt: z.string(),
  position: z.number().int(),
  body: z.string().describe('Markdown'),
  items: z.array(TimelineItemSchema).nullable().describe('Timeline sections: the excerpt lines; null for other kinds'),
  revision: z.number().int().describe('Send it back as baseRevision when saving'),
  updatedAt: z.string(),
  updatedBy: PersonBriefSchema.nullable(),
  findings: z.array(LanguageFindingSchema).describe('Blame-aware language review of the body'),
  internal: z
    .boolean()
    .describe('The body is still the text pulled in from the ticket (nobody saved it since): responders only, never stakeholders'),
});
export type RetroSectionView = z.infer<typeof RetroSectionSchema>;

export const FollowUpBriefSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  owner: PersonBriefSchema.nullable(),
  dueAt: z.string().nullable(),
  priority: z.string(),
  status: z.string(),
  horizon: z.string(),
  addresses: z.string(),
  draft: z.boolean(),
  overdue: z.boolean(),
  fromRetro: z.boolean().describe('Proposed in this retrospective (rather than added during the incident)'),
  whyId: z.string().nullable().describe('The why chain this follow-up ends'),
});
export type FollowUpBrief = z.infer<typeof FollowUpBriefSchema>;

export const WhyNodeSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable().describe('null: an immediate cause, the start of a chain'),
  position: z.number().int(),
  text: z.string(),
  ending: z.enum(WHY_ENDINGS).nullable(),
  acceptedReason: z.string().nullable(),
  action: FollowUpBriefSchema.nullable(),
  revision: z.number().int(),
  depth: z.number().int().describe('1 for an immediate cause'),
  open: z.boolean().describe('A last why with no ending yet'),
  findings: z.array(LanguageFindingSchema),
  internal: z.boolean().describe("Carried over from the ticket's whys and not yet reworded or kept by a person: responders only"),
});
export type WhyNodeView = z.infer<typeof WhyNodeSchema>;

export const WhySummarySchema = z.object({
  chains: z.number().int(),
  nodes: z.number().int(),
  maxDepth: z.number().int(),
  openLeaves: z.array(z.string()),
  followUps: z.number().int(),
  accepted: z.number().int(),
  complete: z.boolean(),
});

export const AnswerSchema = z.object({
  id: z.string(),
  anonymous: z.boolean(),
  author: PersonBriefSchema.nullable().describe('Null for anonymous answers, for everyone (admins included)'),
  whatHappened: z.string(),
  surprised: z.string(),
  stuck: z.string(),
  wouldHaveHelped: z.string(),
  mine: z.boolean().describe("True only on the caller's own answer"),
  findings: z
    .object({
      whatHappened: z.array(LanguageFindingSchema),
      surprised: z.array(LanguageFindingSchema),
      stuck: z.array(LanguageFindingSchema),
      wouldHaveHelped: z.array(LanguageFindingSchema),
    })
    .describe('Blame-aware language review of each field (offsets into that field), as for sections'),
});
export type AnswerView = z.infer<typeof AnswerSchema>;

export const ParticipationSchema = z.object({
  invited: z.number().int().describe('Participants and role holders, who are asked for their view'),
  answered: z.number().int(),
  attributed: z.array(PersonBriefSchema),
  anonymous: z.number().int(),
  you: z.object({ invited: z.boolean(), answered: z.boolean(), anonymous: z.boolean().nullable() }),
});
export type Participation = z.infer<typeof ParticipationSchema>;

export const MeetingSchema = z.object({
  scheduled: z.boolean().describe('False before scheduling and after cancelling (the notes stay)'),
  startsAt: z.string().nullable(),
  durationMinutes: z.number().int(),
  location: z.string(),
  attendees: z.array(PersonBriefSchema.extend({ email: z.string() })),
  notes: z.string(),
  notesRevision: z.number().int().describe('Send it back as baseRevision when saving notes'),
  sequence: z.number().int(),
});
export type MeetingView = z.infer<typeof MeetingSchema>;

export const DepthSuggestionSchema = z.object({
  suggestion: z.enum(['deep', 'standard']),
  score: z.number().int(),
  reasons: z.array(z.object({ points: z.number().int(), text: z.string() })),
});

export const DepthDecisionSchema = z.object({
  decision: z.string(),
  reason: z.string(),
  decidedBy: PersonBriefSchema.nullable(),
  decidedAt: z.string(),
});

/** The incident's facts a retrospective (and its exports) opens with. */
export const IncidentFactsSchema = z.object({
  impactStartedAt: z.string().nullable(),
  declaredAt: z.string(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  durationMinutes: z.number().int().nullable().describe('From impact start (or declaration) to resolution; null while unresolved'),
  services: z.array(z.string()),
  roles: z.array(z.object({ role: z.string(), name: z.string() })).describe('Who held which role: "Incident commander: Priya"'),
  customerImpact: z.string(),
  userShare: z.number().nullable(),
  rootCauses: z.string().describe("The ticket's root causes (war-room text: left out of stakeholders' copies)"),
});
export type IncidentFacts = z.infer<typeof IncidentFactsSchema>;

export const RetroViewSchema = z.object({
  id: z.string(),
  incident: z.object({
    id: z.string(),
    ref: z.string(),
    title: z.string(),
    status: z.string(),
    severity: z.string().nullable(),
    private: z.boolean(),
    facts: IncidentFactsSchema.nullable().describe(
      'What the ticket says, as of this revision; null in revisions published before it was kept',
    ),
  }),
  template: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(RETRO_STATUSES),
  revision: z.number().int().describe('The revision being written (or shown, for a published one)'),
  required: z.boolean().describe("The incident's severity requires a published retrospective before closing"),
  publishedRevision: z.number().int().nullable(),
  revisions: z.array(z.object({ revision: z.number().int(), publishedAt: z.string(), publishedBy: PersonBriefSchema.nullable() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: PersonBriefSchema.nullable(),
  sections: z.array(RetroSectionSchema),
  whys: z.object({ nodes: z.array(WhyNodeSchema).describe('Depth-first, parents before children'), summary: WhySummarySchema }),
  answers: z.array(AnswerSchema),
  participation: ParticipationSchema,
  actions: z.object({ immediate: z.array(FollowUpBriefSchema), longTerm: z.array(FollowUpBriefSchema) }),
  depth: z.object({ suggestion: DepthSuggestionSchema, decision: DepthDecisionSchema.nullable() }),
  meeting: MeetingSchema,
  share: z.object({ active: z.boolean(), createdAt: z.string(), allowsPrivate: z.boolean() }).nullable(),
  openFindings: z.number().int().describe("Language findings in sections, whys and everyone's answers; publishing with any needs confirm"),
  withheld: z
    .number()
    .int()
    .describe('Internal pieces (war-room excerpts, ticket text nobody reviewed) left out of this copy: stakeholder copies only, else 0'),
  abilities: abilitiesSchema(RETRO_ABILITIES),
});
export type RetroView = z.infer<typeof RetroViewSchema>;

/** One line of a retrospective's history. */
export const RetroHistoryEntrySchema = z.object({
  id: z.number().int().describe('Increasing in recorded order'),
  kind: z.enum(RETRO_HISTORY_KINDS),
  actor: PersonBriefSchema.nullable().describe('Null for anonymous answers'),
  body: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).describe('Structured detail; its keys depend on the kind'),
  at: z.string(),
});
export type RetroHistoryEntry = z.infer<typeof RetroHistoryEntrySchema>;

// ---- other responses ----
export const RetroListItemSchema = z.object({
  id: z.string(),
  incident: z.object({ ref: z.string(), title: z.string(), private: z.boolean() }),
  status: z.enum(RETRO_STATUSES),
  revision: z.number().int().describe('The working copy; for viewers, the latest published revision (the one they read)'),
  publishedRevision: z.number().int().nullable().describe('The latest published revision; null before the first publish'),
  required: z.boolean(),
  template: z.object({ id: z.string(), name: z.string() }),
  published: z.boolean().describe('Published at least once'),
  meetingStartsAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const TemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  builtin: z.boolean(),
  isDefault: z.boolean(),
  customised: z.boolean().describe('A built-in template an admin edited (DELETE resets it)'),
  reviewRequired: z
    .boolean()
    .describe('Its retrospectives go through review before publishing; otherwise an admin may publish a draft directly'),
  archived: z.boolean(),
  updatedAt: z.string().nullable(),
  sections: z.array(
    z.object({ key: z.string(), title: z.string(), kind: z.enum(RETRO_SECTION_KINDS), prompt: z.string(), prefill: z.string() }),
  ),
});

export const ChatImportResultSchema = z.object({
  importId: z.string(),
  source: z.enum(['slack', 'transcript']),
  received: z.number().int(),
  imported: z.number().int(),
  duplicates: z.number().int().describe('Already imported before (or twice in this export)'),
  skipped: z.number().int().describe('Channel housekeeping (joins, topic changes) and empty messages'),
  firstEntryId: z.number().int().nullable(),
  lastEntryId: z.number().int().nullable(),
  authors: z.array(
    z.object({
      name: z.string(),
      user: PersonBriefSchema.nullable().describe('The Firebreak user matched by e-mail or name'),
      messages: z.number().int(),
    }),
  ),
});

export const ThemesSchema = z.object({
  window: z.object({ from: z.string(), to: z.string() }).nullable(),
  gaps: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      minutes: z.number().int(),
      beforeEntryId: z.number().int(),
      afterEntryId: z.number().int(),
      messagesDuring: z.number().int(),
      messageIds: z.array(z.number().int()).describe('Up to 50 chat entries in the gap'),
    }),
  ),
  stuck: z.array(
    z.object({
      entryId: z.number().int(),
      at: z.string(),
      who: z.string(),
      category: z.enum(['access', 'ownership', 'waiting', 'knowledge']),
      phrase: z.string(),
      excerpt: z.string(),
    }),
  ),
  people: z.object({
    bucketMinutes: z.number().int(),
    threshold: z.number().int(),
    total: z.number().int(),
    peak: z.object({ from: z.string(), people: z.number().int() }).nullable(),
    buckets: z.array(z.object({ from: z.string(), to: z.string(), people: z.number().int(), names: z.array(z.string()) })),
    crowded: z.array(z.object({ from: z.string(), to: z.string(), people: z.number().int() })),
  }),
  handovers: z.array(
    z.object({
      entryId: z.number().int(),
      at: z.string(),
      source: z.enum(['role', 'chat']),
      role: z.string().nullable(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      excerpt: z.string().nullable(),
    }),
  ),
  summary: z.array(z.string()),
});

export const FollowUpItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  incident: z.object({ ref: z.string(), title: z.string() }),
  retroId: z.string().nullable().describe("The incident's retrospective, if any"),
  fromRetro: z.boolean().describe('Proposed in the retrospective'),
  owner: PersonBriefSchema.extend({ email: z.string() }).nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  priority: z.string(),
  status: z.string(),
  addresses: z.string(),
  horizon: z.string(),
  draft: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const RetroTaskSchema = z.object({
  kind: z.enum(['answer', 'attend']),
  retroId: z.string(),
  incident: z.object({ ref: z.string(), title: z.string() }),
  retroStatus: z.string(),
  done: z.boolean(),
  prompts: z
    .array(z.object({ key: z.string(), prompt: z.string() }))
    .optional()
    .describe('answer tasks: the four questions'),
  startsAt: z.string().optional().describe('attend tasks'),
  durationMinutes: z.number().int().optional(),
});

export const OpenFindingSchema = LanguageFindingSchema.extend({
  where: z.string().describe('section:<key> or why:<id>'),
  title: z.string(),
  excerpt: z.string().describe('The flagged words'),
});
