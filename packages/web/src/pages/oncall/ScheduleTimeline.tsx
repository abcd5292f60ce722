import { IconAlertTriangle, IconReplace } from '@tabler/icons-react';
import { type PointerEvent, useRef, useState } from 'react';
import './oncall.css';
import { instantAt, percentOf, type TimelineRange, type TimelineView } from './timeline.ts';

/** One stretch of a track: someone on call, or nobody (a gap). */
export type TrackSpan = { start: number; end: number; userId: string; name: string; override?: boolean; overrideId?: string };
export type Track = { key: string; label: string; spans: TrackSpan[]; final?: boolean };
export type Gap = { start: number; end: number; message: string };

const PALETTE = ['blue', 'teal', 'grape', 'orange', 'cyan', 'lime', 'pink', 'indigo', 'violet', 'yellow'];
/**
 * A colour per person: by their place in `order` (a schedule's participants) so neighbours in a
 * rotation differ, else from a hash of the id. The name is always written too: colour never carries
 * meaning alone.
 */
export function personColor(userId: string, order: string[] = []): string {
  const i = order.indexOf(userId);
  if (i >= 0) return PALETTE[i % PALETTE.length];
  let h = 0;
  for (const c of userId) h = (h * 31 + c.charCodeAt(0)) | 0;
  return PALETTE[Math.abs(h) % PALETTE.length];
}

/** "Mon 2 Mar 09:00" in the schedule's time zone. */
export function zonedLabel(ms: number, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(ms))
    .replace(',', '');
}

export const spanText = (s: { start: number; end: number }, zone: string) => `${zonedLabel(s.start, zone)} – ${zonedLabel(s.end, zone)}`;

function Grid({ range }: { range: TimelineRange }) {
  return (
    <>
      {range.days.map((d, i) => (
        <span key={d.start}>
          {d.weekend && (
            <span
              className="fb-tl-weekend"
              style={{
                left: `${percentOf(range, d.start)}%`,
                width: `${percentOf(range, range.days[i + 1]?.start ?? range.to) - percentOf(range, d.start)}%`,
              }}
            />
          )}
          {i > 0 && <span className="fb-tl-grid" style={{ left: `${percentOf(range, d.start)}%` }} />}
        </span>
      ))}
    </>
  );
}

function Now({ range, now }: { range: TimelineRange; now: number }) {
  if (now < range.from || now >= range.to) return null;
  return <span className="fb-tl-now" style={{ left: `${percentOf(range, now)}%` }} title="Now" />;
}

/**
 * A week or month of a schedule: each layer's own shifts, then the final schedule (overrides dashed
 * and marked, gaps red with the words "nobody on call"), and under it a strip where a span is chosen
 * for a new override by dragging, or by clicking its start and then its end.
 */
export function ScheduleTimeline({
  view,
  range,
  zone,
  tracks,
  gaps,
  now,
  compact,
  onSpanClick,
  onChoose,
  colorOrder,
}: {
  colorOrder?: string[];
  view: TimelineView;
  range: TimelineRange;
  zone: string;
  tracks: Track[];
  gaps: Gap[];
  now: number;
  compact: boolean;
  onSpanClick?: (span: TrackSpan) => void;
  onChoose?: (start: number, end: number) => void;
}) {
  const order = [...new Set([...(colorOrder ?? []), ...tracks.flatMap((t) => t.spans.map((s) => s.userId))])];
  const place = (s: { start: number; end: number }) => {
    const left = percentOf(range, s.start);
    return { left: `${left}%`, width: `${Math.max(0.3, percentOf(range, s.end) - left)}%` };
  };
  return (
    <div className="fb-tl">
      <span className="fb-tl-corner" />
      <div className="fb-tl-days" aria-hidden>
        {range.days.map((d, i) =>
          view === 'month' && compact && i % 7 !== 0 ? null : (
            <span key={d.start} className="fb-tl-day" style={{ left: `${percentOf(range, d.start)}%` }}>
              {d.label}
            </span>
          ),
        )}
      </div>
      {tracks.map((t) => (
        <TrackRow
          key={t.key}
          track={t}
          range={range}
          zone={zone}
          now={now}
          gaps={t.final ? gaps : []}
          place={place}
          onSpanClick={onSpanClick}
          order={order}
        />
      ))}
      {onChoose && <Picker range={range} zone={zone} onChoose={onChoose} place={place} />}
    </div>
  );
}

type Place = (s: { start: number; end: number }) => { left: string; width: string };

function TrackRow({
  track,
  range,
  zone,
  now,
  gaps,
  place,
  onSpanClick,
  order,
}: {
  order: string[];
  track: Track;
  range: TimelineRange;
  zone: string;
  now: number;
  gaps: Gap[];
  place: Place;
  onSpanClick?: (span: TrackSpan) => void;
}) {
  const id = `tl-${track.key}`;
  return (
    <>
      <div className="fb-tl-label fb-truncate" id={id}>
        {track.label}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a track groups the spans of one row; it is not a form */}
      <div className={`fb-tl-track${track.final ? ' fb-tl-final' : ''}`} role="group" aria-labelledby={id}>
        <Grid range={range} />
        {track.spans.map((s) => {
          const color = personColor(s.userId, order);
          const style = {
            ...place(s),
            '--span-bg': `var(--mantine-color-${color}-light)`,
            '--span-color': `var(--mantine-color-${color}-filled)`,
          };
          const label = `${s.name}, ${spanText(s, zone)}${s.override ? ', override' : ''}`;
          const body = (
            <>
              {s.override && <IconReplace size={12} aria-hidden style={{ flex: 'none' }} />}
              <span className="fb-truncate">{s.name}</span>
            </>
          );
          const cls = `fb-tl-span${s.override ? ' fb-tl-override' : ''}`;
          return track.final && onSpanClick ? (
            <button
              key={`${s.start}-${s.userId}`}
              type="button"
              className={cls}
              style={style}
              aria-label={label}
              title={label}
              onClick={() => onSpanClick(s)}
            >
              {body}
            </button>
          ) : (
            <span key={`${s.start}-${s.userId}`} className={cls} style={style} title={label} role="img" aria-label={label}>
              {body}
            </span>
          );
        })}
        {gaps.map((g) => (
          <span key={g.start} className="fb-tl-span fb-tl-gap" style={place(g)} title={g.message} role="img" aria-label={g.message}>
            <IconAlertTriangle size={12} aria-hidden style={{ flex: 'none' }} />
            <span className="fb-truncate">Nobody</span>
          </span>
        ))}
        <Now range={range} now={now} />
      </div>
    </>
  );
}

/** The strip for choosing a span: drag across it, or click a start and then an end. */
function Picker({
  range,
  zone,
  onChoose,
  place,
}: {
  range: TimelineRange;
  zone: string;
  onChoose: (s: number, e: number) => void;
  place: Place;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [anchor, setAnchor] = useState<number | null>(null);
  const [pending, setPending] = useState<number | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  const down = useRef<{ x: number; t: number } | null>(null);
  const at = (e: PointerEvent) => {
    const r = ref.current?.getBoundingClientRect();
    return r ? instantAt(range, (e.clientX - r.left) / r.width) : range.from;
  };
  const finish = (a: number, b: number) => {
    setAnchor(null);
    setPending(null);
    setHover(null);
    if (a !== b) onChoose(Math.min(a, b), Math.max(a, b));
  };
  const sel = pending !== null && hover !== null ? { start: Math.min(pending, hover), end: Math.max(pending, hover) } : null;
  const dragSel = anchor !== null && hover !== null ? { start: Math.min(anchor, hover), end: Math.max(anchor, hover) } : null;
  const shown = dragSel ?? sel;
  return (
    <>
      <div className="fb-tl-label" id="tl-pick">
        New override
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a pointer strip, not a form; the keyboard uses "Add override" */}
      <div
        ref={ref}
        className="fb-tl-track fb-tl-pick"
        role="group"
        aria-labelledby="tl-pick"
        aria-describedby="tl-pick-hint"
        data-testid="override-picker"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture?.(e.pointerId);
          const t = at(e);
          down.current = { x: e.clientX, t };
          setAnchor(t);
          setHover(t);
        }}
        onPointerMove={(e) => {
          if (anchor !== null || pending !== null) setHover(at(e));
        }}
        onPointerUp={(e) => {
          const start = down.current;
          down.current = null;
          setAnchor(null);
          if (!start) return;
          const t = at(e);
          if (Math.abs(e.clientX - start.x) > 6) return finish(start.t, t);
          // A click: the first marks the start, the second the end.
          if (pending === null) {
            setPending(t);
            setHover(t);
          } else finish(pending, t);
        }}
        onPointerLeave={() => anchor === null && pending === null && setHover(null)}
      >
        <Grid range={range} />
        {shown && <span className="fb-tl-selection" style={place(shown)} />}
        <span className="fb-tl-pick-hint" id="tl-pick-hint">
          {shown && shown.end > shown.start
            ? spanText(shown, zone)
            : pending !== null
              ? `From ${zonedLabel(pending, zone)}: click the end`
              : 'Drag, or click a start and an end, to cover a span'}
        </span>
      </div>
    </>
  );
}
