import type { Tx } from '../platform/context.ts';
import { InputError } from '../platform/errors.ts';
import { listSeverities } from '../severities/index.ts';

/** Finds an active severity by name (case-insensitive) or id; none given means the default one (an admin setting), else the least severe. */
export async function resolveSeverity(tx: Tx, ref: string | undefined) {
  const all = await listSeverities(tx);
  if (!all.length) throw new InputError('No severities are configured', {}, 'no_severities');
  if (ref === undefined) return all.find((s) => s.is_default) ?? all[all.length - 1];
  const s = all.find((x) => x.id === ref || x.name.toLowerCase() === ref.toLowerCase());
  if (!s)
    throw new InputError(
      `severity: unknown severity ${ref} (known: ${all.map((x) => x.name).join(', ')})`,
      { field: 'severity' },
      'unknown_severity',
    );
  return s;
}
