// Pure date arithmetic on ISO strings, usable inside workflows (no clock of its own).

const DAY_MS = 24 * 3600 * 1000;

export function addMs(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

export function addDays(iso: string, days: number): string {
  return addMs(iso, days * DAY_MS);
}

/** Calendar months: 31 January + 1 month is 28/29 February, as people count follow-up visits. */
export function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  const day = d.getUTCDate();
  const target = new Date(
    Date.UTC(
      d.getUTCFullYear(),
      d.getUTCMonth() + months,
      1,
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
      d.getUTCMilliseconds(),
    ),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString();
}

/**
 * The calendar day (YYYY-MM-DD) of a date or of a UTC timestamp ("…Z"), as the service writes them. Its text, not its
 * instant: replayed code (deadlines, gates) depends on it staying so. An instant that may carry an offset: utcDayOf.
 */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * The UTC calendar day of an instant written with any offset: "2026-03-05T01:00:00+05:00" is 4 March in UTC. Its
 * first ten characters would give the writer's local day instead. Unparseable text keeps its first ten characters.
 */
export function utcDayOf(instant: string): string {
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? dayOf(instant) : dayOf(new Date(ms).toISOString());
}

/** The time zone furthest ahead of UTC: UTC+14 (Kiribati's Line Islands). */
const MAX_UTC_OFFSET_MS = 14 * 3600 * 1000;
/** The time zone furthest behind UTC: UTC−12 (Baker Island). */
const MIN_UTC_OFFSET_MS = -12 * 3600 * 1000;

/**
 * The latest calendar day anywhere on Earth at the instant `nowIso`. A day someone enters (a session held, a milestone
 * reached) is a day of their own time zone, up to 14 hours ahead of UTC: it is in the future only when it is later than
 * this. Compared with UTC's day, an office east of UTC could not record what happened today in the first hours of its
 * day (in Kabul until 04:30, in Paris for the last hour of UTC's day).
 */
export function latestDayAnywhere(nowIso: string): string {
  return dayOf(addMs(nowIso, MAX_UTC_OFFSET_MS));
}

/**
 * The earliest calendar day anywhere on Earth at the instant `nowIso`, up to 12 hours behind UTC: a day someone enters
 * is before that instant only when it is earlier than this.
 */
export function earliestDayAnywhere(nowIso: string): string {
  return dayOf(addMs(nowIso, MIN_UTC_OFFSET_MS));
}

/**
 * Whether `instant` can be when `day` begins in some time zone: from its midnight at UTC+14 to its midnight at UTC−12.
 * The API says when a day someone chose begins in their time zone; this bounds what a workflow accepts.
 */
export function mayBeginDay(instant: string, day: string): boolean {
  const at = Date.parse(instant);
  const midnightUtc = Date.parse(`${day}T00:00:00.000Z`);
  return !Number.isNaN(at) && at >= midnightUtc - MAX_UTC_OFFSET_MS && at <= midnightUtc - MIN_UTC_OFFSET_MS;
}

/** Parses durations such as "21d", "72h", "30m", "45s" or "1500ms" to milliseconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+)\s*(ms|s|m|h|d|w)$/.exec(text.trim());
  if (!m) throw new RangeError(`"${text}" is not a duration like 21d, 72h or 30m`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS }[m[2] as 'ms'];
  return Number(m[1]) * unit;
}
