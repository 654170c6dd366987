import { MigrationInterface, QueryRunner } from "typeorm";

export class CaseCreatedAtMilliseconds1795731547626 implements MigrationInterface {
    name = 'CaseCreatedAtMilliseconds1795731547626'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_return_case_list_order"`);
        await queryRunner.query(`ALTER TABLE "return_case" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`CREATE INDEX "ix_return_case_list_order" ON "return_case" ("created_at", "id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_return_case_list_order"`);
        await queryRunner.query(`ALTER TABLE "return_case" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
        await queryRunner.query(`CREATE INDEX "ix_return_case_list_order" ON "return_case" ("created_at", "id") `);
    }

}
