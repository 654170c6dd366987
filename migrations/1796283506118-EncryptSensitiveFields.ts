import { MigrationInterface, QueryRunner } from 'typeorm';
import { loadAppConfig } from '../libs/config/src';
import {
  ENCRYPTED_JSON,
  ENCRYPTED_STATE_SECTIONS,
  decryptField,
  encryptField,
  fieldIndex,
  installDataKeys,
  openSections,
  sealSections,
} from '../libs/persistence/src/crypto/field-encryption';

const BATCH = 1_000;
type Json = Record<string, unknown>;

/**
 * Encryption at rest (envelope encryption, docs/ACCESS.md) of document numbers, of the sensitive sections of the case
 * state and of timeline details, with a keyed HMAC blind index that the duplicate search matches document numbers on
 * instead of upper(number). Existing plaintext is encrypted here, in batches, with the keys of the configuration the
 * migration runs under.
 */
export class EncryptSensitiveFields1796283506118 implements MigrationInterface {
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
    await rewriteJson(queryRunner, 'return_case', 'state', 'uuid', (state) =>
      sealSections(state, ENCRYPTED_STATE_SECTIONS),
    );
    await rewriteJson(queryRunner, 'case_timeline_event', 'details', 'bigint', (details) => ENCRYPTED_JSON.to(details));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    installDataKeys(loadAppConfig());
    await rewriteJson(queryRunner, 'case_timeline_event', 'details', 'bigint', (details) => ENCRYPTED_JSON.from(details));
    await rewriteJson(queryRunner, 'return_case', 'state', 'uuid', (state) =>
      openSections(state),
    );
    await queryRunner.query(`DROP INDEX "public"."ix_person_document_number_index"`);
    for (;;) {
      const rows: { id: string; number: string }[] = await queryRunner.query(
        `SELECT id, number FROM person_document WHERE number LIKE 'enc1:%' LIMIT ${BATCH}`,
      );
      if (rows.length === 0) break;
      await queryRunner.query(
        `UPDATE person_document d SET number = v.number FROM unnest($1::uuid[], $2::text[]) AS v(id, number) WHERE d.id = v.id`,
        [rows.map((r) => r.id), rows.map((r) => decryptField(r.number))],
      );
    }
    await queryRunner.query(`ALTER TABLE "person_document" DROP COLUMN "number_index"`);
    await queryRunner.query(`ALTER TABLE "person_document" ALTER COLUMN "number" TYPE character varying(64)`);
    await queryRunner.query(
      `CREATE INDEX "ix_person_document_number" ON "person_document" (upper("number")) WHERE "number" IS NOT NULL`,
    );
  }
}

/** Rewrites a jsonb column row by row, in id order and in batches, writing only the rows that change. */
async function rewriteJson(
  queryRunner: QueryRunner,
  table: string,
  column: string,
  idType: 'uuid' | 'bigint',
  rewrite: (value: Json) => unknown,
): Promise<void> {
  let lastId = idType === 'uuid' ? '00000000-0000-0000-0000-000000000000' : '0';
  for (;;) {
    const rows: { id: string; value: Json }[] = await queryRunner.query(
      `SELECT id::text AS id, "${column}" AS value FROM "${table}"
        WHERE "${column}" IS NOT NULL AND id > $1::${idType} ORDER BY id LIMIT ${BATCH}`,
      [lastId],
    );
    if (rows.length === 0) return;
    lastId = rows[rows.length - 1].id;
    const changed = rows
      .map((r) => ({ id: r.id, before: JSON.stringify(r.value), after: JSON.stringify(rewrite(r.value)) }))
      .filter((r) => r.before !== r.after);
    if (changed.length === 0) continue;
    await queryRunner.query(
      `UPDATE "${table}" t SET "${column}" = v.value::jsonb
         FROM unnest($1::${idType}[], $2::text[]) AS v(id, value) WHERE t.id = v.id`,
      [changed.map((r) => r.id), changed.map((r) => r.after)],
    );
  }
}
