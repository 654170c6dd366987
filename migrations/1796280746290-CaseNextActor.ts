import { MigrationInterface, QueryRunner } from 'typeorm';
import { type CaseStage, nextActorOf } from '../libs/domain/src';

const BATCH = 5_000;

/**
 * Whose move it is on each case (`next_actor`), kept by the projection from now on, so "My work" is one indexed
 * query instead of a window of open cases filtered in code. Existing rows are backfilled with the same rule.
 */
export class CaseNextActor1796280746290 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "return_case" ADD "next_actor" character varying(32)`);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Array<{ id: string; stage: CaseStage; waiting_for: string | null; on_protection_hold: boolean; plan_status: string | null }> =
        await queryRunner.query(
          `SELECT id, stage, waiting_for, on_protection_hold, state->'plan'->>'status' AS plan_status
             FROM return_case WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
          [after],
        );
      if (rows.length === 0) break;
      const actors = rows.map((r) =>
        nextActorOf({ stage: r.stage, waitingFor: r.waiting_for, onProtectionHold: r.on_protection_hold, state: r.plan_status ? { plan: { status: r.plan_status } } : null }),
      );
      await queryRunner.query(
        `UPDATE return_case c SET next_actor = v.actor FROM unnest($1::uuid[], $2::text[]) AS v(id, actor) WHERE c.id = v.id`,
        [rows.map((r) => r.id), actors],
      );
      after = rows[rows.length - 1].id;
    }
    // The queue's order (earliest due, undated last, oldest first) per role; and per role and office or country, for
    // the counts and for callers whose scope is a small part of the cases.
    await queryRunner.query(
      `CREATE INDEX "ix_return_case_next_actor_due" ON "return_case" ("next_actor", (COALESCE("due_at", 'infinity'::timestamptz)), "created_at", "id") WHERE "next_actor" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_return_case_next_actor_office" ON "return_case" ("next_actor", "host_office", "due_at") WHERE "next_actor" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_return_case_next_actor_country" ON "return_case" ("next_actor", "country_of_return", "due_at") WHERE "next_actor" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_return_case_next_actor_country"`);
    await queryRunner.query(`DROP INDEX "public"."ix_return_case_next_actor_office"`);
    await queryRunner.query(`DROP INDEX "public"."ix_return_case_next_actor_due"`);
    await queryRunner.query(`ALTER TABLE "return_case" DROP COLUMN "next_actor"`);
  }
}
