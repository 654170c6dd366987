import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An organisation in countries of return. Each case is assigned to one of the organisations covering its country;
 * the organisation's focal points see only its cases and keep only its opportunities.
 */
@Entity({ name: 'partner_organisation' })
export class PartnerOrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ux_partner_organisation_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** ISO 3166-1 alpha-2 codes of the countries it receives returnees in. */
  @Column({ type: 'char', length: 2, array: true })
  countries: string[];

  /** The team address for the organisation's case emails; without it they go to its active focal points. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
