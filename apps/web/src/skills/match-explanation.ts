// A match explanation in the reader's language, from the code and parameters the API gives (`reason`), as reasons.ts
// does for "waits for". The pieces a sentence is made of (an ISCO-08 group, years of experience, an ISCED level, what
// the person wants, lists) are worded here first, so each catalogue only holds whole sentences and short phrases.
import type { TFunction } from 'i18next';
import { numberLocale } from '../format';
import type { MatchExplanationReason } from './skills-types';

const ISCO_LEVELS = ['major', 'major', 'sub_major', 'minor', 'unit'] as const;
const levelOf = (code: string) => ISCO_LEVELS[Math.min(Math.max(code.length, 1), 4)];

function joined(language: string, items: string[], names?: Intl.DisplayNames): string {
  const words = items.map((item) => {
    try {
      return names?.of(item) ?? item;
    } catch {
      return item; // not a language code Intl knows: say it as recorded
    }
  });
  return new Intl.ListFormat(language, { type: 'unit' }).format(words);
}

/** One of the three ISCO-08 parameters (`group`, `held`, `shared`) in words, with its title when the API knew it. */
function isco(
  t: TFunction,
  params: MatchExplanationReason['params'],
  name: string,
  titled: 'group' | 'shared',
): string | null {
  const code = params[name];
  if (typeof code !== 'string') return null;
  const title = params[`${name}Title`];
  const level = levelOf(code);
  if (typeof title !== 'string') return t(`matchWords.groups.${level}`, { code });
  return titled === 'shared'
    ? t(`matchWords.sharedGroups.${level}`, { code, title })
    : t('matchWords.group', { code, title });
}

/** A count, level, share or number of years in the reader's digits (Arabic-Indic in Arabic, as the app's numbers). */
const numeral = (language: string, value: string) =>
  new Intl.NumberFormat(numberLocale(language)).format(Number(value));

function experience(t: TFunction, language: string, params: MatchExplanationReason['params']): string | null {
  if (typeof params.years !== 'string') return null;
  const years = Number(params.years);
  const words =
    years > 0
      ? t(years === 1 ? 'matchWords.experienceOne' : 'matchWords.experience', {
          years: numeral(language, params.years),
        })
      : t('matchWords.noExperience');
  const credit = typeof params.credit === 'string' ? params.credit : '100';
  return Number(credit) < 100
    ? t('matchWords.countedAt', { experience: words, credit: numeral(language, credit) })
    : words;
}

export function matchReasonText(
  t: TFunction,
  language: string,
  reason: MatchExplanationReason,
  english: string,
): string {
  const p = reason.params;
  const languageNames = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
  const words: Record<string, string> = {};
  for (const [key, value] of Object.entries(p)) {
    const isLanguages = reason.code.startsWith('languages_');
    words[key] = Array.isArray(value) ? joined(language, value, isLanguages ? languageNames : undefined) : value;
  }
  for (const key of ['matched', 'required'])
    if (typeof p[key] === 'string') words[key] = numeral(language, p[key] as string);
  const isced = (level: string | string[] | undefined) =>
    typeof level === 'string'
      ? t('matchWords.isced', {
          level: numeral(language, level),
          name: t(`matchWords.iscedNames.${level}`, { defaultValue: '' }),
        })
      : undefined;
  if (reason.code.startsWith('education_')) Object.assign(words, { has: isced(p.has), needs: isced(p.needs) });
  if (reason.code.startsWith('type_'))
    Object.assign(words, {
      wants: t(`matchWords.wants.${String(p.wants)}`, { defaultValue: String(p.wants) }),
      type: t(`matchWords.types.${String(p.type)}`, { defaultValue: String(p.type) }),
    });
  if (reason.code.startsWith('occupation_'))
    Object.assign(words, {
      group: isco(t, p, 'group', 'group'),
      held: isco(t, p, 'held', 'group'),
      shared: isco(t, p, 'shared', 'shared'),
      experience: experience(t, language, p),
    });
  // A code this app's catalogue does not know yet (an API newer than the app) keeps the API's English sentence.
  return t(`matchReasons.${reason.code}`, { ...words, defaultValue: english });
}
