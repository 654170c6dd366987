import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partners are scoped by their organisation, not by country: each case and each opportunity belongs to one partner
 * organisation, and an organisation may have a team address for its case emails.
 *
 * Backfill: a case or opportunity goes to the organisation covering its country; where several cover it (which the
 * old country scope let all of them see), to the one created first, so that ongoing reintegration work keeps a
 * partner; a supervisor reassigns it if that is wrong. Rows in a country nobody covers stay unassigned.
 */
export class PartnerOrganisationScope1796290000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partner_organisation" ADD "email" character varying(254)`);
    for (const table of ['return_case', 'reintegration_opportunity']) {
      const country = table === 'return_case' ? 'country_of_return' : 'country';
      await queryRunner.query(`ALTER TABLE "${table}" ADD "partner_organisation_id" uuid`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "fk_${table}_partner_organisation" FOREIGN KEY ("partner_organisation_id") REFERENCES "partner_organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `UPDATE "${table}" t SET partner_organisation_id = (
           SELECT o.id FROM partner_organisation o WHERE t.${country} = ANY(o.countries) ORDER BY o.created_at, o.id LIMIT 1)
         WHERE t.partner_organisation_id IS NULL`,
      );
      await queryRunner.query(`CREATE INDEX "ix_${table}_partner_organisation" ON "${table}" ("partner_organisation_id")`);
    }
    // "My work" for a partner: the queue's order per role and organisation, like the office and country indexes.
    await queryRunner.query(
      `CREATE INDEX "ix_return_case_next_actor_partner" ON "return_case" ("next_actor", "partner_organisation_id", "due_at") WHERE "next_actor" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_return_case_next_actor_partner"`);
    for (const table of ['reintegration_opportunity', 'return_case']) {
      await queryRunner.query(`DROP INDEX "public"."ix_${table}_partner_organisation"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "fk_${table}_partner_organisation"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "partner_organisation_id"`);
    }
    await queryRunner.query(`ALTER TABLE "partner_organisation" DROP COLUMN "email"`);
  }
}
