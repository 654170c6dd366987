import { MigrationInterface, QueryRunner } from "typeorm";

export class IscoReferenceData1795732577301 implements MigrationInterface {
    name = 'IscoReferenceData1795732577301'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "isco_group" ("code" character varying(4) NOT NULL, "level" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "parent_code" character varying(4), "search_text" text NOT NULL, "search_vector" tsvector NOT NULL, "vector_norm" double precision NOT NULL DEFAULT '1', CONSTRAINT "PK_a44beeaf4f48cb003b559cc09ff" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE INDEX "ix_isco_group_parent" ON "isco_group" ("parent_code") `);
        await queryRunner.query(`CREATE TABLE "occupation_title" ("id" SERIAL NOT NULL, "title" character varying(300) NOT NULL, "unit_code" character varying(4) NOT NULL, "search_text" text NOT NULL, "search_vector" tsvector NOT NULL, "vector_norm" double precision NOT NULL DEFAULT '1', CONSTRAINT "PK_696bea0e82e337ce5eff18e9d28" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_occupation_title_unit" ON "occupation_title" ("unit_code") `);
        await queryRunner.query(`CREATE TABLE "occupation_word" ("word" text NOT NULL, "lexeme" text NOT NULL, "idf" double precision NOT NULL, CONSTRAINT "PK_7791cf0d692e9331e5e1c7ef2ae" PRIMARY KEY ("word"))`);
        await queryRunner.query(`CREATE INDEX "ix_occupation_word_lexeme" ON "occupation_word" ("lexeme") `);
        await queryRunner.query(`ALTER TABLE "occupation_title" ADD CONSTRAINT "fk_occupation_title_unit" FOREIGN KEY ("unit_code") REFERENCES "isco_group"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // By hand (not expressible in entity decorators): the group tree's self reference, the trigram index that
        // corrects misspelt query words against the vocabulary, trigram indexes on the normalised titles and the
        // full-text (GIN tsvector) indexes the search joins on. pg_trgm is created by InitialSchema.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`ALTER TABLE "isco_group" ADD CONSTRAINT "fk_isco_group_parent" FOREIGN KEY ("parent_code") REFERENCES "isco_group"("code") ON DELETE RESTRICT`);
        await queryRunner.query(`ALTER TABLE "isco_group" ADD CONSTRAINT "ck_isco_group_level" CHECK ("level" IN ('major', 'sub_major', 'minor', 'unit'))`);
        await queryRunner.query(`CREATE INDEX "ix_occupation_word_trgm" ON "occupation_word" USING gin ("word" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "ix_occupation_title_search_text_trgm" ON "occupation_title" USING gin ("search_text" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "ix_occupation_title_search_vector" ON "occupation_title" USING gin ("search_vector")`);
        await queryRunner.query(`CREATE INDEX "ix_isco_group_search_text_trgm" ON "isco_group" USING gin ("search_text" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "ix_isco_group_search_vector" ON "isco_group" USING gin ("search_vector")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_isco_group_search_vector"`);
        await queryRunner.query(`DROP INDEX "public"."ix_isco_group_search_text_trgm"`);
        await queryRunner.query(`DROP INDEX "public"."ix_occupation_title_search_vector"`);
        await queryRunner.query(`DROP INDEX "public"."ix_occupation_title_search_text_trgm"`);
        await queryRunner.query(`DROP INDEX "public"."ix_occupation_word_trgm"`);
        await queryRunner.query(`ALTER TABLE "isco_group" DROP CONSTRAINT "ck_isco_group_level"`);
        await queryRunner.query(`ALTER TABLE "isco_group" DROP CONSTRAINT "fk_isco_group_parent"`);
        await queryRunner.query(`ALTER TABLE "occupation_title" DROP CONSTRAINT "fk_occupation_title_unit"`);
        await queryRunner.query(`DROP INDEX "public"."ix_occupation_word_lexeme"`);
        await queryRunner.query(`DROP TABLE "occupation_word"`);
        await queryRunner.query(`DROP INDEX "public"."ix_occupation_title_unit"`);
        await queryRunner.query(`DROP TABLE "occupation_title"`);
        await queryRunner.query(`DROP INDEX "public"."ix_isco_group_parent"`);
        await queryRunner.query(`DROP TABLE "isco_group"`);
    }

}
