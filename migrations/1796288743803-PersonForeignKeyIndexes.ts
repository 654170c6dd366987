import { MigrationInterface, QueryRunner } from 'typeorm';

// PostgreSQL does not index a foreign key by itself. Without these, every read of a case's documents scanned the whole
// person_document table (GET /cases/:id at 100,000 cases: tens of milliseconds per person), and every deletion of a
// person (anonymisation, a household change) scanned each table that points at it.
const INDEXES: Array<[name: string, table: string, column: string]> = [
  ['ix_person_document_person', 'person_document', 'person_id'],
  ['ix_case_document_person', 'case_document', 'person_id'],
  ['ix_declared_asset_person', 'declared_asset', 'person_id'],
  ['ix_duplicate_decision_person', 'duplicate_decision', 'person_id'],
  ['ix_duplicate_decision_other_person', 'duplicate_decision', 'other_person_id'],
  ['ix_opportunity_link_opportunity', 'opportunity_link', 'opportunity_id'],
];

export class PersonForeignKeyIndexes1796288743803 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, table, column] of INDEXES) {
      await queryRunner.query(`CREATE INDEX "${name}" ON "${table}" ("${column}")`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await queryRunner.query(`DROP INDEX "public"."${name}"`);
  }
}
