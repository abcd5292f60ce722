import type { InsightFilters } from '../../api/insights.ts';

export const RANGES = [
  { value: '30', label: '30 days', short: '30 d' },
  { value: '90', label: '90 days', short: '90 d' },
  { value: '182', label: '6 months', short: '6 mo' },
  { value: '365', label: '12 months', short: '1 yr' },
  { value: 'custom', label: 'Custom', short: 'Custom' },
] as const;

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** The browser's own calendar day of an instant, as `YYYY-MM-DD`. */
const dateOnly = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The filters the page's URL says, with the browser's time zone for weeks and months. */
export function filtersFrom(params: URLSearchParams, now: Date): InsightFilters & { range: string; fromDay: string; toDay: string } {
  const range = params.get('range') ?? '90';
  const custom = range === 'custom';
  const toDay = custom && params.get('to') ? (params.get('to') as string) : dateOnly(now);
  const fromDay =
    custom && params.get('from')
      ? (params.get('from') as string)
      : dateOnly(new Date(now.getTime() - Number(range === 'custom' ? 90 : range) * DAY));
  // Whole days (the server reads them in `tz`: from the start of the first to the end of the last); a preset ends now.
  return {
    range,
    fromDay,
    toDay,
    from: fromDay,
    to: custom ? toDay : now.toISOString(),
    severity: params.get('severity') ?? undefined,
    service: params.get('service') ?? undefined,
    team: params.get('team') ?? undefined,
    period: params.get('period') === 'week' ? 'week' : 'month',
    tz: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  };
}

/** Minutes as people read them: 45 min, 2 h 05 min, 3 d 4 h. */
export function formatMinutes(m: number | null): string {
  if (m === null) return '—';
  if (m < 1) return `${Math.round(m * 60)} s`;
  if (m < 60) return `${Math.round(m)} min`;
  if (m < 24 * 60) return `${Math.floor(m / 60)} h ${String(Math.round(m % 60)).padStart(2, '0')} min`;
  return `${Math.floor(m / 1440)} d ${Math.round((m % 1440) / 60)} h`;
}

export const percent = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);
