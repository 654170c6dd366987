import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "My work" reads its page keys from `ix_return_case_next_actor_due` in queue order and keeps those in the caller's
 * offices. With `due_at` and `host_office` carried in the index, that is an index-only scan: at a million cases it no
 * longer visits a heap page for each key the office filter throws away (about nine in ten for a supervisor of two
 * offices in twenty), only the index. The keys and their order are the same, so the queue and its cursors are too.
 */
export class WorkQueueIndexOnly1796400000001 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_return_case_next_actor_due"`);
    await queryRunner.query(
      `CREATE INDEX "ix_return_case_next_actor_due" ON "return_case" ("next_actor", (COALESCE("due_at", 'infinity'::timestamptz)), "created_at", "id")
         INCLUDE ("due_at", "host_office") WHERE "next_actor" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_return_case_next_actor_due"`);
    await queryRunner.query(
      `CREATE INDEX "ix_return_case_next_actor_due" ON "return_case" ("next_actor", (COALESCE("due_at", 'infinity'::timestamptz)), "created_at", "id") WHERE "next_actor" IS NOT NULL`,
    );
  }
}
