import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the programme views over a million cases (docs/PERFORMANCE.md, P4 at 1,000,000 rows):
 * - `ix_return_case_office_stage` (office, stage, with the two dates of time-in-stage) lets "cases by stage" and
 *   "time in stage" count a supervisor's offices from the index alone (an index-only scan) instead of visiting one
 *   heap page per case in scope. It leads with `host_office`, so it also serves every lookup by office and replaces
 *   the single-column `ix_return_case_host_office`.
 * - `ix_return_case_follow_up_due` holds the cases after arrival in due order, with what the overdue view shows, so
 *   "overdue follow-ups" reads them in order and stops at its 500 rows instead of sorting every case in those stages.
 * Both answers stay exact: the indexes change how rows are found, not which.
 */
export class ReadsAtScaleIndexes1796400000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_return_case_office_stage" ON "return_case" ("host_office", "stage") INCLUDE ("stage_entered_at", "created_at")`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_return_case_host_office"`);
    await queryRunner.query(
      `CREATE INDEX "ix_return_case_follow_up_due" ON "return_case" ("due_at", "id")
         INCLUDE ("host_office", "country_of_return", "reference", "waiting_for")
         WHERE "stage" IN ('reintegration', 'monitoring') AND "due_at" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_return_case_follow_up_due"`);
    await queryRunner.query(`CREATE INDEX "ix_return_case_host_office" ON "return_case" ("host_office")`);
    await queryRunner.query(`DROP INDEX "public"."ix_return_case_office_stage"`);
  }
}
