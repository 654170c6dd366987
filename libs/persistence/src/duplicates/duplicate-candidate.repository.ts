import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PersonIdentity } from '@avrr/domain';
import { swappedBirthDate } from '@avrr/domain';
import type { CaseScope } from '../cases/case-scope';
import { caseScopeSql } from '../reintegration/case-scope-sql';
import { decryptField, fieldIndex } from '../crypto/field-encryption';
import type { Alongside } from '../alongside';

/** A person of another case who shares a block with the one checked, and whether the caller may see that case. */
export interface DuplicateCandidateRow extends PersonIdentity {
  personId: string;
  caseId: string;
  reference: string;
  hostOffice: string;
  inScope: boolean;
}

export interface DuplicateDecisionRow {
  caseId: string;
  personId: string;
  otherCaseId: string;
  otherPersonId: string;
  decision: 'confirmed' | 'dismissed';
  score: number;
  decidedBy: string;
  decidedAt: Date;
}

/**
 * Candidates for the duplicate check, found cheaply: the blocks of `sharesBlock` (libs/domain) in SQL, each served
 * by an index (birth date; the document number's blind index; the name trigram GIN index with pg_trgm's `%`). Every case is
 * searched, so that a match in another office can be reported as existing; `inScope` says which ones the caller
 * may see in full. Anonymised cases hold no identity and are left out.
 */
@Injectable()
export class DuplicateCandidateRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async candidatesFor(caseId: string, person: PersonIdentity, scope: CaseScope): Promise<DuplicateCandidateRow[]> {
    const dates = [person.dateOfBirth, swappedBirthDate(person.dateOfBirth)].filter((d): d is string => d !== null);
    const params: unknown[] = [
      caseId,
      dates,
      person.documentNumbers.map((n) => fieldIndex(n)),
      `${person.givenNames} ${person.familyName}`.toLowerCase(),
      Number(person.dateOfBirth.slice(0, 4)),
    ];
    const inScope = caseScopeSql(scope, 'c', params);
    const rows: DuplicateCandidateRow[] = await this.dataSource.query(
      `WITH block AS (
         SELECT p.id FROM case_person p WHERE p.date_of_birth = ANY($2::date[])
         UNION
         SELECT d.person_id FROM person_document d WHERE d.number_index = ANY($3::bpchar[])
         UNION
         SELECT p.id FROM case_person p
          WHERE lower(p.given_names || ' ' || p.family_name) % $4
            AND p.date_of_birth >= make_date($5, 1, 1) AND p.date_of_birth < make_date($5 + 1, 1, 1)
       )
       SELECT p.id AS "personId", p.case_id AS "caseId", c.reference, c.host_office AS "hostOffice",
              p.given_names AS "givenNames", p.family_name AS "familyName", p.date_of_birth::text AS "dateOfBirth",
              p.nationality,
              coalesce((SELECT array_agg(d.number) FROM person_document d WHERE d.person_id = p.id AND d.number IS NOT NULL), '{}') AS "documentNumbers",
              (${inScope}) AS "inScope"
         FROM block b
         JOIN case_person p ON p.id = b.id
         JOIN return_case c ON c.id = p.case_id
        WHERE p.case_id <> $1 AND c.anonymised_at IS NULL
        ORDER BY c.reference, p.position`,
      params,
    );
    // Document numbers are stored encrypted: the scoring compares them in plaintext, here in memory.
    return rows.map((r) => ({ ...r, documentNumbers: r.documentNumbers.map(decryptField) }));
  }

  /** Decisions about pairs that involve this case, taken from either side. */
  async decisionsFor(caseId: string): Promise<DuplicateDecisionRow[]> {
    return this.dataSource.query(
      `SELECT case_id AS "caseId", person_id AS "personId", other_case_id AS "otherCaseId", other_person_id AS "otherPersonId",
              decision, score::float8 AS score, decided_by AS "decidedBy", decided_at AS "decidedAt"
         FROM duplicate_decision WHERE case_id = $1 OR other_case_id = $1 ORDER BY decided_at`,
      [caseId],
    );
  }

  /** One decision per pair: a later decision on the same two people replaces the earlier one. */
  async decide(
    row: Omit<DuplicateDecisionRow, 'decidedAt'>,
    alongside?: Alongside<DuplicateDecisionRow>,
  ): Promise<DuplicateDecisionRow> {
    return this.dataSource.transaction(async (em) => {
      const [saved]: DuplicateDecisionRow[] = await em.query(
        `INSERT INTO duplicate_decision (case_id, person_id, other_case_id, other_person_id, decision, score, decided_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (LEAST(person_id, other_person_id), GREATEST(person_id, other_person_id))
       DO UPDATE SET case_id = EXCLUDED.case_id, person_id = EXCLUDED.person_id, other_case_id = EXCLUDED.other_case_id,
                     other_person_id = EXCLUDED.other_person_id, decision = EXCLUDED.decision, score = EXCLUDED.score,
                     decided_by = EXCLUDED.decided_by, decided_at = now()
       RETURNING case_id AS "caseId", person_id AS "personId", other_case_id AS "otherCaseId", other_person_id AS "otherPersonId",
                 decision, score::float8 AS score, decided_by AS "decidedBy", decided_at AS "decidedAt"`,
        [row.caseId, row.personId, row.otherCaseId, row.otherPersonId, row.decision, row.score, row.decidedBy],
      );
      await alongside?.(em, saved);
      return saved;
    });
  }
}
