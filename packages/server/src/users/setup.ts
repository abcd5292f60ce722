import type { SetupStatus } from '@firebreak/shared';
import { audit } from '../audit/index.ts';
import type { Deps, RequestInfo } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { ConflictError, InputError, NotFoundError } from '../platform/errors.ts';
import { hashSecret, newId, newSecret } from '../platform/ids.ts';
import { hashPassword } from './passwords.ts';
import {
  countAdminsWithPassword,
  countUsers,
  getSetupLink,
  getUserByEmail,
  insertSetupLink,
  insertUser,
  updateUser,
  useSetupLink,
} from './store.ts';

const SETUP_LINK_HOURS = 24;

/**
 * On an empty database, creates the first admin (without a password) and returns a one-time
 * setup link that lets a person choose the admin's e-mail, name and password. Null when users exist.
 */
export async function ensureFirstAdmin(deps: Deps): Promise<string | null> {
  if ((await countUsers(reader(deps))) > 0) return null;
  const secret = newSecret('fbsetup');
  const now = deps.clock.now();
  await transaction(deps, async (tx) => {
    if ((await countUsers(tx)) > 0) return;
    const id = newId();
    await insertUser(tx, {
      id,
      email: 'admin@localhost',
      name: 'Admin',
      role: 'admin',
      password_hash: null,
      created_at: now.toISOString(),
      disabled_at: null,
    });
    await insertSetupLink(tx, {
      token_hash: hashSecret(secret),
      user_id: id,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SETUP_LINK_HOURS * 3_600_000).toISOString(),
    });
  });
  return `${deps.config.publicUrl}/setup?token=${encodeURIComponent(secret)}`;
}

/**
 * Where first-run setup stands, for pages shown before anyone signs in: whether it is still to do (no
 * admin can sign in yet), and what a setup link can still do, so a used one says so before the form.
 */
export async function setupStatus(deps: Deps, token?: string): Promise<SetupStatus> {
  const tx = reader(deps);
  const pending = (await countAdminsWithPassword(tx)) === 0;
  if (!token) return { pending, link: null };
  const link = await getSetupLink(tx, hashSecret(token));
  const now = deps.clock.now().toISOString();
  return { pending, link: !link ? 'unknown' : link.used_at ? 'used' : link.expires_at <= now ? 'expired' : 'valid' };
}

/** Completes first-run setup: the link is used once and sets the admin's identity and password. */
export async function completeSetup(
  deps: Deps,
  input: { token: string; email: string; name: string; password: string },
  request: RequestInfo | null = null,
) {
  const passwordHash = await hashPassword(input.password);
  return transaction(deps, async (tx) => {
    const now = deps.clock.now().toISOString();
    const hash = hashSecret(input.token);
    const link = await getSetupLink(tx, hash);
    if (!link || link.expires_at <= now) throw new NotFoundError('This setup link is not valid or has expired', 'setup_link_invalid');
    if (link.used_at) throw new ConflictError('This setup link was already used; sign in instead', undefined, 'setup_link_used');
    const email = input.email.trim().toLowerCase();
    const other = await getUserByEmail(tx, email);
    if (other && other.id !== link.user_id) throw new InputError(`email: ${email} belongs to another user`, { field: 'email' });
    const used = await useSetupLink(tx, hash, now);
    if (Number(used.numUpdatedRows) !== 1) throw new ConflictError('This setup link was already used', undefined, 'setup_link_used');
    await updateUser(tx, link.user_id, { email, name: input.name, password_hash: passwordHash });
    await audit(
      tx,
      { clock: deps.clock, user: { id: link.user_id, email, name: input.name }, request },
      { action: 'auth.setup_completed', target: { type: 'user', id: link.user_id, label: email } },
    );
    return link.user_id;
  });
}
