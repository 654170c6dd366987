import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The search vocabulary, derived from the title index and the group titles when the data is loaded: every word
 * with its English stem (lexeme) and the stem's inverse document frequency. Misspelt query words are corrected
 * against it by trigram similarity (GIN index added by hand in the migration).
 */
@Entity({ name: 'occupation_word' })
@Index('ix_occupation_word_lexeme', ['lexeme'])
export class OccupationWordEntity {
  @PrimaryColumn({ type: 'text' })
  word: string;

  @Column({ type: 'text' })
  lexeme: string;

  @Column({ type: 'double precision' })
  idf: number;
}
