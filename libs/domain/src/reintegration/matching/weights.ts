// The six components' weights: programme configuration, checked before any score is computed.
import { DomainError, type FieldViolation } from '../../errors/domain-error';

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

const WEIGHT_SUM_TOLERANCE = 1e-6;

/** Every reason the weights cannot be used; empty when they can. */
export function validateMatchingWeights(weights: unknown): FieldViolation[] {
  if (typeof weights !== 'object' || weights === null || Array.isArray(weights))
    return [{ field: '', reason: 'must be an object' }];
  const w = weights as Record<string, unknown>;
  const violations: FieldViolation[] = [];
  for (const key of Object.keys(w)) {
    if (!(MATCH_COMPONENTS as readonly string[]).includes(key))
      violations.push({ field: key, reason: 'is not a matching component' });
  }
  let sum = 0;
  for (const c of MATCH_COMPONENTS) {
    const v = w[c];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      violations.push({ field: c, reason: 'must be a non-negative number' });
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
