import { MigrationInterface, QueryRunner } from "typeorm";

// Written by hand: the chunk table's storage setting, the trigram index on an expression and the duplicate
// decisions' pair constraint are beyond what the entities express.
export class CaseFileDocumentsAndDuplicates1796279965029 implements MigrationInterface {
    name = 'CaseFileDocumentsAndDuplicates1796279965029'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "case_document" (
            "id" uuid NOT NULL DEFAULT gen_random_uuid(),
            "case_id" uuid NOT NULL REFERENCES "return_case"("id") ON DELETE CASCADE,
            "person_id" uuid REFERENCES "case_person"("id") ON DELETE CASCADE,
            "kind" varchar(40) NOT NULL,
            "file_name" varchar(200) NOT NULL,
            "media_type" varchar(40) NOT NULL,
            "size_bytes" bigint NOT NULL DEFAULT 0,
            "sha256" char(64),
            "sensitive" boolean NOT NULL,
            "uploaded_by" uuid NOT NULL,
            "uploaded_by_name" varchar(200) NOT NULL,
            "uploaded_by_role" varchar(32) NOT NULL,
            "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
            "stored_at" TIMESTAMP WITH TIME ZONE,
            "withdrawn_at" TIMESTAMP WITH TIME ZONE,
            "withdrawn_by" uuid,
            "withdrawal_reason" text,
            CONSTRAINT "PK_case_document" PRIMARY KEY ("id"),
            CONSTRAINT "ck_case_document_stored" CHECK ("stored_at" IS NULL OR "sha256" IS NOT NULL)
        )`);
        await queryRunner.query(`CREATE INDEX "ix_case_document_case" ON "case_document" ("case_id", "uploaded_at")`);
        // The bytes, in chunks of a few hundred kilobytes, so neither side ever holds a whole file. PDFs and photos
        // are already compressed: EXTERNAL stores them out of line without a wasted compression attempt.
        await queryRunner.query(`CREATE TABLE "document_chunk" (
            "document_id" uuid NOT NULL REFERENCES "case_document"("id") ON DELETE CASCADE,
            "seq" integer NOT NULL,
            "data" bytea NOT NULL,
            CONSTRAINT "PK_document_chunk" PRIMARY KEY ("document_id", "seq")
        )`);
        await queryRunner.query(`ALTER TABLE "document_chunk" ALTER COLUMN "data" SET STORAGE EXTERNAL`);

        // Duplicate candidates are blocked on the birth date (either order of day and month), on document numbers
        // and on name trigrams; these indexes keep each block an index scan.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE INDEX "ix_case_person_birth_date" ON "case_person" ("date_of_birth")`);
        await queryRunner.query(`CREATE INDEX "ix_case_person_name_trgm" ON "case_person" USING gin ((lower("given_names" || ' ' || "family_name")) gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "ix_person_document_number" ON "person_document" (upper("number")) WHERE "number" IS NOT NULL`);
        await queryRunner.query(`CREATE TABLE "duplicate_decision" (
            "id" uuid NOT NULL DEFAULT gen_random_uuid(),
            "case_id" uuid NOT NULL REFERENCES "return_case"("id") ON DELETE CASCADE,
            "person_id" uuid NOT NULL REFERENCES "case_person"("id") ON DELETE CASCADE,
            "other_case_id" uuid NOT NULL REFERENCES "return_case"("id") ON DELETE CASCADE,
            "other_person_id" uuid NOT NULL REFERENCES "case_person"("id") ON DELETE CASCADE,
            "decision" varchar(16) NOT NULL CHECK ("decision" IN ('confirmed', 'dismissed')),
            "score" numeric(5,4) NOT NULL,
            "decided_by" uuid NOT NULL,
            "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
            CONSTRAINT "PK_duplicate_decision" PRIMARY KEY ("id"),
            CONSTRAINT "ck_duplicate_decision_other" CHECK ("person_id" <> "other_person_id")
        )`);
        // One decision per pair of people, whichever side it was taken from.
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_duplicate_decision_pair" ON "duplicate_decision" (LEAST("person_id", "other_person_id"), GREATEST("person_id", "other_person_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_duplicate_decision_case" ON "duplicate_decision" ("case_id")`);
        await queryRunner.query(`CREATE INDEX "ix_duplicate_decision_other_case" ON "duplicate_decision" ("other_case_id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "duplicate_decision"`);
        await queryRunner.query(`DROP INDEX "public"."ix_person_document_number"`);
        await queryRunner.query(`DROP INDEX "public"."ix_case_person_name_trgm"`);
        await queryRunner.query(`DROP INDEX "public"."ix_case_person_birth_date"`);
        await queryRunner.query(`DROP TABLE "document_chunk"`);
        await queryRunner.query(`DROP TABLE "case_document"`);
    }

}
