import {
  abilitiesFrom,
  buildWhyTree,
  type FollowUpBrief,
  isOpenActionStatus,
  itemInternal,
  type LanguageFindingView,
  RETRO_ABILITIES,
  type RetroSectionKind,
  type RetroSectionView,
  type RetroStatus,
  type RetroView,
  sectionBodyInternal,
  type TimelineItem,
} from '@firebreak/shared';
import { type ActionWithNames, listActions } from '../actions/index.ts';
import type { IncidentRow } from '../incidents/index.ts';
import { formatRef, incidentFacts } from '../incidents/index.ts';
import { findingsFor } from '../language/index.ts';
import type { Actor, Deps, Tx } from '../platform/context.ts';
import { getSeverity } from '../severities/index.ts';
import { getUsersByIds } from '../users/index.ts';
import { authorKey } from './answers/answerKey.ts';
import { ANSWER_FIELDS, answerFindings, answersOf, answerTexts, presentAnswer, sortAnswers } from './answers/answers.ts';
import { depthSuggestion } from './depth.ts';
import { can, type RetroFacts } from './policy.ts';
import { followUpLinks, invitedUserIds, type RetroRow, revisionsOf, type SectionWithName, sectionsOf } from './store.ts';
import { presentWhys } from './whys/present.ts';
import { whysEndingInActions, whysOfRetro } from './whys/store.ts';

/** A section as the API shows it, with its language findings (`sectionView`, or `findingsFor` of the whole page). */
export function presentSection(s: SectionWithName, findings: LanguageFindingView[]): RetroSectionView {
  const items = s.items ? (JSON.parse(s.items) as TimelineItem[]) : null;
  return {
    key: s.key,
    title: s.title,
    kind: s.kind as RetroSectionKind,
    prompt: s.prompt,
    position: s.position,
    body: s.body,
    items: s.kind === 'timeline' ? (items ?? []).map((i) => ({ ...i, internal: itemInternal(i) })) : null,
    revision: s.revision,
    updatedAt: s.updated_at,
    updatedBy: s.updated_by ? { id: s.updated_by, name: s.updated_by_name ?? 'Unknown' } : null,
    findings,
    internal: sectionBodyInternal(s),
  };
}

/** One section with its findings: the rules, and the learned layer from stored vectors (never the encoder). */
export async function sectionView(tx: Tx, deps: Pick<Deps, 'config'>, s: SectionWithName): Promise<RetroSectionView> {
  const [findings] = await findingsFor(tx, deps.config, [s.body]);
  return presentSection(s, findings);
}

export function presentFollowUp(a: ActionWithNames, now: string, fromRetro: Set<string>, whyByAction: Map<string, string>): FollowUpBrief {
  return {
    id: a.id,
    title: a.title,
    kind: a.kind,
    owner: a.owner_id ? { id: a.owner_id, name: a.owner_name ?? 'Unknown' } : null,
    dueAt: a.due_at,
    priority: a.priority,
    status: a.status,
    horizon: a.horizon,
    addresses: a.addresses,
    draft: !!a.draft,
    overdue: !!a.due_at && isOpenActionStatus(a.status) && a.due_at < now,
    fromRetro: fromRetro.has(a.id),
    whyId: whyByAction.get(a.id) ?? null,
  };
}

/** The incident's actions and follow-ups as the retrospective shows them (live, not copied). */
export async function retroActions(tx: Tx, user: Actor, retro: RetroRow, now: string) {
  const [actions, links, whys] = await Promise.all([
    listActions(tx, user, { incidentId: retro.incident_id, limit: 1000 }),
    followUpLinks(tx, retro.id),
    whysEndingInActions(tx, retro.id),
  ]);
  const fromRetro = new Set(links.map((l) => l.action_id));
  const whyByAction = new Map(whys.map((w) => [w.action_id as string, w.id]));
  return actions.slice(0, 1000).map((a) => presentFollowUp(a, now, fromRetro, whyByAction));
}

/** Everything a retrospective page needs, in one object (see RetroView in packages/shared). */
export async function retroView(
  tx: Tx,
  deps: Pick<Deps, 'config' | 'clock'>,
  user: Actor,
  retro: RetroRow,
  incident: IncidentRow,
): Promise<RetroView> {
  const now = deps.clock.now();
  const [sections, whyRows, answerRows, invited, actions, revisions, severity, depth, incidentNow] = await Promise.all([
    sectionsOf(tx, retro.id),
    whysOfRetro(tx, retro.id),
    answersOf(tx, retro.id),
    invitedUserIds(tx, incident.id),
    retroActions(tx, user, retro, now.toISOString()),
    revisionsOf(tx, retro.id),
    getSeverity(tx, incident.severity_id),
    depthSuggestion(tx, user, incident, now),
    incidentFacts(tx, incident),
  ]);
  const attendeeIds = retro.meeting_attendees ? (JSON.parse(retro.meeting_attendees) as string[]) : [];
  const people = new Map(
    (await getUsersByIds(tx, [...new Set([...attendeeIds, retro.created_by, retro.depth_decided_by].filter((x): x is string => !!x))])).map(
      (u) => [u.id, u],
    ),
  );
  const brief = (id: string | null) => (id && people.get(id) ? { id, name: people.get(id)?.name as string } : null);

  const actionMap = new Map<string, FollowUpBrief>(actions.map((a) => [a.id, a]));
  const tree = buildWhyTree(
    whyRows.map((w) => ({
      id: w.id,
      parentId: w.parent_id,
      position: w.position,
      text: w.text,
      ending: w.ending as 'follow_up' | 'accepted' | null,
      actionId: w.action_id,
      acceptedReason: w.accepted_reason,
      revision: w.revision,
      internal: !!w.internal,
    })),
  );
  const myKey = authorKey(deps.config, retro.id, user.id);
  const mine = answerRows.find((a) => a.author_key === myKey);
  // The page's language findings in one review (sections, whys, then each answer's four fields): the
  // rules, and the learned layer from stored vectors.
  const findings = await findingsFor(tx, deps.config, [
    ...sections.map((s) => s.body),
    ...whyRows.map((w) => w.text),
    ...answerRows.flatMap(answerTexts),
  ]);
  const sectionViews = sections.map((s, i) => presentSection(s, findings[i]));
  const whyFindings = new Map(whyRows.map((w, i) => [w.id, findings[sections.length + i]]));
  const answersAt = sections.length + whyRows.length;
  const answerFindingsAt = (i: number) => findings.slice(answersAt + i * ANSWER_FIELDS.length, answersAt + (i + 1) * ANSWER_FIELDS.length);
  const answers = sortAnswers(answerRows.map((a, i) => presentAnswer(deps, user, a, answerFindings(answerFindingsAt(i)))));
  const whyViews = presentWhys(tree.roots, actionMap, whyFindings);
  const status = retro.status as RetroStatus;
  const published = revisions.length > 0;
  const facts: RetroFacts = {
    status,
    latest: true,
    published,
    incidentPrivate: !!incident.private,
    reviewRequired: !!retro.review_required,
  };

  return {
    id: retro.id,
    incident: {
      id: incident.id,
      ref: formatRef(incident.number),
      title: incident.title,
      status: incident.status,
      severity: severity?.name ?? null,
      private: !!incident.private,
      facts: incidentNow,
    },
    template: { id: retro.template_id, name: retro.template_name },
    status,
    revision: retro.revision,
    required: !!severity?.retrospective_required,
    publishedRevision: published ? revisions[revisions.length - 1].revision : null,
    revisions: revisions.map((r) => ({
      revision: r.revision,
      publishedAt: r.published_at,
      publishedBy: r.published_by ? { id: r.published_by, name: r.published_by_name ?? 'Unknown' } : null,
    })),
    createdAt: retro.created_at,
    updatedAt: retro.updated_at,
    createdBy: brief(retro.created_by),
    sections: sectionViews,
    whys: { nodes: whyViews, summary: tree.summary },
    answers,
    participation: {
      invited: invited.length,
      answered: answerRows.length,
      attributed: answers.filter((a) => a.author).map((a) => a.author as { id: string; name: string }),
      anonymous: answers.filter((a) => a.anonymous).length,
      you: { invited: invited.includes(user.id), answered: !!mine, anonymous: mine ? !!mine.anonymous : null },
    },
    actions: { immediate: actions.filter((a) => a.horizon !== 'long_term'), longTerm: actions.filter((a) => a.horizon === 'long_term') },
    depth: {
      suggestion: depth,
      decision: retro.depth_decision
        ? {
            decision: retro.depth_decision,
            reason: retro.depth_reason ?? '',
            decidedBy: brief(retro.depth_decided_by),
            decidedAt: retro.depth_decided_at as string,
          }
        : null,
    },
    meeting: {
      scheduled: !!retro.meeting_starts_at,
      startsAt: retro.meeting_starts_at,
      durationMinutes: retro.meeting_duration_minutes ?? 60,
      location: retro.meeting_location ?? '',
      attendees: attendeeIds.flatMap((id) => {
        const u = people.get(id);
        return u ? [{ id, name: u.name, email: u.email }] : [];
      }),
      notes: retro.meeting_notes,
      notesRevision: retro.meeting_notes_revision,
      sequence: retro.meeting_sequence,
    },
    share: retro.share_token_hash
      ? { active: true, createdAt: retro.share_created_at as string, allowsPrivate: !!retro.share_allows_private }
      : null,
    openFindings:
      sectionViews.reduce((n, s) => n + s.findings.length, 0) +
      whyViews.reduce((n, w) => n + w.findings.length, 0) +
      answers.reduce((n, a) => n + Object.values(a.findings).reduce((m, f) => m + f.length, 0), 0),
    withheld: 0,
    abilities: abilitiesFrom(RETRO_ABILITIES, (a) => can(user, a, facts)),
  };
}
