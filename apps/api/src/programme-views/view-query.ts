import type { StreamableFile } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO31661Alpha2, IsOptional, Matches } from 'class-validator';
import { ToUpperCase } from '../common/validators';
import { type Sheet, tableFile, VIEW_FORMATS, type ViewFormat } from './view-download';

/** The filters every view takes, and the format of its answer. */
export class ViewQuery {
  @ApiPropertyOptional({ example: 'SN', description: 'Only cases returning to this country (ISO 3166-1 alpha-2).' })
  @IsOptional()
  @ToUpperCase()
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  countryOfReturn?: string;

  @ApiPropertyOptional({ example: 'PARIS', description: 'Only cases of this host office.' })
  @IsOptional()
  @ToUpperCase()
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,63}$/, { message: 'must be an office code' })
  hostOffice?: string;

  @ApiPropertyOptional({
    enum: VIEW_FORMATS,
    default: 'json',
    description: 'json (the default), or csv or xlsx for a file to download with the same rows.',
  })
  @IsOptional()
  @IsIn(VIEW_FORMATS, { message: `must be one of: ${VIEW_FORMATS.join(', ')}` })
  format?: ViewFormat;
}

/** The filters of a query, without the format the answer takes. */
export function filterOf(query: ViewQuery): { countryOfReturn?: string; hostOffice?: string } {
  return { countryOfReturn: query.countryOfReturn, hostOffice: query.hostOffice };
}

/** The JSON view, or the same rows as a file when the query asks for one. */
export function viewAnswer<T>(
  format: ViewFormat | undefined,
  name: string,
  json: T,
  sheets: () => Sheet[],
): T | StreamableFile {
  return !format || format === 'json' ? json : tableFile(name, format, sheets());
}

/** A score for display: 3 decimals, halves away from zero, never -0. */
export function round3(value: number): number {
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 1000)) / 1000;
  return rounded === 0 ? 0 : rounded;
}
