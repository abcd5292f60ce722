import { TextInput } from '@mantine/core';
import { timeZonePref } from '../lib/time.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO instant → the value of a datetime-local input, in local time or UTC. */
export function toInputValue(iso: string | null | undefined, tz: 'local' | 'utc'): string {
  if (!iso) return '';
  const d = new Date(iso);
  return tz === 'utc'
    ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
    : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of a datetime-local input → ISO instant, reading it as local time or UTC. */
export function fromInputValue(value: string, tz: 'local' | 'utc'): string | null {
  if (!value) return null;
  const d = tz === 'utc' ? new Date(`${value}:00Z`) : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

const zoneName = () => {
  const offset = -new Date().getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const a = Math.abs(offset);
  return `UTC${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
};

/**
 * A date and time picker that honours the local/UTC switch and says which zone it means; the
 * browser's own picker works well on phones.
 */
export function DateTimeField({
  label,
  value,
  onChange,
  description,
  error,
  max,
}: {
  label: string;
  value: string | null;
  onChange: (iso: string | null) => void;
  description?: string;
  error?: string;
  max?: string;
}) {
  const tz = timeZonePref.use();
  return (
    <TextInput
      type="datetime-local"
      label={`${label} (${tz === 'utc' ? 'UTC' : `local time, ${zoneName()}`})`}
      description={description}
      error={error}
      value={toInputValue(value, tz)}
      max={max ? toInputValue(max, tz) : undefined}
      onChange={(e) => onChange(fromInputValue(e.currentTarget.value, tz))}
    />
  );
}
