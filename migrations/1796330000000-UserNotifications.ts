import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications to people (issue 17, part 2): one row per recipient and notification key (the inbox, and the record
 * that a retried job already emailed them), each person's choices, and the digest days already sent.
 */
export class UserNotifications1796330000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_notification" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "notification_key" varchar(300) NOT NULL,
        "case_id" uuid,
        "kind" varchar(40) NOT NULL,
        "data" jsonb NOT NULL,
        "in_app" boolean NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "read_at" timestamptz,
        "emailed_at" timestamptz,
        CONSTRAINT "pk_user_notification" PRIMARY KEY ("id"),
        CONSTRAINT "ux_user_notification_key" UNIQUE ("user_id", "notification_key"),
        CONSTRAINT "fk_user_notification_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_user_notification_case" FOREIGN KEY ("case_id") REFERENCES "return_case"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_user_notification_inbox" ON "user_notification" ("user_id", "created_at" DESC, "id" DESC) WHERE "in_app"`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_user_notification_unread" ON "user_notification" ("user_id") WHERE "in_app" AND "read_at" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_user_notification_case" ON "user_notification" ("case_id")`);
    await queryRunner.query(
      `CREATE TABLE "notification_preference" (
        "user_id" uuid NOT NULL,
        "email_language" varchar(2) NOT NULL DEFAULT 'en',
        "channels" jsonb NOT NULL DEFAULT '{}',
        "digest" boolean NOT NULL DEFAULT false,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_notification_preference" PRIMARY KEY ("user_id"),
        CONSTRAINT "ck_notification_preference_language" CHECK ("email_language" IN ('en', 'fr', 'ar')),
        CONSTRAINT "fk_notification_preference_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_preference_digest" ON "notification_preference" ("user_id") WHERE "digest"`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_digest" (
        "user_id" uuid NOT NULL,
        "day" date NOT NULL,
        "emailed_at" timestamptz,
        CONSTRAINT "pk_notification_digest" PRIMARY KEY ("user_id", "day"),
        CONSTRAINT "fk_notification_digest_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_digest"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TABLE "user_notification"`);
  }
}
