import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { InformationTopic } from '@avrr/domain';

/** A sheet with its newest version's title and who published it. */
export interface InformationSheetRow {
  id: string;
  countryOfReturn: string;
  topic: InformationTopic;
  language: string;
  latestVersion: number;
  title: string;
  publishedAt: Date;
  publishedBy: string;
}

export interface InformationSheetVersionRow {
  sheetId: string;
  countryOfReturn: string;
  topic: InformationTopic;
  language: string;
  version: number;
  title: string;
  body: string;
  publishedAt: Date;
  publishedBy: string;
}

export interface NewSheetVersion {
  title: string;
  body: string;
  by: { id: string; name: string };
}

const LATEST = `
  SELECT s.id, s.country_of_return AS "countryOfReturn", s.topic, s.language, v.version AS "latestVersion",
         v.title, v.published_at AS "publishedAt", v.published_by_name AS "publishedBy"
    FROM information_sheet s
    JOIN LATERAL (SELECT * FROM information_sheet_version WHERE sheet_id = s.id ORDER BY version DESC LIMIT 1) v
      ON true`;

const VERSION = `
  SELECT s.id AS "sheetId", s.country_of_return AS "countryOfReturn", s.topic, s.language, v.version, v.title, v.body,
         v.published_at AS "publishedAt", v.published_by_name AS "publishedBy"
    FROM information_sheet_version v JOIN information_sheet s ON s.id = v.sheet_id`;

/**
 * Pre-departure information sheets and their versions. Versions are only ever added (the table refuses UPDATE and
 * DELETE), so a version a case recorded stays readable as it was given.
 */
@Injectable()
export class InformationSheetRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(filter: { countryOfReturn?: string; language?: string }): Promise<InformationSheetRow[]> {
    return this.dataSource.query(
      `${LATEST}
        WHERE ($1::text IS NULL OR s.country_of_return = $1) AND ($2::text IS NULL OR s.language = $2)
        ORDER BY s.country_of_return, s.language, s.topic`,
      [filter.countryOfReturn ?? null, filter.language ?? null],
    );
  }

  async find(id: string): Promise<InformationSheetRow | null> {
    const rows: InformationSheetRow[] = await this.dataSource.query(`${LATEST} WHERE s.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Every version of a sheet, newest first, bodies included (sheets are short texts). */
  versions(sheetId: string): Promise<InformationSheetVersionRow[]> {
    return this.dataSource.query(`${VERSION} WHERE v.sheet_id = $1 ORDER BY v.version DESC`, [sheetId]);
  }

  async version(sheetId: string, version: number): Promise<InformationSheetVersionRow | null> {
    const rows: InformationSheetVersionRow[] = await this.dataSource.query(
      `${VERSION} WHERE v.sheet_id = $1 AND v.version = $2`,
      [sheetId, version],
    );
    return rows[0] ?? null;
  }

  /** The versions named, those that exist: a case action checks what it records against them. */
  async versionsNamed(named: Array<{ sheetId: string; version: number }>): Promise<InformationSheetVersionRow[]> {
    if (named.length === 0) return [];
    return this.dataSource.query(
      `${VERSION} JOIN unnest($1::uuid[], $2::int[]) AS n(sheet_id, version)
          ON n.sheet_id = v.sheet_id AND n.version = v.version`,
      [named.map((n) => n.sheetId), named.map((n) => n.version)],
    );
  }

  /** A new sheet and its version 1; a sheet of that country, topic and language already there is a unique violation. */
  async create(
    em: EntityManager,
    sheet: { countryOfReturn: string; topic: InformationTopic; language: string },
    first: NewSheetVersion,
  ): Promise<string> {
    const [{ id }]: Array<{ id: string }> = await em.query(
      `INSERT INTO information_sheet (country_of_return, topic, language) VALUES ($1, $2, $3) RETURNING id`,
      [sheet.countryOfReturn, sheet.topic, sheet.language],
    );
    await this.insertVersion(em, id, 1, first);
    return id;
  }

  /** Publishes version n+1 under the sheet's row lock, so two publications at once get n+1 and n+2. Null: no sheet. */
  async publish(em: EntityManager, sheetId: string, next: NewSheetVersion): Promise<number | null> {
    const locked: unknown[] = await em.query(`SELECT id FROM information_sheet WHERE id = $1 FOR UPDATE`, [sheetId]);
    if (locked.length === 0) return null;
    const [{ version }]: Array<{ version: number }> = await em.query(
      `SELECT coalesce(max(version), 0) + 1 AS version FROM information_sheet_version WHERE sheet_id = $1`,
      [sheetId],
    );
    await this.insertVersion(em, sheetId, version, next);
    return version;
  }

  private async insertVersion(em: EntityManager, sheetId: string, version: number, v: NewSheetVersion) {
    await em.query(
      `INSERT INTO information_sheet_version (sheet_id, version, title, body, published_by_id, published_by_name)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [sheetId, version, v.title, v.body, v.by.id, v.by.name],
    );
  }
}
