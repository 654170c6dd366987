import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A password set by an administrator (a new account's first one, or a reset) must be replaced by the person at their
 * next sign-in. Existing accounts keep working as they are.
 */
export class MustChangePassword1796380000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_account" ADD "must_change_password" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "must_change_password"`);
  }
}
