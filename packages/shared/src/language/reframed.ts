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
  /^(\w+ )?(blaming|labelling|labeling|calling|saying|naming|pinning) [^;:]*\b(would|will|does|do|is|tells|misses|miss|hides|hide|helps|help)\b[^;:]*\b(nothing|miss|misses|hide|hides|unfair|unhelpful|wrong|point|not|no)\b/,
  // "nobody / no one blames X", "we are not blaming", "not looking for a culprit"
  /\b(nobody|no one|noone) (here )?(blames|is blaming|blamed|is looking for|wants a|needs a)\b/,
  /\b(not|never|n't) (blaming|looking for a (culprit|scapegoat)|about who|asking who|naming who|a question of who)\b/,
  /\bwrong question\b/,
  // a report of blame (a draft, the ticket title, early messages, someone) answered by a rewrite or a finding
  /\b(draft|version|title|messages|replies|people|someone|somebody|comments?|channel|chat)\b[^;]*\b(said|says|blamed|called|wrote|pointed|named|read|was)\b[^;]*[;:] (we|the review|the timeline|the final|that is|that's|but|instead)\b[^;]*\b(removed|rewrote|renamed|reworded|dropped|found|shows|showed|describes|hindsight|instead|disagree|agreed)\b/,
];

/** The sentence indices whose rule findings are dropped because the sentence reports blame only to reject it. */
export function reframedSentences(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (const [first, last] of sentenceSpans(tokens)) {
    const text = tokens
      .slice(first, last + 1)
      .map((t) => (t.isWord ? t.norm : t.text))
      .filter((w) => w === ';' || w === ':' || /\w/.test(w))
      .join(' ')
      .replace(/ ([;:])/g, '$1');
    if (PATTERNS.some((p) => p.test(text))) out.add(tokens[first].sentence);
  }
  return out;
}
