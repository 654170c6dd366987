// A view's CSV and XLSX downloads, read back: the CSV with csv-parse, the workbook with exceljs, so tests compare
// them with the JSON view row for row.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export interface ViewFile {
  status: number;
  contentType: string | null;
  disposition: string | null;
  bytes: Buffer;
}

export async function fetchViewFile(
  baseUrl: string,
  path: string,
  format: 'csv' | 'xlsx',
  headers: Record<string, string | undefined>,
): Promise<ViewFile> {
  const url = `${baseUrl}${path}${path.includes('?') ? '&' : '?'}format=${format}`;
  const response = await fetch(url, { headers: headers as Record<string, string> });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/** The CSV's header line and its rows as objects of strings (the byte-order mark dropped). */
export function csvRows(file: ViewFile): { header: string[]; rows: Array<Record<string, string>> } {
  const text = file.bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines: string[][] = parse(text.slice(1), { relaxColumnCount: false });
  const [header, ...rest] = lines;
  return { header, rows: rest.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]]))) };
}

/** Each sheet's header row and rows as objects; empty cells are null, as in the JSON. */
export async function xlsxSheets(
  file: ViewFile,
): Promise<Record<string, { header: string[]; rows: Array<Record<string, unknown>> }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  const sheets: Record<string, { header: string[]; rows: Array<Record<string, unknown>> }> = {};
  workbook.eachSheet((sheet) => {
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    const header = values(1) as string[];
    const rows: Array<Record<string, unknown>> = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const cells = values(r);
      rows.push(Object.fromEntries(header.map((h, i) => [h, cells[i] ?? null])));
    }
    sheets[sheet.name] = { header, rows };
  });
  return sheets;
}

/** JSON rows as the CSV writes them: numbers in their shortest form, null as an empty cell. */
export function asCsv(rows: Array<Record<string, unknown>>, columns: string[]): Array<Record<string, string>> {
  return rows.map((r) =>
    Object.fromEntries(columns.map((c) => [c, r[c] === null || r[c] === undefined ? '' : String(r[c])])),
  );
}

/** The CSV and the workbook of a view both hold exactly the JSON rows, under the JSON field names. */
export async function expectFilesMatch(
  baseUrl: string,
  path: string,
  headers: Record<string, string | undefined>,
  json: Array<Record<string, unknown>>,
  name: string,
): Promise<void> {
  const columns = json.length ? Object.keys(json[0]) : undefined;
  const csv = await fetchViewFile(baseUrl, path, 'csv', headers);
  expect([csv.status, csv.contentType]).toEqual([200, 'text/csv; charset=utf-8']);
  expect(csv.disposition).toMatch(new RegExp(`^attachment; filename="${name}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
  const fromCsv = csvRows(csv);
  if (columns) expect(fromCsv.header).toEqual(columns);
  expect(fromCsv.rows).toEqual(asCsv(json, fromCsv.header));

  const xlsx = await fetchViewFile(baseUrl, path, 'xlsx', headers);
  expect([xlsx.status, xlsx.contentType]).toEqual([
    200,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ]);
  expect(xlsx.disposition).toMatch(new RegExp(`^attachment; filename="${name}-\\d{4}-\\d{2}-\\d{2}\\.xlsx"$`));
  const [first] = Object.values(await xlsxSheets(xlsx));
  expect(first.header).toEqual(fromCsv.header);
  expect(first.rows).toEqual(json.map((r) => Object.fromEntries(first.header.map((h) => [h, r[h] ?? null]))));
}
