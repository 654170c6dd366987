import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suppliers of in-kind assistance per country of return (issue 16, part 5): records with a kind and a contact, which
 * the final report's invoices reference instead of free text.
 */
export class ServiceProviders1796350000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "service_provider" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "country" char(2) NOT NULL,
        "name" varchar(200) NOT NULL,
        "kind" varchar(32) NOT NULL,
        "contact" varchar(500) NOT NULL,
        "active" boolean NOT NULL DEFAULT true,
        "created_by" varchar(200) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_service_provider" PRIMARY KEY ("id"),
        CONSTRAINT "ck_service_provider_country" CHECK ("country" ~ '^[A-Z]{2}$'),
        CONSTRAINT "ck_service_provider_kind" CHECK ("kind" IN ('equipment', 'training', 'housing', 'health', 'education', 'business_support', 'food', 'transport', 'other'))
      )`);
    // One record per supplier and country: the same name twice would split its invoices.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_service_provider_country_name" ON "service_provider" ("country", lower("name"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "service_provider"`);
  }
}
