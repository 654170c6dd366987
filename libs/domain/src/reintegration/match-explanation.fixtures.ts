// Test fixtures: pairs that between them reach every match explanation code, for the domain's and the web app's specs.
import type { ReintegrationOpportunity, SkillsProfile } from './matching';

export const FIXTURE_TITLES: Record<string, string> = {
  '7231': 'Motor vehicle mechanics and repairers',
  '723': 'Machinery mechanics and repairers',
};
export const fixtureTitleOf = (code: string) => FIXTURE_TITLES[code];

export const fixturePerson = (over: Partial<SkillsProfile> = {}): SkillsProfile => ({
  id: 'profile',
  occupations: [{ iscoCode: '7231', years: 6 }],
  skills: ['Engine repair', 'Welding'],
  iscedLevel: 3,
  languages: ['fr'],
  drivingLicence: true,
  preferredRegion: 'Dakar',
  wants: 'job',
  ...over,
});

export const fixtureOpening = (over: Partial<ReintegrationOpportunity> = {}): ReintegrationOpportunity => ({
  id: 'opp',
  title: 'Mechanic',
  iscoCode: '7231',
  requiredSkills: ['engine repair', 'welding'],
  minIscedLevel: 2,
  languages: ['fr'],
  region: 'Dakar',
  type: 'job',
  placesAvailable: 1,
  expiresAt: '2026-06-30',
  ...over,
});

const person = fixturePerson;
const opening = fixtureOpening;

/** Between them, every code: each component's every branch. */
export const EVERY_EXPLANATION_PAIRS: ReadonlyArray<[SkillsProfile, ReintegrationOpportunity]> = [
  [person(), opening()],
  [person({ occupations: [] }), opening({ requiredSkills: [], languages: [], minIscedLevel: 0 })],
  [person({ occupations: [{ iscoCode: '7233', years: 1 }], preferredRegion: null, iscedLevel: 1 }), opening()],
  [person({ occupations: [{ iscoCode: '7212', years: 0 }], iscedLevel: 0, languages: ['wo'] }), opening()],
  [person({ occupations: [{ iscoCode: '7412', years: 2.5 }], skills: ['Welding'] }), opening({ region: 'Thiès' })],
  [
    person({ occupations: [{ iscoCode: '8322', years: 1 }], skills: [], languages: ['fr'] }),
    opening({ type: 'business_support', languages: ['fr', 'en'] }),
  ],
];
