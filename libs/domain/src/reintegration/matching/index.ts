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
 *
 * The pieces, one file each: model.ts (what is matched), weights.ts, vocabulary.ts and catalogue.ts (opportunities
 * prepared once), profile.ts and pair.ts (a profile prepared against a catalogue), one file per component
 * (occupation, skills, education, languages, region, opportunity-type: its value and its explanation, a code with
 * parameters and an English sentence, explanation.ts), scoring.ts
 * (the sum and the breakdown), selection.ts (open opportunities, top-k), and the two rankings.
 */
export * from './model';
export {
  MATCH_COMPONENTS,
  type MatchComponent,
  type MatchingWeights,
  DEFAULT_MATCHING_WEIGHTS,
  validateMatchingWeights,
  assertMatchingWeights,
} from './weights';
export { ISCO_PROXIMITY, EXPERIENCE_FLOOR, YEARS_FOR_FULL_CREDIT, iscoProximity, experienceCredit } from './occupation';
export {
  MATCH_EXPLANATION_CODES,
  type MatchExplanationCode,
  type MatchExplanationParams,
  type MatchExplanationReason,
  type MatchExplanation,
} from './explanation';
export { OpportunityCatalogue } from './catalogue';
export { scoreMatch } from './scoring';
export { isOpportunityOpen } from './selection';
export { rankOpportunities } from './rank-opportunities';
export { rankReturnees } from './rank-returnees';
