import { MigrationInterface, QueryRunner } from 'typeorm';
import { loadAppConfig } from '../libs/config/src';
import { decryptField, encryptField, fieldIndex, installDataKeys } from '../libs/persistence/src/crypto/field-encryption';

const BATCH = 1_000;

/**
 * Document numbers encrypted at rest (envelope encryption, docs/ACCESS.md), with a keyed HMAC blind index that the
 * duplicate search matches on instead of upper(number). Existing plaintext numbers are encrypted here, in batches,
 * with the keys of the configuration the migration runs under.
 */
export class EncryptDocumentNumbers1796283506118 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    installDataKeys(loadAppConfig());
    await queryRunner.query(`DROP INDEX "public"."ix_person_document_number"`);
    await queryRunner.query(`ALTER TABLE "person_document" ALTER COLUMN "number" TYPE text`);
    await queryRunner.query(`ALTER TABLE "person_document" ADD "number_index" character(64)`);
    for (;;) {
      const rows: { id: string; number: string }[] = await queryRunner.query(
        `SELECT id, number FROM person_document WHERE number IS NOT NULL AND number NOT LIKE 'enc1:%' LIMIT ${BATCH}`,
      );
      if (rows.length === 0) break;
      await queryRunner.query(
        `UPDATE person_document d SET number = v.number, number_index = v.number_index
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, number, number_index) WHERE d.id = v.id`,
        [rows.map((r) => r.id), rows.map((r) => encryptField(r.number)), rows.map((r) => fieldIndex(r.number))],
      );
    }
    await queryRunner.query(
      `CREATE INDEX "ix_person_document_number_index" ON "person_document" ("number_index") WHERE "number_index" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    installDataKeys(loadAppConfig());
    await queryRunner.query(`DROP INDEX "public"."ix_person_document_number_index"`);
    const rows: { id: string; number: string }[] = await queryRunner.query(
      `SELECT id, number FROM person_document WHERE number LIKE 'enc1:%'`,
    );
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      await queryRunner.query(
        `UPDATE person_document d SET number = v.number FROM unnest($1::uuid[], $2::text[]) AS v(id, number) WHERE d.id = v.id`,
        [batch.map((r) => r.id), batch.map((r) => decryptField(r.number))],
      );
    }
    await queryRunner.query(`ALTER TABLE "person_document" DROP COLUMN "number_index"`);
    await queryRunner.query(`ALTER TABLE "person_document" ALTER COLUMN "number" TYPE character varying(64)`);
    await queryRunner.query(
      `CREATE INDEX "ix_person_document_number" ON "person_document" (upper("number")) WHERE "number" IS NOT NULL`,
    );
  }
}
