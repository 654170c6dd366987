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

/** The calendar day (YYYY-MM-DD) of an ISO timestamp, in UTC. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** Parses durations such as "21d", "72h", "30m", "45s" or "1500ms" to milliseconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+)\s*(ms|s|m|h|d|w)$/.exec(text.trim());
  if (!m) throw new RangeError(`"${text}" is not a duration like 21d, 72h or 30m`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS }[m[2] as 'ms'];
  return Number(m[1]) * unit;
}
