// The type component: what the person wants against the opportunity type (job: job or apprenticeship; training:
// vocational training or apprenticeship; business: business support) 1, else 0.
import type { OpportunityCatalogue } from './catalogue';
import type { OpportunityType, ReintegrationOpportunity, ReturneeWants } from './model';
import { explained, type MatchExplanation } from './explanation';
import type { Components, PreparedProfile } from './pair';

export function scoreType(p: PreparedProfile, cat: OpportunityCatalogue, k: number, out: Components): void {
  out.type = (p.wants & cat.typeBits[k]) !== 0 ? 1 : 0;
}

const OPPORTUNITY_WORDS: Record<OpportunityType, string> = {
  job: 'a job',
  apprenticeship: 'an apprenticeship',
  vocational_training: 'vocational training',
  business_support: 'a business-support programme',
};
const WANTS_WORDS: Record<ReturneeWants, string> = {
  job: 'a job',
  training: 'training',
  business: 'to start their own business',
};

export function explainType(p: PreparedProfile, o: ReintegrationOpportunity, c: Components): MatchExplanation {
  const wants = WANTS_WORDS[p.source.wants] ?? p.source.wants;
  const params = { wants: p.source.wants, type: o.type };
  return c.type === 1
    ? explained('type_fits', params, `Wants ${wants}; ${OPPORTUNITY_WORDS[o.type]} fits`)
    : explained(
        'type_does_not_fit',
        params,
        `Wants ${wants}; this is ${OPPORTUNITY_WORDS[o.type] ?? o.type}, not what they asked for`,
      );
}
