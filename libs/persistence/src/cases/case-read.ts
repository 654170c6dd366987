// The case page's read (GET /cases/:id), the hottest read of the API, which every command on a case also starts with
// (an action, a document, a transfer): one prepared statement that returns the case row, its partner organisation and
// its people with their documents (aggregated as JSON by PostgreSQL), mapped to plain objects here. TypeORM's query
// building and hydration cost more than the query itself on this path.
import type { DataSource } from 'typeorm';
import type { CasePersonEntity } from './case-person.entity';
import type { PersonDocumentEntity } from './person-document.entity';
import type { ReturnCaseEntity } from './return-case.entity';
import type { CaseScope } from './case-scope';
import { decryptField, openSections } from '../crypto/field-encryption';
import { caseScopeSql } from '../reintegration/case-scope-sql';
import { runPrepared } from '../prepared-statement';

export type DocumentRecord = Pick<
  PersonDocumentEntity,
  'id' | 'personId' | 'type' | 'number' | 'issuingCountry' | 'expiresOn'
>;

export type PersonRecord = Omit<CasePersonEntity, 'returnCase' | 'documents'> & { documents?: DocumentRecord[] };

/**
 * A case with its people and their documents, decrypted, as the case page reads it. A `ReturnCaseEntity` loaded with
 * its relations is one too, so the view is built the same way from either.
 */
export type CaseRecord = Omit<
  ReturnCaseEntity,
  'people' | 'partnerOrganisation' | 'searchText' | 'idempotencyKey' | 'requestHash'
> & {
  partnerOrganisation?: { id: string; name: string } | null;
  people: PersonRecord[];
};

interface CaseRow {
  id: string;
  reference: string;
  stage: ReturnCaseEntity['stage'];
  outcome: ReturnCaseEntity['outcome'];
  stage_entered_at: Date | null;
  host_office: string;
  country_of_return: string;
  region_of_return: string;
  partner_organisation_id: string | null;
  partner_organisation_name: string | null;
  counsellor_name: string;
  counsellor_email: string;
  vulnerabilities: ReturnCaseEntity['vulnerabilities'];
  household_size: number;
  workflow_id: string;
  workflow_started_at: Date | null;
  waiting_for: string | null;
  due_at: Date | null;
  on_protection_hold: boolean;
  next_actor: ReturnCaseEntity['nextActor'];
  state: Record<string, unknown> | null;
  state_version: number;
  anonymised_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  people: PersonRecord[];
}

// Dates (`date` columns) come out of json_build_object as 'YYYY-MM-DD' text, as TypeORM reads them.
const STATEMENT = (scope: string) => `
  SELECT c.id, c.reference, c.stage, c.outcome, c.stage_entered_at, c.host_office, c.country_of_return,
         c.region_of_return, c.partner_organisation_id, po.name AS partner_organisation_name, c.counsellor_name,
         c.counsellor_email, c.vulnerabilities, c.household_size, c.workflow_id, c.workflow_started_at, c.waiting_for,
         c.due_at, c.on_protection_hold, c.next_actor, c.state, c.state_version, c.anonymised_at, c.created_at,
         c.updated_at, c.version,
         (SELECT coalesce(json_agg(json_build_object(
                   'id', p.id, 'caseId', p.case_id, 'position', p.position, 'relationship', p.relationship,
                   'givenNames', p.given_names, 'familyName', p.family_name, 'dateOfBirth', p.date_of_birth,
                   'sex', p.sex, 'nationality', p.nationality, 'languages', p.languages,
                   'vulnerabilities', p.vulnerabilities, 'contact', p.contact,
                   'documents', (SELECT coalesce(json_agg(json_build_object(
                                          'id', d.id, 'personId', d.person_id, 'type', d.type, 'number', d.number,
                                          'issuingCountry', d.issuing_country, 'expiresOn', d.expires_on)), '[]')
                                 FROM person_document d WHERE d.person_id = p.id)
                 ) ORDER BY p.position), '[]')
          FROM case_person p WHERE p.case_id = c.id) AS people
  FROM return_case c LEFT JOIN partner_organisation po ON po.id = c.partner_organisation_id
  WHERE c.id = $1 AND ${scope}`;

/** One statement name per text: a scope's shape (which of its lists are present) changes the text. */
const statementNames = new Map<string, string>();

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `case_read_${statementNames.size}`));
  return name;
}

/** The case `id` if `scope` grants it, with its people in order and their documents; null otherwise. */
export async function readCase(dataSource: DataSource, id: string, scope: CaseScope): Promise<CaseRecord | null> {
  const values: unknown[] = [id];
  const text = STATEMENT(caseScopeSql(scope, 'c', values));
  const [row] = await runPrepared<CaseRow>(dataSource, statementName(text), text, values);
  return row ? toRecord(row) : null;
}

function toRecord(row: CaseRow): CaseRecord {
  return {
    id: row.id,
    reference: row.reference,
    stage: row.stage,
    outcome: row.outcome,
    stageEnteredAt: row.stage_entered_at,
    hostOffice: row.host_office,
    countryOfReturn: row.country_of_return,
    regionOfReturn: row.region_of_return,
    partnerOrganisationId: row.partner_organisation_id,
    partnerOrganisation:
      row.partner_organisation_id === null
        ? null
        : { id: row.partner_organisation_id, name: row.partner_organisation_name! },
    counsellorName: row.counsellor_name,
    counsellorEmail: row.counsellor_email,
    vulnerabilities: row.vulnerabilities,
    householdSize: row.household_size,
    workflowId: row.workflow_id,
    workflowStartedAt: row.workflow_started_at,
    waitingFor: row.waiting_for,
    dueAt: row.due_at,
    onProtectionHold: row.on_protection_hold,
    nextActor: row.next_actor,
    // The same decryption as the entity's column transformers (ENCRYPTED_STATE_SECTIONS_JSON, ENCRYPTED_TEXT).
    state: openSections(row.state),
    stateVersion: row.state_version,
    anonymisedAt: row.anonymised_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    people: row.people.map((p) => ({
      ...p,
      documents: (p.documents ?? []).map((d) => ({ ...d, number: d.number === null ? null : decryptField(d.number) })),
    })),
  };
}
