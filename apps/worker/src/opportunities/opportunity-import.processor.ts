import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  OPPORTUNITY_IMPORT_QUEUE,
  OpportunityImportJob,
  OpportunityImportJobPayload,
  OpportunityImportRejection,
  OpportunityImportReport,
} from '@avrr/messaging/opportunity-import-job';
import {
  isInScope,
  OpportunityRepository,
  OpportunityScope,
  validateOpportunityRow,
  OpportunityOfAnotherOrganisationError,
  WithdrawnOpportunityError,
} from '@avrr/persistence';
import { parseFeed, UnreadableFeedError } from './opportunity-feed';

/** Progress is reported after every this many rows (and at the end). */
export const IMPORT_PROGRESS_EVERY = 25;

/**
 * Imports a partner's feed: each row is checked with the API's rules (shared `OpportunityFields`), against the
 * ISCO-08 reference data and the requester's countries, then upserted by (partner, external reference), so importing
 * the same feed again creates nothing and reports its rows unchanged. A bad row is rejected with its reasons and the
 * rest go on; a feed that cannot be read at all fails the job (no retry: the same content would fail again).
 * Rows are written one by one, each in its own statement: a crash mid-feed leaves the rows before it imported, and
 * re-running the import is safe.
 */
@Processor(OPPORTUNITY_IMPORT_QUEUE)
export class OpportunityImportProcessor extends WorkerHost {
  private readonly logger = new Logger(OpportunityImportProcessor.name);

  constructor(private readonly opportunities: OpportunityRepository) {
    super();
  }

  async process(job: Job<OpportunityImportJob>): Promise<OpportunityImportReport> {
    const payload = plainToInstance(OpportunityImportJobPayload, job.data);
    const errors = validateSync(payload, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) {
      throw new UnrecoverableError(`invalid import job: ${errors.map((e) => e.property).join(', ')}`);
    }
    let rows;
    try {
      rows = parseFeed(payload.format, payload.content);
    } catch (error) {
      if (error instanceof UnreadableFeedError) throw new UnrecoverableError(error.message);
      throw error;
    }

    const scope: OpportunityScope = {
      ...(payload.scope.countries ? { countries: payload.scope.countries } : {}),
      ...(payload.scope.partnerOrganisationId ? { partnerOrganisationId: payload.scope.partnerOrganisationId } : {}),
    };
    const knownIscoCodes = await this.opportunities.knownIscoCodes();
    const firstRowOf = new Map<string, number>();
    const accepted = { total: 0, created: 0, updated: 0, unchanged: 0 };
    const rejected: OpportunityImportRejection[] = [];

    for (const [index, feedRow] of rows.entries()) {
      const reject = (violations: OpportunityImportRejection['violations'], externalReference?: string) =>
        rejected.push({ row: feedRow.row, ...(externalReference ? { externalReference } : {}), violations });

      if (!feedRow.fields) {
        reject([feedRow.problem!]);
      } else {
        const { fields, violations } = validateOpportunityRow(feedRow.fields);
        const broken = new Set(violations.map((v) => v.field));
        // The checks that need the reference data, the scope or the rows before, on fields that passed the rules.
        if (!broken.has('iscoCode') && !knownIscoCodes.has(fields.iscoCode)) {
          violations.push({ field: 'iscoCode', reason: `${fields.iscoCode} is not an ISCO-08 group` });
        }
        if (!broken.has('country') && !isInScope(scope, fields.country)) {
          violations.push({ field: 'country', reason: `${fields.country} is not one of your countries` });
        }
        const reference = broken.has('externalReference') ? undefined : fields.externalReference;
        if (reference !== undefined) {
          const earlier = firstRowOf.get(reference);
          if (earlier !== undefined) {
            violations.push({
              field: 'externalReference',
              reason: `repeats row ${earlier}; each opportunity appears once in a feed`,
            });
          } else {
            firstRowOf.set(reference, feedRow.row);
          }
        }
        if (violations.length > 0) {
          reject(violations, reference);
        } else {
          try {
            const { outcome } = await this.opportunities.upsertByExternalReference(
              { ...fields, partnerCode: payload.partnerCode },
              scope,
            );
            accepted[outcome] += 1;
            accepted.total += 1;
          } catch (error) {
            if (error instanceof OpportunityOfAnotherOrganisationError) {
              reject([{ field: 'externalReference', reason: 'is held by another organisation' }], reference);
            } else if (error instanceof WithdrawnOpportunityError) {
              reject(
                [
                  {
                    field: 'externalReference',
                    reason: `${error.message}; a withdrawn opportunity is not re-imported`,
                  },
                ],
                reference,
              );
            } else {
              throw error;
            }
          }
        }
      }
      if ((index + 1) % IMPORT_PROGRESS_EVERY === 0 && index + 1 < rows.length) {
        await job.updateProgress(Math.floor(((index + 1) * 100) / rows.length));
      }
    }
    await job.updateProgress(100);

    this.logger.log(
      `import ${job.id} for ${payload.partnerCode}: ${rows.length} rows, ${accepted.created} created, ${accepted.updated} updated, ` +
        `${accepted.unchanged} unchanged, ${rejected.length} rejected`,
    );
    return {
      partnerCode: payload.partnerCode,
      format: payload.format,
      rows: rows.length,
      accepted,
      rejected,
      finishedAt: new Date().toISOString(),
    };
  }
}
