import { RETRO_TRANSITIONS, type RetroStatus, type RetroView } from '@firebreak/shared';
import type { Ctx, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { ConflictError } from '../platform/errors.ts';
import { record } from '../timeline/index.ts';
import { ANSWER_FIELDS, answerFindings } from './answers/answers.ts';
import { remember } from './history.ts';
import { retroChanged } from './live.ts';
import { loadRetro, publishesDirectly } from './policy.ts';
import { retroView } from './present.ts';
import { getRevision, insertRevision, latestRevision, moveStatus, type RetroRow } from './store.ts';
import { carryTicketWhys } from './whys/carry.ts';

/** A published revision as stored: the view without anything that depends on who reads it. */
export type RetroSnapshot = Omit<RetroView, 'abilities' | 'depth'> & {
  depth: { decision: RetroView['depth']['decision'] };
  publishedAt: string;
};

export type OpenFinding = {
  where: string;
  title: string;
  excerpt: string;
  start: number;
  end: number;
  rule: string;
  message: string;
  suggestion: string;
};

/**
 * Every open language finding, named by where it is (section key, why id, answer field), with the
 * flagged words: the view's findings (rules, and the learned layer from stored vectors).
 */
export function openFindings(view: Pick<RetroView, 'sections' | 'whys' | 'answers'>): OpenFinding[] {
  const out: OpenFinding[] = [];
  for (const s of view.sections) {
    for (const f of s.findings) out.push({ where: `section:${s.key}`, title: s.title, excerpt: s.body.slice(f.start, f.end), ...f });
  }
  for (const n of view.whys.nodes) {
    for (const f of n.findings) out.push({ where: `why:${n.id}`, title: 'Five whys', excerpt: n.text.slice(f.start, f.end), ...f });
  }
  // Participants' answers are published too, so their wording is reviewed the same way (the view's findings).
  for (const a of view.answers) {
    for (const field of ANSWER_FIELDS)
      for (const f of a.findings[field])
        out.push({ where: `answer:${a.id}:${field}`, title: "Everyone's view", excerpt: a[field].slice(f.start, f.end), ...f });
  }
  return out;
}

const refuse = (retro: RetroRow, to: string) =>
  new ConflictError(
    `The retrospective is ${retro.status.replace('_', ' ')}; it cannot go to ${to.replace('_', ' ')} (allowed: ${RETRO_TRANSITIONS[retro.status as RetroStatus].join(', ') || 'amend only'})`,
    { from: retro.status, to, allowed: RETRO_TRANSITIONS[retro.status as RetroStatus] },
    'invalid_retro_transition',
  );

/** Draft ⇄ in review. */
export async function setRetroStatus(ctx: Ctx, ref: string, input: { status: 'draft' | 'in_review'; message?: string }): Promise<void> {
  await transaction(ctx, async (tx) => {
    const move = input.status === 'in_review' ? 'submitForReview' : 'backToDraft';
    const { retro, incident } = await loadRetro(tx, ctx.user, ref, move, { forUpdate: true });
    if (retro.status === input.status) return;
    retroChanged(tx, retro, 'retro');
    if (!RETRO_TRANSITIONS[retro.status as RetroStatus].includes(input.status)) throw refuse(retro, input.status);
    const now = ctx.clock.now().toISOString();
    if (!(await moveStatus(tx, retro.id, retro.status, retro.revision, { status: input.status, updated_at: now })))
      throw refuse(retro, input.status);
    // A step of the retrospective: on the incident's timeline (one line) and in its own history.
    const step = {
      kind: 'retro_status_changed' as const,
      body: input.message ?? null,
      data: { retroId: retro.id, from: retro.status, to: input.status, revision: retro.revision },
    };
    await record(tx, ctx, incident, step);
    await remember(tx, ctx, retro, step);
  });
}

/**
 * Publishes the revision under review. Open blame-aware findings need `confirm: true` (409 with
 * the findings otherwise). The published revision is stored as an immutable snapshot; of two
 * concurrent publishes exactly one wins, the other gets 409.
 */
export async function publishRetro(ctx: Ctx, ref: string, input: { confirm: boolean; message?: string }): Promise<number> {
  const { revision } = await transaction(ctx, async (tx) => {
    const { retro, incident } = await loadRetro(tx, ctx.user, ref, 'publish', { forUpdate: true });
    retroChanged(tx, retro, 'retro');
    // From review; or straight from a draft, when its template does not require review and an admin publishes.
    const direct = publishesDirectly(ctx.user, { status: retro.status as RetroStatus, reviewRequired: !!retro.review_required });
    if (retro.status !== 'in_review' && !direct) throw refuse(retro, 'published');
    const view = await retroView(tx, ctx, ctx.user, retro, incident);
    const findings = openFindings(view);
    if (findings.length && !input.confirm) {
      throw new ConflictError(
        `The language review found ${findings.length} passage${findings.length > 1 ? 's' : ''} that may read as blame; revise them, or publish with {"confirm": true}`,
        { findings },
        'language_findings',
      );
    }
    const now = ctx.clock.now().toISOString();
    const won = await moveStatus(tx, retro.id, retro.status, retro.revision, {
      status: 'published',
      updated_at: now,
      first_published_at: retro.first_published_at ?? now,
    });
    if (!won) throw refuse(retro, 'published');
    await insertRevision(tx, {
      retro_id: retro.id,
      revision: retro.revision,
      published_at: now,
      published_by: ctx.user.id,
      snapshot: JSON.stringify(toSnapshot(view, ctx, now)),
    });
    const step = {
      kind: 'retro_published' as const,
      body: input.message ?? null,
      data: { retroId: retro.id, revision: retro.revision, confirmedFindings: findings.length, direct: retro.status === 'draft' },
    };
    await record(tx, ctx, incident, step);
    await remember(tx, ctx, retro, step);
    return { retroId: retro.id, revision: retro.revision };
  });
  return revision;
}

function toSnapshot(view: RetroView, ctx: Ctx, now: string): RetroSnapshot {
  const { abilities: _a, depth, ...rest } = view;
  return {
    ...rest,
    status: 'published',
    publishedRevision: view.revision,
    publishedAt: now,
    revisions: [...view.revisions, { revision: view.revision, publishedAt: now, publishedBy: { id: ctx.user.id, name: ctx.user.name } }],
    // Nothing about the reader who happened to publish.
    answers: view.answers.map((a) => ({ ...a, mine: false })),
    participation: { ...view.participation, you: { invited: false, answered: false, anonymous: null } },
    depth: { decision: depth.decision },
  };
}

/** Starts a new revision from the published one: the published revision stays as it was. */
export async function amendRetro(ctx: Ctx, ref: string, message?: string): Promise<number> {
  const { revision } = await transaction(ctx, async (tx) => {
    const { retro, incident } = await loadRetro(tx, ctx.user, ref, 'amend', { forUpdate: true });
    retroChanged(tx, retro, 'retro');
    if (retro.status !== 'published')
      throw new ConflictError(
        'Only a published retrospective can be amended; edit this one directly',
        { status: retro.status },
        'retro_not_published',
      );
    const now = ctx.clock.now().toISOString();
    const next = retro.revision + 1;
    if (!(await moveStatus(tx, retro.id, 'published', retro.revision, { status: 'draft', revision: next, updated_at: now })))
      throw refuse(retro, 'draft');
    // Whys asked on the ticket while it was published join the new revision's five whys.
    await carryTicketWhys(tx, ctx, retro, incident);
    const step = {
      kind: 'retro_amended' as const,
      body: message ?? null,
      data: { retroId: retro.id, from: retro.revision, revision: next },
    };
    await record(tx, ctx, incident, step);
    await remember(tx, ctx, retro, step);
    return { retroId: retro.id, revision: next };
  });
  return revision;
}

/**
 * A published revision's snapshot (the latest when `revision` is omitted), or undefined. Revisions
 * published before answers carried their findings (2026-12-04) read with none recorded for them.
 */
export async function snapshotOf(tx: Tx, retroId: string, revision?: number): Promise<RetroSnapshot | undefined> {
  const row = revision === undefined ? await latestRevision(tx, retroId) : await getRevision(tx, retroId, revision);
  if (!row) return undefined;
  const snapshot = JSON.parse(row.snapshot) as RetroSnapshot;
  const none = answerFindings(ANSWER_FIELDS.map(() => []));
  return { ...snapshot, answers: snapshot.answers.map((a) => ({ ...a, findings: a.findings ?? none })) };
}
