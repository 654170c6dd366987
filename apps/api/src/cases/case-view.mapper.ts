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
  return {
    ...toCaseSummaryView(c, `${principal.givenNames} ${principal.familyName}`),
    counsellor: { name: c.counsellorName, email: c.counsellorEmail },
    partnerOrganisation: c.partnerOrganisation
      ? { id: c.partnerOrganisation.id, name: c.partnerOrganisation.name }
      : null,
    principal: toPersonView(principal),
    household: household.map(toPersonView),
    workflow: {
      id: c.workflowId,
      started: c.workflowStartedAt !== null,
      status: c.workflowStartedAt !== null ? 'running' : 'starting',
    },
    anonymisedAt: c.anonymisedAt?.toISOString() ?? null,
    // The workflow keeps the office it was opened at; a transfer moves the case's row, which is the authority.
    progress: c.state && { ...c.state, hostOffice: c.hostOffice },
  };
}

function toPersonView(p: PersonRecord): PersonView {
  return {
    id: p.id,
    ...(p.relationship ? { relationship: p.relationship } : {}),
    givenNames: p.givenNames,
    familyName: p.familyName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    nationality: p.nationality,
    languages: p.languages,
    vulnerabilities: p.vulnerabilities,
    documents: (p.documents ?? []).map((d) => ({
      type: d.type,
      ...(d.number ? { number: d.number } : {}),
      issuingCountry: d.issuingCountry,
      ...(d.expiresOn ? { expiresOn: d.expiresOn } : {}),
    })),
    ...(p.contact ? { contact: p.contact } : {}),
  };
}
