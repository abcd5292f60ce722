import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { Bus } from '../packages/server/src/platform/bus.ts';
import { systemClock } from '../packages/server/src/platform/clock.ts';
import type { Deps } from '../packages/server/src/platform/context.ts';
import { openDatabase } from '../packages/server/src/platform/db/index.ts';
import { ensureDefaults } from '../packages/server/src/severities/configure.ts';
import { createUser } from '../packages/server/src/users/createUser.ts';
import { issueToken } from '../packages/server/src/users/tokens.ts';
import { reviewLanguage } from '../packages/shared/src/index.ts';
import { CORPUS } from '../packages/shared/src/language/corpus.ts';
import { type BenchRow, fmt, row } from './lib.ts';

const PAGES = 20;
const WORDS_PER_PAGE = 500;
const MESSAGES = 50_000;
const log = (msg: string) => process.stderr.write(`  retro: ${msg}\n`);

export const notes = `
What \`retro.bench.ts\` measures:

- **language review**: a ${PAGES}-page retrospective, each page ${WORDS_PER_PAGE} words (about 3,000 characters), made of
  the language corpus's sentences (packages/shared/src/language/corpus*.ts, blameful and neutral mixed as they
  come, so roughly a third of the sentences carry a finding). Each page is reviewed as one text with
  \`reviewLanguage\` (what a section save and the publish check do); the figure is the mean time per page over
  all pages, repeated for at least 2 s after a warm-up. **Baseline**: a plain case-insensitive regex scan of
  the same pages for a few blame words (\`should have\`, \`failed to\`, \`human error\`, \`just\`, …), the
  cheapest check one could write instead.
- **chat import**: a ${fmt(MESSAGES)}-message Slack channel export (40 authors, half of them with a users.json entry,
  every 10th message in a thread, ~80 characters of text each), sent as one POST /api/v1/incidents/{ref}/chat-imports
  through \`app.inject\` (JSON parsing, zod validation of every message, parsing, user matching, duplicate keys,
  and the timeline writes, all in one transaction) on a fresh SQLite file (WAL, synchronous=FULL). Then the same
  export again: the re-import that adds nothing. **Baseline**: timeline-shaped rows inserted into
  \`timeline_entries\` of the same database through Kysely, 100 rows per INSERT, all in one transaction: the
  ceiling for writing that many entries at all.
`;

function pages(): string[] {
  const sentences = CORPUS.map((c) => c.text);
  const out: string[] = [];
  let i = 0;
  for (let p = 0; p < PAGES; p++) {
    const words: string[] = [];
    while (words.length < WORDS_PER_PAGE) words.push(...sentences[i++ % sentences.length].split(/\s+/));
    out.push(words.slice(0, WORDS_PER_PAGE).join(' '));
  }
  return out;
}

const NAIVE =
  /\b(should have|shouldn't have|could have|failed to|forgot to|human error|careless|just|simply|obviously|neglected|mistake)\b/gi;

function msPerPage(texts: string[], fn: (s: string) => unknown, minMs = 2000): number {
  for (const t of texts) fn(t);
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    for (const t of texts) fn(t);
    n += texts.length;
  }
  return (performance.now() - t0) / n;
}

function slackExport() {
  const users = Array.from({ length: 20 }, (_, i) => ({
    id: `U${1000 + i}`,
    name: `user${i}`,
    profile: { real_name: `User ${i}`, email: `user${i}@corp.example` },
  }));
  const start = Date.parse('2026-03-01T10:00:00Z') / 1000;
  const messages = Array.from({ length: MESSAGES }, (_, i) => ({
    type: 'message',
    user: `U${1000 + (i % 40)}`,
    text: `Message ${i}: checking the payments queue depth again, still at ${i % 997} — anyone know who owns it?`,
    ts: `${start + i}.${String(i % 1_000_000).padStart(6, '0')}`,
    ...(i % 10 === 0 && i > 0 ? { thread_ts: `${start + i - 1}.${String((i - 1) % 1_000_000).padStart(6, '0')}` } : {}),
    user_profile: { real_name: `User ${i % 40}` },
  }));
  return { format: 'slack', channel: 'inc-bench', messages, users };
}

async function chatImport(): Promise<{ importPerSec: number; reimportPerSec: number; rawPerSec: number; bytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-retro-'));
  const database = await openDatabase(join(dir, 'bench.sqlite'));
  try {
    const config = loadConfig({ FIREBREAK_DATA_DIR: dir, FIREBREAK_PUBLIC_URL: 'http://bench.test' });
    const deps: Deps = { db: database.db, dialect: database.dialect, clock: systemClock, bus: new Bus(), config };
    await ensureDefaults(deps);
    const app = await buildApp(deps, { webDir: '/nonexistent' });
    const u = await createUser(deps, { email: 'bench@corp.example', role: 'responder', name: 'Bench' });
    const { secret } = await issueToken(deps, u.id, { name: 'bench' });
    const call = (method: string, url: string, payload: string) =>
      app.inject({
        method: method as 'POST',
        url,
        payload,
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      });
    const declared = await call('POST', '/api/v1/incidents', JSON.stringify({ title: 'Bench incident', severity: 'SEV2' }));
    const ref = declared.json().data.ref as string;
    const body = JSON.stringify(slackExport());
    log(`importing ${fmt(MESSAGES)} messages (${fmt(body.length / 1e6)} MB)`);
    let t0 = performance.now();
    const res = await call('POST', `/api/v1/incidents/${ref}/chat-imports`, body);
    const importMs = performance.now() - t0;
    if (res.statusCode !== 201 || res.json().data.imported !== MESSAGES)
      throw new Error(`import failed: ${res.statusCode} ${res.body.slice(0, 300)}`);
    t0 = performance.now();
    const again = await call('POST', `/api/v1/incidents/${ref}/chat-imports`, body);
    const reimportMs = performance.now() - t0;
    if (again.json().data.imported !== 0) throw new Error('re-import added messages');

    log('baseline: batched Kysely inserts into timeline_entries');
    const incidentId = declared.json().data.id as string;
    const now = new Date().toISOString();
    const rows = Array.from({ length: MESSAGES }, (_, i) => ({
      incident_id: incidentId,
      kind: 'chat',
      actor_id: null,
      body: `Message ${i}: checking the payments queue depth again`,
      data: JSON.stringify({ source: 'slack', ts: `${i}.000100`, author: { name: `User ${i % 40}`, externalId: `U${i % 40}` } }),
      visibility: 'internal',
      occurred_at: now,
      recorded_at: now,
      pinned: 0,
    }));
    t0 = performance.now();
    await database.db.transaction().execute(async (tx) => {
      for (let i = 0; i < rows.length; i += 100)
        await tx
          .insertInto('timeline_entries')
          .values(rows.slice(i, i + 100))
          .execute();
    });
    const rawMs = performance.now() - t0;
    await app.close();
    return {
      importPerSec: MESSAGES / (importMs / 1000),
      reimportPerSec: MESSAGES / (reimportMs / 1000),
      rawPerSec: MESSAGES / (rawMs / 1000),
      bytes: body.length,
    };
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchRow[]> {
  const texts = pages();
  const chars = Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
  log(`language review: ${PAGES} pages × ${WORDS_PER_PAGE} words (~${fmt(chars)} chars/page)`);
  const findings = texts.reduce((n, t) => n + reviewLanguage(t).length, 0);
  const naive = msPerPage(texts, (t) => [...t.matchAll(NAIVE)].length);
  const review = msPerPage(texts, reviewLanguage);
  log(`${findings} findings in ${PAGES} pages`);
  const chat = await chatImport();
  return [
    row('retro', `language review, per page (${WORDS_PER_PAGE} words, ~${fmt(chars)} chars; ${PAGES}-page retrospective)`, review, 'ms', {
      baseline: { name: 'plain regex scan', value: naive },
      target: '<= 20',
    }),
    row('retro', `language review, whole ${PAGES}-page retrospective`, review * PAGES, 'ms'),
    row('retro', `chat import, ${fmt(MESSAGES)}-message Slack export (HTTP, one transaction)`, chat.importPerSec, 'msgs/s', {
      baseline: { name: 'Kysely batched timeline inserts', value: chat.rawPerSec },
      target: '>= 20000',
    }),
    row('retro', `chat re-import of the same export (all duplicates)`, chat.reimportPerSec, 'msgs/s'),
  ];
}
