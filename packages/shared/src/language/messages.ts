import type { LanguageRuleId } from './types.ts';

type Wording = { message: (span: string) => string; suggestion: string };

// The questions come from blame-aware review practice: assume people did the best they could with
// the information available to them at the time, and look for what the system made easy or hard.
const WHY_RELY = 'Why does our system rely on one individual to remember to do the right thing?';
const WHY_REASONABLE = 'What made this action seem reasonable at the time?';
const WHAT_INFORMATION = 'What information was available at that moment?';
const WHAT_EASIER = 'What would have made the right thing easier?';

const WORDING: Record<LanguageRuleId, Record<string, Wording>> = {
  blame_individual: {
    omission: {
      message: (span) =>
        `"${span}" makes a person's omission the cause. Blame ends the inquiry at the individual and hides why the step was easy to miss.`,
      suggestion: `Describe what did not happen and what should have prompted it, e.g. "the certificate was not renewed; renewal depends on a calendar reminder". ${WHY_RELY} ${WHAT_EASIER}`,
    },
    action: {
      message: (span) =>
        `"${span}" names a person as the agent of the failure. Blame ends the inquiry at the individual and hides the conditions that made the action possible.`,
      suggestion: `Describe the action and what the system allowed, e.g. "a change that broke login reached production without a failing check". ${WHY_REASONABLE} What let it through unchecked?`,
    },
    attribution: {
      message: (span) =>
        `"${span}" assigns fault to a person. A culprit is not an explanation, and people who expect blame share less next time.`,
      suggestion: `Name the contributing factors instead of a culprit. ${WHAT_INFORMATION} ${WHY_REASONABLE}`,
    },
  },
  failed_to_person: {
    other: {
      message: (span) => `"${span}" frames an outcome as a person's shortcoming rather than describing what happened.`,
      suggestion: `State the fact neutrally (e.g. "the page was not acknowledged for 25 minutes") and ask what got in the way. ${WHAT_INFORMATION} ${WHAT_EASIER}`,
    },
  },
  hindsight: {
    other: {
      message: (span) =>
        `"${span}" judges a person against knowledge that was only available afterwards (hindsight). It describes what did not happen instead of why what did happen made sense.`,
      suggestion: `Describe what the person knew and saw at the time. ${WHAT_INFORMATION} ${WHY_REASONABLE} ${WHAT_EASIER}`,
    },
    self: {
      message: (span) => `"${span}": owning a mistake is healthy, but hindsight measures you against what you only learned afterwards.`,
      suggestion: `Try describing what you knew at that moment and why your choice made sense then. ${WHAT_EASIER}`,
    },
  },
  human_error: {
    other: {
      message: (span) =>
        `"${span}" labels a person instead of explaining the failure. "Human error" is where an investigation starts, not where it ends.`,
      suggestion: `Ask which tools, interfaces, defaults or time pressure made this slip likely and easy to make. ${WHAT_EASIER}`,
    },
    self: {
      message: (span) => `"${span}": being hard on yourself is understandable, but the label hides the conditions that made the slip easy.`,
      suggestion: `Describe the situation you were in (alerts, tooling, time pressure) rather than your character. ${WHAT_EASIER}`,
    },
  },
  minimizing: {
    other: {
      message: (span) =>
        `"${span}" implies the right action was easy or obvious. That is usually only true in hindsight, and it makes people less willing to ask questions.`,
      suggestion: `Drop the word, or explain why it was not obvious at the time. ${WHAT_INFORMATION} What made another path look reasonable?`,
    },
  },
};

/** Message and suggestion for a finding of `rule`/`variant` whose flagged text is `span`. */
export function describeFinding(rule: LanguageRuleId, variant: string, span: string): { message: string; suggestion: string } {
  const variants = WORDING[rule];
  const wording = variants[variant] ?? variants.other ?? Object.values(variants)[0];
  return { message: wording.message(span), suggestion: wording.suggestion };
}
