import { CASE_REASON_CODES, caseReason, reasonText } from '@avrr/domain/case/case-reasons';
import { RESTRICTED_EVENT_TYPE } from '@avrr/domain/access/sensitive-data';
import { ar } from '../../apps/web/src/locales/ar';
import { en } from '../../apps/web/src/locales/en';
import { fr } from '../../apps/web/src/locales/fr';

const CATALOGUES = { en, fr, ar };
const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('the reasons a case waits for, in every language', () => {
  it.each(Object.entries(CATALOGUES))('%s has a sentence for every code the domain defines', (_, catalogue) => {
    const reasons = catalogue.reasons as Record<string, string>;
    for (const code of CASE_REASON_CODES)
      expect([code, reasons[code]?.trim() || undefined]).toEqual([code, expect.any(String)]);
    expect(Object.keys(reasons).sort()).toEqual([...CASE_REASON_CODES].sort());
    expect(catalogue.actions[RESTRICTED_EVENT_TYPE]).toEqual(expect.any(String));
  });

  it.each(['fr', 'ar'] as const)('%s names the same parameters as English', (language) => {
    const reasons = CATALOGUES[language].reasons as Record<string, string>;
    for (const code of CASE_REASON_CODES)
      expect([code, placeholders(reasons[code])]).toEqual([
        code,
        placeholders((en.reasons as Record<string, string>)[code]),
      ]);
  });

  it('reads in English word for word as the API writes it', () => {
    const params: Record<string, string> = { person: 'Amina Diallo', personId: 'p-1', what: 'the consulate by 5 May' };
    for (const code of CASE_REASON_CODES) {
      const rendered = (en.reasons as Record<string, string>)[code].replace(
        /{{(\w+)}}/g,
        (_, name: string) => params[name],
      );
      expect([code, rendered]).toEqual([code, reasonText(caseReason(code, params))]);
    }
  });
});
