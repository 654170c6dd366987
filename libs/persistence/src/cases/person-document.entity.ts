import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { DocumentType } from '@avrr/domain';
import { CasePersonEntity } from './case-person.entity';

@Entity({ name: 'person_document' })
export class PersonDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => CasePersonEntity, (p) => p.documents, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<CasePersonEntity>;

  @Column({ type: 'varchar', length: 40 })
  type: DocumentType;

  @Column({ type: 'varchar', length: 64, nullable: true })
  number: string | null;

  @Column({ name: 'issuing_country', type: 'char', length: 2 })
  issuingCountry: string;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;
}
