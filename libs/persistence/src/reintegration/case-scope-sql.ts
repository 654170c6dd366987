import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { CaseScope } from '../cases/case-scope';

/**
 * The `CaseScope` filter as SQL over a `return_case` alias, for the reintegration repositories (the same rules as
 * `CaseRepository`: `offices`, `countriesOfReturn` and `partnerOrganisations` restrict when present, an empty list
 * grants nothing).
 * `params` is the positional parameter list the fragment appends to.
 */
export function caseScopeSql(scope: CaseScope, alias: string, params: unknown[]): string {
  const clauses: string[] = [];
  if (scope.offices) {
    params.push([...scope.offices]);
    clauses.push(`${alias}.host_office = ANY($${params.length})`);
  }
  if (scope.countriesOfReturn) {
    params.push([...scope.countriesOfReturn]);
    clauses.push(`${alias}.country_of_return = ANY($${params.length})`);
  }
  if (scope.partnerOrganisations) {
    params.push([...scope.partnerOrganisations]);
    clauses.push(`${alias}.partner_organisation_id = ANY($${params.length}::uuid[])`);
  }
  if (scope.afterPreArrivalNotice) clauses.push(`(${alias}.state->>'preArrivalNoticeSentAt') IS NOT NULL`);
  return clauses.length ? clauses.join(' AND ') : 'TRUE';
}

/** The same filter on a query builder that joins `return_case` as `alias`. */
export function applyCaseScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  scope: CaseScope,
): SelectQueryBuilder<T> {
  if (scope.offices) qb.andWhere(`${alias}.hostOffice = ANY(:scopeOffices)`, { scopeOffices: [...scope.offices] });
  if (scope.countriesOfReturn) {
    qb.andWhere(`${alias}.countryOfReturn = ANY(:scopeCountries)`, { scopeCountries: [...scope.countriesOfReturn] });
  }
  if (scope.partnerOrganisations) {
    qb.andWhere(`${alias}.partnerOrganisationId = ANY(:scopeOrganisations::uuid[])`, {
      scopeOrganisations: [...scope.partnerOrganisations],
    });
  }
  if (scope.afterPreArrivalNotice) qb.andWhere(`(${alias}.state->>'preArrivalNoticeSentAt') IS NOT NULL`);
  return qb;
}
