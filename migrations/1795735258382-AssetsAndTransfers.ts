import { MigrationInterface, QueryRunner } from "typeorm";

export class AssetsAndTransfers1795735258382 implements MigrationInterface {
    name = 'AssetsAndTransfers1795735258382'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "declared_asset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "person_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "employer" character varying(200), "evidence_documents" text array NOT NULL DEFAULT '{}', "status" character varying(16) NOT NULL, "declared_by" character varying(200) NOT NULL, "verified_by" character varying(200), "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_declared_asset_employer" CHECK ("kind" <> 'wages_owed' OR ("employer" IS NOT NULL AND "employer" <> '')), CONSTRAINT "ck_declared_asset_currency" CHECK ("currency" ~ '^[A-Z]{3}$'), CONSTRAINT "ck_declared_asset_amount_positive" CHECK ("amount_minor" > 0), CONSTRAINT "ck_declared_asset_status" CHECK ("status" IN ('declared', 'verified', 'transferring', 'transferred', 'cancelled')), CONSTRAINT "ck_declared_asset_kind" CHECK ("kind" IN ('bank_savings', 'wages_owed', 'deposit', 'belongings')), CONSTRAINT "PK_4d791aef644b087e43d4395ff7b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_declared_asset_case" ON "declared_asset" ("case_id") `);
        await queryRunner.query(`CREATE TABLE "asset_transfer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "asset_id" uuid NOT NULL, "destination_kind" character varying(16) NOT NULL, "destination" jsonb NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "status" character varying(16) NOT NULL, "attempt" integer NOT NULL DEFAULT '1', "provider" character varying(40) NOT NULL, "provider_reference" character varying(200), "failure_reason" character varying(500), "cancel_reason" character varying(500), "idempotency_key" character varying(200) NOT NULL, "request_hash" character(64) NOT NULL, "created_by" character varying(200) NOT NULL, "updated_by" character varying(200) NOT NULL, "initiated_at" TIMESTAMP WITH TIME ZONE, "confirmed_at" TIMESTAMP WITH TIME ZONE, "failed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_asset_transfer_confirmed_reference" CHECK ("status" <> 'confirmed' OR ("provider_reference" IS NOT NULL AND "confirmed_at" IS NOT NULL)), CONSTRAINT "ck_asset_transfer_attempt" CHECK ("attempt" >= 1), CONSTRAINT "ck_asset_transfer_currency" CHECK ("currency" ~ '^[A-Z]{3}$'), CONSTRAINT "ck_asset_transfer_amount_positive" CHECK ("amount_minor" > 0), CONSTRAINT "ck_asset_transfer_destination_kind" CHECK ("destination_kind" IN ('bank_account', 'mobile_money', 'cash_pickup')), CONSTRAINT "ck_asset_transfer_status" CHECK ("status" IN ('pending', 'initiated', 'confirmed', 'failed', 'cancelled')), CONSTRAINT "PK_d6055020b87303085fec8d88f5f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_asset_transfer_asset" ON "asset_transfer" ("asset_id") `);
        await queryRunner.query(`CREATE INDEX "ix_asset_transfer_case" ON "asset_transfer" ("case_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_asset_transfer_idempotency_key" ON "asset_transfer" ("idempotency_key") `);
        await queryRunner.query(`ALTER TABLE "declared_asset" ADD CONSTRAINT "fk_declared_asset_case" FOREIGN KEY ("case_id") REFERENCES "return_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "declared_asset" ADD CONSTRAINT "fk_declared_asset_person" FOREIGN KEY ("person_id") REFERENCES "case_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "asset_transfer" ADD CONSTRAINT "fk_asset_transfer_case" FOREIGN KEY ("case_id") REFERENCES "return_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "asset_transfer" ADD CONSTRAINT "fk_asset_transfer_asset" FOREIGN KEY ("asset_id") REFERENCES "declared_asset"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "asset_transfer" DROP CONSTRAINT "fk_asset_transfer_asset"`);
        await queryRunner.query(`ALTER TABLE "asset_transfer" DROP CONSTRAINT "fk_asset_transfer_case"`);
        await queryRunner.query(`ALTER TABLE "declared_asset" DROP CONSTRAINT "fk_declared_asset_person"`);
        await queryRunner.query(`ALTER TABLE "declared_asset" DROP CONSTRAINT "fk_declared_asset_case"`);
        await queryRunner.query(`DROP INDEX "public"."ux_asset_transfer_idempotency_key"`);
        await queryRunner.query(`DROP INDEX "public"."ix_asset_transfer_case"`);
        await queryRunner.query(`DROP INDEX "public"."ix_asset_transfer_asset"`);
        await queryRunner.query(`DROP TABLE "asset_transfer"`);
        await queryRunner.query(`DROP INDEX "public"."ix_declared_asset_case"`);
        await queryRunner.query(`DROP TABLE "declared_asset"`);
    }

}
