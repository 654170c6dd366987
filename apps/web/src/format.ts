// Dates and numbers in the user's language (Intl), whatever the language of the API's own sentences.
import { useTranslation } from 'react-i18next';

const locale = (language: string) => (language === 'ar' ? 'ar-u-nu-arab' : language === 'fr' ? 'fr-FR' : 'en-GB');
/** The Intl locale of a language of the app (Arabic with Arabic-Indic digits). */
export const numberLocale = locale;

export function useFormat() {
  const { i18n } = useTranslation();
  const loc = locale(i18n.language);
  return {
    date(value: string | null | undefined): string {
      if (!value) return '';
      // A plain day (YYYY-MM-DD) is a calendar day, not a UTC midnight.
      const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
      return new Intl.DateTimeFormat(loc, { dateStyle: 'medium' }).format(d);
    },
    dateTime(value: string | null | undefined): string {
      if (!value) return '';
      return new Intl.DateTimeFormat(loc, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
    },
    number(value: number): string {
      return new Intl.NumberFormat(loc).format(value);
    },
    /** A score from 0 to 1 with `digits` decimals (0.613). */
    score(value: number, digits = 3): string {
      return new Intl.NumberFormat(loc, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
    },
    language: i18n.language,
  };
}

/** YYYY-MM-DD of a day in the device's time zone, `days` from today. */
export function localDay(days = 0, from = new Date()): string {
  const d = new Date(from.getTime() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The device's IANA time zone, the one its calendar days are of. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A datetime-local input's value (device time) as an ISO instant with Z, as the API wants. */
export function toInstant(local: string): string {
  return local ? new Date(local).toISOString() : '';
}

/** Now (or `hours` from now) as a datetime-local input value. */
export function localDateTime(hours = 0): string {
  const d = new Date(Date.now() + hours * 3_600_000);
  d.setSeconds(0, 0);
  return `${localDay(0, d)}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
