import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { formatCaseReference } from '@avrr/domain';
import { CasePersonEntity, CaseRepository, PersonDocumentEntity, ReturnCaseEntity } from '@avrr/persistence';

/** A short random tag, so that each test's rows are its own whatever the database already holds. */
export function uniqueTag(): string {
  return randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase();
}

export interface DraftOptions {
  hostOffice?: string;
  countryOfReturn?: string;
  familyName?: string;
  stage?: ReturnCaseEntity['stage'];
  idempotencyKey?: string | null;
  requestHash?: string | null;
  workflowStarted?: boolean;
  people?: CasePersonEntity[];
}

export function person(position: number, overrides: Partial<CasePersonEntity> = {}): CasePersonEntity {
  return Object.assign(new CasePersonEntity(), {
    position,
    relationship: position === 0 ? null : 'child',
    givenNames: position === 0 ? 'Awa' : 'Moussa',
    familyName: 'Ndiaye',
    dateOfBirth: position === 0 ? '1990-03-14' : '2015-07-02',
    sex: position === 0 ? 'female' : 'male',
    nationality: 'SN',
    languages: ['fr'],
    vulnerabilities: [],
    contact: null,
    documents: [],
    ...overrides,
  });
}

export function passport(number: string): PersonDocumentEntity {
  return Object.assign(new PersonDocumentEntity(), {
    type: 'passport',
    number,
    issuingCountry: 'SN',
    expiresOn: '2030-01-31',
  });
}

/** A case as CaseIntakeService builds it, with a real reference from the sequence. */
export async function caseDraft(cases: CaseRepository, options: DraftOptions = {}): Promise<ReturnCaseEntity> {
  const id = randomUUID();
  const reference = formatCaseReference(new Date().getUTCFullYear(), await cases.nextReferenceNumber());
  const familyName = options.familyName ?? `Ndiaye-${uniqueTag()}`;
  const people = options.people ?? [person(0, { familyName }), person(1, { familyName })];
  const entity = new ReturnCaseEntity();
  Object.assign(entity, {
    id,
    reference,
    stage: options.stage ?? 'intake',
    outcome: null,
    hostOffice: options.hostOffice ?? `OFF-${uniqueTag()}`,
    countryOfReturn: options.countryOfReturn ?? 'SN',
    regionOfReturn: 'Dakar',
    counsellorName: 'Claire Martin',
    counsellorEmail: `claire.${uniqueTag().toLowerCase()}@avrr.test`,
    vulnerabilities: [...new Set(people.flatMap((p) => p.vulnerabilities))],
    householdSize: people.length,
    searchText: [reference, ...people.map((p) => `${p.givenNames} ${p.familyName}`)].join(' ').toLowerCase(),
    idempotencyKey: options.idempotencyKey ?? null,
    requestHash: options.requestHash ?? null,
    workflowId: `return-case-${id}`,
    workflowStartedAt: options.workflowStarted === false ? null : new Date(),
    waitingFor: null,
    dueAt: null,
    people,
  });
  return entity;
}

/** Sets a case's created_at exactly (microseconds included), as if it had been saved then. */
export async function setCreatedAt(dataSource: DataSource, id: string, timestamp: string): Promise<void> {
  await dataSource.query(`UPDATE return_case SET created_at = $2::timestamptz WHERE id = $1`, [id, timestamp]);
}

/** Removes only the rows a test made (people, documents and timeline go with them by cascade). */
export async function deleteCases(dataSource: DataSource, ids: string[]): Promise<void> {
  if (ids.length > 0) await dataSource.query(`DELETE FROM return_case WHERE id = ANY($1::uuid[])`, [ids]);
}
