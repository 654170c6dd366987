import { randomUUID } from 'node:crypto';
import { CasePersonEntity, PersonDocumentEntity, ReturnCaseEntity } from '@avrr/persistence';
import { returnCaseWorkflowId } from '@avrr/workflows';
import type { CreateCaseDto, PersonDto } from './dto/create-case.dto';

/** The rows of a new case, its id chosen here so that the workflow id is known before anything is saved. */
export function buildCase(
  dto: CreateCaseDto,
  reference: string,
  idempotencyKey: string | undefined,
  requestHash: string | null,
): ReturnCaseEntity {
  const id = randomUUID();
  const people = [dto.principal, ...dto.household];
  const entity = new ReturnCaseEntity();
  Object.assign(entity, {
    id,
    reference,
    stage: 'intake',
    outcome: null,
    hostOffice: dto.hostOffice,
    countryOfReturn: dto.countryOfReturn,
    regionOfReturn: dto.regionOfReturn,
    // Checked against the organisations covering the country by the intake (partner-assignment.ts).
    partnerOrganisationId: dto.partnerOrganisationId ?? null,
    counsellorName: dto.counsellor.name,
    counsellorEmail: dto.counsellor.email,
    vulnerabilities: [...new Set(people.flatMap((p) => p.vulnerabilities))],
    householdSize: people.length,
    searchText: [reference, ...people.map((p) => `${p.givenNames} ${p.familyName}`)].join(' ').toLowerCase(),
    idempotencyKey: idempotencyKey ?? null,
    requestHash,
    workflowId: returnCaseWorkflowId(id),
    workflowStartedAt: null,
    waitingFor: null,
    dueAt: null,
    people: people.map((p, position) => buildPerson(p, position, 'relationship' in p ? String(p.relationship) : null)),
  });
  return entity;
}

function buildPerson(p: PersonDto, position: number, relationship: string | null): CasePersonEntity {
  const person = new CasePersonEntity();
  Object.assign(person, {
    position,
    relationship,
    givenNames: p.givenNames,
    familyName: p.familyName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    nationality: p.nationality,
    languages: p.languages,
    vulnerabilities: p.vulnerabilities,
    contact: p.contact ? { ...p.contact } : null,
    documents: p.documents.map((d) =>
      Object.assign(new PersonDocumentEntity(), {
        type: d.type,
        number: d.number ?? null,
        issuingCountry: d.issuingCountry,
        expiresOn: d.expiresOn ?? null,
      }),
    ),
  });
  return person;
}
