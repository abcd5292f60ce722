import { BASE_ACTIONS, DISMISSIVE_PAST, FAULT_NOUNS } from './lexicon-verbs.ts';
import { classifyHead, isPersonPossessive } from './people.ts';
import { subjectBefore } from './subject.ts';
import type { Candidate, Token } from './types.ts';

/** After "just"/"simply", words that make it temporal or a plain "only" ("just after 12:40", "just a typo"). */
const JUST_EXEMPT_NEXT = new Set([
  'now',
  'after',
  'before',
  'in',
  'as',
  'under',
  'over',
  'above',
  'below',
  'past',
  'about',
  'a',
  'an',
  'the',
  'one',
  'to',
  'like',
  'because',
  'for',
  'when',
  'once',
  'then',
  'enough',
  'barely',
  'recently',
  'yet',
  'ahead',
  'behind',
  'outside',
  'inside',
  'within',
  'around',
  'shy',
  'short',
  'so',
  'fine',
  'ok',
  'okay',
  'right',
  'that',
  'this',
  'how',
]);
const TEMPORAL_AUX = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'am', "'d", "i've", "we've", "i'd", "we'd"]);
const MODALS = new Set(['should', 'could', 'would', 'might', 'must']);
const MODAL_PERFECT = new Set(["should've", "could've", "would've"]);
const CLEARLY_MANNER_BEFORE = new Set([
  'more',
  'less',
  'as',
  'very',
  'so',
  'too',
  'not',
  'how',
  'communicate',
  'communicated',
  'communicating',
  'explain',
  'explained',
  'state',
  'stated',
  'label',
  'labelled',
  'labeled',
  'write',
  'written',
  'wrote',
  'mark',
  'marked',
  'document',
  'documented',
  'speak',
  'spoke',
  'think',
  'see',
  'show',
  'display',
  'displayed',
  'displays',
]);
const CLEARLY_MANNER_AFTER = new Set([
  'visible',
  'labelled',
  'labeled',
  'marked',
  'separated',
  'defined',
  'documented',
  'identified',
  'named',
  'legible',
  'readable',
  'distinguishable',
  'communicated',
  'written',
  'stated',
  'displayed',
  'highlighted',
  'shown',
  'explained',
  'signposted',
  'structured',
  'scoped',
  // Round 11: the base forms, in an instruction or an action item ("clearly label the region")
  'label',
  'mark',
  'state',
  'document',
  'explain',
  'communicate',
  'highlight',
  'separate',
]);
const OBVIOUS_NEGATORS = new Set(['no', 'not', 'nothing', 'non', 'hardly', 'never', 'anything', 'less']);
const MAKERS = new Set(['make', 'made', 'makes', 'making']);
const KNOW_FORMS = new Set(['knows', 'knew', 'know']);
const EVERYONE = new Set(['everyone', 'everybody']);
const ANYONE = new Set(['anyone', 'anybody']);
const SEE_FORMS = new Set(['see', 'tell', 'spot', 'have']);
const NEED_FORMS = new Set(['had', 'have', 'has', 'need', 'needs', 'needed']);

/** `minimizing`: words implying the right action was easy or obvious ("obviously", "just restart it"). */
export function minimizingRule(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  const add = (first: number, last: number) => found.push({ rule: 'minimizing', start: first, end: last, variant: 'other' });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.isWord) continue;
    const word = token.norm;
    const previous = tokens[i - 1]?.norm ?? '';
    const next = tokens[i + 1]?.norm ?? '';

    if (word === 'obviously' && !isAboutEvidenceOrThing(tokens, i)) add(i, i);
    else if (word === 'clearly' && !isMannerClearly(tokens, i) && !isAboutEvidenceOrThing(tokens, i)) add(i, i);
    else if (word === 'obvious' && !isExemptObvious(tokens, i)) add(i, i);
    else if (word === 'of' && next === 'course' && !['matter', 'change', 'part'].includes(previous)) add(i, i + 1);
    else if (EVERYONE.has(word) && KNOW_FORMS.has(next)) add(i, i + 1);
    else if (word === 'as' && next === 'we' && tokens[i + 2]?.norm === 'all' && KNOW_FORMS.has(tokens[i + 3]?.norm ?? '')) add(i, i + 3);
    else if (ANYONE.has(word) && ['could', 'can', 'would'].includes(next) && SEE_FORMS.has(tokens[i + 2]?.norm ?? '')) add(i, i + 2);
    else if (word === 'common' && (next === 'knowledge' || next === 'sense')) add(i, i + 1);
    else if (word === 'goes' && next === 'without' && tokens[i + 2]?.norm === 'saying') add(i, i + 2);
    else if (word === 'all') {
      const end = allYouHadToDo(tokens, i);
      if (end > 0) add(i, end);
    } else if ((word === 'just' || word === 'simply') && isMinimizingJust(tokens, i)) add(i, i);
  }
  return found;
}

/** Words before "just / simply" + gerund that make the gerund a person's action ("by simply checking"). */
const GERUND_AFTER = new Set(['by', 'without', 'instead', 'than', 'of', 'about']);

/** "just restart it", "you simply bump the limit", "could've just restarted", "he just clicked through". */
function isMinimizingJust(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (!next?.isWord || JUST_EXEMPT_NEXT.has(next.norm)) return false;
  if (tokens[i].norm === 'simply' && next.norm === 'put') return false;
  if (previous && (MODAL_PERFECT.has(previous.norm) || (previous.norm === 'have' && MODALS.has(tokens[i - 2]?.norm ?? '')))) {
    return true;
  }
  if (previous?.isWord && TEMPORAL_AUX.has(previous.norm)) return false;
  const subject = subjectBefore(tokens, i).kind;
  // Round 11: "we just flipped the flag back", "could we just make dry-run the default", "we simply need a
  // lock": the speaker's own action or proposal, not someone else's omission (hindsight is caught above).
  if (subject === 'system' || subject === 'artefact' || subject === 'self') return false;
  if (BASE_ACTIONS.has(next.norm)) return true;
  // Round 6: a gerund after "just / simply" minimizes a person's action ("he could have avoided it by
  // simply checking", "she got away with just restarting it"), not a fix named as a noun phrase
  // ("Simply raising the limit would only delay the leak", "The fix was simply raising the limit").
  // A gerund still minimizes in hindsight: "Simply rolling back would have fixed it".
  if (isBaseGerund(next.norm))
    return (
      subject === 'person' ||
      (previous?.isWord === true && GERUND_AFTER.has(previous.norm)) ||
      (hindsightAfter(tokens, i) && !BUILDING.has(next.norm))
    );
  return DISMISSIVE_PAST.has(next.norm) && subject === 'person';
}

/**
 * Round 49: gerunds that build something the system lacked. "Just adding a DLQ depth alert would have surfaced
 * this" names a missing safeguard, not a step someone skipped ("Simply rolling back would have fixed it").
 */
const BUILDING = new Set(['adding', 'building', 'introducing', 'installing', 'creating']);

/** A "would / could / should have" later in the same sentence (at most 12 tokens on). */
function hindsightAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 12 && tokens[k].sentence === tokens[i].sentence; k++) {
    const w = tokens[k].norm;
    if (w.endsWith("'ve") || (MODALS.has(w) && tokens[k + 1]?.norm === 'have')) return true;
  }
  return false;
}

function isBaseGerund(word: string): boolean {
  if (!word.endsWith('ing') || word.length < 6) return false;
  const stem = word.slice(0, -3);
  return BASE_ACTIONS.has(stem) || BASE_ACTIONS.has(`${stem}e`) || BASE_ACTIONS.has(stem.slice(0, -1));
}

/** Nouns for evidence read during the review, and for the fix or plan it leads to. */
const EVIDENCE_NOUNS = new Set(
  `graph graphs chart charts log logs trace traces dump dumps panel panels dashboard dashboards metrics timestamps
  timeline evidence data screenshot screenshots profile numbers fix answer solution plan rollback remedy
  sample samples readings figures output`.split(/\s+/),
);
/** What evidence or a fix does when it is the subject: shows, points, confirms, is, worked. */
const EVIDENCE_VERBS = new Set(
  `show shows showed point points pointed confirm confirms confirmed say says line lines is are was were worked works helped`.split(/\s+/),
);
const DETERMINERS = new Set(['the', 'these', 'those', 'this', 'our', 'a', 'an']);
const PER = new Set(['per', 'according']);

/**
 * Round 11: "obviously / clearly" about evidence, a fix or a thing, not about what a person saw or did:
 * - followed by a source ("Clearly, per the panels, …", "obviously, according to the trace, …");
 * - opening its clause before an evidence or fix subject and its verb, with no negation after
 *   ("Obviously the graphs show …", "Clearly the logs point to …", "Obviously the rollback worked");
 * - "it is / it's + obviously + a thing" naming a cause that is not a person ("It's clearly the
 *   certificate chain", "it was obviously a capacity problem"; "It was obviously Bob's change" stays).
 * "The graph clearly shows the leak" (the adverb after the subject) is still flagged, as the original
 * corpus labels it: it says the leak was there to be seen.
 */
function isAboutEvidenceOrThing(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  if (tokens[k]?.text === ',') k++;
  if (PER.has(tokens[k]?.norm ?? '')) return true;
  // Round 49: "Clearly, going by the capacity chart, …", "Obviously, judging by the logs, …"
  if (['going', 'judging'].includes(tokens[k]?.norm ?? '') && ['by', 'from'].includes(tokens[k + 1]?.norm ?? '')) return true;
  const previous = tokens[i - 1];
  const opensClause = tokens[i].sentenceStart || previous?.text === ',' || ['so', 'but', 'and'].includes(previous?.norm ?? '');
  if (opensClause && DETERMINERS.has(tokens[k]?.norm ?? '')) {
    for (let h = k + 1; h <= k + 3 && tokens[h]?.isWord; h++) {
      if (!EVIDENCE_NOUNS.has(tokens[h].norm) || EVIDENCE_NOUNS.has(tokens[h + 1]?.norm ?? '')) continue;
      if (!EVIDENCE_VERBS.has(tokens[h + 1]?.norm ?? '')) return false;
      return !negatedAfter(tokens, h + 1);
    }
  }
  const itIs = previous?.norm === "it's" || (previous && ['is', 'was'].includes(previous.norm) && tokens[i - 2]?.norm === 'it');
  if (!itIs || !['a', 'an', 'the', 'worth'].includes(tokens[i + 1]?.norm ?? '')) return false;
  for (let h = i + 1; h <= i + 6 && tokens[h]?.isWord; h++) {
    if (isPersonPossessive(tokens, h) || classifyHead(tokens, h) === 'person' || FAULT_NOUNS.has(tokens[h].base)) return false;
  }
  return true;
}

/** A negation in the rest of the clause ("Obviously the logs were never read"). */
function negatedAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && tokens[k].isWord; k++) {
    const w = tokens[k].norm;
    if (w === 'not' || w === 'never' || w === 'nobody' || w.endsWith("n't")) return true;
  }
  return false;
}

/** "communicate more clearly", "clearly labelled", "explain it clearly." describe manner, not obviousness. */
function isMannerClearly(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (previous?.isWord && (CLEARLY_MANNER_BEFORE.has(previous.norm) || previous.norm.endsWith("n't"))) return true;
  if (!next?.isWord) return !tokens[i].sentenceStart;
  return CLEARLY_MANNER_AFTER.has(next.norm);
}

/** "no obvious cause", "not obvious", "tooling would have made the right choice obvious". */
function isExemptObvious(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const token = tokens[k];
    if (!token.isWord) return false;
    if (MAKERS.has(token.norm)) return true;
    if (k >= i - 2 && (OBVIOUS_NEGATORS.has(token.norm) || token.norm.endsWith("n't"))) return true;
  }
  return false;
}

/** "All they had to do was", "all you need to do is": returns the index of was/is, or -1. */
function allYouHadToDo(tokens: readonly Token[], i: number): number {
  for (let k = i + 2; k <= i + 4 && k < tokens.length; k++) {
    if (!tokens[k].isWord) return -1;
    if (NEED_FORMS.has(tokens[k].norm) && tokens[k + 1]?.norm === 'to' && tokens[k + 2]?.norm === 'do') {
      const verb = tokens[k + 3]?.norm;
      return verb === 'was' || verb === 'is' ? k + 3 : -1;
    }
  }
  return -1;
}
