import { DEFAULT_MATCHING_WEIGHTS, MATCH_EXPLANATION_CODES, scoreMatch } from '@avrr/domain';
import {
  EVERY_EXPLANATION_PAIRS as PAIRS,
  fixtureTitleOf as titleOf,
} from '@avrr/domain/reintegration/match-explanation.fixtures';
import { matchReasonText } from '../../apps/web/src/skills/match-explanation';
import { ar } from '../../apps/web/src/locales/ar';
import { en } from '../../apps/web/src/locales/en';
import { fr } from '../../apps/web/src/locales/fr';
import { translator } from './translator';

const CATALOGUES = { en, fr, ar };
const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

const breakdowns = () => PAIRS.flatMap(([p, o]) => scoreMatch(p, o, DEFAULT_MATCHING_WEIGHTS, titleOf).breakdown);

describe('match explanations, in every language', () => {
  it.each(Object.entries(CATALOGUES))('%s has a sentence for every code the domain defines', (_, catalogue) => {
    const sentences = catalogue.matchReasons as Record<string, string>;
    expect(Object.keys(sentences).sort()).toEqual([...MATCH_EXPLANATION_CODES].sort());
    for (const code of MATCH_EXPLANATION_CODES) expect([code, sentences[code].trim() !== '']).toEqual([code, true]);
  });

  it.each(['fr', 'ar'] as const)('%s names the same parameters as English', (language) => {
    const sentences = CATALOGUES[language].matchReasons as Record<string, string>;
    for (const code of MATCH_EXPLANATION_CODES)
      expect([code, placeholders(sentences[code])]).toEqual([
        code,
        placeholders((en.matchReasons as Record<string, string>)[code]),
      ]);
  });

  it("says in English what the domain's own sentence says, languages by name", async () => {
    const t = await translator('en');
    for (const b of breakdowns()) {
      const text = matchReasonText(t, 'en', b.reason, b.explanation);
      if (b.component === 'languages')
        expect(text).toBe(b.explanation.replace(/\ben\b/, 'English').replace(/\bfr\b/, 'French'));
      else expect(text).toBe(b.explanation);
    }
  });

  it('says every explanation in French and Arabic, leaving no placeholder', async () => {
    for (const language of ['fr', 'ar'] as const) {
      const t = await translator(language);
      for (const b of breakdowns()) {
        const text = matchReasonText(t, language, b.reason, b.explanation);
        expect([b.reason.code, text]).toEqual([
          b.reason.code,
          expect.not.stringMatching(/{{|undefined|null|matchWords/),
        ]);
        expect(text).not.toBe(b.explanation);
      }
    }
  });

  it('words the pieces in the reader’s language: experience, credit, education, lists', async () => {
    const [, , , , closeRelated] = PAIRS;
    const fr_ = await translator('fr');
    const [occupation, skills] = scoreMatch(
      closeRelated[0],
      closeRelated[1],
      DEFAULT_MATCHING_WEIGHTS,
      titleOf,
    ).breakdown;
    expect(matchReasonText(fr_, 'fr', occupation.reason, occupation.explanation)).toBe(
      'Même grand domaine (même grand groupe 7) : a travaillé comme groupe de base 7412 ; 2,5 ans d’expérience, ' +
        'prise en compte à 75 %',
    );
    expect(matchReasonText(fr_, 'fr', skills.reason, skills.explanation)).toBe(
      'A 1 des 2 compétences requises : welding ; manque : engine repair',
    );
    const ar_ = await translator('ar');
    const [, , education, languages] = scoreMatch(PAIRS[3][0], PAIRS[3][1], DEFAULT_MATCHING_WEIGHTS).breakdown;
    expect(matchReasonText(ar_, 'ar', education.reason, education.explanation)).toBe(
      'دون الحد الأدنى للتعليم: مستواه التعليم في مرحلة الطفولة المبكرة (ISCED ٠)، والمطلوب المرحلة الأولى من التعليم الثانوي (ISCED ٢)',
    );
    expect(matchReasonText(ar_, 'ar', languages.reason, languages.explanation)).toBe(
      'لا يتحدث أيًّا من اللغات المطلوبة (الفرنسية)',
    );
  });

  it("keeps the API's English sentence for a code the app does not know", async () => {
    const t = await translator('ar');
    const newer = { code: 'occupation_newer', params: {} } as unknown as Parameters<typeof matchReasonText>[2];
    expect(matchReasonText(t, 'ar', newer, 'Something newer')).toBe('Something newer');
  });
});
