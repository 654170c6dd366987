import { MigrationInterface, QueryRunner } from "typeorm";

export class ReintegrationGrants1795738983986 implements MigrationInterface {
    name = 'ReintegrationGrants1795738983986'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "reintegration_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "idempotency_key" character varying(200) NOT NULL, "request_hash" character(64) NOT NULL, "created_by" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_02d3cf1f5267aef000a593fbc3c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_reintegration_grant_idempotency_key" ON "reintegration_grant" ("idempotency_key") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_reintegration_grant_case" ON "reintegration_grant" ("case_id") `);
        await queryRunner.query(`CREATE TABLE "grant_tranche" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "grant_id" uuid NOT NULL, "case_id" uuid NOT NULL, "number" smallint NOT NULL, "milestone" character varying(32) NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "recipient" character varying(16) NOT NULL, "supplier" character varying(200), "status" character varying(16) NOT NULL, "released_at" TIMESTAMP WITH TIME ZONE, "paid_at" TIMESTAMP WITH TIME ZONE, "proof_reference" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_grant_tranche_paid_proof" CHECK ("status" <> 'paid' OR ("proof_reference" IS NOT NULL AND "paid_at" IS NOT NULL)), CONSTRAINT "ck_grant_tranche_currency" CHECK ("currency" ~ '^[A-Z]{3}$'), CONSTRAINT "ck_grant_tranche_amount_positive" CHECK ("amount_minor" > 0), CONSTRAINT "ck_grant_tranche_supplier" CHECK (("recipient" = 'supplier') = ("supplier" IS NOT NULL)), CONSTRAINT "ck_grant_tranche_recipient" CHECK ("recipient" IN ('returnee', 'supplier')), CONSTRAINT "ck_grant_tranche_status" CHECK ("status" IN ('waiting', 'released', 'paid')), CONSTRAINT "PK_f0ac2021e0346f1f7986989e480" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_grant_tranche_case" ON "grant_tranche" ("case_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_grant_tranche_number" ON "grant_tranche" ("grant_id", "number") `);
        await queryRunner.query(`CREATE TABLE "grant_payment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tranche_id" uuid NOT NULL, "case_id" uuid NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "recipient" character varying(16) NOT NULL, "supplier" character varying(200), "proof_reference" character varying(200) NOT NULL, "proof_document" character varying(500), "posting_key" character varying(200) NOT NULL, "paid_by" character varying(200) NOT NULL, "paid_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_grant_payment_proof" CHECK ("proof_reference" <> ''), CONSTRAINT "ck_grant_payment_amount_positive" CHECK ("amount_minor" > 0), CONSTRAINT "PK_32db707184fb46fb8b126e00f91" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_grant_payment_case" ON "grant_payment" ("case_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_grant_payment_tranche" ON "grant_payment" ("tranche_id") `);
        await queryRunner.query(`ALTER TABLE "reintegration_grant" ADD CONSTRAINT "fk_reintegration_grant_case" FOREIGN KEY ("case_id") REFERENCES "return_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "grant_tranche" ADD CONSTRAINT "fk_grant_tranche_grant" FOREIGN KEY ("grant_id") REFERENCES "reintegration_grant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "grant_tranche" ADD CONSTRAINT "fk_grant_tranche_case" FOREIGN KEY ("case_id") REFERENCES "return_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "grant_payment" ADD CONSTRAINT "fk_grant_payment_tranche" FOREIGN KEY ("tranche_id") REFERENCES "grant_tranche"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "grant_payment" ADD CONSTRAINT "fk_grant_payment_case" FOREIGN KEY ("case_id") REFERENCES "return_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "grant_payment" DROP CONSTRAINT "fk_grant_payment_case"`);
        await queryRunner.query(`ALTER TABLE "grant_payment" DROP CONSTRAINT "fk_grant_payment_tranche"`);
        await queryRunner.query(`ALTER TABLE "grant_tranche" DROP CONSTRAINT "fk_grant_tranche_case"`);
        await queryRunner.query(`ALTER TABLE "grant_tranche" DROP CONSTRAINT "fk_grant_tranche_grant"`);
        await queryRunner.query(`ALTER TABLE "reintegration_grant" DROP CONSTRAINT "fk_reintegration_grant_case"`);
        await queryRunner.query(`DROP INDEX "public"."ux_grant_payment_tranche"`);
        await queryRunner.query(`DROP INDEX "public"."ix_grant_payment_case"`);
        await queryRunner.query(`DROP TABLE "grant_payment"`);
        await queryRunner.query(`DROP INDEX "public"."ux_grant_tranche_number"`);
        await queryRunner.query(`DROP INDEX "public"."ix_grant_tranche_case"`);
        await queryRunner.query(`DROP TABLE "grant_tranche"`);
        await queryRunner.query(`DROP INDEX "public"."ux_reintegration_grant_case"`);
        await queryRunner.query(`DROP INDEX "public"."ux_reintegration_grant_idempotency_key"`);
        await queryRunner.query(`DROP TABLE "reintegration_grant"`);
    }

}
