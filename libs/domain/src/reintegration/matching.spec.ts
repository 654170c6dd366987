// Over 400 lines: the hand-checked examples of the six components and the two rankings, each against the same
// fixtures; the cases read as one table of the scoring rules.
import { DomainError } from '../errors/domain-error';
import {
  DEFAULT_MATCHING_WEIGHTS,
  experienceCredit,
  isOpportunityOpen,
  iscoProximity,
  OpportunityCatalogue,
  type MatchingWeights,
  type MatchResult,
  rankOpportunities,
  rankReturnees,
  type ReintegrationOpportunity,
  scoreMatch,
  type SkillsProfile,
  validateMatchingWeights,
} from './matching';
import { roundScoreForDisplay } from './score-rounding';

const NOW = '2026-03-01T09:00:00.000Z';
const W = DEFAULT_MATCHING_WEIGHTS; // occupation .3, skills .2, education .1, languages .1, region .15, type .15

const TITLES: Record<string, string> = {
  '7231': 'Motor vehicle mechanics and repairers',
  '723': 'Machinery mechanics and repairers',
  '7233': 'Agricultural and industrial machinery mechanics and repairers',
  '5221': 'Shop keepers',
  '522': 'Shop salespersons',
  '5223': 'Shop sales assistants',
};
const titleOf = (code: string) => TITLES[code];

const moussa: SkillsProfile = {
  id: 'profile-moussa',
  occupations: [
    { iscoCode: '7231', years: 6 },
    { iscoCode: '8322', years: 2 },
  ],
  skills: ['Engine repair', 'Welding', 'diagnostics '],
  iscedLevel: 3,
  languages: ['fr', 'wo'],
  drivingLicence: true,
  monthsAbroad: 40,
  preferredRegion: 'Dakar',
  wants: 'job',
};

const aminata: SkillsProfile = {
  id: 'profile-aminata',
  occupations: [{ iscoCode: '5221', years: 2 }],
  skills: ['Sales', 'Book-keeping'],
  iscedLevel: 2,
  languages: ['FR'],
  drivingLicence: false,
  preferredRegion: null,
  wants: 'business',
};

const opportunity = (over: Partial<ReintegrationOpportunity> & { id: string }): ReintegrationOpportunity => ({
  title: over.id,
  iscoCode: '7231',
  requiredSkills: [],
  minIscedLevel: 0,
  languages: [],
  region: 'Dakar',
  type: 'job',
  placesAvailable: 3,
  expiresAt: '2026-06-30T17:00:00.000Z',
  ...over,
});

const garage = opportunity({
  id: 'opp-garage',
  title: 'Mechanic, Garage Médina',
  iscoCode: '7231',
  requiredSkills: ['engine repair', 'Diagnostics', 'electrical systems'],
  minIscedLevel: 2,
  languages: ['fr'],
  region: 'Dakar',
  type: 'job',
});

const tractor = opportunity({
  id: 'opp-tractor',
  title: 'Tractor mechanic apprenticeship',
  iscoCode: '7233',
  requiredSkills: ['Welding', 'hydraulics', 'welding'],
  minIscedLevel: 4,
  languages: ['fr', 'EN'],
  region: 'Thiès',
  type: 'apprenticeship',
});

const startup = opportunity({
  id: 'opp-startup',
  title: 'Small shop start-up support',
  iscoCode: '5223',
  requiredSkills: ['book keeping', 'Marketing', 'sales'],
  minIscedLevel: 3,
  languages: ['fr', 'wo'],
  region: 'Dakar',
  type: 'business_support',
});

const byComponent = (r: MatchResult) => Object.fromEntries(r.breakdown.map((b) => [b.component, b]));
const values = (r: MatchResult) => Object.fromEntries(r.breakdown.map((b) => [b.component, b.value]));
const ids = (rs: MatchResult[]) => rs.map((r) => r.opportunityId);

describe('ISCO-08 proximity', () => {
  it.each([
    ['7231', '7231', 'unit', '7231', 1],
    ['7231', '7233', 'minor', '723', 0.75],
    ['7231', '7212', 'sub_major', '72', 0.5],
    ['7231', '7412', 'major', '7', 0.25],
    ['7231', '8322', 'none', '', 0],
    ['0110', '0210', 'major', '0', 0.25],
    ['723', '7231', 'minor', '723', 0.75],
  ])('%s and %s share the %s group %p: %d', (a, b, level, sharedCode, value) => {
    expect(iscoProximity(a, b)).toEqual({ level, sharedCode, value });
    expect(iscoProximity(b, a).value).toBe(value);
  });

  it('refuses bad codes', () => {
    expect(() => iscoProximity('72a1', '7231')).toThrow(RangeError);
    expect(() => iscoProximity('7231', '')).toThrow(RangeError);
  });
});

describe('experience credit', () => {
  it.each([
    [0, 0.5],
    [1, 0.6],
    [2, 0.7],
    [2.5, 0.75],
    [5, 1],
    [12, 1],
    [-3, 0.5],
    [Number.NaN, 0.5],
  ])('%d years count %d', (years, credit) => {
    expect(experienceCredit(years)).toBeCloseTo(credit, 12);
  });

  it('takes the best held occupation, proximity times credit', () => {
    // 7231 for 1 year: 1 x 0.6 = 0.6; 7233 for 10 years: 0.75 x 1 = 0.75 -> the related occupation wins.
    const p: SkillsProfile = {
      ...moussa,
      occupations: [
        { iscoCode: '7231', years: 1 },
        { iscoCode: '7233', years: 10 },
      ],
    };
    const r = scoreMatch(p, garage, W, titleOf);
    expect(byComponent(r).occupation.value).toBeCloseTo(0.75, 12);
    expect(byComponent(r).occupation.explanation).toBe(
      'Closely related occupation (same minor group: Machinery mechanics and repairers, 723): worked as ' +
        'Agricultural and industrial machinery mechanics and repairers (7233); 10 years of experience',
    );
  });

  it.each([
    ['7212', 0.5, 'Related occupation (same sub-major group 72): worked as unit group 7212; 5 years of experience'],
    ['7412', 0.25, 'Same broad field (same major group 7): worked as unit group 7412; 5 years of experience'],
    ['8322', 0, 'No experience in a related occupation (none shares a group with unit group 7231)'],
  ])('scores and explains an occupation %s held 5 years against 7231 as %d', (code, value, explanation) => {
    const r = scoreMatch({ ...moussa, occupations: [{ iscoCode: code, years: 5 }] }, garage, W);
    expect(byComponent(r).occupation.value).toBe(value);
    expect(byComponent(r).occupation.explanation).toBe(explanation);
  });

  it('says so when no occupation is recorded', () => {
    const r = scoreMatch({ ...moussa, occupations: [] }, garage, W);
    expect(byComponent(r).occupation).toMatchObject({
      value: 0,
      explanation: 'No occupation recorded in the skills profile',
    });
  });
});

describe('score breakdowns (hand-checked)', () => {
  it('Moussa and the garage job', () => {
    // occupation: 7231 held 6 years against 7231: same unit 1 x credit 1 = 1       -> .3  x 1   = .3
    // skills:     has engine repair, diagnostics of 3 required -> 2/3               -> .2  x 2/3 = .133333
    // education:  ISCED 3 >= minimum 2 -> 1                                         -> .1  x 1   = .1
    // languages:  fr required, spoken -> 1                                           -> .1  x 1   = .1
    // region:     Dakar = Dakar -> 1                                                 -> .15 x 1   = .15
    // type:       wants a job, this is a job -> 1                                    -> .15 x 1   = .15
    // score = .3 + .133333 + .1 + .1 + .15 + .15 = 0.933333
    const r = scoreMatch(moussa, garage, W, titleOf);
    expect(r.profileId).toBe('profile-moussa');
    expect(r.opportunityId).toBe('opp-garage');
    expect(r.score).toBeCloseTo(0.3 + 0.2 * (2 / 3) + 0.1 + 0.1 + 0.15 + 0.15, 12);
    expect(r.score).toBeCloseTo(0.933333, 6);
    expect(roundScoreForDisplay(r.score)).toBe(0.933);
    expect(r.breakdown.map((b) => b.component)).toEqual([
      'occupation',
      'skills',
      'education',
      'languages',
      'region',
      'type',
    ]);
    const c = byComponent(r);
    expect(c.occupation).toEqual({
      component: 'occupation',
      value: 1,
      weight: 0.3,
      contribution: 0.3,
      explanation: 'Same occupation group: Motor vehicle mechanics and repairers (7231); 6 years of experience',
      reason: {
        code: 'occupation_same_group',
        params: { group: '7231', groupTitle: 'Motor vehicle mechanics and repairers', years: '6', credit: '100' },
      },
    });
    expect(c.skills.value).toBeCloseTo(2 / 3, 12);
    expect(c.skills.contribution).toBeCloseTo(0.133333, 6);
    expect(c.skills.explanation).toBe(
      'Has 2 of the 3 required skills: engine repair, diagnostics; missing: electrical systems',
    );
    expect(c.education.explanation).toBe(
      'Meets the minimum education: has upper secondary education (ISCED 3), needs lower secondary education (ISCED 2)',
    );
    expect(c.languages.explanation).toBe('Speaks all required languages: fr');
    expect(c.region.explanation).toBe('Wants to live in this region (Dakar)');
    expect(c.type.explanation).toBe('Wants a job; a job fits');
    expect(r.breakdown.reduce((s, b) => s + b.contribution, 0)).toBeCloseTo(r.score, 12);
  });

  it('Moussa and the tractor apprenticeship', () => {
    // occupation: 7231 (6 y) against 7233: same minor group 723, 0.75 x 1 = .75     -> .3  x .75 = .225 (8322: none)
    // skills:     welding, hydraulics (welding listed twice counts once); has welding -> 1/2 -> .2 x .5 = .1
    // education:  ISCED 3, minimum 4: one level below -> .5                          -> .1  x .5  = .05
    // languages:  fr, en required; speaks fr -> 1/2                                   -> .1  x .5  = .05
    // region:     prefers Dakar, opportunity in Thiès -> 0                            -> .15 x 0   = 0
    // type:       wants a job; an apprenticeship fits -> 1                           -> .15 x 1   = .15
    // score = .225 + .1 + .05 + .05 + 0 + .15 = 0.575
    const r = scoreMatch(moussa, tractor, W);
    expect(values(r)).toEqual({ occupation: 0.75, skills: 0.5, education: 0.5, languages: 0.5, region: 0, type: 1 });
    expect(r.score).toBeCloseTo(0.575, 12);
    const c = byComponent(r);
    expect(c.occupation.explanation).toBe(
      'Closely related occupation (same minor group 723): worked as unit group 7231; 6 years of experience',
    );
    expect(c.skills.explanation).toBe('Has 1 of the 2 required skills: welding; missing: hydraulics');
    expect(c.education.explanation).toBe(
      'One level below the minimum education: has upper secondary education (ISCED 3), needs post-secondary non-tertiary education (ISCED 4)',
    );
    expect(c.languages.explanation).toBe('Speaks 1 of the 2 required languages: fr; not en');
    expect(c.region.explanation).toBe('Prefers Dakar; the opportunity is in Thiès');
    expect(c.type.explanation).toBe('Wants a job; an apprenticeship fits');
  });

  it('Aminata and the start-up support programme', () => {
    // occupation: 5221 (2 y) against 5223: same minor 522, .75 x credit(2 y) .7 = .525 -> .3 x .525 = .1575
    // skills:     book keeping (= "Book-keeping" normalised), marketing, sales; has 2 -> 2/3 -> .2 x 2/3 = .133333
    // education:  ISCED 2, minimum 3: one level below -> .5                           -> .1 x .5 = .05
    // languages:  fr, wo; speaks fr ("FR") -> 1/2                                     -> .1 x .5 = .05
    // region:     no preference -> 1                                                  -> .15
    // type:       wants a business; business support fits -> 1                       -> .15
    // score = .1575 + .133333 + .05 + .05 + .15 + .15 = 0.690833
    const r = scoreMatch(aminata, startup, W, titleOf);
    expect(r.score).toBeCloseTo(0.1575 + 0.2 * (2 / 3) + 0.05 + 0.05 + 0.15 + 0.15, 12);
    expect(r.score).toBeCloseTo(0.690833, 6);
    const c = byComponent(r);
    expect(c.occupation.value).toBeCloseTo(0.525, 12);
    expect(c.occupation.contribution).toBeCloseTo(0.1575, 12);
    expect(c.occupation.explanation).toBe(
      'Closely related occupation (same minor group: Shop salespersons, 522): worked as Shop keepers (5221); ' +
        '2 years of experience, counted at 70%',
    );
    expect(c.skills.explanation).toBe('Has 2 of the 3 required skills: book keeping, sales; missing: marketing');
    expect(c.region).toMatchObject({ value: 1, explanation: 'No preferred region; the opportunity is in Dakar' });
    expect(c.type.explanation).toBe('Wants to start their own business; a business-support programme fits');
  });

  it('Moussa and the start-up support programme: a poor fit, explained', () => {
    // occupation 0 (7231, 8322 vs 5223), skills 0/3, education 3 >= 3 -> 1, languages 2/2 -> 1, region 1, type 0
    // score = .1 + .1 + .15 = 0.35
    const r = scoreMatch(moussa, startup, W);
    expect(values(r)).toEqual({ occupation: 0, skills: 0, education: 1, languages: 1, region: 1, type: 0 });
    expect(r.score).toBeCloseTo(0.35, 12);
    const c = byComponent(r);
    expect(c.skills.explanation).toBe('Has none of the 3 required skills (book keeping, marketing, sales)');
    expect(c.type.explanation).toBe('Wants a job; this is a business-support programme, not what they asked for');
  });

  it('explains what is not required, and education below the minimum', () => {
    const open = opportunity({ id: 'opp-open', minIscedLevel: 0, requiredSkills: [], languages: [] });
    const c = byComponent(scoreMatch(moussa, open, W));
    expect(c.skills).toMatchObject({ value: 1, explanation: 'No particular skills required' });
    expect(c.languages).toMatchObject({ value: 1, explanation: 'No particular language required' });
    expect(c.education).toMatchObject({
      value: 1,
      explanation: 'No minimum education required; has upper secondary education (ISCED 3)',
    });
    const demanding = opportunity({ id: 'opp-eng', minIscedLevel: 6, languages: ['en'] });
    const d = byComponent(scoreMatch(moussa, demanding, W));
    expect(d.education).toMatchObject({
      value: 0,
      explanation:
        "Below the minimum education: has upper secondary education (ISCED 3), needs a bachelor's degree or equivalent (ISCED 6)",
    });
    expect(d.languages).toMatchObject({ value: 0, explanation: 'Speaks none of the required languages (en)' });
  });

  it.each<[SkillsProfile['wants'], ReintegrationOpportunity['type'], number]>([
    ['job', 'job', 1],
    ['job', 'apprenticeship', 1],
    ['job', 'vocational_training', 0],
    ['job', 'business_support', 0],
    ['training', 'vocational_training', 1],
    ['training', 'apprenticeship', 1],
    ['training', 'job', 0],
    ['business', 'business_support', 1],
    ['business', 'job', 0],
  ])('a person wanting %s scores type %s as %d', (wants, type, value) => {
    expect(byComponent(scoreMatch({ ...moussa, wants }, opportunity({ id: 'o', type }), W)).type.value).toBe(value);
  });

  it('uses the weights given', () => {
    const onlyOccupation: MatchingWeights = {
      occupation: 1,
      skills: 0,
      education: 0,
      languages: 0,
      region: 0,
      type: 0,
    };
    expect(scoreMatch(moussa, tractor, onlyOccupation).score).toBe(0.75);
    expect(byComponent(scoreMatch(moussa, tractor, onlyOccupation)).region).toMatchObject({
      weight: 0,
      contribution: 0,
    });
  });

  it('compares regions ignoring case and accents', () => {
    expect(byComponent(scoreMatch({ ...moussa, preferredRegion: 'THIES' }, tractor, W)).region.value).toBe(1);
  });
});

describe('rankOpportunities', () => {
  it('ranks by score, best first, with breakdowns', () => {
    const ranked = rankOpportunities(moussa, [startup, tractor, garage], W, NOW);
    expect(ids(ranked)).toEqual(['opp-garage', 'opp-tractor', 'opp-startup']);
    expect(ranked.map((r) => r.score)).toEqual([
      scoreMatch(moussa, garage, W).score,
      scoreMatch(moussa, tractor, W).score,
      scoreMatch(moussa, startup, W).score,
    ]);
    expect(ranked[0].breakdown).toHaveLength(6);
  });

  it('breaks ties by opportunity id, whatever the input order', () => {
    const clones = ['g-3', 'g-1', 'g-10', 'g-2'].map((id) => ({ ...garage, id }));
    const expected = ['g-1', 'g-10', 'g-2', 'g-3']; // code-unit order, not numeric or locale
    expect(ids(rankOpportunities(moussa, clones, W, NOW))).toEqual(expected);
    expect(ids(rankOpportunities(moussa, [...clones].reverse(), W, NOW))).toEqual(expected);
    expect(ids(rankOpportunities(moussa, clones, W, NOW, { limit: 2 }))).toEqual(['g-1', 'g-10']);
  });

  it('ties scores equal on paper even when reached through different components', () => {
    // b: region 0, type 1; a: region 1, type 0. Both .3 + .2 x 2/3 + .1 + .1 + .15.
    const b = { ...garage, id: 'b', region: 'Thiès' };
    const a = { ...garage, id: 'a', type: 'business_support' as const };
    const ranked = rankOpportunities(moussa, [b, a], W, NOW);
    expect(ids(ranked)).toEqual(['a', 'b']);
    expect(ranked[0].score).toBeCloseTo(ranked[1].score, 12);
  });

  it('leaves out expired opportunities and those without free places', () => {
    const list = [
      { ...garage, id: 'full', placesAvailable: 0 },
      { ...garage, id: 'negative-places', placesAvailable: -1 },
      { ...garage, id: 'expires-now', expiresAt: NOW },
      { ...garage, id: 'expired-yesterday', expiresAt: '2026-02-28T09:00:00.000Z' },
      { ...garage, id: 'open-1ms-more', expiresAt: '2026-03-01T09:00:00.001Z' },
      { ...garage, id: 'day-today', expiresAt: '2026-03-01' }, // open through 1 March, UTC
      { ...garage, id: 'day-yesterday', expiresAt: '2026-02-28' },
      { ...garage, id: 'offset-later', expiresAt: '2026-03-01T11:00:01+02:00' }, // 09:00:01Z
      { ...garage, id: 'offset-earlier', expiresAt: '2026-03-01T10:59:59+02:00' }, // 08:59:59Z
      { ...garage, id: 'unreadable', expiresAt: 'soon' },
    ];
    expect(ids(rankOpportunities(moussa, list, W, NOW)).sort()).toEqual(['day-today', 'offset-later', 'open-1ms-more']);
    expect(isOpportunityOpen({ ...garage, expiresAt: '2026-03-01' }, '2026-03-01T23:59:59.999Z')).toBe(true);
    expect(isOpportunityOpen({ ...garage, expiresAt: '2026-03-01' }, '2026-03-02T00:00:00.000Z')).toBe(false);
  });

  it('keeps the limit (50 by default) and answers nothing for limit 0', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...garage, id: `o-${String(i).padStart(2, '0')}` }));
    expect(rankOpportunities(moussa, many, W, NOW)).toHaveLength(50);
    expect(rankOpportunities(moussa, many, W, NOW, { limit: 0 })).toEqual([]);
    expect(rankOpportunities(moussa, many, W, NOW, { limit: 1000 })).toHaveLength(60);
    expect(() => rankOpportunities(moussa, many, W, NOW, { limit: -1 })).toThrow(RangeError);
  });

  it('selects the same top results as scoring and sorting everything', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    const codes = ['7231', '7233', '7212', '7412', '8322', '5221', '5223', '2411'];
    const tags = ['welding', 'Engine repair', 'diagnostics', 'sales', 'hydraulics', 'driving'];
    const list: ReintegrationOpportunity[] = Array.from({ length: 3000 }, (_, i) => ({
      ...garage,
      id: `opp-${Math.floor(rand() * 1e6)}-${i}`,
      iscoCode: pick(codes),
      requiredSkills: [pick(tags), pick(tags)],
      minIscedLevel: Math.floor(rand() * 6),
      languages: rand() < 0.5 ? ['fr'] : ['fr', 'en'],
      region: pick(['Dakar', 'Thiès', 'Kaolack']),
      type: pick(['job', 'apprenticeship', 'vocational_training', 'business_support'] as const),
      placesAvailable: rand() < 0.1 ? 0 : 2,
      expiresAt: rand() < 0.1 ? '2026-01-01T00:00:00.000Z' : '2026-12-31T00:00:00.000Z',
    }));
    const brute = list
      .filter((o) => isOpportunityOpen(o, NOW))
      .map((o) => scoreMatch(moussa, o, W))
      .sort(
        (x, y) => Math.round(y.score * 1e9) - Math.round(x.score * 1e9) || (x.opportunityId < y.opportunityId ? -1 : 1),
      );
    const ranked = rankOpportunities(moussa, list, W, NOW, { limit: 25 });
    expect(ids(ranked)).toEqual(ids(brute.slice(0, 25)));
    expect(ranked).toEqual(brute.slice(0, 25));
  });

  it('ranks the same from a prepared catalogue, reused across returnees', () => {
    const list = [startup, tractor, garage, { ...garage, id: 'opp-full', placesAvailable: 0 }];
    const catalogue = new OpportunityCatalogue(list);
    expect(catalogue.size).toBe(4);
    expect(rankOpportunities(moussa, catalogue, W, NOW, { titleOf })).toEqual(
      rankOpportunities(moussa, list, W, NOW, { titleOf }),
    );
    expect(rankOpportunities(aminata, catalogue, W, NOW)).toEqual(rankOpportunities(aminata, list, W, NOW));
    expect(ids(rankOpportunities(aminata, catalogue, W, NOW))).toEqual(['opp-startup', 'opp-garage', 'opp-tractor']);
  });

  it('refuses invalid weights and a bad clock', () => {
    expect(() => rankOpportunities(moussa, [garage], { ...W, region: -0.15, type: 0.45 }, NOW)).toThrow(DomainError);
    expect(() => rankOpportunities(moussa, [garage], W, 'yesterday')).toThrow(RangeError);
  });
});

describe('rankReturnees', () => {
  const fatou: SkillsProfile = {
    id: 'profile-fatou',
    occupations: [{ iscoCode: '7233', years: 1 }],
    skills: ['diagnostics'],
    iscedLevel: 2,
    languages: ['fr'],
    drivingLicence: false,
    preferredRegion: 'Dakar',
    wants: 'training',
  };

  it('ranks the returnees who best fit an opportunity', () => {
    // Against the garage job: Moussa 0.933333 (above);
    // Fatou: 7233 1 y -> .75 x .6 = .45 -> .135; skills 1/3 -> .066667; education 2 >= 2 -> .1; fr -> .1; Dakar -> .15;
    //        wants training, a job -> 0; = 0.551667
    // Aminata: occupation 0, skills 0, education .1, languages .1, region (no preference) .15, type 0 = 0.35
    const ranked = rankReturnees(garage, [aminata, fatou, moussa], W, NOW, { titleOf });
    expect(ranked.map((r) => r.profileId)).toEqual(['profile-moussa', 'profile-fatou', 'profile-aminata']);
    expect(ranked.map((r) => r.score)).toEqual([
      expect.closeTo(0.933333, 6),
      expect.closeTo(0.135 + 0.2 / 3 + 0.1 + 0.1 + 0.15, 12),
      expect.closeTo(0.35, 12),
    ]);
    expect(ranked[0]).toEqual(scoreMatch(moussa, garage, W, titleOf));
    expect(ranked.every((r) => r.opportunityId === 'opp-garage')).toBe(true);
  });

  it('breaks ties by profile id and keeps the limit', () => {
    const twins = ['p-b', 'p-c', 'p-a'].map((id) => ({ ...moussa, id }));
    expect(rankReturnees(garage, twins, W, NOW).map((r) => r.profileId)).toEqual(['p-a', 'p-b', 'p-c']);
    expect(rankReturnees(garage, twins, W, NOW, { limit: 1 }).map((r) => r.profileId)).toEqual(['p-a']);
  });

  it('has no candidates for an expired or full opportunity', () => {
    expect(rankReturnees({ ...garage, expiresAt: '2026-02-01T00:00:00.000Z' }, [moussa], W, NOW)).toEqual([]);
    expect(rankReturnees({ ...garage, placesAvailable: 0 }, [moussa], W, NOW)).toEqual([]);
  });
});

describe('matching weights', () => {
  it('accepts the defaults, which sum to 1', () => {
    expect(validateMatchingWeights(DEFAULT_MATCHING_WEIGHTS)).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['a negative weight', { ...W, skills: -0.2, occupation: 0.7 }, 'skills must be a non-negative number'],
    [
      'a missing component',
      { occupation: 0.5, skills: 0.5, education: 0, languages: 0, region: 0 },
      'type must be a non-negative number',
    ],
    ['an unknown component', { ...W, salary: 0 }, 'salary is not a matching component'],
    ['weights not summing to 1', { ...W, occupation: 0.5 }, 'the weights must sum to 1 (they sum to 1.2'],
    ['not an object', null, 'must be an object'],
  ])('refuses %s', (_name, weights, reason) => {
    expect(() => scoreMatch(moussa, garage, weights as MatchingWeights)).toThrow(DomainError);
    try {
      scoreMatch(moussa, garage, weights as MatchingWeights);
    } catch (e) {
      expect((e as DomainError).code).toBe('matching_weights_invalid');
      expect((e as DomainError).message).toContain(reason);
    }
  });
});
