import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The finance officer's work (`GET /finance/work`): assets to verify, transfers to move on and tranches to pay, oldest
 * first across the programme. Each list is a partial index over the rows waiting, so the queue reads only those,
 * however many cases and settled rows there are.
 */
export class FinanceWorkIndexes1796300000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_declared_asset_to_verify" ON "declared_asset" ("created_at", "id") WHERE "status" = 'declared'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_asset_transfer_open" ON "asset_transfer" ("updated_at", "id") WHERE "status" IN ('pending', 'initiated', 'failed')`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_grant_tranche_to_pay" ON "grant_tranche" ("released_at", "id") WHERE "status" = 'released'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_grant_tranche_to_pay"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_transfer_open"`);
    await queryRunner.query(`DROP INDEX "public"."ix_declared_asset_to_verify"`);
  }
}
