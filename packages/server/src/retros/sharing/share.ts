import { stakeholderCopy } from '@firebreak/shared';
import { audit } from '../../audit/index.ts';
import { formatRef, getIncidentById } from '../../incidents/index.ts';
import type { Ctx, Deps } from '../../platform/context.ts';
import { reader, transaction } from '../../platform/context.ts';
import { ConflictError, NotAllowedError, NotFoundError } from '../../platform/errors.ts';
import { hashSecret, newSecret } from '../../platform/ids.ts';
import { remember } from '../history.ts';
import { retroChanged } from '../live.ts';
import { loadRetro } from '../policy.ts';
import { type RetroSnapshot, snapshotOf } from '../publish.ts';
import { getRetroByShareHash, updateRetro } from '../store.ts';

export type ShareLinks = { token: string; url: string; markdownUrl: string; htmlUrl: string; createdAt: string; allowsPrivate: boolean };

export const shareLinks = (publicUrl: string, token: string) => {
  const base = `${publicUrl}/api/v1/shared/retros/${token}`;
  return { url: base, markdownUrl: `${base}/export.md`, htmlUrl: `${base}/export.html` };
};

/**
 * Creates (or replaces) the retrospective's share link: anyone with the link reads the latest
 * published revision without signing in, never a draft. Only for non-private incidents, unless an
 * admin explicitly shares a private one (`allowPrivate`). The token is shown once; only its hash is kept.
 */
export async function createShare(ctx: Ctx, ref: string, input: { allowPrivate: boolean }): Promise<ShareLinks> {
  const token = newSecret('fbshare');
  const { out } = await transaction(ctx, async (tx) => {
    const { retro, incident } = await loadRetro(tx, ctx.user, ref, 'share', { forUpdate: true });
    retroChanged(tx, retro, 'share');
    if (!retro.first_published_at)
      throw new ConflictError('Publish the retrospective before sharing it; share links never show drafts', {}, 'retro_not_published');
    const allowsPrivate = !!incident.private;
    if (incident.private && !(ctx.user.role === 'admin' && input.allowPrivate)) {
      throw new NotAllowedError(
        ctx.user.role === 'admin'
          ? 'This incident is private: share it only deliberately, with {"allowPrivate": true}'
          : 'This incident is private: only an admin can share its retrospective',
        'share_private_forbidden',
      );
    }
    const now = ctx.clock.now().toISOString();
    await updateRetro(tx, retro.id, {
      share_token_hash: hashSecret(token),
      share_created_at: now,
      share_created_by: ctx.user.id,
      share_allows_private: allowsPrivate ? 1 : 0,
    });
    await remember(tx, ctx, retro, {
      kind: 'retro_share_changed',
      data: { retroId: retro.id, change: retro.share_token_hash ? 'replaced' : 'created', allowsPrivate },
    });
    await audit(tx, ctx, {
      action: 'share_link.created',
      target: { type: 'retro', id: retro.id, label: formatRef(incident.number) },
      details: { replaced: !!retro.share_token_hash, allowsPrivate, incidentPrivate: !!incident.private },
    });
    return { retroId: retro.id, out: { token, ...shareLinks(ctx.config.publicUrl, token), createdAt: now, allowsPrivate } };
  });
  return out;
}

/** Revokes the share link: it stops working at once. */
export async function revokeShare(ctx: Ctx, ref: string): Promise<void> {
  await transaction(ctx, async (tx) => {
    const { retro, incident } = await loadRetro(tx, ctx.user, ref, 'share', { forUpdate: true });
    retroChanged(tx, retro, 'share');
    if (!retro.share_token_hash) throw new NotFoundError('This retrospective has no share link', 'share_not_found');
    await updateRetro(tx, retro.id, { share_token_hash: null, share_created_at: null, share_created_by: null, share_allows_private: 0 });
    await remember(tx, ctx, retro, { kind: 'retro_share_changed', data: { retroId: retro.id, change: 'revoked' } });
    await audit(tx, ctx, { action: 'share_link.revoked', target: { type: 'retro', id: retro.id, label: formatRef(incident.number) } });
    return retro.id;
  });
}

/**
 * What a share link shows: the latest published revision, without e-mail addresses. A link to an
 * incident that became private after sharing stops working (unless an admin shared it as private).
 */
export async function readShared(deps: Deps, token: string): Promise<RetroSnapshot> {
  const tx = reader(deps);
  const gone = () => new NotFoundError('This share link does not exist or was revoked', 'share_not_found');
  if (!/^fbshare_[A-Za-z0-9_-]{20,100}$/.test(token)) throw gone();
  const retro = await getRetroByShareHash(tx, hashSecret(token));
  if (!retro) throw gone();
  const incident = await getIncidentById(tx, retro.incident_id);
  if (!incident || (incident.private && !retro.share_allows_private)) throw gone();
  const snap = await snapshotOf(tx, retro.id);
  if (!snap) throw gone();
  // Whoever holds the link reads what stakeholders read: nothing pulled in from the war room.
  return stakeholderCopy({
    ...snap,
    withheld: 0,
    meeting: { ...snap.meeting, attendees: snap.meeting.attendees.map((a) => ({ ...a, email: '' })) },
  });
}
