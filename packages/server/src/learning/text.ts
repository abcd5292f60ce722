/**
 * The lexical half of similarity: words of an incident's text, lower-cased, stop words dropped, and
 * reduced to a stem (a light Porter-style suffix stripper: "timeouts", "timed out" and "timing out"
 * meet at "time"), so different inflections of one word count as one term. No word lists about
 * incidents: what matters is learned from the corpus by TF-IDF.
 */

const STOP = new Set(
  `a about above after again against all am an and any are aren as at be because been before being below between both but by
can cannot could did didn do does doesn doing don down during each few for from further had hadn has hasn have haven having he
her here hers herself him himself his how i if in into is isn it its itself just let me more most my myself no nor not now of off
on once only or other ought our ours ourselves out over own same she should so some such than that the their theirs them themselves
then there these they this those through to too under until up very was wasn we were weren what when where which while who whom why
will with won would you your yours yourself yourselves also via per got get gets getting one two three still again back around
since within without across us yet however though already even many much may might must shall being ve ll re s t d m e g etc
incident incidents issue issues problem problems`.split(/\s+/),
);

const VOWEL = /[aeiouy]/;

/** A light suffix stripper in the spirit of Porter's step 1 and a few derivational endings. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const [suffix, repl] of [
    ['ational', 'ate'],
    ['ization', 'ize'],
    ['fulness', 'ful'],
    ['iveness', 'ive'],
    ['ousness', 'ous'],
    ['ation', 'ate'],
    ['ement', ''],
    ['ment', ''],
    ['ness', ''],
    ['ingly', ''],
    ['edly', ''],
    ['ly', ''],
  ] as const) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length) + repl;
      break;
    }
  }
  for (const suffix of ['ing', 'ed']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && VOWEL.test(w.slice(0, -suffix.length))) {
      w = w.slice(0, -suffix.length);
      if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1); // stopped -> stop
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1); // expire / expir(ed) meet
  if (w.endsWith('y') && w.length > 4 && !VOWEL.test(w[w.length - 2] ?? '')) w = `${w.slice(0, -1)}i`;
  return w;
}

/** The stems of a text, in order (numbers, one-letter tokens and stop words left out). */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text
    .toLowerCase()
    .normalize('NFKD')
    .split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || raw.length > 40 || STOP.has(raw) || /^\d+$/.test(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

/** Weighted term counts of several fields (a title says more per word than a long report). */
export function termCounts(fields: { text: string; weight: number }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { text, weight } of fields) {
    for (const t of tokens(text)) counts[t] = (counts[t] ?? 0) + weight;
  }
  return counts;
}
