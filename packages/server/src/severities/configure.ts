import { DEFAULT_ROLE_TYPES, DEFAULT_SEVERITIES } from '@firebreak/shared';
import { audit } from '../audit/index.ts';
import type { Actor, Deps, RequestInfo, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { lockFor } from '../platform/db/locks.ts';
import { InputError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { forgetSettings, insertRoleType, insertSeverity, listRoleTypes, listSeverities, updateRoleType, updateSeverity } from './store.ts';

type SeverityInput = {
  id?: string;
  name: string;
  description: string;
  color: string;
  updateCadenceMinutes: number | null;
  retrospectiveRequired: boolean;
  isDefault?: boolean;
};

/** Seeds the default severities (SEV1–SEV4) and roles (commander, comms lead) on an empty database. */
export async function ensureDefaults(deps: Deps): Promise<void> {
  await afterWrite(deps, async (tx) => {
    if ((await listSeverities(tx, true)).length === 0) {
      for (const s of DEFAULT_SEVERITIES) {
        await insertSeverity(tx, {
          id: newId(),
          rank: s.rank,
          name: s.name,
          description: s.description,
          color: s.color,
          update_cadence_minutes: s.updateCadenceMinutes,
          retrospective_required: s.retrospectiveRequired ? 1 : 0,
          archived: 0,
          is_default: 0,
        });
      }
    }
    if ((await listRoleTypes(tx, true)).length === 0) {
      for (const r of DEFAULT_ROLE_TYPES) await insertRoleType(tx, { ...r, archived: 0 });
    }
  });
}

/**
 * Runs a settings write, one at a time across the fleet (severities and role types are saved as whole
 * lists; concurrent saves locking rows in different orders deadlocked on PostgreSQL); its `cache`
 * event makes every instance drop its cached copy once it committed.
 */
function afterWrite<T>(deps: Deps, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return transaction(deps, async (tx) => {
    await lockFor(tx, 'settings');
    tx.events.push({ type: 'cache', name: 'settings' });
    return fn(tx);
  });
}

/** Drops this instance's cached settings whenever any instance changed them; returns the unsubscribe. */
export function watchSettings(deps: Deps): () => void {
  return deps.bus.subscribe((e) => {
    if (e.type === 'cache' && (e.name === 'settings' || e.name === '*')) forgetSettings(reader(deps).db);
  });
}

const dupes = (names: string[]) => names.filter((n, i) => names.indexOf(n) !== i);

/**
 * Replaces the severity list: order gives rank (first = most severe). Severities left out are
 * archived, not deleted, because past incidents still point at them.
 */
export async function putSeverities(deps: Deps & { user?: Actor; request?: RequestInfo }, input: SeverityInput[]) {
  const d = dupes(input.map((s) => s.name.toLowerCase()));
  if (d.length) throw new InputError(`severities: duplicate name ${d[0]}`, { field: 'severities' });
  if (input.filter((s) => s.isDefault).length > 1)
    throw new InputError('severities: only one severity can be the default for new incidents', { field: 'severities' });
  return afterWrite(deps, async (tx) => {
    const existing = await listSeverities(tx, true);
    const byId = new Map(existing.map((s) => [s.id, s]));
    const kept = new Set<string>();
    for (const [i, s] of input.entries()) {
      const row = {
        rank: i + 1,
        name: s.name,
        description: s.description,
        color: s.color,
        update_cadence_minutes: s.updateCadenceMinutes,
        retrospective_required: s.retrospectiveRequired ? 1 : 0,
        archived: 0,
        is_default: s.isDefault ? 1 : 0,
      };
      const match = (s.id && byId.get(s.id)) || existing.find((e) => e.name.toLowerCase() === s.name.toLowerCase());
      if (s.id && !byId.has(s.id)) throw new InputError(`severities[${i}].id: no severity ${s.id}`, { field: `severities.${i}.id` });
      if (match) {
        kept.add(match.id);
        await updateSeverity(tx, match.id, row);
      } else {
        await insertSeverity(tx, { id: newId(), ...row });
      }
    }
    for (const e of existing)
      if (!kept.has(e.id) && !e.archived) await updateSeverity(tx, e.id, { archived: 1, rank: 1000 + e.rank, is_default: 0 });
    const after = await listSeverities(tx);
    const names = (list: { name: string }[]) => list.map((x) => x.name);
    await audit(tx, deps.user ? deps : { ...deps, actorLabel: 'system' }, {
      action: 'settings.severities_changed',
      target: { type: 'settings', id: 'severities', label: 'Severities' },
      details: {
        before: names(existing.filter((e) => !e.archived)),
        after: names(after),
        default: after.find((x) => x.is_default)?.name ?? null,
      },
    });
    return after;
  });
}

/** Replaces the incident role types; the commander role cannot be removed. */
export async function putRoleTypes(
  deps: Deps & { user?: Actor; request?: RequestInfo },
  input: { key: string; name: string; description: string }[],
) {
  const d = dupes(input.map((r) => r.key));
  if (d.length) throw new InputError(`roles: duplicate key ${d[0]}`, { field: 'roles' });
  if (!input.some((r) => r.key === 'commander')) throw new InputError('roles: the commander role is required', { field: 'roles' });
  return afterWrite(deps, async (tx) => {
    const existing = await listRoleTypes(tx, true);
    for (const [i, r] of input.entries()) {
      const row = { name: r.name, description: r.description, rank: i + 1, archived: 0 };
      if (existing.some((e) => e.key === r.key)) await updateRoleType(tx, r.key, row);
      else await insertRoleType(tx, { key: r.key, ...row });
    }
    for (const e of existing) if (!input.some((r) => r.key === e.key)) await updateRoleType(tx, e.key, { archived: 1 });
    const after = await listRoleTypes(tx);
    await audit(tx, deps.user ? deps : { ...deps, actorLabel: 'system' }, {
      action: 'settings.roles_changed',
      target: { type: 'settings', id: 'roles', label: 'Incident roles' },
      details: { before: existing.filter((e) => !e.archived).map((e) => e.key), after: after.map((r) => r.key) },
    });
    return after;
  });
}
