import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MASK } from '@avrr/domain';
import {
  anonymiseCaseState,
  anonymiseTimelineDetails,
  anonymiseTransferDestination,
  anonymiseValue,
} from './case-anonymisation';
import { ENCRYPTED_JSON, ENCRYPTED_STATE_SECTIONS, openSections, sealSections } from '../crypto/field-encryption';
import type { Alongside } from '../alongside';

/** A closed case whose retention period has passed and that still holds personal data. */
export interface RetentionDueCase {
  id: string;
  reference: string;
  workflowId: string;
  /** `stage_entered_at` as PostgreSQL prints it (a Date would drop the microseconds the keyset needs). */
  closedAt: string;
}

/** Keyset position in (closure, id) order. The closure is PostgreSQL's text, microseconds included, never a Date. */
export interface RetentionCursor {
  closedAt: string;
  id: string;
}

/** What one case's anonymisation changed, row counts per table. */
export interface CaseAnonymisation {
  caseId: string;
  people: number;
  documents: number;
  timelineEvents: number;
  skillsProfiles: number;
  opportunityLinks: number;
  declaredAssets: number;
  assetTransfers: number;
  /** Uploaded files (case_document rows), removed whole with their bytes. */
  files: number;
  /** Their ids, for a document store that keeps bytes outside PostgreSQL. */
  fileIds: string[];
}

// A closed case due for anonymisation: closed (the read model's stage; `stage_entered_at` is when it closed) before
// the cut-off, and not anonymised yet. The partial index ix_return_case_retention_due serves exactly this.
const DUE = `c.stage = 'closed' AND c.anonymised_at IS NULL AND c.stage_entered_at < $1`;

/**
 * Removes the personal data of closed cases past the retention period, keeping what statistics need (see
 * docs/ARCHITECTURE.md, "Retention"). Each case is anonymised in its own transaction, so an interrupted sweep loses
 * nothing and the next one carries on; an anonymised case is never picked again.
 *
 * Untouched on purpose: `audit_entry` (append-only, and it never holds a returnee's identity: ids only, personal
 * values masked), the ledger (append-only money records, ids and amounts), `follow_up_survey` (answers are option
 * codes, scores numbers; UPDATE is refused by a trigger) and the staff columns (counsellor, actors).
 */
@Injectable()
export class CaseRetentionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async countDue(closedBefore: Date): Promise<number> {
    const [row]: Array<{ n: string }> = await this.dataSource.query(
      `SELECT count(*) AS n FROM return_case c WHERE ${DUE}`,
      [closedBefore],
    );
    return Number(row.n);
  }

  /** The next due cases after `after`, oldest closure first. */
  async findDue(closedBefore: Date, limit: number, after?: RetentionCursor): Promise<RetentionDueCase[]> {
    const params: unknown[] = [closedBefore, limit];
    let keyset = '';
    if (after) {
      params.push(after.closedAt, after.id);
      keyset = `AND (c.stage_entered_at, c.id) > ($3::timestamptz, $4::uuid)`;
    }
    const rows: Array<{ id: string; reference: string; workflow_id: string; closed_at: string }> =
      await this.dataSource.query(
        `SELECT c.id, c.reference, c.workflow_id, c.stage_entered_at::text AS closed_at
         FROM return_case c
        WHERE ${DUE} ${keyset}
        ORDER BY c.stage_entered_at, c.id
        LIMIT $2`,
        params,
      );
    return rows.map((r) => ({ id: r.id, reference: r.reference, workflowId: r.workflow_id, closedAt: r.closed_at }));
  }

  /**
   * Anonymises one case in one transaction, if it is still due (closed before `closedBefore`, not anonymised yet).
   * Returns null, changing nothing, when it is not: already done, reopened, or being anonymised by a concurrent
   * sweep (its row is locked; SKIP LOCKED leaves it to that sweep). `alongside` (its audit entry) runs in the same
   * transaction.
   */
  async anonymise(
    caseId: string,
    closedBefore: Date,
    alongside?: Alongside<CaseAnonymisation>,
  ): Promise<CaseAnonymisation | null> {
    return this.anonymiseIf(
      caseId,
      `SELECT c.state FROM return_case c WHERE c.id = $2 AND ${DUE} FOR UPDATE SKIP LOCKED`,
      [closedBefore, caseId],
      alongside,
    );
  }

  /**
   * Erasure on a person's request, ahead of the retention period: the same anonymisation for one closed case, in one
   * transaction. It waits for a sweep anonymising the same case rather than skipping it, and returns null when the
   * case is not closed or is already anonymised. The caller ends the case's workflow first.
   */
  async anonymiseOnRequest(
    caseId: string,
    alongside?: Alongside<CaseAnonymisation>,
  ): Promise<CaseAnonymisation | null> {
    return this.anonymiseIf(
      caseId,
      `SELECT c.state FROM return_case c WHERE c.id = $1 AND c.stage = 'closed' AND c.anonymised_at IS NULL FOR UPDATE`,
      [caseId],
      alongside,
    );
  }

  /** Anonymises the case when `lock` (which locks its row) finds it; what both kinds of anonymisation share. */
  private async anonymiseIf(
    caseId: string,
    lock: string,
    params: unknown[],
    alongside?: Alongside<CaseAnonymisation>,
  ): Promise<CaseAnonymisation | null> {
    return this.dataSource.transaction(async (em) => {
      const [found]: Array<{ state: Record<string, unknown> | null }> = await em.query(lock, params);
      if (!found) return null;
      const result: CaseAnonymisation = {
        caseId,
        people: 0,
        documents: 0,
        timelineEvents: 0,
        skillsProfiles: 0,
        opportunityLinks: 0,
        declaredAssets: 0,
        assetTransfers: 0,
        files: 0,
        fileIds: [],
      };

      // The household: names, the day and month of birth, contacts, document numbers.
      result.people = await affected(
        em,
        `UPDATE case_person
            SET given_names = $2, family_name = $2, contact = NULL,
                date_of_birth = make_date(EXTRACT(YEAR FROM date_of_birth)::int, 1, 1)
          WHERE case_id = $1`,
        [caseId, MASK],
      );
      result.documents = await affected(
        em,
        `UPDATE person_document d SET number = NULL, number_index = NULL
           FROM case_person p
          WHERE p.id = d.person_id AND p.case_id = $1 AND d.number IS NOT NULL`,
        [caseId],
      );

      // The timeline's details (names, reasons, notes, witnesses, document numbers, booking references).
      const events: Array<{ id: string; type: string; details: Record<string, unknown> }> = await em.query(
        `SELECT id, type, details FROM case_timeline_event WHERE case_id = $1 ORDER BY id`,
        [caseId],
      );
      for (const event of events) {
        // Details are encrypted at rest: masked in plaintext, then sealed again.
        const opened = (ENCRYPTED_JSON.from(event.details) ?? {}) as Record<string, unknown>;
        const details = anonymiseTimelineDetails(event.type, opened);
        if (JSON.stringify(details) === JSON.stringify(opened)) continue;
        await em.query(`UPDATE case_timeline_event SET details = $2::jsonb WHERE id = $1`, [
          event.id,
          JSON.stringify(ENCRYPTED_JSON.to(details)),
        ]);
        result.timelineEvents += 1;
      }

      // Reintegration: free skill tags (the ISCO occupations, languages and education stay), link notes.
      result.skillsProfiles = await affected(
        em,
        `UPDATE skills_profile SET skills = '{}' WHERE case_id = $1 AND cardinality(skills) > 0`,
        [caseId],
      );
      const links: Array<{ id: string; history: unknown[] }> = await em.query(
        `SELECT id, history FROM opportunity_link WHERE case_id = $1 ORDER BY id`,
        [caseId],
      );
      for (const link of links) {
        const history = anonymiseValue(link.history);
        if (JSON.stringify(history) === JSON.stringify(link.history)) continue;
        await em.query(`UPDATE opportunity_link SET history = $2::jsonb WHERE id = $1`, [
          link.id,
          JSON.stringify(history),
        ]);
        result.opportunityLinks += 1;
      }

      // Money: who owes the wages and the evidence documents; where a transfer went (account, holder, number) and
      // the free-text reasons. Amounts, currencies, statuses and dates stay, as does the ledger.
      result.declaredAssets = await affected(
        em,
        `UPDATE declared_asset
            SET employer = CASE WHEN employer IS NULL THEN NULL ELSE $2 END, evidence_documents = '{}'
          WHERE case_id = $1 AND ((employer IS NOT NULL AND employer <> $2) OR cardinality(evidence_documents) > 0)`,
        [caseId, MASK],
      );
      const transfers: Array<{
        id: string;
        destination: Record<string, unknown>;
        failure_reason: string | null;
        cancel_reason: string | null;
      }> = await em.query(
        `SELECT id, destination, failure_reason, cancel_reason FROM asset_transfer WHERE case_id = $1 ORDER BY id`,
        [caseId],
      );
      for (const transfer of transfers) {
        const destination = anonymiseTransferDestination(transfer.destination ?? {});
        const failure = transfer.failure_reason === null ? null : MASK;
        const cancel = transfer.cancel_reason === null ? null : MASK;
        // The request fingerprint hashes the destination (guessable account numbers): replaced, so a replay of the
        // creating request after anonymisation is a conflict, never a second transfer.
        await em.query(
          `UPDATE asset_transfer SET destination = $2::jsonb, failure_reason = $3, cancel_reason = $4, request_hash = repeat('0', 64) WHERE id = $1`,
          [transfer.id, JSON.stringify(destination), failure, cancel],
        );
        result.assetTransfers += 1;
      }

      // Uploaded files hold identities and stories in their content: removed whole, their chunks by cascade. (The
      // PostgreSQL document store keeps the bytes in document_chunk; a store holding them elsewhere would also need
      // a sweep of its own.)
      // A DELETE answers [rows, rowCount] through TypeORM, like an UPDATE.
      const [files] = (await em.query(`DELETE FROM case_document WHERE case_id = $1 RETURNING id`, [caseId])) as [
        Array<{ id: string }>,
        number,
      ];
      result.files = files.length;
      result.fileIds = files.map((f) => f.id);

      // People's notifications about the case repeat its words (names in a reason, a counsellor's name): removed.
      await em.query(`DELETE FROM user_notification WHERE case_id = $1`, [caseId]);

      // Last, the case row itself: the read model's state, the search text (names), the intake request's
      // fingerprint (a hash of the household), and the mark that ends the case's eligibility for the sweep.
      await em.query(
        `UPDATE return_case
            SET state = $2::jsonb, search_text = lower(reference), request_hash = NULL, anonymised_at = now(), updated_at = now()
          WHERE id = $1`,
        [
          caseId,
          found.state === null
            ? null
            : JSON.stringify(sealSections(anonymiseCaseState(openSections(found.state)), ENCRYPTED_STATE_SECTIONS)),
        ],
      );
      await alongside?.(em, result);
      return result;
    });
  }
}

async function affected(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  // node-postgres through TypeORM answers an UPDATE with [rows, rowCount].
  const result = (await em.query(sql, params)) as [unknown[], number];
  return result[1];
}
