import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An organisation in countries of return; its focal points see the cases bound for those countries. */
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
