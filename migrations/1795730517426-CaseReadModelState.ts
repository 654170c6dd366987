import { MigrationInterface, QueryRunner } from "typeorm";

export class CaseReadModelState1795730517426 implements MigrationInterface {
    name = 'CaseReadModelState1795730517426'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "return_case" ADD "on_protection_hold" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "return_case" ADD "state" jsonb`);
        await queryRunner.query(`ALTER TABLE "return_case" ADD "state_version" integer NOT NULL DEFAULT '0'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "return_case" DROP COLUMN "state_version"`);
        await queryRunner.query(`ALTER TABLE "return_case" DROP COLUMN "state"`);
        await queryRunner.query(`ALTER TABLE "return_case" DROP COLUMN "on_protection_hold"`);
    }

}
