/**
 * Which cases a caller may see. Every read of cases takes one, so a forgotten filter is a type error.
 * `offices`, `countriesOfReturn` and `partnerOrganisations` restrict when present (an empty list grants nothing);
 * `afterPreArrivalNotice` hides a case until the partner has been sent its pre-arrival notice.
 * `SYSTEM_SCOPE` is for the service's own work (workflow activities, the reconciler), never for a person's request.
 */
export interface CaseScope {
  readonly offices?: readonly string[];
  readonly countriesOfReturn?: readonly string[];
  /** The case's assigned partner organisation (`partner_organisation_id`): a partner's scope. */
  readonly partnerOrganisations?: readonly string[];
  readonly afterPreArrivalNotice?: boolean;
}

export const SYSTEM_SCOPE: CaseScope = Object.freeze({});

/** Grants no case at all: the administrator's scope, who manages accounts but reads no case content. */
export const NO_CASES: CaseScope = Object.freeze({ offices: [] });
