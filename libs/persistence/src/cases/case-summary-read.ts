// The case list's and "My work"'s read: the row columns a summary shows and the few facts of the state it reads, as
// plain objects from plain SQL. Building TypeORM entities and decrypting every case's sensitive state
// sections cost the API more CPU than the database spends on these pages (docs/PERFORMANCE.md).
import type { DataSource } from 'typeorm';
import type { ReturnCaseEntity } from './return-case.entity';
import type { CaseScope } from './case-scope';
import type { CaseListCursor, CaseListFilter } from './case.repository';
import { ENCRYPTED_STATE_SECTIONS } from '../crypto/field-encryption';
import { caseScopeSql } from '../reintegration/case-scope-sql';

/**
 * The keys of the case state a summary reads: the people and their consent to share (the principal's name shown to a
 * partner, the person a "waits for" names), the reference (pseudonyms) and the booking (the itinerary in "My work").
 * None of them is an encrypted section, so nothing is decrypted; the sensitive sections are not even read.
 */
export const SUMMARY_STATE_KEYS = ['reference', 'people', 'dataSharingConsent', 'booking'] as const;

// A summary key that became an encrypted section would reach the views sealed: refuse to start instead.
for (const key of SUMMARY_STATE_KEYS) {
  if ((ENCRYPTED_STATE_SECTIONS as readonly string[]).includes(key)) {
    throw new Error(`SUMMARY_STATE_KEYS: '${key}' is encrypted; decrypt it in toSummary before reading it here`);
  }
}

/** A case as its list item reads it: the row columns, and `state` cut down to `SUMMARY_STATE_KEYS`. */
export type CaseSummaryRecord = Pick<
  ReturnCaseEntity,
  | 'id'
  | 'reference'
  | 'stage'
  | 'outcome'
  | 'hostOffice'
  | 'countryOfReturn'
  | 'regionOfReturn'
  | 'partnerOrganisationId'
  | 'householdSize'
  | 'vulnerabilities'
  | 'stageEnteredAt'
  | 'onProtectionHold'
  | 'waitingFor'
  | 'dueAt'
  | 'createdAt'
  | 'updatedAt'
> & { state: Record<string, unknown> | null };

export interface CaseSummaryRow {
  id: string;
  reference: string;
  stage: ReturnCaseEntity['stage'];
  outcome: ReturnCaseEntity['outcome'];
  host_office: string;
  country_of_return: string;
  region_of_return: string;
  partner_organisation_id: string | null;
  household_size: number;
  vulnerabilities: ReturnCaseEntity['vulnerabilities'];
  stage_entered_at: Date | null;
  on_protection_hold: boolean;
  waiting_for: string | null;
  due_at: Date | null;
  created_at: Date;
  updated_at: Date;
  state: Record<string, unknown> | null;
}

const STATE_KEYS_SQL = `ARRAY[${SUMMARY_STATE_KEYS.map((k) => `'${k}'`).join(', ')}]`;

/**
 * The select list of a summary over the `return_case` alias `c`. The state keeps only the summary's keys, present
 * ones only (a missing key stays missing, a JSON null stays null), so the sealed sections never leave the database.
 */
export const SUMMARY_COLUMNS = `c.id, c.reference, c.stage, c.outcome, c.host_office, c.country_of_return,
  c.region_of_return, c.partner_organisation_id, c.household_size, c.vulnerabilities, c.stage_entered_at,
  c.on_protection_hold, c.waiting_for, c.due_at, c.created_at, c.updated_at,
  CASE WHEN c.state IS NULL OR jsonb_typeof(c.state) <> 'object' THEN c.state
       ELSE (SELECT coalesce(jsonb_object_agg(s.key, s.value), '{}'::jsonb)
               FROM jsonb_each(c.state) s WHERE s.key = ANY(${STATE_KEYS_SQL})) END AS state`;

export function toSummary(row: CaseSummaryRow): CaseSummaryRecord {
  return {
    id: row.id,
    reference: row.reference,
    stage: row.stage,
    outcome: row.outcome,
    hostOffice: row.host_office,
    countryOfReturn: row.country_of_return,
    regionOfReturn: row.region_of_return,
    partnerOrganisationId: row.partner_organisation_id,
    householdSize: row.household_size,
    vulnerabilities: row.vulnerabilities,
    stageEnteredAt: row.stage_entered_at,
    onProtectionHold: row.on_protection_hold,
    waitingFor: row.waiting_for,
    dueAt: row.due_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    state: row.state,
  };
}

/** A page of the case list: summaries with the principal's name, newest first, and the keyset after its last row. */
export async function listSummaries(
  dataSource: DataSource,
  scope: CaseScope,
  filter: CaseListFilter,
  limit: number,
  after?: CaseListCursor,
): Promise<CaseSummaryPage> {
  // The same conditions, order and keyset as CaseRepository.list, in SQL with positional parameters.
  const values: unknown[] = [];
  const where = [caseScopeSql(scope, 'c', values)];
  const add = (condition: (n: number) => string, value: unknown) => {
    values.push(value);
    where.push(condition(values.length));
  };
  if (filter.stage) add((n) => `c.stage = $${n}`, filter.stage);
  if (filter.countryOfReturn) add((n) => `c.country_of_return = $${n}`, filter.countryOfReturn);
  if (filter.hostOffice) add((n) => `c.host_office = $${n}`, filter.hostOffice);
  if (filter.partnerOrganisationId) add((n) => `c.partner_organisation_id = $${n}`, filter.partnerOrganisationId);
  if (filter.vulnerability) add((n) => `$${n} = ANY(c.vulnerabilities)`, filter.vulnerability);
  if (filter.text) {
    add(
      (n) =>
        filter.textInReferenceOnly
          ? `LOWER(c.reference) LIKE $${n} ESCAPE '\\'`
          : `c.search_text LIKE $${n} ESCAPE '\\'`,
      `%${escapeLike(filter.text.toLowerCase())}%`,
    );
  }
  if (after) {
    values.push(after.createdAt, after.id);
    where.push(`(c.created_at, c.id) < ($${values.length - 1}, $${values.length})`);
  }
  values.push(limit + 1);
  const text = `SELECT ${SUMMARY_COLUMNS},
      (SELECT p.given_names || ' ' || p.family_name FROM case_person p WHERE p.case_id = c.id AND p.position = 0)
        AS principal_name
    FROM return_case c WHERE ${where.join(' AND ')}
    ORDER BY c.created_at DESC, c.id DESC LIMIT $${values.length}`;
  // Not a named prepared statement: after a few runs PostgreSQL may plan one for any parameters (a generic plan),
  // and a generic plan cannot tell a rare search text or stage from a common one. Each list is planned for its values.
  const rows = (await dataSource.query(text, values)) as Array<CaseSummaryRow & { principal_name: string | null }>;
  const items = rows
    .slice(0, limit)
    .map((row) => ({ summary: toSummary(row), principalName: row.principal_name ?? '' }));
  const last = items[items.length - 1];
  const next =
    rows.length > limit && last ? { createdAt: last.summary.createdAt.toISOString(), id: last.summary.id } : null;
  return { items, next };
}

export interface CaseSummaryPage {
  items: Array<{ summary: CaseSummaryRecord; principalName: string }>;
  next: CaseListCursor | null;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
