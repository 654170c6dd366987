import { MigrationInterface, QueryRunner } from "typeorm";

export class AccessAndAudit1795738888743 implements MigrationInterface {
    name = 'AccessAndAudit1795738888743'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_entry" ("seq" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" character varying(200) NOT NULL, "actor_role" character varying(32) NOT NULL, "action" character varying(200) NOT NULL, "outcome" character varying(16) NOT NULL, "case_id" uuid, "subject" character varying(300), "changes" jsonb NOT NULL DEFAULT '[]', "request_id" character varying(200), "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_bb4ea39cbd1686232d5fdda3a01" PRIMARY KEY ("seq"))`);
        await queryRunner.query(`CREATE INDEX "ix_audit_entry_case" ON "audit_entry" ("case_id", "seq") `);
        await queryRunner.query(`CREATE TABLE "office" ("code" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "country" character(2) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f327efa51a74e5c588b9df2170d" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE TABLE "partner_organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "countries" character(2) array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a064641d9d9b755851adcec52f1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_partner_organisation_name" ON "partner_organisation" ("name") `);
        await queryRunner.query(`CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "family_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_refresh_token_hash" ON "refresh_token" ("token_hash") `);
        await queryRunner.query(`CREATE INDEX "ix_refresh_token_user" ON "refresh_token" ("user_id") `);
        await queryRunner.query(`CREATE INDEX "ix_refresh_token_family" ON "refresh_token" ("family_id") `);
        await queryRunner.query(`CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(200) NOT NULL, "password_hash" character varying(200) NOT NULL, "role" character varying(32) NOT NULL, "offices" character varying(64) array NOT NULL DEFAULT '{}', "partner_organisation_id" uuid, "active" boolean NOT NULL DEFAULT true, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ux_user_account_email" ON "user_account" ("email") `);
        await queryRunner.query(`ALTER TABLE "user_account" ADD CONSTRAINT "fk_user_account_partner_organisation" FOREIGN KEY ("partner_organisation_id") REFERENCES "partner_organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "refresh_token" ADD CONSTRAINT "fk_refresh_token_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE`);
        await queryRunner.query(`ALTER TABLE "user_account" ADD CONSTRAINT "ck_user_account_email_lower" CHECK (email = lower(email))`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "ux_audit_entry_hash" UNIQUE ("hash")`);
        // The audit trail is append-only: the database itself refuses to change or remove an entry.
        await queryRunner.query(`
            CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
        await queryRunner.query(`CREATE TRIGGER audit_entry_no_update_delete BEFORE UPDATE OR DELETE ON "audit_entry" FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change()`);
        await queryRunner.query(`CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON "audit_entry" FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER audit_entry_no_truncate ON "audit_entry"`);
        await queryRunner.query(`DROP TRIGGER audit_entry_no_update_delete ON "audit_entry"`);
        await queryRunner.query(`DROP FUNCTION audit_entry_refuse_change()`);
        await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "fk_refresh_token_user"`);
        await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "fk_user_account_partner_organisation"`);
        await queryRunner.query(`DROP INDEX "public"."ux_user_account_email"`);
        await queryRunner.query(`DROP TABLE "user_account"`);
        await queryRunner.query(`DROP INDEX "public"."ix_refresh_token_family"`);
        await queryRunner.query(`DROP INDEX "public"."ix_refresh_token_user"`);
        await queryRunner.query(`DROP INDEX "public"."ux_refresh_token_hash"`);
        await queryRunner.query(`DROP TABLE "refresh_token"`);
        await queryRunner.query(`DROP INDEX "public"."ux_partner_organisation_name"`);
        await queryRunner.query(`DROP TABLE "partner_organisation"`);
        await queryRunner.query(`DROP TABLE "office"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_entry_case"`);
        await queryRunner.query(`DROP TABLE "audit_entry"`);
    }

}
