import { MigrationInterface, QueryRunner } from "typeorm";

export class OpportunityLinks1795734585757 implements MigrationInterface {
    name = 'OpportunityLinks1795734585757'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "opportunity_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "opportunity_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "history" jsonb NOT NULL, "updated_by" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_6d5ea5020941517738520d75f0d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "opportunity_link" ADD CONSTRAINT "ck_opportunity_link_status" CHECK ("status" IN ('proposed', 'referred', 'interview', 'placed', 'declined'))`);
        await queryRunner.query(`CREATE INDEX "ix_opportunity_link_case" ON "opportunity_link" ("case_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_opportunity_link_person_opportunity" ON "opportunity_link" ("person_id", "opportunity_id") `);
        await queryRunner.query(`ALTER TABLE "opportunity_link" ADD CONSTRAINT "fk_opportunity_link_case" FOREIGN KEY ("case_id") REFERENCES "return_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "opportunity_link" ADD CONSTRAINT "fk_opportunity_link_person" FOREIGN KEY ("person_id") REFERENCES "case_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "opportunity_link" ADD CONSTRAINT "fk_opportunity_link_opportunity" FOREIGN KEY ("opportunity_id") REFERENCES "reintegration_opportunity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "opportunity_link" DROP CONSTRAINT "fk_opportunity_link_opportunity"`);
        await queryRunner.query(`ALTER TABLE "opportunity_link" DROP CONSTRAINT "fk_opportunity_link_person"`);
        await queryRunner.query(`ALTER TABLE "opportunity_link" DROP CONSTRAINT "fk_opportunity_link_case"`);
        await queryRunner.query(`DROP INDEX "public"."ux_opportunity_link_person_opportunity"`);
        await queryRunner.query(`DROP INDEX "public"."ix_opportunity_link_case"`);
        await queryRunner.query(`DROP TABLE "opportunity_link"`);
    }

}
