import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795729708836 implements MigrationInterface {
    name = 'InitialSchema1795729708836'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "return_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(32) NOT NULL, "stage" character varying(32) NOT NULL DEFAULT 'intake', "outcome" character varying(32), "host_office" character varying(64) NOT NULL, "country_of_return" character(2) NOT NULL, "region_of_return" character varying(120) NOT NULL, "counsellor_name" character varying(200) NOT NULL, "counsellor_email" character varying(254) NOT NULL, "vulnerabilities" text array NOT NULL DEFAULT '{}', "household_size" integer NOT NULL, "search_text" text NOT NULL, "idempotency_key" character varying(200), "request_hash" character(64), "workflow_id" character varying(100) NOT NULL, "workflow_started_at" TIMESTAMP WITH TIME ZONE, "waiting_for" character varying(200), "due_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_a50d6709a35743ce4681d99b9ce" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_return_case_reference" ON "return_case" ("reference") `);
        await queryRunner.query(`CREATE INDEX "ix_return_case_stage" ON "return_case" ("stage") `);
        await queryRunner.query(`CREATE INDEX "ix_return_case_host_office" ON "return_case" ("host_office") `);
        await queryRunner.query(`CREATE INDEX "ix_return_case_country_of_return" ON "return_case" ("country_of_return") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_return_case_idempotency_key" ON "return_case" ("idempotency_key") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_return_case_workflow_id" ON "return_case" ("workflow_id") `);
        await queryRunner.query(`CREATE INDEX "ix_return_case_list_order" ON "return_case" ("created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "person_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "type" character varying(40) NOT NULL, "number" character varying(64), "issuing_country" character(2) NOT NULL, "expires_on" date, CONSTRAINT "PK_bcc56725609d81e79e21031dd56" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "case_person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "position" smallint NOT NULL, "relationship" character varying(32), "given_names" character varying(200) NOT NULL, "family_name" character varying(200) NOT NULL, "date_of_birth" date NOT NULL, "sex" character varying(16) NOT NULL, "nationality" character(2) NOT NULL, "languages" text array NOT NULL DEFAULT '{}', "vulnerabilities" text array NOT NULL DEFAULT '{}', "contact" jsonb, CONSTRAINT "PK_69b6407827da167ad44030cd1df" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_case_person_position" ON "case_person" ("case_id", "position") `);
        await queryRunner.query(`CREATE TABLE "case_timeline_event" ("id" BIGSERIAL NOT NULL, "case_id" uuid NOT NULL, "event_key" character varying(200) NOT NULL, "type" character varying(64) NOT NULL, "actor" character varying(200) NOT NULL, "actor_role" character varying(40) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_44714cc465d7ba48c56c22e9ade" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_case_timeline_case_time" ON "case_timeline_event" ("case_id", "occurred_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_case_timeline_event_key" ON "case_timeline_event" ("case_id", "event_key") `);
        await queryRunner.query(`ALTER TABLE "person_document" ADD CONSTRAINT "FK_3d2eefc8668f687831146947b31" FOREIGN KEY ("person_id") REFERENCES "case_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "case_person" ADD CONSTRAINT "FK_7020608512efbbfea9baef2ee43" FOREIGN KEY ("case_id") REFERENCES "return_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Not expressible in entity decorators: the extension, the reference sequence, the trigram and array
        // indexes used by the case list, the one-principal rule and the timeline's link to its case.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE SEQUENCE "case_reference_seq" START 1`);
        await queryRunner.query(`CREATE INDEX "ix_return_case_search_text" ON "return_case" USING gin ("search_text" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "ix_return_case_vulnerabilities" ON "return_case" USING gin ("vulnerabilities")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_case_person_one_principal" ON "case_person" ("case_id") WHERE "position" = 0`);
        await queryRunner.query(`ALTER TABLE "case_timeline_event" ADD CONSTRAINT "fk_case_timeline_event_case" FOREIGN KEY ("case_id") REFERENCES "return_case"("id") ON DELETE CASCADE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "case_timeline_event" DROP CONSTRAINT "fk_case_timeline_event_case"`);
        await queryRunner.query(`DROP INDEX "public"."ux_case_person_one_principal"`);
        await queryRunner.query(`DROP INDEX "public"."ix_return_case_vulnerabilities"`);
        await queryRunner.query(`DROP INDEX "public"."ix_return_case_search_text"`);
        await queryRunner.query(`DROP SEQUENCE "case_reference_seq"`);
        await queryRunner.query(`ALTER TABLE "case_person" DROP CONSTRAINT "FK_7020608512efbbfea9baef2ee43"`);
        await queryRunner.query(`ALTER TABLE "person_document" DROP CONSTRAINT "FK_3d2eefc8668f687831146947b31"`);
        await queryRunner.query(`DROP INDEX "public"."ux_case_timeline_event_key"`);
        await queryRunner.query(`DROP INDEX "public"."ix_case_timeline_case_time"`);
        await queryRunner.query(`DROP TABLE "case_timeline_event"`);
        await queryRunner.query(`DROP INDEX "public"."ux_case_person_position"`);
        await queryRunner.query(`DROP TABLE "case_person"`);
        await queryRunner.query(`DROP TABLE "person_document"`);
        await queryRunner.query(`DROP INDEX "public"."ix_return_case_list_order"`);
        await queryRunner.query(`DROP INDEX "public"."ux_return_case_workflow_id"`);
        await queryRunner.query(`DROP INDEX "public"."ux_return_case_idempotency_key"`);
        await queryRunner.query(`DROP INDEX "public"."ix_return_case_country_of_return"`);
        await queryRunner.query(`DROP INDEX "public"."ix_return_case_host_office"`);
        await queryRunner.query(`DROP INDEX "public"."ix_return_case_stage"`);
        await queryRunner.query(`DROP INDEX "public"."ux_return_case_reference"`);
        await queryRunner.query(`DROP TABLE "return_case"`);
    }

}
