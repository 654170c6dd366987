import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const ISCO_LEVELS = ['major', 'sub_major', 'minor', 'unit'] as const;
export type IscoLevel = (typeof ISCO_LEVELS)[number];

/**
 * One group of ISCO-08 (ILO): 10 major, 43 sub-major, 130 minor and 436 unit groups, nested by code prefix.
 * Codes are strings: the armed forces groups start with 0. Reference data, loaded by migration.
 */
@Entity({ name: 'isco_group' })
@Index('ix_isco_group_parent', ['parentCode'])
export class IscoGroupEntity {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code: string;

  @Column({ type: 'varchar', length: 16 })
  level: IscoLevel;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'parent_code', type: 'varchar', length: 4, nullable: true })
  parentCode: string | null;

  /** Normalised title (lower case, no accents or punctuation), for trigram matching. */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  /** English full-text vector of the title; unit and minor group titles are searched beside the title index. */
  @Column({ name: 'search_vector', type: 'tsvector', select: false })
  searchVector: string;

  /** Length of the title's IDF-weighted term vector, for cosine scoring. */
  @Column({ name: 'vector_norm', type: 'double precision', default: 1, select: false })
  vectorNorm: number;
}
