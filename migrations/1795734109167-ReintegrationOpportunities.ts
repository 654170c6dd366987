import { MigrationInterface, QueryRunner } from "typeorm";

export class ReintegrationOpportunities1795734109167 implements MigrationInterface {
    name = 'ReintegrationOpportunities1795734109167'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Opportunities partner organisations keep in countries of return (issue 6, job network). The CHECK
        // constraints are declared on the entity (@Check), so later generated migrations leave them alone.
        await queryRunner.query(`CREATE TABLE "reintegration_opportunity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_code" character varying(64) NOT NULL, "external_reference" character varying(200) NOT NULL, "title" character varying(300) NOT NULL, "isco_code" character varying(4) NOT NULL, "required_skills" text array NOT NULL DEFAULT '{}', "min_isced_level" smallint NOT NULL, "languages" text array NOT NULL DEFAULT '{}', "country" character(2) NOT NULL, "region" character varying(120) NOT NULL, "type" character varying(32) NOT NULL, "places_available" integer NOT NULL, "starts_on" date, "expires_on" date NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "ck_reintegration_opportunity_dates" CHECK ("starts_on" IS NULL OR "starts_on" <= "expires_on"), CONSTRAINT "ck_reintegration_opportunity_places" CHECK ("places_available" >= 0), CONSTRAINT "ck_reintegration_opportunity_type" CHECK ("type" IN ('job', 'apprenticeship', 'vocational_training', 'business_support')), CONSTRAINT "ck_reintegration_opportunity_min_isced" CHECK ("min_isced_level" BETWEEN 0 AND 8), CONSTRAINT "ck_reintegration_opportunity_country" CHECK ("country" ~ '^[A-Z]{2}$'), CONSTRAINT "ck_reintegration_opportunity_title" CHECK ("title" <> ''), CONSTRAINT "ck_reintegration_opportunity_external_reference" CHECK ("external_reference" <> ''), CONSTRAINT "ck_reintegration_opportunity_partner_code" CHECK ("partner_code" ~ '^[A-Z0-9][A-Z0-9_-]{1,63}$'), CONSTRAINT "PK_b67fc037ca42548ac074d39d237" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_reintegration_opportunity_country_type" ON "reintegration_opportunity" ("country", "type") `);
        await queryRunner.query(`CREATE INDEX "ix_reintegration_opportunity_list_order" ON "reintegration_opportunity" ("created_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_reintegration_opportunity_external_reference" ON "reintegration_opportunity" ("partner_code", "external_reference") `);
        await queryRunner.query(`ALTER TABLE "reintegration_opportunity" ADD CONSTRAINT "fk_reintegration_opportunity_isco_group" FOREIGN KEY ("isco_code") REFERENCES "isco_group"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "reintegration_opportunity" DROP CONSTRAINT "fk_reintegration_opportunity_isco_group"`);
        await queryRunner.query(`DROP INDEX "public"."ux_reintegration_opportunity_external_reference"`);
        await queryRunner.query(`DROP INDEX "public"."ix_reintegration_opportunity_list_order"`);
        await queryRunner.query(`DROP INDEX "public"."ix_reintegration_opportunity_country_type"`);
        await queryRunner.query(`DROP TABLE "reintegration_opportunity"`);
    }

}
