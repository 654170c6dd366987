import { MigrationInterface, QueryRunner } from 'typeorm';
import { readIscoData } from '../libs/persistence/src/isco/isco-csv';
import { clearIscoData, loadIscoData } from '../libs/persistence/src/isco/occupation-search-index';

/**
 * Reference data seeded by migration, so every environment has it: the ISCO-08 structure and the occupational
 * title index from data/isco-08/ (ISCO-08 © ILO 2008; title index Apache-2.0, see the README there), with the
 * derived search vocabulary. Two bulk INSERTs and a few UPDATEs: well under a few seconds.
 */
export class IscoReferenceDataSeed1795732600000 implements MigrationInterface {
  name = 'IscoReferenceDataSeed1795732600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await loadIscoData(queryRunner, readIscoData());
    await queryRunner.query(`ANALYZE isco_group, occupation_title, occupation_word`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await clearIscoData(queryRunner);
  }
}
