/**
 * Simulated time. A {@link SimTime} is milliseconds since the Unix epoch (UTC), always a whole
 * number of minutes: opcon's resolution is one minute, and runs span 1950-2026 and beyond.
 */
export type SimTime = number;
/** A span of simulated time in milliseconds (a whole number of minutes). */
export type Duration = number;

export const MINUTE: Duration = 60_000;
export const HOUR: Duration = 60 * MINUTE;
export const DAY: Duration = 24 * HOUR;
export const WEEK: Duration = 7 * DAY;

const UNIT_MS: Record<string, Duration> = { m: MINUTE, h: HOUR, d: DAY, w: WEEK };
const DURATION_RE = /^(?:\d+(?:\.\d+)?[mhdw])+$/;
const PART_RE = /(\d+(?:\.\d+)?)([mhdw])/g;

/** Rounds to the simulation's one-minute resolution (half a minute rounds up). */
export function toMinute(ms: number): number {
  return Math.round(ms / MINUTE) * MINUTE;
}

/**
 * Parses a duration such as `90m`, `6h`, `2d12h` or `1w`; returns undefined when malformed.
 * @example parseDuration('1d6h') === 30 * HOUR
 */
export function parseDuration(text: string): Duration | undefined {
  const s = text.trim();
  if (!DURATION_RE.test(s)) return undefined;
  let total = 0;
  for (const m of s.matchAll(PART_RE)) total += Number(m[1]) * (UNIT_MS[m[2]!] ?? 0);
  return toMinute(total);
}

/** Formats a duration compactly: `1d6h`, `45m`, `0m`; negative spans get a leading `-`. */
export function formatDuration(ms: Duration): string {
  if (ms === 0) return '0m';
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(Math.round(ms / MINUTE));
  const d = Math.floor(rest / 1440);
  rest -= d * 1440;
  const h = Math.floor(rest / 60);
  const m = rest - h * 60;
  return sign + (d ? `${d}d` : '') + (h ? `${h}h` : '') + (m ? `${m}m` : '');
}

/** `T+1d6h` relative to a start instant (`T+0m` at the start). */
export function formatRelative(t: SimTime, start: SimTime): string {
  const delta = t - start;
  return delta < 0 ? `T-${formatDuration(-delta)}` : `T+${formatDuration(delta)}`;
}

const pad2 = (n: number) => (n < 10 ? '0' + n : String(n));

/**
 * RFC 3339 UTC with seconds, e.g. `1994-12-01T00:00:00Z` (seconds are always `00`: the
 * resolution is one minute, but strict parsers such as jq's `fromdateiso8601` need them).
 * Computed arithmetically (civil date from day number, H. Hinnant's algorithm): every log record
 * formats its time, and this is several times faster than going through `Date#toISOString`.
 */
export function formatIso(t: SimTime): string {
  const minutes = Math.floor(t / MINUTE);
  const days = Math.floor(minutes / 1440);
  const minuteOfDay = minutes - days * 1440;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return new Date(minutes * MINUTE).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}:00Z`;
}

const ISO_RE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * True when the date and clock fields of an ISO text exist on the calendar: `Date.parse` rolls
 * `2026-02-30` forward to March 2nd, and opcon refuses it instead.
 */
export function isCalendarValid(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text.trim());
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return false;
  return Number(m[4] ?? 0) <= 23 && Number(m[5] ?? 0) <= 59 && Number(m[6] ?? 0) <= 59;
}

/** Parses an ISO 8601 date or date-time; a date or a time without zone is read as UTC. Impossible dates give undefined. */
export function parseIso(text: string): SimTime | undefined {
  const s = text.trim();
  if (!ISO_RE.test(s) || !isCalendarValid(s)) return undefined;
  const hasTime = s.length > 10;
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/.test(s.slice(10));
  const normalized = hasTime ? (hasZone ? s : s + 'Z') : s + 'T00:00Z';
  const t = Date.parse(normalized.replace(' ', 'T'));
  return Number.isFinite(t) ? toMinute(t) : undefined;
}

/**
 * Parses a time spec: `T+6h` / `T-1d` relative to `start`, an ISO date-time, or `start`.
 * `end` is resolved by callers that know the run's end.
 */
export function parseTimeSpec(text: string, start: SimTime): SimTime | undefined {
  const s = text.trim();
  if (s === 'start') return start;
  const rel = /^T([+-])(.+)$/.exec(s);
  if (rel) {
    const d = parseDuration(rel[2]!);
    return d === undefined ? undefined : start + (rel[1] === '-' ? -d : d);
  }
  return parseIso(s);
}

/**
 * Reads a log record's time (`YYYY-MM-DDTHH:MM:SSZ`, as {@link formatIso} writes it) back to a
 * {@link SimTime}; other ISO forms (logs written before record format 1.0.0 had no seconds) fall
 * back to `Date.parse`. Metrics parse every record's time, and the fixed layout reads several
 * times faster by hand.
 */
export function parseRecordTime(text: string): SimTime {
  if (text.length === 20 && text.charCodeAt(10) === 84 /* T */ && text.charCodeAt(19) === 90 /* Z */) {
    const n = (from: number, len: number) => {
      let v = 0;
      for (let i = from; i < from + len; i++) v = v * 10 + (text.charCodeAt(i) - 48);
      return v;
    };
    return Date.UTC(n(0, 4), n(5, 2) - 1, n(8, 2), n(11, 2), n(14, 2), n(17, 2));
  }
  return Date.parse(text);
}
