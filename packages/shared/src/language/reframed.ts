import { FAULT_NOUNS } from './lexicon-verbs.ts';
import { classifyHead, isPersonPossessive } from './people.ts';
import { sentenceSpans } from './tokenize.ts';
import type { Token } from './types.ts';

/**
 * Round 6: sentences that mention blame only to set it aside: blame reported and then rejected or
 * reframed ("The first draft said the outage was Renata's fault; we removed that line", "It would be
 * easy to say Haruto made a mistake, but …", "Blaming Anahera would miss the point", "Nobody blames
 * Svetlana", "Rather than pinning it on Tariq, the review looks at …"). The rules' findings in such a
 * sentence are dropped: the sentence's framing is the system, not the person. Each pattern needs a
 * word that names the act of blaming or reporting it together with a word that rejects it, so a
 * sentence that blames and merely mentions a draft or a report stays flagged.
 */
const PATTERNS: readonly RegExp[] = [
  // "it would be easy / tempting / unfair to say, blame, call, write …"
  /\b(easy|tempting|unfair|wrong|pointless|unhelpful) to (say|blame|call|write|label|conclude|point|pin|name|put)\b/,
  // "rather than / instead of asking who, blaming, pinning it on, naming …"
  /\b(rather than|instead of) (ask|asking|blame|blaming|pin|pinning|name|naming|say|saying|call|calling|look|looking for|point|pointing|hunt|hunting)\b/,
  // a gerund of blaming or labelling as the subject of a verdict against it
  /^(\w+ )?(blaming|labelling|labeling|calling|saying|naming|pinning) [^;:]*\b(would|will|does|do|is|tells|misses|miss|hides|hide|helps|help)\b[^;:]*\b(nothing|miss|misses|hide|hides|unfair|unhelpful|wrong|point|not|no|untrue|false|unjust)\b/,
  // "nobody / no one blames X", "we are not blaming", "not looking for a culprit"
  /\b(nobody|no one|noone) (here )?(blames|is blaming|blamed|is looking for|wants a|needs a)\b/,
  /\b(not|never|n't) (blaming|looking for a (culprit|scapegoat)|about who|asking who|naming who|a question of who)\b/,
  /\bwrong question\b/,
];

/**
 * Round 11: more forms of rejected blame (`rejectedTokens`). Since round 13 the learned layer's
 * `blame_rejected` feature reads `rejectedTokens` too, so these reach it as well.
 */
const ROUND11_PATTERNS: readonly RegExp[] = [
  // a refusal to pin or blame ("I won't pin this on Folau", "I'm not going to blame the DBA"),
  // "let's not make this about Nils / a blame thing", "blame isn't useful here"
  /(\bnot|\bnever|n't) (going to |gonna )?((pin|put) (this|it|that|the \w+) on|blame (him|her|them|anyone|anybody|you|one person))\b/,
  /\blet('s| us) not\b[^;:,]*\b(blame|blaming|fault|finger|pin|pinning|about)\b/,
  /\b(blame|blaming (him|her|them|anyone|anybody|someone|people)) (isn't|is not|won't|will not|doesn't|does not) (useful|helpful|help|going to help|the point|fair)\b/,
  // "please don't frame this as Rashid's failure", "we shouldn't call it his mistake"
  /(\bnot|\bnever|n't) (frame|call|label|treat|describe|write up) (this|it|that) as\b/,
  // a labelling or blaming gerund as the subject of a verb that says it misses the point ("Calling this
  // human error won't help", "Labelling it operator error hides the gap", "Blaming Ulla misses how …")
  /^(\w+ )?(blaming|labelling|labeling|calling|naming|pinning|putting|saying) [^;:]*\b(hides|misses|ignores|obscures|overlooks|is tempting|(would|will|'d) (hide|miss|ignore|obscure|overlook|bury|paper over|skip)|won't help|will not help|doesn't help|does not help|isn't (useful|helpful|fair|accurate)|is not (useful|helpful|fair|accurate))\b/,
  // "we could blame / say …, but that would ignore / miss …"
  /\b(could|can|might) (blame|say|call|point|pin)\b[^;]*\bbut (that|it|this|doing so) (would|will|'d|) ?(ignore|miss|hide|overlook|skip)/,
  // an edit that takes a blaming label out ("I removed the line calling this user error")
  /\b(removed|dropped|deleted|struck|cut|took out) (the |that |this |a )?(line|word|wording|phrase|label|sentence|bit|part)s? (calling|saying|that (said|called|blamed)|blaming)\b/,
  // a report of blame (a draft, the ticket title, early messages, someone) answered by a rewrite or a finding
  /\b(draft|version|title|messages|replies|people|someone|somebody|comments?|channel|chat)\b[^;]*\b(said|says|blamed|called|wrote|pointed|named|read|was)\b[^;]*[;:] (we|the review|the timeline|the final|that is|that's|but|instead)\b[^;]*\b(removed|rewrote|renamed|reworded|dropped|found|shows|showed|describes|hindsight|instead|disagree|agreed)\b/,
  // a report in a write-up answered by a later version
  /\b(write-up|writeup|report|postmortem)\b[^;]*\b(said|says|blamed|called|named)\b[^;]*[;:] (the final|the review|the timeline|we)\b[^;]*\b(describes|removed|rewrote|shows|found)\b/,
];

/**
 * Round 49: refusals to make the verdict ("This review is not going to say Kekoa screwed up", "we won't
 * conclude …"), a label refused ("Don't call it negligence by the on-call staff"), a cause weighed and
 * rejected ("We considered human error as a cause and rejected it"), asking who to blame said to lead
 * nowhere, and a reading refused ("Nobody should read this timeline as the team being incompetent").
 */
const ROUND49_PATTERNS: readonly RegExp[] = [
  /\b(not|never) (going|here) to (say|call|claim|conclude|write|suggest)\b|\b(won't|will not|shall not) (say|claim|conclude|call|suggest)\b/,
  /(\bnot|\bnever|n't) (call|label|treat) (this|it|that) (as )?(an? )?(negligence|carelessness|incompetence|laziness|human|operator|user|mistake|error|failure|fault|his|her|their|someone's|anyone's)\b/,
  /\b(considered|weighed|examined|looked at)\b[^;]*\b(and|but) (then )?(rejected|ruled out|dismissed|discarded) (it|that|this|them)\b/,
  /\b(asking|looking for|finding) (who|someone|somebody) (to blame|is to blame|was to blame|to pin)\b[^;:]*\b(nowhere|nothing|misses|miss|wrong|not|no)\b/,
  /\b(reject|rejects|rejected|dismiss|dismisses|dismissed) (the|that|this|any) (idea|suggestion|claim|notion|view|framing)\b/,
  /\bbefore (anyone|anybody|someone|somebody|people|you|we) (says|say|blames|blame|asks|points|decides)\b/,
  /\b(nobody's|no one's|noone's) (blaming|looking for|pointing)\b/,
  /(\b(nobody|no one|noone) (should|must|will|would|can|is going to)|\b(do not|don't|shouldn't|should not|must not|mustn't)) read (this|it|that|the \w+)( \w+)? as\b/,
];

/**
 * Round 9: the token indices whose rule findings are dropped because blame there is set aside. Three
 * structures, each scoped to part of a sentence rather than to the whole of it:
 * - a round-6 pattern (above) covers its sentence up to a contrastive turn ("but", "still", "yet",
 *   "however") that comes after the pattern, so "Not to blame anyone, but Wendell broke it" keeps what
 *   follows "but";
 * - a clause whose blame predicate is negated ("It wasn't Oksana's fault", "No one person caused this",
 *   "We don't think Odile made a mistake", "Far from being Astrid's error"): only that clause;
 * - blame reported and then answered ("Some said Ahmed should have…; that's hindsight", "I've heard
 *   people say Beatriz messed up; I disagree", "ppl keep saying sven broke it. he didn't"): the
 *   clauses from the report up to the answer;
 * - a yes/no question that offers a system as the alternative ("Was it really Jarrah's mistake, or did
 *   the deploy tool…?"): the sentence.
 */
export function rejectedTokens(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  const spans = sentenceSpans(tokens);
  const sentenceClauses = spans.map(([first, last]) => clausesOf(tokens, first, last));
  spans.forEach(([first, last], s) => {
    const clauses = sentenceClauses[s];
    const cover = (from: number, to: number) => {
      for (let k = from; k <= to; k++) out.add(k);
    };
    const turn = patternScope(tokens, first, last);
    if (turn >= 0) cover(first, turn);
    if (isAlternativeQuestion(tokens, first, last)) cover(first, last);
    const next = spans[s + 1];
    if (next && isYesNoQuestion(tokens, first, last) && DENIAL.test(plain(tokens, next[0], next[1]))) cover(first, last);
    clauses.forEach(([from, to], c) => {
      if (NEGATED_BLAME.test(shape(tokens, from, to)) && !REASSERTED.test(plain(tokens, to + 1, last))) cover(from, to);
      if (!hasReport(tokens, from, to)) return;
      const later = [...clauses.slice(c + 1), ...(sentenceClauses[s + 1] ?? []).slice(0, 1)];
      const answer = later.findIndex(([f, t]) => answers(plain(tokens, f, t)));
      if (answer >= 0) cover(from, later[answer][0] - 1);
    });
  });
  return out;
}

/** Where a round-6 pattern's cover ends in the sentence: before a later contrastive turn, or its last token; -1 if none matches. */
function patternScope(tokens: readonly Token[], first: number, last: number): number {
  const words: Array<{ text: string; index: number }> = [];
  for (let k = first; k <= last; k++) {
    const w = tokens[k].isWord ? tokens[k].norm : tokens[k].text;
    if (w === ';' || w === ':' || /\w/.test(w)) words.push({ text: w, index: k });
  }
  const text = words
    .map((w) => w.text)
    .join(' ')
    .replace(/ ([;:])/g, '$1');
  let end = -1;
  for (const pattern of [...PATTERNS, ...ROUND11_PATTERNS, ...ROUND49_PATTERNS]) {
    const match = pattern.exec(text);
    if (match) end = Math.max(end, match.index + match[0].length);
  }
  if (end < 0) return -1;
  // Token at the character offset `end`, then the first contrastive turn after it.
  let offset = 0;
  for (const w of words) {
    if (offset >= end && TURNS.has(w.text)) return w.index - 1;
    offset += w.text.length + (w.text === ';' || w.text === ':' ? 0 : 1);
  }
  return last;
}

/**
 * Round 10: the tokens a single word of rejection reaches (the learned layer's round-4 cues: "we reject
 * that framing", "it doesn't matter who", "not a person's fault"), scoped like a round-6 pattern: from
 * the start of the cue's clause up to a later contrastive turn, or the sentence's end. A clause that
 * opens with a turn answers what came before it ("Some called it human error, but we reject that
 * framing"), so then the reach starts at the sentence's start.
 */
export function cueScope(tokens: readonly Token[], first: number, last: number, at: number): [number, number] {
  const clause = clausesOf(tokens, first, last).find(([from, to]) => from <= at && at <= to);
  const from = clause && !(tokens[clause[0]].isWord && TURNS.has(tokens[clause[0]].norm)) ? clause[0] : first;
  for (let k = at + 1; k <= last; k++) if (tokens[k].isWord && TURNS.has(tokens[k].norm)) return [from, k - 1];
  return [from, last];
}

const TURNS = new Set(['but', 'still', 'yet', 'however', 'though', 'although']);
const CLAUSE_PUNCTUATION = new Set([';', ':', ',', '—', '–', '--', '(', ')', '?', '!']);
const CLAUSE_WORDS = new Set([...TURNS, 'and', 'or', 'so', 'because', 'since', 'when', 'while', 'whereas', 'which']);

/** The sentence's clauses as token ranges, split at clause punctuation and at conjunctions. */
function clausesOf(tokens: readonly Token[], first: number, last: number): [number, number][] {
  const out: [number, number][] = [];
  let from = first;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    const boundary = t.isWord ? CLAUSE_WORDS.has(t.norm) && k > from : CLAUSE_PUNCTUATION.has(t.text);
    if (!boundary) continue;
    if (k > from) out.push([from, k - 1]);
    from = t.isWord ? k : k + 1;
  }
  if (from <= last) out.push([from, last]);
  return out;
}

/**
 * A clause as a string of word classes: N a negation, F a word of the frame a negation can scope
 * through (be, do, modals, saying and thinking, determiners, "here", "to find"), P a person or a
 * person's possessive, B a word naming blame or fault, W anything else.
 */
function shape(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (!t.isWord) continue;
    const w = t.norm;
    if (NEGATIONS.has(w) || w.endsWith("n't") || (w === 'far' && tokens[k + 1]?.norm === 'from')) out += 'N';
    else if ((FAULT_NOUNS.has(t.base) && !w.endsWith('ing')) || BLAME.has(w)) out += 'B';
    else if (isPersonPossessive(tokens, k) || classifyHead(tokens, k) === 'person' || (t.titleCase && !t.sentenceStart && !FRAME.has(w)))
      out += 'P';
    else if (FRAME.has(w)) out += 'F';
    else out += 'W';
  }
  return out;
}

const NEGATIONS = new Set(['not', 'never', 'no', 'none', 'nobody', 'noone', 'no-one', 'cannot']);
const BLAME = new Set([
  'blame',
  'blamed',
  'blaming',
  'culprit',
  'caused',
  'cause',
  'responsible',
  // Round 49: judgements a negation refuses ("I do not accept that Dewi was careless", "Nobody here believes Zarema was negligent")
  'careless',
  'carelessness',
  'negligent',
  'negligence',
  'incompetent',
  'incompetence',
  'sloppy',
  'lazy',
  'reckless',
]);
const FRAME = new Set(
  `is was were are be been being it's that's this's am 'm 're do does did would could should will can
  think thinks thought believe believes believed say says said saying feel feels felt call calling called
  it this that these those a an the of all any one single person anyone anybody someone somebody here
  really entirely just at to find finding looking for made make makes making from
  accept accepts accepted agree agrees about whether going hold holds held consider considered name naming individual`.split(/\s+/),
);
/** A negation, then only frame words and people, then a blame word: the negation scopes over the blame. */
const NEGATED_BLAME = /N[FP]{0,6}B/;

/** What follows a negated clause and takes the negation back: "…not his fault, even though it was." */
const REASSERTED = /^(even )?(though|but|although|yet) (it|he|she|they|that) (was|is|did|were|had)$/;

/** Words that report what someone said, wrote or thought. */
const REPORTS = new Set([
  'said',
  'say',
  'says',
  'saying',
  'wrote',
  'claimed',
  'claim',
  'claims',
  'heard',
  'suggested',
  'thought',
  'reckoned',
  'insisted',
  // Round 11: a question put and answered ("Stavros asked if it was his fault and, no, …", "We asked
  // whether the on-call missed something and concluded he didn't")
  'called',
  'asked',
  'wondered',
  // Round 17: blame put by others and then answered ("A few folk blamed the on-call, but the page had never
  // reached her phone", "I've seen messages blaming the new hire, please don't")
  'blamed',
  'blaming',
  // Round 49: a label put by others ("Some people on the unit are calling it Jocelyn's fault; it wasn't")
  'call',
  'calling',
]);

function hasReport(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (tokens[k].isWord && REPORTS.has(tokens[k].norm)) return true;
  return false;
}

function plain(tokens: readonly Token[], from: number, to: number): string {
  const words: string[] = [];
  for (let k = from; k <= to; k++) if (tokens[k].isWord) words.push(tokens[k].norm);
  return words.join(' ');
}

/** A clause that answers a reported blame: calls it hindsight or wrong, disagrees, or denies it outright. */
const ANSWERS =
  /^(but |and )?((that|this|which|it)('s| is| was)( just| only| all| pure)? (hindsight|wrong|unfair|not true|not what|easy to say)|(i|we) (disagree|don't agree|do not agree|don't buy|reject)|(he|she|they|it|that|this) (really )?(didn't|did not|wasn't|was not|isn't|is not|hadn't)$|(no|nope|not really)$|(please )?(don't|do not|stop)$|(concluded|found|decided|agreed|established) (that )?(he|she|they|it) (didn't|did not|wasn't|was not|hadn't|had not)$|but (the )?(timeline|logs?|data|graphs?|evidence|traces?|metrics|audit log|record|bisect|diff|history)( \w+)? (shows?|showed|says|said|points?|pointed|lands?|landed|proves?|proved|confirms?|confirmed)|but the \w+( \w+)? (had |has |was |were |did )?(never|not)\b)/;

/**
 * Round 49: more answers to a reported blame, anywhere in the clause: a refusal to accept it ("this review
 * does not accept that", "I'm setting it aside"), a finding against it ("the review found nothing of the
 * kind", "nothing in the evidence supports that"), the framing called wrong, a bare negated verb ("and I
 * want to be clear that he is not", "the review does not"), the answer no, and a "but" that defends the
 * person or points at the system ("but he followed the SOP", "but the config he changed had no validation").
 */
const MORE_ANSWERS = new RegExp(
  [
    "\\b((does|do|did|will) not|doesn't|don't|didn't|won't) (accept|agree|buy|support)\\b",
    '\\b(reject|rejects|rejected|disagree|disagrees)\\b',
    '\\bset(ting)? (it|that|this|them) aside\\b',
    '\\bfound nothing\\b|\\bfound no\\b|\\bnothing (in|of) the\\b|\\bno evidence\\b',
    '\\b(framing|view|claim|story|idea|reading|label|account|take) (is|was) (wrong|unfair|untrue|false|mistaken|not)\\b',
    "\\b(is|was|are|were|did|does|do) not$|\\b(isn't|wasn't|aren't|weren't|didn't|doesn't|don't)$",
    '\\banswer\\b.*\\b(was|is) (no|not)\\b',
    "^but (he|she|they|her|his|their) ((had )?followed|acted|did (everything|what)|had no|never had|could not|couldn't)\\b",
    "^but the( \\w+){0,4} (had no|had never|never|was not|wasn't|did not|didn't|lacked|gave (him|her|them) no|found|shows?|showed)\\b",
  ].join('|'),
);

/** Whether a clause answers a reported blame (`ANSWERS`, or since round 49 `MORE_ANSWERS`). */
const answers = (clause: string): boolean => ANSWERS.test(clause) || MORE_ANSWERS.test(clause);

/** Round 11: a sentence that answers a yes/no question with no ("Is it Deepa's mistake? No, …", "Honestly, no"). */
const DENIAL = /^((honestly|well|so|frankly|and|um|uh|short answer) )*(no|nope|not really)( (?!doubt|question)|$)/;

/** "Was it X's fault?", "Is it anyone's mistake?": a question opening with an auxiliary. */
function isYesNoQuestion(tokens: readonly Token[], first: number, last: number): boolean {
  return tokens[last].text === '?' && tokens[first].isWord && QUESTION_AUX.has(tokens[first].norm);
}

/** "Was it really X's mistake, or did the tool …?": an either-or question. */
function isAlternativeQuestion(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[last].text !== '?' || !tokens[first].isWord || !QUESTION_AUX.has(tokens[first].norm)) return false;
  for (let k = first + 1; k < last; k++) if (tokens[k].norm === 'or' && QUESTION_AUX.has(tokens[k + 1]?.norm ?? '')) return true;
  return false;
}

const QUESTION_AUX = new Set(['was', 'is', 'were', 'are', 'did', 'does', 'do', 'has', 'had', 'would', 'could']);
