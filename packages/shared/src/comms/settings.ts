import { z } from 'zod';
import { PLAIN_LANGUAGE_KINDS } from './plainLanguage.ts';
import { UPDATE_TEMPLATE_STATUSES } from './updateTemplates.ts';

/** Minutes a stakeholder update may stay overdue after the communications lead was reminded before the commander is told. */
export const DEFAULT_REMINDER_GRACE_MINUTES = 10;
/** How long before an action's due time its owner hears "due soon". */
export const ACTION_DUE_SOON_HOURS = 24;

const Term = z.strictObject({
  term: z.string().trim().min(1).max(60),
  instead: z.string().trim().max(120).nullable().default(null),
});

/** Communication settings of the installation (admins change them; everyone signed in reads them). */
export const CommsSettingsView = z.object({
  graceMinutes: z.number().int().describe('How long an update may stay overdue after the lead was reminded before the commander is told'),
  jargon: z.array(z.object({ term: z.string(), instead: z.string().nullable() })).describe('Words the plain-language check flags'),
  templates: z.record(z.enum(UPDATE_TEMPLATE_STATUSES), z.string()).describe('Stakeholder-update templates per status'),
  defaults: z
    .object({ jargon: z.boolean(), templates: z.array(z.enum(UPDATE_TEMPLATE_STATUSES)) })
    .describe('Which parts are still the defaults'),
});
export type CommsSettingsView = z.infer<typeof CommsSettingsView>;

/** A partial change; `null` resets that part to the default. */
export const CommsSettingsBody = z
  .strictObject({
    graceMinutes: z
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .nullable()
      .optional(),
    jargon: z.array(Term).max(500).nullable().optional(),
    templates: z.partialRecord(z.enum(UPDATE_TEMPLATE_STATUSES), z.string().trim().min(1).max(5_000).nullable()).optional(),
  })
  .meta({ examples: [{ graceMinutes: 15, jargon: [{ term: 'rollback', instead: 'returned to the previous version' }] }] });

export const PlainLanguageWarningSchema = z.object({
  kind: z.enum(PLAIN_LANGUAGE_KINDS),
  match: z.string(),
  index: z.number().int(),
  suggestion: z.string(),
});

/** Whether the next stakeholder update is due, and who was reminded or told when. */
export const UpdateReminderView = z.object({
  dueAt: z.string().nullable().describe('When the next stakeholder update is due; null without a cadence or once resolved'),
  overdue: z.boolean(),
  lead: z.object({ id: z.string(), name: z.string(), remindedAt: z.string().nullable() }).nullable().describe('The communications lead'),
  commander: z.object({ id: z.string(), name: z.string(), toldAt: z.string().nullable() }).nullable().describe('The incident commander'),
  graceMinutes: z.number().int(),
});
export type UpdateReminderView = z.infer<typeof UpdateReminderView>;
