import { buffer } from 'node:stream/consumers';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { fileName, neutralised, tableFile } from './view-download';

const sheet = {
  name: 'rows',
  columns: ['label', 'value', 'note'],
  rows: [
    { label: '=HYPERLINK("http://evil.example","click")', value: -0.25, note: null },
    { label: '+1', value: 3, note: '@SUM(A1)' },
    { label: '-2', value: 0, note: '\tcmd' },
    { label: 'Thiès, "Dakar"', value: 1.5, note: 'كلمة' },
  ],
};

describe('view downloads', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 6', "'+33 6"],
    ['-x', "'-x"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['a=1', 'a=1'],
    ['', ''],
    ['Saint-Louis', 'Saint-Louis'],
  ])('neutralises %j as %j', (value, expected) => {
    expect(neutralised(value)).toBe(expected);
  });

  it('writes a CSV with a byte-order mark, the header, text that cannot run as a formula, and numbers as numbers', async () => {
    const file = tableFile('rows', 'csv', [sheet]);
    expect(file.getHeaders()).toMatchObject({ type: 'text/csv; charset=utf-8' });
    // Read as bytes: a TextDecoder would drop the byte-order mark.
    const body = (await buffer(file.getStream() as Readable)).toString('utf8');
    expect(body.startsWith('\uFEFF')).toBe(true);
    expect(parse(body.slice(1))).toEqual([
      ['label', 'value', 'note'],
      ['\'=HYPERLINK("http://evil.example","click")', '-0.25', ''],
      ["'+1", '3', "'@SUM(A1)"],
      ["'-2", '0', "'\tcmd"],
      ['Thiès, "Dakar"', '1.5', 'كلمة'],
    ]);
  });

  it('writes an XLSX whose cells hold the values as they are: text as text, numbers as numbers', async () => {
    const file = tableFile('rows', 'xlsx', [sheet, { name: 'more', columns: ['a'], rows: [{ a: 1 }] }]);
    const chunks: Buffer[] = [];
    for await (const chunk of file.getStream() as AsyncIterable<Buffer>) chunks.push(chunk);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['rows', 'more']);
    const rows = workbook.getWorksheet('rows')!;
    expect(rows.getRow(1).values).toEqual([undefined, 'label', 'value', 'note']);
    expect(rows.getCell('A2').value).toBe('=HYPERLINK("http://evil.example","click")');
    expect(rows.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(rows.getCell('B2').value).toBe(-0.25);
    expect(rows.getCell('C2').value).toBeNull();
    expect(rows.getCell('C5').value).toBe('كلمة');
  });

  it('names files by view and day, with nothing a header would need to quote', () => {
    expect(fileName('score-change', 'xlsx', new Date('2026-03-01T23:00:00Z'))).toBe('score-change-2026-03-01.xlsx');
    expect(fileName('a "b"/c', 'csv', new Date('2026-03-01T00:00:00Z'))).toBe('a-b-c-2026-03-01.csv');
  });
});
