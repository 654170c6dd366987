/**
 * Matching returnees with reintegration opportunities (jobs, apprenticeships, vocational training, business support).
 *
 * The score is a weighted sum of six components, each in [0, 1], so the score is in [0, 1]:
 * - occupation: ISCO-08 proximity between an occupation held and the opportunity's code (same unit group 1, same minor
 *   0.75, same sub-major 0.5, same major 0.25, else 0), times an experience credit (0.5 with no recorded years, rising
 *   by 0.1 a year to 1 from 5 years); the best held occupation counts;
 * - skills: share of the opportunity's required skills the person has (coverage, not Jaccard: extra skills are no
 *   penalty), tags compared after normalisation (case, accents, punctuation); nothing required scores 1;
 * - education: ISCED level meets the minimum 1, one level below 0.5, else 0;
 * - languages: share of the required languages (ISO 639 codes, case-insensitive) spoken; none required scores 1;
 * - region: the person's preferred region is the opportunity's 1, another 0; no preference 1 (any region suits);
 * - type: what the person wants against the opportunity type (job: job or apprenticeship; training: vocational
 *   training or apprenticeship; business: business support) 1, else 0.
 *
 * The weights are configuration (`MatchingWeights`, defaults in `DEFAULT_MATCHING_WEIGHTS`), non-negative and summing
 * to 1. Rankings drop expired opportunities and those without free places, and sort by score (compared at 1e-9, so
 * that equal sums tie exactly) descending, then id ascending (code-unit order, not locale): the same input always gives
 * the same order. Only the `limit` best results (50 by default) are kept and explained, with a bounded heap, so ranking
 * 100,000 opportunities does not sort them all nor build 100,000 breakdowns. An `OpportunityCatalogue` holds the
 * opportunities prepared once (tags, languages and regions normalised to integer ids, expiries parsed) for reuse
 * across returnees; the scoring loop then allocates nothing and hashes no strings.
 */
import { DomainError, type FieldViolation } from '../errors/domain-error';
import { ISCO_CODE_PATTERN, type IscoLevelName } from './isco-code';
import { normaliseOccupationText } from './occupation-text';

export type OpportunityType = 'job' | 'apprenticeship' | 'vocational_training' | 'business_support';
export type ReturneeWants = 'job' | 'training' | 'business';

/** The opportunity types that fit what a person wants. */
export const OPPORTUNITY_TYPES_FOR: Readonly<Record<ReturneeWants, readonly OpportunityType[]>> = {
  job: ['job', 'apprenticeship'],
  training: ['vocational_training', 'apprenticeship'],
  business: ['business_support'],
};

export interface HeldOccupation {
  /** ISCO-08 code, normally a unit group ("7231"). */
  iscoCode: string;
  years: number;
}

export interface SkillsProfile {
  /** The returnee (or case) the profile belongs to. */
  id: string;
  occupations: readonly HeldOccupation[];
  skills: readonly string[];
  /** ISCED 2011 level, 0 to 8. */
  iscedLevel: number;
  /** ISO 639 codes. */
  languages: readonly string[];
  /** Kept in the profile for partners; not a component of the score. */
  drivingLicence: boolean;
  monthsAbroad?: number;
  preferredRegion?: string | null;
  wants: ReturneeWants;
}

export interface ReintegrationOpportunity {
  id: string;
  title: string;
  /** ISCO-08 code, normally a unit group; a broader group is compared at its own level. */
  iscoCode: string;
  requiredSkills: readonly string[];
  /** Minimum ISCED 2011 level, 0 (none) to 8. */
  minIscedLevel: number;
  /** Required languages, ISO 639 codes. */
  languages: readonly string[];
  region: string;
  type: OpportunityType;
  placesAvailable: number;
  /**
   * When it stops taking people: an ISO instant ("2026-06-30T17:00:00Z"), expired from that instant on; or a calendar
   * day ("2026-06-30"), open through that whole day (UTC).
   */
  expiresAt: string;
  startsOn?: string;
}

export const MATCH_COMPONENTS = ['occupation', 'skills', 'education', 'languages', 'region', 'type'] as const;
export type MatchComponent = (typeof MATCH_COMPONENTS)[number];
export type MatchingWeights = Readonly<Record<MatchComponent, number>>;

/** Default weights: illustrative programme configuration, to be tuned with partners. They sum to 1. */
export const DEFAULT_MATCHING_WEIGHTS: MatchingWeights = {
  occupation: 0.3,
  skills: 0.2,
  education: 0.1,
  languages: 0.1,
  region: 0.15,
  type: 0.15,
};

/** Proximity of two ISCO-08 codes by the deepest group they share. */
export const ISCO_PROXIMITY: Readonly<Record<IscoLevelName | 'none', number>> = {
  unit: 1,
  minor: 0.75,
  sub_major: 0.5,
  major: 0.25,
  none: 0,
};

/** Experience credit: `EXPERIENCE_FLOOR` with no recorded years, rising linearly to 1 at `YEARS_FOR_FULL_CREDIT`. */
export const EXPERIENCE_FLOOR = 0.5;
export const YEARS_FOR_FULL_CREDIT = 5;

/** Titles of ISCO-08 groups by code, to explain matches in words ("7231" -> "Motor vehicle mechanics and repairers"). */
export type IscoTitleLookup = (code: string) => string | undefined;

export interface MatchComponentBreakdown {
  component: MatchComponent;
  value: number;
  weight: number;
  /** weight x value; the contributions add up to the score. */
  contribution: number;
  /** A sentence a partner understands. */
  explanation: string;
}

export interface MatchResult {
  profileId: string;
  opportunityId: string;
  /** Full precision, in [0, 1]; round for display with `roundScoreForDisplay`. */
  score: number;
  breakdown: MatchComponentBreakdown[];
}

export interface RankOptions {
  /** How many of the best results to return, explained (default 50). */
  limit?: number;
  titleOf?: IscoTitleLookup;
}

export const DEFAULT_RANK_LIMIT = 50;

const LEVEL_BY_DEPTH: readonly (IscoLevelName | 'none')[] = ['none', 'major', 'sub_major', 'minor', 'unit'];
const WEIGHT_SUM_TOLERANCE = 1e-6;
/** Scores are compared at this resolution, so that sums equal on paper tie and fall back to the id. */
const SCORE_KEY_SCALE = 1e9;
const DAY_MS = 86_400_000;

/** How many leading digits two ISCO codes share (0 to 4), without allocating. */
function sharedIscoDepth(a: string, b: string): number {
  const n = Math.min(a.length, b.length, 4);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The deepest ISCO-08 group two codes share, its code and its proximity value. Throws RangeError on a bad code. */
export function iscoProximity(a: string, b: string): { level: IscoLevelName | 'none'; sharedCode: string; value: number } {
  for (const code of [a, b]) if (!ISCO_CODE_PATTERN.test(code)) throw new RangeError(`bad ISCO-08 code "${code}"`);
  const depth = sharedIscoDepth(a, b);
  const level = LEVEL_BY_DEPTH[depth];
  return { level, sharedCode: a.slice(0, depth), value: ISCO_PROXIMITY[level] };
}

/** The experience credit for years in an occupation: 0.5 at 0 years, +0.1 a year, 1 from 5 years. */
export function experienceCredit(years: number): number {
  const y = Number.isFinite(years) && years > 0 ? Math.min(years, YEARS_FOR_FULL_CREDIT) : 0;
  return EXPERIENCE_FLOOR + ((1 - EXPERIENCE_FLOOR) * y) / YEARS_FOR_FULL_CREDIT;
}

/** Every reason the weights cannot be used; empty when they can. */
export function validateMatchingWeights(weights: unknown): FieldViolation[] {
  if (typeof weights !== 'object' || weights === null || Array.isArray(weights)) return [{ field: '', reason: 'must be an object' }];
  const w = weights as Record<string, unknown>;
  const violations: FieldViolation[] = [];
  for (const key of Object.keys(w)) {
    if (!(MATCH_COMPONENTS as readonly string[]).includes(key)) violations.push({ field: key, reason: 'is not a matching component' });
  }
  let sum = 0;
  for (const c of MATCH_COMPONENTS) {
    const v = w[c];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) violations.push({ field: c, reason: 'must be a non-negative number' });
    else sum += v;
  }
  if (violations.length === 0 && Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    violations.push({ field: '', reason: `the weights must sum to 1 (they sum to ${Number(sum.toPrecision(12))})` });
  }
  return violations;
}

export function assertMatchingWeights(weights: unknown): asserts weights is MatchingWeights {
  const violations = validateMatchingWeights(weights);
  if (violations.length > 0) {
    throw new DomainError(
      'matching_weights_invalid',
      `The matching weights cannot be used: ${violations.map((v) => `${v.field} ${v.reason}`.trim()).join('; ')}.`,
      { violations },
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The computation, shared by the single score, both rankings and the breakdown, so they always agree.

/**
 * Normalised texts as small integer ids, so that tags, languages and regions repeated across thousands of
 * opportunities are normalised once and then compared as numbers. Id 0 is the empty text; -1 is "not in here".
 */
class Vocabulary {
  private readonly idByRaw = new Map<string, number>();
  private readonly idByText = new Map<string, number>([['', 0]]);
  readonly texts: string[] = [''];

  constructor(private readonly normalise: (raw: string) => string) {}

  /** The id of `raw`, added if new. */
  add(raw: string): number {
    let id = this.idByRaw.get(raw);
    if (id === undefined) {
      const text = this.normalise(raw);
      id = this.idByText.get(text);
      if (id === undefined) {
        id = this.texts.length;
        this.texts.push(text);
        this.idByText.set(text, id);
      }
      this.idByRaw.set(raw, id);
    }
    return id;
  }

  /** The id of `raw` without adding it: -1 when no opportunity uses it (so it matches nothing). */
  find(raw: string): number {
    return this.idByRaw.get(raw) ?? this.idByText.get(this.normalise(raw)) ?? -1;
  }
}

const TYPE_BIT: Readonly<Record<OpportunityType, number>> = { job: 1, apprenticeship: 2, vocational_training: 4, business_support: 8 };
const normaliseLanguage = (raw: string) => raw.trim().toLowerCase();

function parseExpiry(e: string): number {
  if (typeof e !== 'string') return Number.NEGATIVE_INFINITY;
  const ms = Date.parse(e);
  if (Number.isNaN(ms)) return Number.NEGATIVE_INFINITY;
  return e.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(e) ? ms + DAY_MS : ms;
}

/**
 * Opportunities prepared for matching: required skills, languages and regions normalised, de-duplicated and held as
 * integer ids in flat typed arrays, expiries parsed. Build it once when the list changes (an import, an edit) and
 * rank any number of returnees against it; `rankOpportunities` also takes a plain array and prepares it per call.
 * The catalogue is a snapshot: it reads places and codes from the opportunities given, and never changes them.
 */
export class OpportunityCatalogue {
  /** @internal */ readonly tags = new Vocabulary(normaliseOccupationText);
  /** @internal */ readonly langs = new Vocabulary(normaliseLanguage);
  /** @internal Opportunity k's required skill ids are skillIds[skillStart[k] .. skillStart[k + 1]). */
  readonly skillStart: Int32Array;
  /** @internal */ readonly skillIds: Int32Array;
  /** @internal */ readonly langStart: Int32Array;
  /** @internal */ readonly langIds: Int32Array;
  /** @internal */ readonly regionIds: Int32Array;
  /** @internal */ readonly typeBits: Uint8Array;
  /** @internal Epoch ms from which the opportunity is closed; -Infinity when the expiry cannot be read. */
  readonly closesAtMs: Float64Array;

  constructor(readonly opportunities: readonly ReintegrationOpportunity[]) {
    const n = opportunities.length;
    this.skillStart = new Int32Array(n + 1);
    this.langStart = new Int32Array(n + 1);
    this.regionIds = new Int32Array(n);
    this.typeBits = new Uint8Array(n);
    this.closesAtMs = new Float64Array(n);
    const skills: number[] = [];
    const langs: number[] = [];
    const expiries = new Map<string, number>(); // expiries repeat (often whole days): parse each text once
    for (let k = 0; k < n; k++) {
      const o = opportunities[k];
      pushDistinct(o.requiredSkills, this.tags, skills, this.skillStart[k]);
      this.skillStart[k + 1] = skills.length;
      pushDistinct(o.languages, this.langs, langs, this.langStart[k]);
      this.langStart[k + 1] = langs.length;
      this.regionIds[k] = this.tags.add(o.region ?? '');
      this.typeBits[k] = TYPE_BIT[o.type] ?? 0;
      let closesAt = expiries.get(o.expiresAt);
      if (closesAt === undefined) expiries.set(o.expiresAt, (closesAt = parseExpiry(o.expiresAt)));
      this.closesAtMs[k] = closesAt;
    }
    this.skillIds = Int32Array.from(skills);
    this.langIds = Int32Array.from(langs);
  }

  get size(): number {
    return this.opportunities.length;
  }

  /** Whether opportunity k takes people at `nowMs`: free places and not expired. */
  isOpen(k: number, nowMs: number): boolean {
    return this.opportunities[k].placesAvailable > 0 && nowMs < this.closesAtMs[k];
  }
}

/** Appends the distinct non-empty ids of `raws` to `out` (whose entries from `from` on belong to this opportunity). */
function pushDistinct(raws: readonly string[] | undefined, vocabulary: Vocabulary, out: number[], from: number): void {
  if (raws === undefined) return;
  for (let i = 0; i < raws.length; i++) {
    const id = vocabulary.add(raws[i]);
    if (id === 0) continue;
    let j = from;
    while (j < out.length && out[j] !== id) j++;
    if (j === out.length) out.push(id);
  }
}

interface PreparedProfile {
  source: SkillsProfile;
  codes: string[];
  credits: number[];
  /** Distinct ids of the skills the catalogue knows (a short list, scanned linearly: faster than hashing). */
  skills: Int32Array;
  languages: Int32Array;
  /** Id of the preferred region: 0 for none, -1 for one no opportunity is in. */
  region: number;
  /** Bit mask of the opportunity types that fit what the person wants. */
  wants: number;
}

function knownIds(raws: readonly string[], vocabulary: Vocabulary): Int32Array {
  return Int32Array.from(new Set(raws.map((r) => vocabulary.find(r)))).filter((id) => id > 0);
}

function prepareProfile(p: SkillsProfile, cat: OpportunityCatalogue): PreparedProfile {
  let wants = 0;
  for (const t of OPPORTUNITY_TYPES_FOR[p.wants] ?? []) wants |= TYPE_BIT[t];
  const region = p.preferredRegion ? normaliseOccupationText(p.preferredRegion) : '';
  return {
    source: p,
    codes: p.occupations.map((o) => o.iscoCode),
    credits: p.occupations.map((o) => experienceCredit(o.years)),
    skills: knownIds(p.skills, cat.tags),
    languages: knownIds(p.languages, cat.langs),
    region: region === '' ? 0 : cat.tags.find(region),
    wants,
  };
}

/** The component values of one pair, written into a reused object (no allocation in the ranking loop). */
interface Components {
  occupation: number;
  /** Index of the best held occupation, -1 if none shares a group. */
  occupationIndex: number;
  occupationDepth: number;
  skills: number;
  skillsRequired: number;
  skillsMatched: number;
  education: number;
  languages: number;
  languagesRequired: number;
  languagesMatched: number;
  region: number;
  type: number;
}

const newComponents = (): Components => ({
  occupation: 0, occupationIndex: -1, occupationDepth: 0, skills: 0, skillsRequired: 0, skillsMatched: 0,
  education: 0, languages: 0, languagesRequired: 0, languagesMatched: 0, region: 0, type: 0,
});

const PROXIMITY_BY_DEPTH: readonly number[] = LEVEL_BY_DEPTH.map((level) => ISCO_PROXIMITY[level]);

/** Fills `out` for the profile and opportunity k of the catalogue. */
function computeComponents(p: PreparedProfile, cat: OpportunityCatalogue, k: number, out: Components): void {
  const o = cat.opportunities[k];
  // Occupation: best proximity x experience credit; ties go to the closer group, then to the first listed.
  let best = 0;
  let bestIndex = -1;
  let bestDepth = 0;
  for (let i = 0; i < p.codes.length; i++) {
    const depth = sharedIscoDepth(p.codes[i], o.iscoCode);
    if (depth === 0) continue;
    const v = PROXIMITY_BY_DEPTH[depth] * p.credits[i];
    if (v > best || (v === best && depth > bestDepth)) {
      best = v;
      bestIndex = i;
      bestDepth = depth;
    }
  }
  out.occupation = best;
  out.occupationIndex = bestIndex;
  out.occupationDepth = bestDepth;

  // Skills: coverage of the distinct required tags.
  let from = cat.skillStart[k];
  let to = cat.skillStart[k + 1];
  let matched = 0;
  for (let j = from; j < to; j++) if (includesId(p.skills, cat.skillIds[j])) matched++;
  out.skillsRequired = to - from;
  out.skillsMatched = matched;
  out.skills = to === from ? 1 : matched / (to - from);

  // Education.
  const min = o.minIscedLevel > 0 ? o.minIscedLevel : 0;
  const has = p.source.iscedLevel;
  out.education = has >= min ? 1 : has === min - 1 ? 0.5 : 0;

  // Languages: share of the distinct required languages spoken.
  from = cat.langStart[k];
  to = cat.langStart[k + 1];
  matched = 0;
  for (let j = from; j < to; j++) if (includesId(p.languages, cat.langIds[j])) matched++;
  out.languagesRequired = to - from;
  out.languagesMatched = matched;
  out.languages = to === from ? 1 : matched / (to - from);

  out.region = p.region === 0 || p.region === cat.regionIds[k] ? 1 : 0;
  out.type = (p.wants & cat.typeBits[k]) !== 0 ? 1 : 0;
}

function includesId(list: Int32Array, value: number): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return true;
  return false;
}

/** The weighted sum, always in component order, so a score is the same number wherever it is computed. */
function weightedSum(c: Components, w: MatchingWeights): number {
  const s =
    w.occupation * c.occupation +
    w.skills * c.skills +
    w.education * c.education +
    w.languages * c.languages +
    w.region * c.region +
    w.type * c.type;
  return s < 0 ? 0 : s > 1 ? 1 : s;
}

// ---------------------------------------------------------------------------------------------------------------
// Explanations, in words a partner understands.

const ISCED_NAMES = [
  'early childhood education',
  'primary education',
  'lower secondary education',
  'upper secondary education',
  'post-secondary non-tertiary education',
  'short-cycle tertiary education',
  "a bachelor's degree or equivalent",
  "a master's degree or equivalent",
  'a doctorate or equivalent',
];
const iscedWords = (level: number) => `${ISCED_NAMES[level] ?? 'education'} (ISCED ${level})`;

const LEVEL_WORDS: Record<IscoLevelName, string> = { unit: 'unit group', minor: 'minor group', sub_major: 'sub-major group', major: 'major group' };

const OPPORTUNITY_WORDS: Record<OpportunityType, string> = {
  job: 'a job',
  apprenticeship: 'an apprenticeship',
  vocational_training: 'vocational training',
  business_support: 'a business-support programme',
};
const WANTS_WORDS: Record<ReturneeWants, string> = { job: 'a job', training: 'training', business: 'to start their own business' };

function yearsWords(years: number): string {
  if (!Number.isFinite(years) || years <= 0) return 'no recorded years of experience';
  const y = Math.round(years * 10) / 10;
  return `${y} year${y === 1 ? '' : 's'} of experience`;
}

function groupWords(code: string, titleOf: IscoTitleLookup | undefined): string {
  const title = titleOf?.(code);
  return title ? `${title} (${code})` : `${LEVEL_WORDS[LEVEL_BY_DEPTH[Math.min(code.length, 4)] as IscoLevelName]} ${code}`;
}

function explainOccupation(p: PreparedProfile, o: ReintegrationOpportunity, c: Components, titleOf?: IscoTitleLookup): string {
  if (p.codes.length === 0) return 'No occupation recorded in the skills profile';
  if (c.occupationIndex < 0) return `No experience in a related occupation (none shares a group with ${groupWords(o.iscoCode, titleOf)})`;
  const held = p.source.occupations[c.occupationIndex];
  const credit = p.credits[c.occupationIndex];
  const experience = `${yearsWords(held.years)}${credit < 1 ? `, counted at ${Math.round(credit * 100)}%` : ''}`;
  const level = LEVEL_BY_DEPTH[c.occupationDepth] as IscoLevelName;
  const shared = o.iscoCode.slice(0, c.occupationDepth);
  if (level === 'unit' || held.iscoCode === o.iscoCode) {
    const name = titleOf?.(o.iscoCode);
    return name ? `Same occupation group: ${name} (${o.iscoCode}); ${experience}` : `Same ${LEVEL_WORDS[level]} ${shared}; ${experience}`;
  }
  const relation = { minor: 'Closely related occupation', sub_major: 'Related occupation', major: 'Same broad field' }[level];
  const sharedName = titleOf?.(shared);
  const sharedWords = sharedName ? `${LEVEL_WORDS[level]}: ${sharedName}, ${shared}` : `${LEVEL_WORDS[level]} ${shared}`;
  return `${relation} (same ${sharedWords}): worked as ${groupWords(held.iscoCode, titleOf)}; ${experience}`;
}

/** The required ids of opportunity k, split by whether the profile has them, as normalised texts. */
function split(start: Int32Array, ids: Int32Array, k: number, held: Int32Array, texts: string[]): { has: string[]; lacks: string[] } {
  const has: string[] = [];
  const lacks: string[] = [];
  for (let j = start[k]; j < start[k + 1]; j++) (includesId(held, ids[j]) ? has : lacks).push(texts[ids[j]]);
  return { has, lacks };
}

function explainSkills(p: PreparedProfile, cat: OpportunityCatalogue, k: number, c: Components): string {
  if (c.skillsRequired === 0) return 'No particular skills required';
  const { has, lacks } = split(cat.skillStart, cat.skillIds, k, p.skills, cat.tags.texts);
  const required = [...has, ...lacks];
  if (lacks.length === 0) return `Has all ${required.length} required skills: ${has.join(', ')}`;
  if (has.length === 0) return `Has none of the ${required.length} required skills (${lacks.join(', ')})`;
  return `Has ${has.length} of the ${required.length} required skills: ${has.join(', ')}; missing: ${lacks.join(', ')}`;
}

function explainEducation(p: PreparedProfile, o: ReintegrationOpportunity, c: Components): string {
  const has = iscedWords(p.source.iscedLevel);
  if (!(o.minIscedLevel > 0)) return `No minimum education required; has ${has}`;
  const needs = iscedWords(o.minIscedLevel);
  if (c.education === 1) return `Meets the minimum education: has ${has}, needs ${needs}`;
  if (c.education === 0.5) return `One level below the minimum education: has ${has}, needs ${needs}`;
  return `Below the minimum education: has ${has}, needs ${needs}`;
}

function explainLanguages(p: PreparedProfile, cat: OpportunityCatalogue, k: number, c: Components): string {
  if (c.languagesRequired === 0) return 'No particular language required';
  const { has: speaks, lacks } = split(cat.langStart, cat.langIds, k, p.languages, cat.langs.texts);
  const required = [...speaks, ...lacks];
  if (lacks.length === 0) return `Speaks all required languages: ${speaks.join(', ')}`;
  if (speaks.length === 0) return `Speaks none of the required languages (${lacks.join(', ')})`;
  return `Speaks ${speaks.length} of the ${required.length} required languages: ${speaks.join(', ')}; not ${lacks.join(', ')}`;
}

function explainRegion(p: PreparedProfile, o: ReintegrationOpportunity, c: Components): string {
  if (p.region === 0) return `No preferred region; the opportunity is in ${o.region}`;
  return c.region === 1 ? `Wants to live in this region (${o.region})` : `Prefers ${p.source.preferredRegion}; the opportunity is in ${o.region}`;
}

function explainType(p: PreparedProfile, o: ReintegrationOpportunity, c: Components): string {
  const wants = WANTS_WORDS[p.source.wants] ?? p.source.wants;
  return c.type === 1
    ? `Wants ${wants}; ${OPPORTUNITY_WORDS[o.type]} fits`
    : `Wants ${wants}; this is ${OPPORTUNITY_WORDS[o.type] ?? o.type}, not what they asked for`;
}

function buildResult(
  p: PreparedProfile,
  cat: OpportunityCatalogue,
  k: number,
  weights: MatchingWeights,
  titleOf?: IscoTitleLookup,
): MatchResult {
  const o = cat.opportunities[k];
  const c = newComponents();
  computeComponents(p, cat, k, c);
  const explanations: Record<MatchComponent, string> = {
    occupation: explainOccupation(p, o, c, titleOf),
    skills: explainSkills(p, cat, k, c),
    education: explainEducation(p, o, c),
    languages: explainLanguages(p, cat, k, c),
    region: explainRegion(p, o, c),
    type: explainType(p, o, c),
  };
  return {
    profileId: p.source.id,
    opportunityId: o.id,
    score: weightedSum(c, weights),
    breakdown: MATCH_COMPONENTS.map((component) => ({
      component,
      value: c[component],
      weight: weights[component],
      contribution: weights[component] * c[component],
      explanation: explanations[component],
    })),
  };
}

/** The score of one pair with its breakdown, whatever the opportunity's places and expiry. */
export function scoreMatch(
  profile: SkillsProfile,
  opportunity: ReintegrationOpportunity,
  weights: MatchingWeights = DEFAULT_MATCHING_WEIGHTS,
  titleOf?: IscoTitleLookup,
): MatchResult {
  assertMatchingWeights(weights);
  const cat = new OpportunityCatalogue([opportunity]);
  return buildResult(prepareProfile(profile, cat), cat, 0, weights, titleOf);
}

// ---------------------------------------------------------------------------------------------------------------
// Open opportunities and the top-k selection.

function clock(now: string): number {
  const ms = Date.parse(now);
  if (Number.isNaN(ms)) throw new RangeError(`bad instant "${now}"`);
  return ms;
}

/** Whether an opportunity takes people at `now`: free places, and not expired (an unreadable expiry is closed). */
export function isOpportunityOpen(opportunity: ReintegrationOpportunity, now: string): boolean {
  return opportunity.placesAvailable > 0 && clock(now) < parseExpiry(opportunity.expiresAt);
}

/**
 * Keeps the `limit` best (key, id) pairs seen: a binary heap with the worst kept at its root, so each candidate costs
 * one comparison unless it enters the top.
 */
class TopK {
  private readonly keys: number[] = [];
  private readonly ids: string[] = [];
  private readonly items: number[] = [];

  constructor(private readonly limit: number) {}

  /** a is worse than b: lower key, or same key and later id. */
  private worse(i: number, j: number): boolean {
    const ki = this.keys[i];
    const kj = this.keys[j];
    return ki < kj || (ki === kj && this.ids[i] > this.ids[j]);
  }

  offer(key: number, id: string, item: number): void {
    if (this.limit <= 0) return;
    const n = this.keys.length;
    if (n < this.limit) {
      this.keys.push(key);
      this.ids.push(id);
      this.items.push(item);
      this.up(n);
      return;
    }
    const rk = this.keys[0];
    if (key < rk || (key === rk && id >= this.ids[0])) return;
    this.keys[0] = key;
    this.ids[0] = id;
    this.items[0] = item;
    this.down(0);
  }

  /** The kept items, best first. */
  sorted(): number[] {
    const order = this.keys.map((_, i) => i);
    order.sort((a, b) => (this.worse(a, b) ? 1 : this.worse(b, a) ? -1 : 0));
    return order.map((i) => this.items[i]);
  }

  private swap(i: number, j: number): void {
    [this.keys[i], this.keys[j]] = [this.keys[j], this.keys[i]];
    [this.ids[i], this.ids[j]] = [this.ids[j], this.ids[i]];
    [this.items[i], this.items[j]] = [this.items[j], this.items[i]];
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.keys.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < n && this.worse(l, worst)) worst = l;
      if (r < n && this.worse(r, worst)) worst = r;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}

function limitOf(options: RankOptions | undefined): number {
  const limit = options?.limit ?? DEFAULT_RANK_LIMIT;
  if (!(limit >= 0)) throw new RangeError(`bad limit ${limit}`);
  return limit;
}

/**
 * The open opportunities (free places, not expired at `now`) best fitting the profile, best first: score descending,
 * then opportunity id ascending. At most `options.limit` (default 50), each with its breakdown. Pass an
 * `OpportunityCatalogue` to reuse the preparation across returnees; a plain array is prepared for this call.
 */
export function rankOpportunities(
  profile: SkillsProfile,
  opportunities: readonly ReintegrationOpportunity[] | OpportunityCatalogue,
  weights: MatchingWeights,
  now: string,
  options?: RankOptions,
): MatchResult[] {
  assertMatchingWeights(weights);
  const nowMs = clock(now);
  const top = new TopK(limitOf(options));
  const cat = opportunities instanceof OpportunityCatalogue ? opportunities : new OpportunityCatalogue(opportunities);
  const p = prepareProfile(profile, cat);
  const c = newComponents();
  for (let k = 0; k < cat.opportunities.length; k++) {
    if (!cat.isOpen(k, nowMs)) continue;
    computeComponents(p, cat, k, c);
    top.offer(Math.round(weightedSum(c, weights) * SCORE_KEY_SCALE), cat.opportunities[k].id, k);
  }
  return top.sorted().map((k) => buildResult(p, cat, k, weights, options?.titleOf));
}

/**
 * The reverse view: the returnees whose profiles best fit one opportunity, best first (score descending, then profile
 * id ascending), at most `options.limit`. An opportunity that is expired or full at `now` has no candidates.
 */
export function rankReturnees(
  opportunity: ReintegrationOpportunity,
  profiles: readonly SkillsProfile[],
  weights: MatchingWeights,
  now: string,
  options?: RankOptions,
): MatchResult[] {
  assertMatchingWeights(weights);
  const limit = limitOf(options);
  const cat = new OpportunityCatalogue([opportunity]);
  if (!cat.isOpen(0, clock(now))) return [];
  const top = new TopK(limit);
  const c = newComponents();
  for (let i = 0; i < profiles.length; i++) {
    computeComponents(prepareProfile(profiles[i], cat), cat, 0, c);
    top.offer(Math.round(weightedSum(c, weights) * SCORE_KEY_SCALE), profiles[i].id, i);
  }
  return top.sorted().map((i) => buildResult(prepareProfile(profiles[i], cat), cat, 0, weights, options?.titleOf));
}
