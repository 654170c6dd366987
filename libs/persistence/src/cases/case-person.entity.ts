import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { Contact, Relationship, Sex, Vulnerability } from '@avrr/domain';
// Type-only, with relations named by their entity's class name: the case and the document import this file, so
// value imports here would be import circles.
import type { ReturnCaseEntity } from './return-case.entity';
import type { PersonDocumentEntity } from './person-document.entity';

/** One person of a household; exactly one per case is the principal applicant. */
@Entity({ name: 'case_person' })
@Index('ux_case_person_position', ['caseId', 'position'], { unique: true })
@Index('ux_case_person_one_principal', ['caseId'], { unique: true, where: '"position" = 0' })
export class CasePersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne('ReturnCaseEntity', (c: ReturnCaseEntity) => c.people, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  returnCase: Relation<ReturnCaseEntity>;

  /** 0 is the principal applicant; household members follow in the order given. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 32, nullable: true })
  relationship: Relationship | null;

  @Column({ name: 'given_names', type: 'varchar', length: 200 })
  givenNames: string;

  @Column({ name: 'family_name', type: 'varchar', length: 200 })
  familyName: string;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth: string;

  @Column({ type: 'varchar', length: 16 })
  sex: Sex;

  @Column({ type: 'char', length: 2 })
  nationality: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  vulnerabilities: Vulnerability[];

  @Column({ type: 'jsonb', nullable: true })
  contact: Contact | null;

  @OneToMany('PersonDocumentEntity', (d: PersonDocumentEntity) => d.person, { cascade: ['insert'] })
  documents: Relation<PersonDocumentEntity[]>;
}
