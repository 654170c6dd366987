// A view's rows as a file to take away: CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read accents and
// Arabic) or XLSX, both streamed as they are written. The rows are the JSON view's own, after its scope and filters,
// so a download never holds more than the view shows.
import { PassThrough, Readable } from 'node:stream';
import { applyDecorators, StreamableFile } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProduces, getSchemaPath } from '@nestjs/swagger';
import { stringify } from 'csv-stringify';

export const VIEW_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ViewFormat = (typeof VIEW_FORMATS)[number];
export type FileFormat = Exclude<ViewFormat, 'json'>;

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One table of a file: a sheet of the workbook; a CSV holds the first only. */
export interface Sheet {
  /** At most 31 characters: spreadsheets refuse longer sheet names. */
  name: string;
  /** The JSON fields to write, in order; a header line (or row) of these names. */
  columns: readonly string[];
  /** Values are strings, numbers or null, as in the JSON view. */
  rows: Iterable<object>;
}

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return before one) starts
 * with an apostrophe instead (CSV injection). Numbers stay numbers: a negative score is not a formula.
 */
export function neutralised(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** `name-YYYY-MM-DD.ext`, from letters, digits and hyphens only, so the header needs no quoting rules. */
export function fileName(name: string, format: FileFormat, day = new Date()): string {
  const safe = name.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe}-${day.toISOString().slice(0, 10)}.${format}`;
}

/** The sheets as a CSV or XLSX file, streamed, with its type and an attachment disposition naming it. */
export function tableFile(name: string, format: FileFormat, sheets: readonly Sheet[]): StreamableFile {
  const stream = format === 'csv' ? csvStream(sheets[0]) : xlsxStream(sheets);
  return new StreamableFile(stream, {
    type: format === 'csv' ? `${CSV_TYPE}; charset=utf-8` : XLSX_TYPE,
    disposition: `attachment; filename="${fileName(name, format)}"`,
  });
}

function csvStream(sheet: Sheet): Readable {
  const csv = stringify({
    header: true,
    columns: [...sheet.columns],
    bom: true,
    cast: { string: neutralised },
  });
  // pipeline-like error passing: a failing source ends the download rather than leaving it hanging.
  const source = Readable.from(sheet.rows);
  source.on('error', (e) => csv.destroy(e));
  return source.pipe(csv);
}

function xlsxStream(sheets: readonly Sheet[]): Readable {
  const out = new PassThrough();
  void (async () => {
    // Loaded on the first download: exceljs took about a second of CPU to load, on every start of the API.
    const { default: ExcelJS } = await import('exceljs');
    // No shared strings table: each row goes out as it is committed instead of waiting for the whole workbook.
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
    for (const sheet of sheets) {
      if (sheet.name.length > 31) throw new RangeError(`sheet name over 31 characters: ${sheet.name}`);
      const worksheet = workbook.addWorksheet(sheet.name);
      worksheet.columns = sheet.columns.map((key) => ({ header: key, key }));
      for (const row of sheet.rows) worksheet.addRow(row).commit();
      worksheet.commit();
    }
    await workbook.commit();
  })().catch((e: Error) => out.destroy(e));
  return out;
}

/**
 * The OpenAPI answer of a view that can also be downloaded: JSON of `type` (an array of it when `isArray`), or with
 * `format=csv` / `format=xlsx` a file.
 */
export function ApiViewResponse(type: new () => unknown, options: { isArray?: boolean; description?: string } = {}) {
  const json = options.isArray
    ? { type: 'array', items: { $ref: getSchemaPath(type) } }
    : { $ref: getSchemaPath(type) };
  return applyDecorators(
    ApiExtraModels(type),
    ApiProduces('application/json', CSV_TYPE, XLSX_TYPE),
    ApiOkResponse({
      description:
        'JSON by default. With format=csv: a CSV file (UTF-8 with a byte-order mark, a header line of the JSON ' +
        "field names, text cells starting with = + - @ prefixed with '). With format=xlsx: a workbook with the same " +
        'columns. Files come as attachments named `<view>-<YYYY-MM-DD>.<csv|xlsx>`.' +
        (options.description ? ` ${options.description}` : ''),
      headers: {
        'Content-Disposition': {
          description: 'With format=csv or xlsx: `attachment; filename="<view>-<YYYY-MM-DD>.<csv|xlsx>"`.',
          schema: { type: 'string' },
        },
      },
      content: {
        'application/json': { schema: json },
        [CSV_TYPE]: { schema: { type: 'string' } },
        [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } },
      },
    }),
  );
}
