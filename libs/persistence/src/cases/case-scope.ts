/**
 * Which cases a caller may see. Every read of cases takes one, so a forgotten filter is a type error.
 * `offices` and `countries` restrict when present; `SYSTEM_SCOPE` is for the service's own work
 * (workflow activities, the reconciler), never for a person's request.
 */
export interface CaseScope {
  readonly offices?: readonly string[];
  readonly countriesOfReturn?: readonly string[];
}

export const SYSTEM_SCOPE: CaseScope = Object.freeze({});
