import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseStageEnteredAt1795734110713 implements MigrationInterface {
  name = 'CaseStageEnteredAt1795734110713';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "return_case" ADD "stage_entered_at" TIMESTAMP WITH TIME ZONE`);
    // Existing cases: the last time their read model moved is the best known stage entry.
    await queryRunner.query(`UPDATE "return_case" SET "stage_entered_at" = "updated_at"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "return_case" DROP COLUMN "stage_entered_at"`);
  }
}
