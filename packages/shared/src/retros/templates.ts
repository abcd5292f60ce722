import type { RetroPrefill, RetroSectionKind } from './vocab.ts';

export type TemplateSection = {
  key: string;
  title: string;
  kind: RetroSectionKind;
  prompt: string;
  prefill: RetroPrefill;
};

/** `reviewRequired`: its retrospectives go through review before publishing; otherwise an admin may publish a draft directly. */
export type BuiltinTemplate = { id: string; name: string; description: string; reviewRequired: boolean; sections: TemplateSection[] };

const s = (key: string, title: string, kind: RetroSectionKind, prompt: string, prefill: RetroPrefill = 'none'): TemplateSection => ({
  key,
  title,
  kind,
  prompt,
  prefill,
});

/**
 * The templates every installation starts with. Admins may edit them (and reset them to these);
 * each follows one of the source documents in ../shared/seeds.
 */
export const BUILTIN_RETRO_TEMPLATES: readonly BuiltinTemplate[] = [
  {
    id: 'retrospective',
    name: 'Retrospective',
    reviewRequired: false,
    description: 'Introduction, timeline, five whys and actions, filled in by everyone who was involved (seed 001).',
    sections: [
      s(
        'introduction',
        'Introduction',
        'markdown',
        'Describe the incident: what happened, what we found to be the issue, and how we went about resolving it.',
        'ticket',
      ),
      s(
        'timeline',
        'Timeline',
        'timeline',
        'When each action was taken and what it was; how each minute of the incident was spent. Look for gaps and delays.',
      ),
      s(
        'five_whys',
        'The five whys',
        'five_whys',
        'Start from the immediate cause (e.g. "the database instance failed") and ask "why?" until you reach systemic issues. Branch where several factors contributed; end every chain in a follow-up with an owner, or accept it with a reason.',
      ),
      s(
        'actions',
        'Actions',
        'actions',
        'Immediate actions, to be tackled now, and long-term actions to plan for. Each needs an owner.',
        'prevention',
      ),
      s('everyones_view', "Everyone's view", 'answers', 'Everyone actively involved contributes their perspective.'),
    ],
  },
  {
    id: 'incident_report',
    name: 'Incident report',
    reviewRequired: false,
    description: 'A report for stakeholders: description, root cause, stabilisation, timeline, customer impact, remediation (seed 000).',
    sections: [
      s(
        'description',
        'Description of the incident',
        'markdown',
        'What exactly was reported, verified from a production perspective. Which functionality does it belong to?',
        'description',
      ),
      s(
        'root_cause',
        'Root cause',
        'markdown',
        'What caused it, from logs and code, written so the next person facing a similar issue can use it.',
        'root_causes',
      ),
      s(
        'stabilisation',
        'How it was stabilised and fixed',
        'markdown',
        'The immediate workaround that limited the damage, and how the fix is prioritised (data backfills, customer communication, process changes until the fix ships).',
        'stabilisation',
      ),
      s(
        'timeline',
        'Timeline of events and actions taken',
        'timeline',
        'When things happened and what was done, so anyone stepping in later can follow.',
      ),
      s(
        'customer_impact',
        'How customers were affected',
        'markdown',
        'Who was affected, how (money, time, effort, connections), and for how long.',
        'customer_impact',
      ),
      s(
        'remediation',
        'Remediation and corrections',
        'actions',
        'What stops further damage, who implements it, and how stakeholders are kept informed.',
        'prevention',
      ),
    ],
  },
  {
    id: 'production_support_review',
    name: 'Production support review',
    reviewRequired: false,
    description: 'The production support ticket, completed after the fact (seed 003).',
    sections: [
      s(
        'original_request',
        'The original request',
        'markdown',
        'The incoming request in its original format: how far from it did the issue end up being?',
        'original_request',
      ),
      s('symptoms', 'The symptoms', 'markdown', 'The symptoms end users experienced.', 'symptoms'),
      s('scope', 'Scope', 'markdown', 'A subset of users, or all? Only certain systems or regions?', 'scope'),
      s('root_causes', 'Root causes', 'markdown', 'The root causes arrived at (several may compete).', 'root_causes'),
      s(
        'fixes_for_symptoms',
        'Fixes for symptoms',
        'markdown',
        'What alleviated the symptoms: data adjustments, redirects, more capacity…',
        'fixes_for_symptoms',
      ),
      s('root_cause_fix', 'Fix for the root cause', 'markdown', 'The end result fix for the issue.', 'root_cause_fix'),
      s(
        'whys',
        '"Whys"',
        'five_whys',
        'Questions that came up along the way ("why didn\'t we see this earlier?", "why were we prevented from accessing system X?"). Be liberal with these: they are a gold mine for prevention.',
        'ticket_whys',
      ),
      s(
        'prevention',
        'Prevention and mitigation',
        'actions',
        'From the root cause and the whys: what would prevent this, reduce time to resolution, or reduce impact. Each becomes a follow-up to prioritise.',
        'prevention',
      ),
    ],
  },
  {
    id: 'learning_review',
    name: 'Learning review',
    reviewRequired: false,
    description: 'A blame-aware, human-focused review centred on learning, deliberately light on action items (seed 004).',
    sections: [
      s(
        'timeline_and_themes',
        'Timeline and themes',
        'timeline',
        'Outline the timeline and the themes found in the chat log before the meeting, to build empathy with those at the sharp end.',
      ),
      s(
        'where_stuck',
        'Where people got stuck',
        'markdown',
        'Where did people wait, lack access, or not know who to ask? Focus on the system, not on individuals.',
      ),
      s('surprises', 'What surprised us', 'markdown', 'What surprised you? Knowledge gaps and assumptions we found.'),
      s(
        'at_the_time',
        'How the situation looked at the time',
        'answers',
        'Everyone did the best they could with the information they had at the time: what did it look like from where you stood?',
      ),
      s(
        'open_questions',
        'Open questions',
        'markdown',
        'What we still do not understand. For example: why does our system rely on one individual to remember to do the right thing?',
        'open_whys',
      ),
    ],
  },
];

/** The template drafted when nobody chose one and no admin set another default. */
export const DEFAULT_RETRO_TEMPLATE_ID = 'retrospective';
