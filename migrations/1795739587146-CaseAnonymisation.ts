import { MigrationInterface, QueryRunner } from "typeorm";

// Generated, then trimmed to the return_case changes: the generator also proposed dropping the hand-written ISCO
// search indexes and constraints, the access tables' hand-written constraints and the audit hash's unique
// constraint, which the entities cannot express (known drift, not a change).
export class CaseAnonymisation1795739587146 implements MigrationInterface {
    name = 'CaseAnonymisation1795739587146'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "return_case" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`CREATE INDEX "ix_return_case_retention_due" ON "return_case" ("stage_entered_at", "id") WHERE "stage" = 'closed' AND "anonymised_at" IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_return_case_retention_due"`);
        await queryRunner.query(`ALTER TABLE "return_case" DROP COLUMN "anonymised_at"`);
    }

}
