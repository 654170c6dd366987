import { IsOptional, IsString, Matches } from 'class-validator';

/** Reconciliation exports (CSV) per programme and period, built by the worker; the job id is the export id. */
export const RECONCILIATION_EXPORT_QUEUE = 'reconciliation-exports';
export const RECONCILIATION_EXPORT_JOB = 'build-reconciliation-export';

export interface ReconciliationExportJob {
  /** The programme: the host office that runs the returns, and optionally one country of return. */
  hostOffice: string;
  countryOfReturn: string | null;
  /** The period, both days included (YYYY-MM-DD, UTC). */
  from: string;
  to: string;
  requestedBy: string;
  requestedAt: string;
}

/** A total as JSON: amounts are integer minor units as strings. */
export interface ReconciliationExportTotal {
  item: string;
  status: string;
  currency: string;
  count: number;
  amountMinor: string;
  ledgerAccount: string | null;
  ledgerAmountMinor: string;
  ties: boolean;
}

/** The job's return value: the CSV itself (kept with the job) and its totals. */
export interface ReconciliationExportResult {
  csv: string;
  rows: number;
  cases: number;
  totals: ReconciliationExportTotal[];
  ties: boolean;
  finishedAt: string;
}

/** A job payload as the processor checks it: a queue is an edge too. */
export class ReconciliationExportJobPayload implements ReconciliationExportJob {
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,63}$/)
  hostOffice: string;

  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  countryOfReturn: string | null;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  from: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  to: string;

  @IsString()
  requestedBy: string;

  @IsString()
  requestedAt: string;
}
