/**
 * Training-data augmentation for the learned layer of the review (round 3, used by train-cli.ts only):
 * a masked training sentence is also read with the masked person ("the engineer") swapped for a role or
 * a pronoun, or with a role swapped for "the engineer", so the model learns that who is named does not
 * decide blame. Deterministic: the n-th sentence gets the swaps n·2 and n·2 + 1 of `SWAPS`, in turn.
 */
/** Who replaces "the engineer": as a subject, as an object, and as a possessive. */
const SWAPS: ReadonlyArray<readonly [string, string, string]> = [
  ['the on-call', 'the on-call', "the on-call's"],
  ['she', 'her', 'her'],
  ['the new hire', 'the new hire', "the new hire's"],
  ['he', 'him', 'his'],
  ['our DBA', 'our DBA', "our DBA's"],
  ['the contractor', 'the contractor', "the contractor's"],
];

/** Words after which "the engineer" is an object ("blamed by the engineer", "ask the engineer"). */
const OBJECT_BEFORE = new Set(
  'by to with on at for of from about than like ask blame blamed trust trusted let gave give given put thank thanks paged told'.split(' '),
);

const ROLE =
  /\b(the|our|a|an) (on-call( engineer)?|new hire|intern|DBA|SRE|contractor|reviewer|developer|team lead|incident commander|release manager)\b/i;

const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** Up to two variants of the n-th masked training sentence (none when it names nobody the swaps know). */
export function variantsOf(masked: string, n: number): string[] {
  if (/\bthe engineer\b/i.test(masked)) {
    return [0, 1].map((k) => {
      const [subject, object, possessive] = SWAPS[(n * 2 + k) % SWAPS.length];
      return masked
        .replace(/\b([Tt])he engineer['’]s\b/g, (_, t: string) => (t === 'T' ? capital(possessive) : possessive))
        .replace(/(\S*)(\s*)\b([Tt])he engineer\b/g, (_, before: string, space: string, t: string) => {
          if (t === 'T') return `${before}${space}${capital(subject)}`;
          return `${before}${space}${OBJECT_BEFORE.has(before.toLowerCase()) ? object : subject}`;
        });
    });
  }
  const role = masked.match(ROLE);
  if (!role) return [];
  return [masked.replace(ROLE, (m) => (m[0] === m[0].toUpperCase() ? 'The engineer' : 'the engineer'))];
}
