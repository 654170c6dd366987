import {
  BeforeInsert,
  BeforeUpdate,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import type { DocumentType } from '@avrr/domain';
import { CasePersonEntity } from './case-person.entity';
import { ENCRYPTED_TEXT, fieldIndex } from '../crypto/field-encryption';

@Entity({ name: 'person_document' })
@Index('ix_person_document_person', ['personId'])
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

  /** Encrypted at rest (envelope, docs/ACCESS.md); the entity holds the plaintext. */
  @Column({ type: 'text', nullable: true, transformer: ENCRYPTED_TEXT })
  number: string | null;

  /** Keyed HMAC of the number, so that the duplicate search matches numbers exactly without decrypting them. */
  @Column({ name: 'number_index', type: 'char', length: 64, nullable: true })
  numberIndex: string | null;

  @Column({ name: 'issuing_country', type: 'char', length: 2 })
  issuingCountry: string;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @BeforeInsert()
  @BeforeUpdate()
  indexNumber(): void {
    this.numberIndex = this.number ? fieldIndex(this.number) : null;
  }
}
