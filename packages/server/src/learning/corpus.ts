import type { Kysely } from 'kysely';
import type { Tx } from '../platform/context.ts';
import type { DB } from '../platform/db/schema.ts';
import { decodeVector } from './encoder.ts';
import { blend, dot, jaccard, jaccardWith, type Parts } from './similarity.ts';
import { incidentServices, revision, vectorsSince } from './store.ts';
import type { TermVector } from './vectors.ts';

/**
 * Every incident's vectors in memory, one copy per process and database, rebuilt when the stored
 * revision moves (one read per request tells). Queries score against it: TF-IDF through an
 * inverted index, embeddings by dot product. Nothing private leaves it unfiltered: callers pass the
 * ids the reader may not see.
 */
export type Doc = {
  id: string;
  number: number;
  declaredAt: string;
  terms: TermVector;
  /** Unit TF-IDF vector (sublinear tf × idf). */
  vec: Map<string, number>;
  emb: Float32Array | null;
  services: string[];
  groupId: string | null;
};

export type Query = { terms: TermVector; emb: Float32Array | null; services: string[] };
export type Match = { doc: Doc; score: number; parts: Parts };

export class Corpus {
  readonly docs: Doc[] = [];
  readonly byId = new Map<string, Doc>();
  private readonly df = new Map<string, number>();
  private readonly postings = new Map<string, { i: number; w: number }[]>();
  /** Documents in the corpus (set before any is weighed: idf must not see a partial count). */
  private readonly size: number;

  constructor(
    rows: {
      id: string;
      number: number;
      declaredAt: string;
      terms: TermVector;
      emb: Float32Array | null;
      services: string[];
      groupId: string | null;
    }[],
  ) {
    this.size = rows.length;
    for (const r of rows) for (const t of Object.keys(r.terms.t)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    for (const r of rows) {
      const doc: Doc = { ...r, vec: this.weigh(r.terms) };
      const i = this.docs.push(doc) - 1;
      this.byId.set(doc.id, doc);
      for (const [t, w] of doc.vec) {
        const list = this.postings.get(t) ?? [];
        if (!list.length) this.postings.set(t, list);
        list.push({ i, w });
      }
    }
  }

  idf(term: string): number {
    return Math.log((this.size + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }

  /** A unit TF-IDF vector under this corpus's document frequencies. */
  weigh(terms: TermVector): Map<string, number> {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of Object.entries(terms.t)) {
      const w = (1 + Math.log(c)) * this.idf(t);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  }

  /** The most similar documents to a query, best first, leaving out `skip`. */
  search(q: Query, opts: { limit: number; skip: Set<string>; vec?: Map<string, number> }): Match[] {
    const n = this.docs.length;
    const lex = new Float64Array(n);
    for (const [t, w] of opts.vec ?? this.weigh(q.terms)) {
      for (const p of this.postings.get(t) ?? []) lex[p.i] += w * p.w;
    }
    const out: Match[] = [];
    let floor = -1;
    const services = new Set(q.services);
    // Scored without allocating per document (10,000 of them per query): only a kept match gets its parts.
    const parts: Parts = { tfidf: 0, embedding: null, service: 0 };
    for (let i = 0; i < n; i++) {
      const doc = this.docs[i];
      if (opts.skip.has(doc.id)) continue;
      parts.tfidf = Math.min(1, lex[i]);
      parts.embedding = q.emb && doc.emb ? dot(q.emb, doc.emb) : null;
      parts.service = jaccardWith(services, doc.services);
      const score = blend(parts);
      if (out.length >= opts.limit && score <= floor) continue;
      out.push({ doc, score, parts: { ...parts } });
      if (out.length > opts.limit * 4) {
        out.sort((a, b) => b.score - a.score);
        out.length = opts.limit;
        floor = out[out.length - 1].score;
      }
    }
    out.sort((a, b) => b.score - a.score || b.doc.declaredAt.localeCompare(a.doc.declaredAt));
    return out.slice(0, opts.limit);
  }

  /**
   * Each document's nearest neighbours above `min`, for clustering: candidates are documents sharing
   * a term that is not common (a word in more than 5% of incidents finds no neighbours by itself).
   */
  neighbourEdges(min: number, k = 15): [number, number, number][] {
    const n = this.docs.length;
    const cap = Math.max(30, Math.ceil(n * 0.05));
    const edges = new Map<string, [number, number, number]>();
    for (let i = 0; i < n; i++) {
      const d = this.docs[i];
      const lex = new Map<number, number>();
      for (const [t, w] of d.vec) {
        const list = this.postings.get(t) ?? [];
        if (list.length > cap) continue;
        for (const p of list) if (p.i !== i) lex.set(p.i, (lex.get(p.i) ?? 0) + w * p.w);
      }
      const near: [number, number][] = [];
      for (const [j] of lex) {
        const o = this.docs[j];
        const parts: Parts = {
          tfidf: Math.min(1, fullCosine(d.vec, o.vec)),
          embedding: d.emb && o.emb ? dot(d.emb, o.emb) : null,
          service: jaccard(d.services, o.services),
        };
        const s = blend(parts);
        if (s >= min) near.push([j, s]);
      }
      near.sort((a, b) => b[1] - a[1]);
      for (const [j, s] of near.slice(0, k)) {
        const key = i < j ? `${i}:${j}` : `${j}:${i}`;
        if (!edges.has(key)) edges.set(key, [Math.min(i, j), Math.max(i, j), s]);
      }
    }
    return [...edges.values()];
  }
}

function fullCosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) s += w * (big.get(t) ?? 0);
  return s;
}

type Row = ConstructorParameters<typeof Corpus>[0][number];
type Built = { rows: Map<string, Row>; corpus: Corpus };
type Cached = { revision: number; built: Promise<Built> };
const cache = new WeakMap<Kysely<DB>, Cached>();

/**
 * This process's copy of the corpus for a database. When the stored revision moved, only the rows
 * written since are read (with their services) and the index is rebuilt in memory.
 */
export async function corpusFor(tx: Tx, db: Kysely<DB>): Promise<Corpus> {
  const rev = await revision(tx);
  const hit = cache.get(db);
  if (hit && hit.revision === rev) return (await hit.built).corpus;
  const previous = hit ? await hit.built.catch(() => null) : null;
  const next: Cached = { revision: rev, built: build(tx, previous ? { rows: previous.rows, revision: hit?.revision ?? -1 } : null) };
  cache.set(db, next);
  next.built.catch(() => {
    if (cache.get(db) === next) cache.delete(db);
  });
  return (await next.built).corpus;
}

async function build(tx: Tx, from: { rows: Map<string, Row>; revision: number } | null): Promise<Built> {
  const rows = new Map(from?.rows);
  const changed = await vectorsSince(tx, from?.revision ?? -1);
  const services = await incidentServices(
    tx,
    changed.map((r) => r.id),
  );
  for (const r of changed) {
    rows.set(r.id, {
      id: r.id,
      number: Number(r.number),
      declaredAt: r.declared_at,
      terms: JSON.parse(r.terms) as TermVector,
      emb: r.embedding ? decodeVector(r.embedding) : null,
      services: services.get(r.id) ?? [],
      groupId: r.group_id,
    });
  }
  const corpus = new Corpus([...rows.values()].sort((a, b) => a.declaredAt.localeCompare(b.declaredAt) || a.number - b.number));
  return { rows, corpus };
}
