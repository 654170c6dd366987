import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { DocumentKind, Role } from '@avrr/domain';
import type { CaseScope } from '../cases/case-scope';
import { caseScopeSql } from '../reintegration/case-scope-sql';

export interface CaseDocumentRow {
  id: string;
  caseId: string;
  personId: string | null;
  kind: DocumentKind;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string | null;
  sensitive: boolean;
  uploadedBy: string;
  uploadedByName: string;
  uploadedByRole: Role;
  uploadedAt: Date;
  storedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawnBy: string | null;
  withdrawalReason: string | null;
}

export interface NewCaseDocument {
  caseId: string;
  personId: string | null;
  kind: DocumentKind;
  fileName: string;
  mediaType: string;
  sensitive: boolean;
  uploadedBy: string;
  uploadedByName: string;
  uploadedByRole: Role;
  /** The client's Idempotency-Key: a retry with it finds this upload instead of filing the paper twice. */
  idempotencyKey?: string;
}

const UNIQUE_VIOLATION = '23505';

const COLUMNS = `d.id, d.case_id AS "caseId", d.person_id AS "personId", d.kind, d.file_name AS "fileName",
  d.media_type AS "mediaType", d.size_bytes::float8 AS "sizeBytes", d.sha256, d.sensitive, d.uploaded_by AS "uploadedBy",
  d.uploaded_by_name AS "uploadedByName", d.uploaded_by_role AS "uploadedByRole", d.uploaded_at AS "uploadedAt",
  d.stored_at AS "storedAt", d.withdrawn_at AS "withdrawnAt", d.withdrawn_by AS "withdrawnBy", d.withdrawal_reason AS "withdrawalReason"`;

/**
 * The case file's metadata. Every read takes the caller's case scope and the kinds their role may read, so a file of
 * a case or kind they may not see answers as absent.
 */
@Injectable()
export class CaseDocumentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A file whose bytes are still being written (`stored_at` null): listed nowhere until `markStored`. Null when its
   * Idempotency-Key was taken meanwhile by a concurrent upload.
   */
  async insertPending(doc: NewCaseDocument): Promise<string | null> {
    const rows: Array<{ id: string }> = await this.dataSource
      .query(
        `INSERT INTO case_document (case_id, person_id, kind, file_name, media_type, sensitive, uploaded_by, uploaded_by_name, uploaded_by_role, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          doc.caseId,
          doc.personId,
          doc.kind,
          doc.fileName,
          doc.mediaType,
          doc.sensitive,
          doc.uploadedBy,
          doc.uploadedByName,
          doc.uploadedByRole,
          doc.idempotencyKey ?? null,
        ],
      )
      .catch((error: { code?: string }) => {
        if (error.code === UNIQUE_VIOLATION && doc.idempotencyKey) return [];
        throw error;
      });
    return rows[0]?.id ?? null;
  }

  /** The upload this uploader made on this case under this Idempotency-Key, stored or still being written. */
  async findByKey(caseId: string, uploadedBy: string, key: string): Promise<CaseDocumentRow | null> {
    const rows: CaseDocumentRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM case_document d WHERE d.case_id = $1 AND d.uploaded_by = $2 AND d.idempotency_key = $3`,
      [caseId, uploadedBy, key],
    );
    return rows[0] ?? null;
  }

  /** `em`: the request's transaction, which writes its audit entry too. */
  async markStored(
    id: string,
    sizeBytes: number,
    sha256: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await em.query(`UPDATE case_document SET size_bytes = $2, sha256 = $3, stored_at = now() WHERE id = $1`, [
      id,
      sizeBytes,
      sha256,
    ]);
  }

  /** An upload that failed half-way: its row and chunks go (the chunks by cascade). */
  async discard(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM case_document WHERE id = $1 AND stored_at IS NULL`, [id]);
  }

  async list(
    caseId: string,
    kinds: readonly DocumentKind[],
    scope: CaseScope,
    personId?: string,
  ): Promise<CaseDocumentRow[]> {
    const params: unknown[] = [caseId, [...kinds]];
    const person = personId ? `AND d.person_id = $${params.push(personId)}` : '';
    const scoped = caseScopeSql(scope, 'c', params);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM case_document d JOIN return_case c ON c.id = d.case_id
        WHERE d.case_id = $1 AND d.kind = ANY($2) AND d.stored_at IS NOT NULL ${person} AND ${scoped}
        ORDER BY d.uploaded_at, d.id`,
      params,
    );
  }

  async find(
    caseId: string,
    documentId: string,
    kinds: readonly DocumentKind[],
    scope: CaseScope,
  ): Promise<CaseDocumentRow | null> {
    const params: unknown[] = [caseId, documentId, [...kinds]];
    const scoped = caseScopeSql(scope, 'c', params);
    const rows: CaseDocumentRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM case_document d JOIN return_case c ON c.id = d.case_id
        WHERE d.case_id = $1 AND d.id = $2 AND d.kind = ANY($3) AND d.stored_at IS NOT NULL AND ${scoped}`,
      params,
    );
    return rows[0] ?? null;
  }

  /**
   * The case's papers of these kinds that are stored and not withdrawn, for the gates. The caller has already loaded
   * the case through its scope; the gate only learns whether a paper exists, never its content.
   */
  async papersOnFile(
    caseId: string,
    kinds: readonly DocumentKind[],
  ): Promise<Array<{ id: string; kind: DocumentKind; personId: string | null }>> {
    return this.dataSource.query(
      `SELECT id, kind, person_id AS "personId" FROM case_document
        WHERE case_id = $1 AND kind = ANY($2) AND stored_at IS NOT NULL AND withdrawn_at IS NULL`,
      [caseId, [...kinds]],
    );
  }

  /** Marks the file withdrawn; false when it already was (a concurrent withdrawal won). */
  async markWithdrawn(
    id: string,
    by: string,
    reason: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = (await em.query(
      `UPDATE case_document SET withdrawn_at = now(), withdrawn_by = $2, withdrawal_reason = $3 WHERE id = $1 AND withdrawn_at IS NULL`,
      [id, by, reason],
    )) as [unknown[], number];
    return result[1] === 1;
  }

  /** Every file of a case, for retention: their ids (so the store can remove bytes held elsewhere). */
  async idsForCase(caseId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM case_document WHERE case_id = $1`, [
      caseId,
    ]);
    return rows.map((r) => r.id);
  }
}
