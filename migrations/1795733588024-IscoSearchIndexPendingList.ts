import { MigrationInterface, QueryRunner } from 'typeorm';

/** The GIN indexes the occupation search reads (created by IscoReferenceData1795732577301). */
const GIN_INDEXES = [
  'ix_occupation_word_trgm',
  'ix_occupation_title_search_text_trgm',
  'ix_occupation_title_search_vector',
  'ix_isco_group_search_text_trgm',
  'ix_isco_group_search_vector',
];

/**
 * The seed left every entry of the occupation search's GIN indexes in their pending lists (fastupdate), which
 * each search scans in full: the search took about 10 ms instead of 3 until a VACUUM, and autovacuum may be off
 * or late. This moves the entries into the indexes proper and turns fastupdate off on these indexes, so later
 * writes (reference data, rarely written) go straight into the index and the list cannot build up again; a
 * reload takes about a second longer. down() turns fastupdate back on; the flushed entries need no undoing.
 */
export class IscoSearchIndexPendingList1795733588024 implements MigrationInterface {
  name = 'IscoSearchIndexPendingList1795733588024';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of GIN_INDEXES) {
      await queryRunner.query(`ALTER INDEX "public"."${index}" SET (fastupdate = off)`);
    }
    for (const index of GIN_INDEXES) {
      await queryRunner.query(`SELECT gin_clean_pending_list('"public"."${index}"'::regclass)`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of GIN_INDEXES) {
      await queryRunner.query(`ALTER INDEX "public"."${index}" RESET (fastupdate)`);
    }
  }
}
