import type { EscalationTarget, PagingWarning } from '@firebreak/shared';
import type { Tx } from '../platform/context.ts';
import { InputError } from '../platform/errors.ts';
import { getTeam, memberIdsOfTeams, teamNamesByIds } from '../teams/index.ts';
import { getUsersByIds, resolveUser } from '../users/index.ts';
import { findSchedule, onCallIn, scheduleName } from './schedules.ts';
import { usersWithMethods } from './store.ts';

export type Target = { kind: string; id: string };

/** Checks targets as given (users by id or e-mail, teams by id or name) and returns them by id; unknown ones are a 400 naming the field. */
export async function checkTargets(tx: Tx, targets: EscalationTarget[], field: string): Promise<Target[]> {
  const out: Target[] = [];
  for (const [i, t] of targets.entries()) {
    const at = `${field}[${i}]`;
    if (t.kind === 'user') out.push({ kind: 'user', id: (await resolveUser(tx, t.id, `${at}.id`)).id });
    else if (t.kind === 'team') {
      const team = await getTeam(tx, t.id);
      if (!team) throw new InputError(`${at}.id: no team ${t.id}`, { field: `${at}.id` }, 'unknown_team');
      out.push({ kind: 'team', id: team.id });
    } else {
      const schedule = await findSchedule(tx, t.id);
      if (!schedule) throw new InputError(`${at}.id: no schedule ${t.id}`, { field: `${at}.id` }, 'unknown_schedule');
      out.push({ kind: 'schedule', id: schedule.id });
    }
  }
  return out;
}

/** Names of targets (null for ones that no longer exist). */
export async function targetNames(tx: Tx, targets: Target[]): Promise<Map<string, string | null>> {
  const names = new Map<string, string | null>();
  const users = await getUsersByIds(
    tx,
    targets.filter((t) => t.kind === 'user').map((t) => t.id),
  );
  const teams = await teamNamesByIds(
    tx,
    targets.filter((t) => t.kind === 'team').map((t) => t.id),
  );
  for (const t of targets) {
    const key = `${t.kind}:${t.id}`;
    if (t.kind === 'user') names.set(key, users.find((u) => u.id === t.id)?.name ?? null);
    else if (t.kind === 'team') names.set(key, teams.find((x) => x.id === t.id)?.name ?? null);
    else if (t.kind === 'schedule') names.set(key, await scheduleName(tx, t.id));
  }
  return names;
}

/**
 * The people targets reach at `at`: a user, every member of a team, whoever is on call in a
 * schedule. Disabled people are left out. Order is kept, each person once.
 */
export async function peopleFor(tx: Tx, targets: Target[], at: Date): Promise<string[]> {
  const ids: string[] = [];
  const teamIds = targets.filter((t) => t.kind === 'team').map((t) => t.id);
  const members = await memberIdsOfTeams(tx, teamIds);
  for (const t of targets) {
    if (t.kind === 'user') ids.push(t.id);
    else if (t.kind === 'team') ids.push(...members.filter((m) => m.team_id === t.id).map((m) => m.user_id));
    else if (t.kind === 'schedule') ids.push(...(await onCallIn(tx, t.id, at)));
  }
  const unique = [...new Set(ids)];
  const active = new Set((await getUsersByIds(tx, unique)).filter((u) => !u.disabled_at).map((u) => u.id));
  return unique.filter((id) => active.has(id));
}

/**
 * `peopleFor` for many (targets, time) pairs at once (steps due together): one query for the teams'
 * members and one for the people, each schedule asked once per time. Per pair, in order, like
 * `peopleFor`; with the names of everyone reached.
 */
export async function peopleForMany(
  tx: Tx,
  asks: { targets: Target[]; at: Date }[],
): Promise<{ people: string[][]; names: Map<string, string> }> {
  const teamIds = [...new Set(asks.flatMap((a) => a.targets.filter((t) => t.kind === 'team').map((t) => t.id)))];
  const members = await memberIdsOfTeams(tx, teamIds);
  const onCall = new Map<string, string[]>();
  const lists: string[][] = [];
  for (const a of asks) {
    const ids: string[] = [];
    for (const t of a.targets) {
      if (t.kind === 'user') ids.push(t.id);
      else if (t.kind === 'team') ids.push(...members.filter((m) => m.team_id === t.id).map((m) => m.user_id));
      else if (t.kind === 'schedule') {
        const key = `${t.id} ${a.at.toISOString()}`;
        let who = onCall.get(key);
        if (!who) {
          who = await onCallIn(tx, t.id, a.at);
          onCall.set(key, who);
        }
        ids.push(...who);
      }
    }
    lists.push([...new Set(ids)]);
  }
  const users = (await getUsersByIds(tx, [...new Set(lists.flat())])).filter((u) => !u.disabled_at);
  const names = new Map(users.map((u) => [u.id, u.name]));
  return { people: lists.map((l) => l.filter((id) => names.has(id))), names };
}

/** What makes steps reach nobody now: targets gone, empty teams and schedules, people without a contact method. */
export async function warningsFor(tx: Tx, steps: { targets: Target[] }[], at: Date): Promise<PagingWarning[]> {
  const warnings: PagingWarning[] = [];
  const names = await targetNames(
    tx,
    steps.flatMap((s) => s.targets),
  );
  const noMethodSeen = new Set<string>();
  for (const [step, s] of steps.entries()) {
    if (!s.targets.length)
      warnings.push({ code: 'no_targets', message: `Step ${step + 1} has no targets: it pages nobody`, step, userId: null });
    for (const t of s.targets) {
      const name = names.get(`${t.kind}:${t.id}`);
      if (name === null || name === undefined) {
        warnings.push({ code: 'unknown_target', message: `Step ${step + 1}: the ${t.kind} ${t.id} no longer exists`, step, userId: null });
        continue;
      }
      const people = await peopleFor(tx, [t], at);
      if (!people.length && t.kind === 'team')
        warnings.push({ code: 'empty_team', message: `Step ${step + 1}: team ${name} has no active members`, step, userId: null });
      if (!people.length && t.kind === 'schedule')
        warnings.push({ code: 'empty_schedule', message: `Step ${step + 1}: nobody is on call in ${name} now`, step, userId: null });
      if (!people.length && t.kind === 'user')
        warnings.push({ code: 'disabled_user', message: `Step ${step + 1}: ${name} is disabled`, step, userId: t.id });
      const reachable = await usersWithMethods(tx, people);
      const users = await getUsersByIds(tx, people);
      for (const p of people) {
        if (reachable.has(p) || noMethodSeen.has(p)) continue;
        noMethodSeen.add(p);
        const who = users.find((u) => u.id === p)?.name ?? p;
        warnings.push({
          code: 'no_contact_method',
          message: `${who} has no contact method: a page cannot reach them`,
          step,
          userId: p,
        });
      }
    }
  }
  return warnings;
}
