import { COMMENT_MAX_CHARS } from '../vocab.ts';

/** Retrospective lifecycle: a draft is written, reviewed, then published (immutable; amend = new revision). */
export const RETRO_STATUSES = ['draft', 'in_review', 'published'] as const;
export type RetroStatus = (typeof RETRO_STATUSES)[number];

/**
 * What a retrospective's own history records (GET /retros/{id}/history). The incident's timeline gets
 * only the meaningful steps (retro_drafted, retro_status_changed, retro_published, retro_amended);
 * the rest is here: one line per save, why, answer, decision, meeting change or share link.
 */
export const RETRO_HISTORY_KINDS = [
  'retro_drafted',
  'retro_status_changed',
  'retro_published',
  'retro_amended',
  'retro_section_edited',
  'retro_why_added',
  'retro_why_changed',
  'retro_why_removed',
  'retro_answered',
  'retro_depth_decided',
  'retro_meeting_changed',
  'retro_share_changed',
] as const;
export type RetroHistoryKind = (typeof RETRO_HISTORY_KINDS)[number];

/** Allowed retrospective status changes by hand (publish and amend have their own endpoints). */
export const RETRO_TRANSITIONS: Record<RetroStatus, readonly RetroStatus[]> = {
  draft: ['in_review'],
  in_review: ['draft', 'published'],
  published: [],
};

/** What one may do to a retrospective, as its view's `abilities` reports (server: retros/policy.ts#can). */
export const RETRO_ABILITIES = [
  'edit',
  'answer',
  'submitForReview',
  'backToDraft',
  'publish',
  'amend',
  'decideDepth',
  'scheduleMeeting',
  'share',
  'export',
] as const;
export type RetroAbility = (typeof RETRO_ABILITIES)[number];

/**
 * What a template section holds:
 * - `markdown`: free text;
 * - `five_whys`: the retrospective's why tree (chains that end in a follow-up or an accepted risk);
 * - `timeline`: an editable excerpt of the timeline (pinned moments, milestones, added lines);
 * - `actions`: the incident's actions and follow-ups, immediate and long-term;
 * - `answers`: everyone's view (participants' answers to the four questions).
 */
export const RETRO_SECTION_KINDS = ['markdown', 'five_whys', 'timeline', 'actions', 'answers'] as const;
export type RetroSectionKind = (typeof RETRO_SECTION_KINDS)[number];

/** Where a section's first draft comes from (the incident's ticket). */
export const RETRO_PREFILLS = [
  'none',
  // Everything the ticket knows: summary, symptoms, scope, customer impact, root causes, both fixes, prevention.
  'ticket',
  'description',
  'summary',
  'original_request',
  'symptoms',
  'scope',
  'customer_impact',
  'root_causes',
  'fixes_for_symptoms',
  'root_cause_fix',
  'stabilisation',
  'prevention',
  'ticket_whys',
  'open_whys',
] as const;
export type RetroPrefill = (typeof RETRO_PREFILLS)[number];

/** The four questions every participant and role holder is asked. */
export const ANSWER_PROMPTS = [
  { key: 'whatHappened', prompt: 'What happened from where you stood?' },
  { key: 'surprised', prompt: 'What surprised you?' },
  { key: 'stuck', prompt: 'Where did you get stuck or wait?' },
  { key: 'wouldHaveHelped', prompt: 'What would have helped?' },
] as const;
export type AnswerKey = (typeof ANSWER_PROMPTS)[number]['key'];

/** How deep the investigation goes; people decide, the suggestion only advises. */
export const DEPTH_DECISIONS = ['deep', 'standard'] as const;
export type DepthDecision = (typeof DEPTH_DECISIONS)[number];

/** A why chain ends in a follow-up (an owned action) or an explicitly accepted risk, with a reason. */
export const WHY_ENDINGS = ['follow_up', 'accepted'] as const;
export type WhyEnding = (typeof WHY_ENDINGS)[number];

/** Limits of one chat import (beyond them the API answers 413). */
export const CHAT_IMPORT_MAX_MESSAGES = 100_000;
/** The longest imported chat message: the limit of a war-room comment (CommentBody), so an import adds nothing a person could not write. */
export const CHAT_IMPORT_MAX_TEXT = COMMENT_MAX_CHARS;
/** The largest chat import body: a 100,000-message Slack export fits; more memory per request is not taken. */
export const CHAT_IMPORT_MAX_BYTES = 32 * 1024 * 1024;
