import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from '@avrr/domain';
import { PartnerOrganisationEntity } from './partner-organisation.entity';

/** A person who signs in. The password is kept only as an argon2id hash. */
@Entity({ name: 'user_account' })
export class UserAccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case, so that sign-in ignores case. */
  @Index('ux_user_account_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  /** Office codes the user works in (counsellors, logistics officers, supervisors). */
  @Column({ type: 'varchar', length: 64, array: true, default: () => "'{}'" })
  offices: string[];

  /** The organisation a partner focal point works for. */
  @Column({ name: 'partner_organisation_id', type: 'uuid', nullable: true })
  partnerOrganisationId: string | null;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_organisation_id', foreignKeyConstraintName: 'fk_user_account_partner_organisation' })
  partnerOrganisation?: Relation<PartnerOrganisationEntity> | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Failed sign-ins in a row; reset by a successful one. */
  @Column({ name: 'failed_logins', type: 'int', default: 0 })
  failedLogins: number;

  /** The password was set by an administrator (a first or temporary one): the person must choose their own. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
