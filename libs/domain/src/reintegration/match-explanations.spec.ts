// Match explanations as codes with parameters: each branch of each component gives its own code, with the values a
// translation needs, beside the English sentence the API has always returned.
import {
  DEFAULT_MATCHING_WEIGHTS,
  MATCH_EXPLANATION_CODES,
  type MatchExplanationReason,
  type MatchComponent,
  type ReintegrationOpportunity,
  scoreMatch,
  type SkillsProfile,
} from './matching';
import { EVERY_EXPLANATION_PAIRS, fixtureOpening, fixturePerson, fixtureTitleOf } from './match-explanation.fixtures';

const person = fixturePerson;
const opening = fixtureOpening;
const titleOf = fixtureTitleOf;

function reasons(p: SkillsProfile, o: ReintegrationOpportunity): Record<MatchComponent, MatchExplanationReason> {
  const r = scoreMatch(p, o, DEFAULT_MATCHING_WEIGHTS, titleOf);
  return Object.fromEntries(r.breakdown.map((b) => [b.component, b.reason])) as Record<
    MatchComponent,
    MatchExplanationReason
  >;
}

describe('match explanation codes', () => {
  it('a full match names the group with its title, the years and credit, and the lists held', () => {
    expect(reasons(person(), opening())).toEqual({
      occupation: {
        code: 'occupation_same_group',
        params: { group: '7231', groupTitle: 'Motor vehicle mechanics and repairers', years: '6', credit: '100' },
      },
      skills: { code: 'skills_all', params: { required: '2', has: ['engine repair', 'welding'] } },
      education: { code: 'education_meets', params: { has: '3', needs: '2' } },
      languages: { code: 'languages_all', params: { speaks: ['fr'] } },
      region: { code: 'region_preferred', params: { region: 'Dakar' } },
      type: { code: 'type_fits', params: { wants: 'job', type: 'job' } },
    });
  });

  it('a partial match gives what is held and what is missing, and the credit of few years', () => {
    const r = reasons(
      person({ occupations: [{ iscoCode: '7233', years: 2 }], preferredRegion: 'Thiès', iscedLevel: 1 }),
      opening({ requiredSkills: ['welding', 'hydraulics'], languages: ['fr', 'en'], minIscedLevel: 2 }),
    );
    expect(r.occupation).toEqual({
      code: 'occupation_closely_related',
      params: {
        shared: '723',
        sharedTitle: 'Machinery mechanics and repairers',
        held: '7233',
        years: '2',
        credit: '70',
      },
    });
    expect(r.skills).toEqual({
      code: 'skills_some',
      params: { matched: '1', required: '2', has: ['welding'], lacks: ['hydraulics'] },
    });
    expect(r.education).toEqual({ code: 'education_one_below', params: { has: '1', needs: '2' } });
    expect(r.languages).toEqual({
      code: 'languages_some',
      params: { matched: '1', required: '2', speaks: ['fr'], lacks: ['en'] },
    });
    expect(r.region).toEqual({ code: 'region_elsewhere', params: { preferred: 'Thiès', region: 'Dakar' } });
  });

  it.each([
    ['7212', 'occupation_related', { shared: '72', held: '7212', years: '0', credit: '50' }],
    ['7412', 'occupation_same_field', { shared: '7', held: '7412', years: '0', credit: '50' }],
    ['8322', 'occupation_unrelated', { group: '7231', groupTitle: 'Motor vehicle mechanics and repairers' }],
  ])('an occupation %s held with no recorded years against 7231 is %s', (code, reason, params) => {
    expect(reasons(person({ occupations: [{ iscoCode: code, years: 0 }] }), opening()).occupation).toEqual({
      code: reason,
      params,
    });
  });

  it('every code is reached by some pair, and only known codes are given', () => {
    const seen = new Set(EVERY_EXPLANATION_PAIRS.flatMap(([p, o]) => Object.values(reasons(p, o)).map((r) => r.code)));
    expect([...seen].sort()).toEqual([...MATCH_EXPLANATION_CODES].sort());
  });

  it('keeps the English sentence beside the code', () => {
    const r = scoreMatch(person({ wants: 'business' }), opening(), DEFAULT_MATCHING_WEIGHTS, titleOf);
    const type = r.breakdown.find((b) => b.component === 'type')!;
    expect(type.reason).toEqual({ code: 'type_does_not_fit', params: { wants: 'business', type: 'job' } });
    expect(type.explanation).toBe('Wants to start their own business; this is a job, not what they asked for');
  });
});
