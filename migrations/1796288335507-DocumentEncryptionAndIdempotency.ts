import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A sensitive file's own content key (envelope-encrypted, null for a file stored in plaintext), and the upload's
 * Idempotency-Key, unique per case and uploader, so that a retried upload finds the first one.
 */
export class DocumentEncryptionAndIdempotency1796288335507 implements MigrationInterface {
    name = 'DocumentEncryptionAndIdempotency1796288335507'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "case_document" ADD "content_key" text`);
        await queryRunner.query(`ALTER TABLE "case_document" ADD "idempotency_key" varchar(200)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_case_document_idempotency" ON "case_document" ("case_id", "uploaded_by", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ux_case_document_idempotency"`);
        await queryRunner.query(`ALTER TABLE "case_document" DROP COLUMN "idempotency_key"`);
        await queryRunner.query(`ALTER TABLE "case_document" DROP COLUMN "content_key"`);
    }
}
