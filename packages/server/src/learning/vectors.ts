import { createHash } from 'node:crypto';
import type { Config } from '../config.ts';
import { embed } from './encoder.ts';
import type { incidentText } from './store.ts';
import { termCounts, tokens } from './text.ts';

/** The text of an incident (or of a draft on the declare form) that similarity reads. */
export type LearningText = {
  title: string;
  report: string;
  /** Every other ticket section (summary, symptoms, impact, fixes, prevention) and the retrospective summary. */
  sections: string;
  rootCause: string;
};

/** Stored lexical vector: weighted stem counts, a readable word per stem, and the stems of the root cause. */
export type TermVector = { t: Record<string, number>; w: Record<string, string>; r: string[] };

const clip = (s: string, words: number) => s.split(/\s+/).filter(Boolean).slice(0, words).join(' ');

export function termVector(text: LearningText): TermVector {
  const t = termCounts([
    { text: text.title, weight: 3 },
    { text: text.rootCause, weight: 2 },
    { text: text.report, weight: 1 },
    { text: text.sections, weight: 1 },
  ]);
  const w: Record<string, string> = {};
  for (const raw of `${text.title} ${text.rootCause} ${text.report} ${text.sections}`.toLowerCase().split(/[^a-z0-9]+/)) {
    const [s] = tokens(raw);
    if (s && s in t && !(s in w)) w[s] = raw;
  }
  return { t, w, r: [...new Set(tokens(text.rootCause))] };
}

/** What the encoder reads: the title, the root cause and the start of the report — short, as it works best on sentences. */
export const embeddingText = (text: LearningText): string =>
  [text.title, clip(text.rootCause, 40), clip(text.report, 60), clip(text.sections, 40)].filter((s) => s.trim()).join('. ');

export const sourceHash = (text: LearningText, services: readonly string[], withEmbedding: boolean): string =>
  createHash('sha256')
    .update(JSON.stringify([text, services, withEmbedding]))
    .digest('base64url');

/** Both vectors of one text (the embedding is null when the encoder is off). */
export async function computeVectors(config: Pick<Config, 'embeddings'>, text: LearningText) {
  const terms = termVector(text);
  const emb = await embed(config, [embeddingText(text)]);
  return { terms, embedding: emb?.[0] ?? null };
}

/** Vectors of many texts at once (the encoder is faster in batches). */
export async function computeMany(config: Pick<Config, 'embeddings'>, texts: LearningText[]) {
  const embs = await embed(config, texts.map(embeddingText));
  return texts.map((text, i) => ({ terms: termVector(text), embedding: embs?.[i] ?? null }));
}

/** An incident's ticket as similarity reads it. */
export const ticketText = (row: NonNullable<Awaited<ReturnType<typeof incidentText>>>): LearningText => ({
  title: row.title,
  report: row.original_request,
  rootCause: row.root_causes,
  sections: [
    row.summary,
    row.symptoms,
    row.customer_impact,
    row.fixes_for_symptoms,
    row.root_cause_fix_description,
    row.prevention,
    row.retro_summary,
  ]
    .filter((s) => s.trim())
    .join('\n'),
});
