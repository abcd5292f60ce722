// Tuning on the development split only: `npx node packages/server/src/learning/testdata/tune.ts [on|off]`.
// `… on heldout chosen` reports the chosen settings on the held-out split (reporting only, never tuning).
// Prints precision@4 and grouping recall/precision for a grid of blend weights and thresholds.
import { averageLinkage } from '../cluster.ts';
import { Corpus } from '../corpus.ts';
import { BLEND } from '../similarity.ts';
import { computeMany } from '../vectors.ts';
import { groupingScores, labelled, precisionAtK } from './labelled.ts';

const items = labelled((process.argv[3] as 'dev') ?? 'dev');
const on = process.argv[2] !== 'off';
const vectors = await computeMany(
  { embeddings: on },
  items.map((i) => ({ title: i.title, report: i.report, sections: '', rootCause: i.rootCause })),
);
const corpus = new Corpus(
  items.map((it, i) => ({
    id: String(i),
    number: i + 1,
    declaredAt: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
    terms: vectors[i].terms,
    emb: vectors[i].embedding,
    services: [it.service],
    groupId: null,
  })),
);
const grid =
  process.argv[4] === 'chosen'
    ? [[BLEND.tfidf, BLEND.embedding, BLEND.service]]
    : [
        [0.5, 0.4, 0.1],
        [0.4, 0.5, 0.1],
        [0.6, 0.3, 0.1],
        [0.45, 0.45, 0.1],
        [0.5, 0.5, 0],
        [0.4, 0.4, 0.2],
        [0.35, 0.5, 0.15],
      ];
for (const [t, e, s] of grid) {
  for (const floor of process.argv[4] === 'chosen' ? [BLEND.embeddingFloor] : [0.2, 0.3, 0.4]) {
    Object.assign(BLEND, { tfidf: t, embedding: e, service: s, embeddingFloor: floor });
    const results = corpus.docs.map((d) =>
      corpus.search({ terms: d.terms, emb: d.emb, services: d.services }, { limit: 4, skip: new Set([d.id]) }).map((m) => Number(m.doc.id)),
    );
    const p = precisionAtK(items, results);
    const line = [`w=${t}/${e}/${s} floor=${floor} p@4=${p.toFixed(3)}`];
    for (const th of [0.25, 0.3, 0.35, 0.4, 0.45]) {
      const labels = averageLinkage(corpus.docs.length, corpus.neighbourEdges(th * 0.6), th);
      const sizes = new Map<number, number>();
      for (const l of labels) sizes.set(l, (sizes.get(l) ?? 0) + 1);
      const g = groupingScores(items, (i) => ((sizes.get(labels[i]) ?? 0) > 1 ? String(labels[i]) : null));
      line.push(`th=${th} R=${g.recall.toFixed(2)} P=${g.precision.toFixed(2)}`);
    }
    console.log(line.join('  '));
  }
}
