import { TZDate } from '@date-fns/tz';

/**
 * The instant a calendar day (YYYY-MM-DD) begins in an IANA time zone: its midnight there, or its first moment where
 * summer time skips midnight.
 */
export function startOfDayIn(day: string, timeZone: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(new TZDate(year, month - 1, date, timeZone).getTime()).toISOString();
}
