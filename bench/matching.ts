// Matching speed: one returnee against 100,000 open opportunities, as a partner's screen asks for it.
// Usage: node -r @swc-node/register bench/matching.ts [opportunities=100000] [returnees=200]
// Pure code, no database: the opportunities are generated deterministically from real ISCO-08 unit codes.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  DEFAULT_MATCHING_WEIGHTS,
  OpportunityCatalogue,
  type OpportunityType,
  rankOpportunities,
  type ReintegrationOpportunity,
  type ReturneeWants,
  type SkillsProfile,
} from '@avrr/domain';

const OPPORTUNITIES = Number(process.argv[2] ?? 100_000);
const RETURNEES = Number(process.argv[3] ?? 200);

// A small deterministic generator (mulberry32), so every run measures the same data.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const unitCodes = readFileSync(path.join(__dirname, '../data/isco-08/isco-08-structure.csv'), 'utf8')
  .split('\n')
  .map((line) => line.split(',')[0])
  .filter((code) => /^\d{4}$/.test(code));
const SKILLS = [
  'welding',
  'driving',
  'sales',
  'accounting',
  'sewing',
  'cooking',
  'masonry',
  'electrics',
  'plumbing',
  'farming',
  'computers',
  'customer service',
  'carpentry',
  'mechanics',
  'tailoring',
  'hairdressing',
];
const LANGUAGES = ['fr', 'en', 'wo', 'ar', 'ha', 'yo', 'ff', 'bm'];
const REGIONS = ['Dakar', 'Thiès', 'Saint-Louis', 'Kaolack', 'Ziguinchor', 'Touba', 'Mbour', 'Kolda'];
const TYPES: OpportunityType[] = ['job', 'apprenticeship', 'vocational_training', 'business_support'];
const WANTS: ReturneeWants[] = ['job', 'training', 'business'];

const rnd = random(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
const some = <T>(list: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(list)))];

const opportunities: ReintegrationOpportunity[] = Array.from({ length: OPPORTUNITIES }, (_, i) => ({
  id: `opp-${String(i).padStart(6, '0')}`,
  title: `Opportunity ${i}`,
  iscoCode: pick(unitCodes),
  requiredSkills: some(SKILLS, 1 + Math.floor(rnd() * 3)),
  minIscedLevel: Math.floor(rnd() * 5),
  languages: some(LANGUAGES, 1 + Math.floor(rnd() * 2)),
  region: pick(REGIONS),
  type: pick(TYPES),
  placesAvailable: Math.floor(rnd() * 5),
  expiresAt: rnd() < 0.9 ? '2027-12-31' : '2026-01-31',
}));
const returnees: SkillsProfile[] = Array.from({ length: RETURNEES }, (_, i) => ({
  id: `ret-${i}`,
  occupations: some(unitCodes, 1 + Math.floor(rnd() * 2)).map((iscoCode) => ({
    iscoCode,
    years: Math.floor(rnd() * 10),
  })),
  skills: some(SKILLS, 2 + Math.floor(rnd() * 3)),
  iscedLevel: Math.floor(rnd() * 6),
  languages: some(LANGUAGES, 1 + Math.floor(rnd() * 3)),
  drivingLicence: rnd() < 0.4,
  preferredRegion: pick(REGIONS),
  wants: pick(WANTS),
}));

const now = '2026-11-26T12:00:00Z';
const built = process.hrtime.bigint();
const catalogue = new OpportunityCatalogue(opportunities);
const buildMs = Number(process.hrtime.bigint() - built) / 1e6;

for (const r of returnees.slice(0, 10)) rankOpportunities(r, catalogue, DEFAULT_MATCHING_WEIGHTS, now); // warm-up
const times: number[] = [];
for (const r of returnees) {
  const t = process.hrtime.bigint();
  rankOpportunities(r, catalogue, DEFAULT_MATCHING_WEIGHTS, now);
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
console.log(
  `matching: ${OPPORTUNITIES} opportunities, ${RETURNEES} returnees, catalogue built in ${buildMs.toFixed(0)} ms`,
);
console.log(
  `  per returnee: p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  p99 ${at(0.99)} ms  max ${times[times.length - 1].toFixed(2)} ms`,
);
