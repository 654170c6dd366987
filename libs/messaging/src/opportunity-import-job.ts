import {
  IsIn,
  IsISO31661Alpha2,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MinLength,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';

/** Bulk imports of partners' opportunity feeds (CSV or JSON); the job id is the import id. */
export const OPPORTUNITY_IMPORT_QUEUE = 'opportunity-imports';
export const OPPORTUNITY_IMPORT_JOB = 'import-opportunity-feed';
export const OPPORTUNITY_IMPORT_FORMATS = ['csv', 'json'] as const;
export type OpportunityImportFormat = (typeof OPPORTUNITY_IMPORT_FORMATS)[number];

export interface OpportunityImportJob {
  partnerCode: string;
  format: OpportunityImportFormat;
  content: string;
  /**
   * The requester's countries (absent: unrestricted), whose other rows are rejected, and their partner organisation,
   * which owns the rows (another organisation's rows are never changed).
   */
  scope: { countries?: string[]; partnerOrganisationId?: string };
  requestedAt: string;
}

export interface OpportunityImportRejection {
  /** The data row, from 1: the header of a CSV feed is not counted, the first element of a JSON array is row 1. */
  row: number;
  /** CSV only: the line of the file where the row starts (the header is line 1). */
  line?: number;
  externalReference?: string;
  /** Every broken rule of the row: the field and why. */
  violations: Array<{ field: string; reason: string }>;
}

/** The job's return value, kept with the job and shown by GET /opportunities/imports/:id. */
export interface OpportunityImportReport {
  partnerCode: string;
  format: OpportunityImportFormat;
  rows: number;
  accepted: { total: number; created: number; updated: number; unchanged: number };
  rejected: OpportunityImportRejection[];
  finishedAt: string;
}

class OpportunityImportScope {
  @IsOptional()
  @IsISO31661Alpha2({ each: true })
  countries?: string[];

  @IsOptional()
  @IsUUID()
  partnerOrganisationId?: string;
}

/** A job payload as the processor checks it: a queue is an edge too. */
export class OpportunityImportJobPayload implements OpportunityImportJob {
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,63}$/)
  partnerCode: string;

  @IsIn(OPPORTUNITY_IMPORT_FORMATS)
  format: OpportunityImportFormat;

  @IsString()
  @MinLength(1)
  content: string;

  @IsObject()
  @ValidateNested()
  @Type(() => OpportunityImportScope)
  scope: OpportunityImportScope;

  @IsString()
  requestedAt: string;
}
