import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { IscoLevel } from './isco-group.entity';

/** Where the shipped ISCO-08 reference data lives (see data/isco-08/README.md for the source and attribution). */
export const ISCO_DATA_DIR = path.join(__dirname, '../../../../data/isco-08');

export interface IscoGroupRow {
  code: string;
  level: IscoLevel;
  title: string;
  parentCode: string | null;
}

export interface OccupationTitleRow {
  title: string;
  unitCode: string;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF line ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

function records(text: string, columns: string[]): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  const missing = columns.filter((c) => !header?.includes(c));
  if (missing.length) throw new Error(`CSV is missing the column(s) ${missing.join(', ')}`);
  return rows.map((r, n) => {
    if (r.length !== header.length)
      throw new Error(`CSV row ${n + 2} has ${r.length} fields, expected ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i].trim()]));
  });
}

const LEVELS: Record<string, IscoLevel> = { major: 'major', 'sub-major': 'sub_major', minor: 'minor', unit: 'unit' };

export function parseIscoStructure(text: string): IscoGroupRow[] {
  return records(text, ['code', 'level', 'title', 'parent']).map((r) => {
    const level = LEVELS[r.level];
    if (!level) throw new Error(`ISCO-08 group ${r.code}: unknown level "${r.level}"`);
    if (!/^[0-9]{1,4}$/.test(r.code)) throw new Error(`bad ISCO-08 code "${r.code}"`);
    return { code: r.code, level, title: r.title, parentCode: r.parent || null };
  });
}

export function parseOccupationTitles(text: string): OccupationTitleRow[] {
  return records(text, ['title', 'isco08']).map((r) => {
    if (!/^[0-9]{4}$/.test(r.isco08)) throw new Error(`title "${r.title}": bad unit group "${r.isco08}"`);
    return { title: r.title, unitCode: r.isco08 };
  });
}

export function readIscoData(dir = ISCO_DATA_DIR): { groups: IscoGroupRow[]; titles: OccupationTitleRow[] } {
  return {
    groups: parseIscoStructure(readFileSync(path.join(dir, 'isco-08-structure.csv'), 'utf8')),
    titles: parseOccupationTitles(readFileSync(path.join(dir, 'occupation-titles.csv'), 'utf8')),
  };
}
