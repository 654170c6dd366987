import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A host-country office. Cases belong to one; counsellors, logistics officers and supervisors work in some. */
@Entity({ name: 'office' })
export class OfficeEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'char', length: 2 })
  country: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
