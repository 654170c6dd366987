import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { IscoGroupEntity } from './isco-group.entity';

/**
 * One occupational title of the index ("Mechanic, motor vehicle"), mapped to its ISCO-08 unit group. The search
 * columns are filled when the data is loaded (see occupation-search-index.ts); the trigram and full-text indexes
 * are added by hand in the migration.
 */
@Entity({ name: 'occupation_title' })
@Index('ix_occupation_title_unit', ['unitCode'])
export class OccupationTitleEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 4 })
  unitCode: string;

  @ManyToOne(() => IscoGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_code', foreignKeyConstraintName: 'fk_occupation_title_unit' })
  unitGroup?: Relation<IscoGroupEntity>;

  /** Normalised title (lower case, no accents or punctuation), for trigram matching. */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  /** English full-text vector of the title. */
  @Column({ name: 'search_vector', type: 'tsvector', select: false })
  searchVector: string;

  /** Length of the title's IDF-weighted term vector, for cosine scoring. */
  @Column({ name: 'vector_norm', type: 'double precision', default: 1, select: false })
  vectorNorm: number;
}
