import {
  DEFAULT_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
  type NotificationSettingsBody,
  type NotificationSettingsView,
} from '@firebreak/shared';
import { DateTime, IANAZone } from 'luxon';
import type { z } from 'zod';
import type { Ctx, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { InputError } from '../platform/errors.ts';
import { getSettings, resubscribe, saveSettings, unsubscribedAmong } from './store.ts';

export type Settings = {
  channels: Record<NotificationKind, NotificationChannel[]>;
  quietHours: { start: string; end: string; timeZone: string } | null;
};

type SettingsRow = { channels: string; quiet_start: string | null; quiet_end: string | null; time_zone: string };

/** A person's settings from their row (or the defaults without one). */
export function settingsFrom(row: SettingsRow | undefined): Settings {
  const stored = row ? (JSON.parse(row.channels) as Partial<Record<NotificationKind, NotificationChannel[]>>) : {};
  const channels = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, stored[k] ?? DEFAULT_CHANNELS[k]])) as Settings['channels'];
  const quietHours = row?.quiet_start && row.quiet_end ? { start: row.quiet_start, end: row.quiet_end, timeZone: row.time_zone } : null;
  return { channels, quietHours };
}

/**
 * When quiet hours (in the person's time zone) end, if `at` falls inside them; otherwise null.
 * A window may cross midnight (22:00–07:00). E-mail waits until then; in-app notifications do not.
 */
export function quietUntil(quiet: Settings['quietHours'], at: Date): Date | null {
  if (!quiet || quiet.start === quiet.end) return null;
  const local = DateTime.fromJSDate(at, { zone: quiet.timeZone });
  if (!local.isValid) return null;
  const minutes = local.hour * 60 + local.minute;
  const [sh, sm] = quiet.start.split(':').map(Number);
  const [eh, em] = quiet.end.split(':').map(Number);
  const start = sh * 60 + sm;
  const end = eh * 60 + em;
  const inside = start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  if (!inside) return null;
  let until = local.set({ hour: eh, minute: em, second: 0, millisecond: 0 });
  if (until <= local) until = until.plus({ days: 1 });
  return until.toUTC().toJSDate();
}

export async function readSettings(ctx: Ctx): Promise<NotificationSettingsView> {
  const tx = reader(ctx);
  const s = settingsFrom(await getSettings(tx, ctx.user.id));
  const off = await unsubscribedAmong(tx, [ctx.user.email.toLowerCase()]);
  return { ...s, emailEnabled: off.size === 0 };
}

/** Saves a person's channels and quiet hours; saving also subscribes their address to e-mail again. */
export async function updateSettings(ctx: Ctx, input: z.output<typeof NotificationSettingsBody>): Promise<NotificationSettingsView> {
  if (input.quietHours && !IANAZone.isValidZone(input.quietHours.timeZone)) {
    throw new InputError(`quietHours.timeZone: ${input.quietHours.timeZone} is not a time zone`, { field: 'quietHours.timeZone' });
  }
  await transaction(ctx, async (tx: Tx) => {
    const current = settingsFrom(await getSettings(tx, ctx.user.id));
    const channels = { ...current.channels };
    for (const [k, v] of Object.entries(input.channels ?? {})) channels[k as NotificationKind] = [...new Set(v)];
    const quiet = input.quietHours === undefined ? current.quietHours : input.quietHours;
    await saveSettings(tx, {
      user_id: ctx.user.id,
      channels: JSON.stringify(channels),
      quiet_start: quiet?.start ?? null,
      quiet_end: quiet?.end ?? null,
      time_zone: quiet?.timeZone ?? 'UTC',
      updated_at: ctx.clock.now().toISOString(),
    });
    await resubscribe(tx, ctx.user.email.toLowerCase());
  });
  return readSettings(ctx);
}
