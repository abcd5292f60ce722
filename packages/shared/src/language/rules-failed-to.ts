import { subjectBefore } from './subject.ts';
import type { Candidate, Token } from './types.ts';

const FAIL_FORMS = new Set(['failed', 'fails', 'fail', 'failing']);
/** Verbs that describe something happening to a person (impact), not an action they omitted. */
const UNDERGONE = new Set(['receive', 'get', 'reach', 'access', 'log', 'login', 'load', 'hear', 'connect', 'authenticate', 'sign', 'see']);
const PRAISE_BEFORE = new Set(['never', "didn't", 'not', "doesn't", "don't", "won't", 'rarely', 'seldom']);

/** `failed_to_person`: "failed to" with a person as the subject ("the on-call failed to respond"). */
export function failedToRule(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!FAIL_FORMS.has(tokens[i].norm) || tokens[i + 1]?.norm !== 'to') continue;
    if (PRAISE_BEFORE.has(tokens[i - 1]?.norm ?? '')) continue; // "Bob never fails to respond"
    if (UNDERGONE.has(tokens[i + 2]?.norm ?? '')) continue; // "operators failed to receive the alert"
    const subject = subjectBefore(tokens, i);
    if (subject.kind !== 'person') continue;
    found.push({ rule: 'failed_to_person', start: subject.distant ? i : subject.first, end: i + 1, variant: 'other' });
  }
  return found;
}
