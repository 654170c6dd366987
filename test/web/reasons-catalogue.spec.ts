import { CASE_REASON_CODES } from '@avrr/domain/case/case-reasons';
import { RESTRICTED_EVENT_TYPE } from '@avrr/domain/access/sensitive-data';
import { reasonsText, waitingText } from '../../apps/web/src/reasons';
import { ar } from '../../apps/web/src/locales/ar';
import { en } from '../../apps/web/src/locales/en';
import { fr } from '../../apps/web/src/locales/fr';
import { translator } from './translator';

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
});

describe('rendering a reason', () => {
  it("reads a refusal's reasons in the reader's language, with their parameters", async () => {
    const t = await translator('fr');
    const reasons: Parameters<typeof reasonsText>[1] = [
      { code: 'consent_declaration', params: { personId: 'p-1', person: 'Awa Diop' } },
      { code: 'protection_requirement', params: {} },
    ];
    expect(reasonsText(t, reasons)).toEqual([
      'Awa Diop : une déclaration de retour signée',
      'une exigence de protection à remplir (demandez au conseiller)',
    ]);
  });

  it("keeps the API's sentence for a code the app does not know, and the deadline's own words", async () => {
    const t = await translator('ar');
    const unknown = { code: 'newer_code', params: {} } as unknown as Parameters<typeof waitingText>[2];
    expect(waitingText(t, 'something newer', unknown)).toBe('something newer');
    expect(
      waitingText(t, 'the consulate by 5 May', { code: 'deadline', params: { what: 'the consulate by 5 May' } }),
    ).toBe('the consulate by 5 May');
    expect(waitingText(t, 'screening', { code: 'screening', params: {} })).toBe(ar.reasons.screening);
  });
});
