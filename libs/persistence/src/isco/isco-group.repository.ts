import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { iscoAncestorCodes } from '@avrr/domain';
import { IscoGroupEntity } from './isco-group.entity';

export interface IscoGroupWithAncestors {
  group: IscoGroupEntity;
  /** From the major group down to the parent. */
  ancestors: IscoGroupEntity[];
}

@Injectable()
export class IscoGroupRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The group and the groups above it, or null when the code is not an ISCO-08 group. */
  /** Every group's title by code (619 rows), for explaining matches in words. */
  async titlesByCode(): Promise<Map<string, string>> {
    const rows: Array<{ code: string; title: string }> = await this.dataSource.query(
      'SELECT code, title FROM isco_group',
    );
    return new Map(rows.map((r) => [r.code, r.title]));
  }

  async findWithAncestors(code: string): Promise<IscoGroupWithAncestors | null> {
    if (!/^[0-9]{1,4}$/.test(code)) return null;
    const codes = [...iscoAncestorCodes(code), code];
    const found = await this.dataSource.getRepository(IscoGroupEntity).find({ where: { code: In(codes) } });
    const byCode = new Map(found.map((g) => [g.code, g]));
    const group = byCode.get(code);
    if (!group) return null;
    return { group, ancestors: codes.slice(0, -1).flatMap((c) => byCode.get(c) ?? []) };
  }
}
