/** One flagged span of a text. `start`/`end` are UTF-16 offsets into the text, `end` exclusive. */
export type LanguageFinding = { start: number; end: number; rule: string; message: string; suggestion: string };

/** The stable rule ids, in priority order (earlier wins when two findings overlap). */
export const LANGUAGE_RULES = ['blame_individual', 'failed_to_person', 'hindsight', 'human_error', 'minimizing'] as const;

export type LanguageRuleId = (typeof LANGUAGE_RULES)[number];

/**
 * The rule id of the server's learned layer (packages/server/src/language/learned.ts): one finding per
 * sentence a model flags. Never produced in the browser; the retrospective's views carry it.
 */
export const LEARNED_RULE = 'blame_learned';

/** A word or punctuation token. `norm` is lowercase with curly apostrophes straightened. */
export type Token = {
  text: string;
  norm: string;
  /** `norm` without a possessive ending ("bob's" -> "bob", "engineers'" -> "engineers"). */
  base: string;
  start: number;
  end: number;
  isWord: boolean;
  possessive: boolean;
  /** First letter upper case, rest lower case: a candidate first name. */
  titleCase: boolean;
  /** First token of a sentence, list item, quotation or text after a colon. */
  sentenceStart: boolean;
  sentence: number;
  /** Inside a quotation of four or more words (reported speech is not flagged). */
  quoted: boolean;
  /** The sentence looks like a Title Case heading. */
  heading: boolean;
  /** Capitalised, and used elsewhere in the document as a mid-sentence name ("Samira" at sentence start). */
  documentName: boolean;
  /** Capitalised here but written in lower case elsewhere in the document: an ordinary word. */
  documentWord: boolean;
};

/** Who the subject of a predicate is. `artefact` is a person's thing ("Bob's change"). */
export type SubjectKind = 'person' | 'self' | 'negative' | 'artefact' | 'system' | 'none';

export type Subject = {
  kind: SubjectKind;
  /** Index of the first token of the subject noun phrase (for spans). */
  first: number;
  /** True when the subject is not next to the verb (coordinated or relative clause). */
  distant: boolean;
};

/** A finding before messages are attached. */
export type Candidate = {
  rule: LanguageRuleId;
  start: number;
  end: number;
  /** Selects the message variant, e.g. `omission` or `self`. */
  variant: string;
};
