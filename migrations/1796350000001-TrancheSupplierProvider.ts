import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A grant tranche paid in kind names its supplier by record when it is on the country's list of service providers
 * (issue 16, part 5). The free-text `supplier` stays: it holds the provider's name then, and older tranches keep
 * theirs as written.
 */
export class TrancheSupplierProvider1796350000001 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grant_tranche" ADD "supplier_provider_id" uuid NULL`);
    await queryRunner.query(
      `ALTER TABLE "grant_tranche" ADD CONSTRAINT "fk_grant_tranche_supplier_provider" FOREIGN KEY ("supplier_provider_id") REFERENCES "service_provider"("id") ON DELETE RESTRICT`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grant_tranche" DROP CONSTRAINT "fk_grant_tranche_supplier_provider"`);
    await queryRunner.query(`ALTER TABLE "grant_tranche" DROP COLUMN "supplier_provider_id"`);
  }
}
