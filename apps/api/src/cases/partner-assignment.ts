import { RequestValidationError } from '../common/request-validation.error';

interface Organisation {
  id: string;
  name: string;
}

/**
 * Which partner organisation receives a case: the one asked for, if it covers the country of return; otherwise the
 * only one covering it. Several covering it and none chosen is refused, naming them: guessing would show the case to
 * the wrong organisation. None covering it leaves the case without a partner (a supervisor assigns one later).
 */
export function choosePartnerOrganisation(
  requested: string | undefined,
  covering: readonly Organisation[],
  country: string,
  field = 'partnerOrganisationId',
): string | null {
  const choices = covering.map((o) => `${o.name} (${o.id})`).join(', ');
  if (requested !== undefined) {
    if (covering.some((o) => o.id === requested)) return requested;
    throw new RequestValidationError([
      {
        field,
        reason: covering.length
          ? `is not an organisation receiving returnees in ${country}; choose one of: ${choices}`
          : `no partner organisation receives returnees in ${country}`,
      },
    ]);
  }
  if (covering.length === 1) return covering[0].id;
  if (covering.length === 0) return null;
  throw new RequestValidationError([
    { field, reason: `is required: several organisations receive returnees in ${country}; choose one of: ${choices}` },
  ]);
}
