import { InjectQueue } from '@nestjs/bullmq';
import {
  ConflictException,
  ForbiddenException,
  HttpException,
  HttpStatus,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '@avrr/config';
import { withinRedisDeadline } from '@avrr/messaging';
import {
  OPPORTUNITY_IMPORT_JOB,
  OPPORTUNITY_IMPORT_QUEUE,
  OpportunityImportJob,
  OpportunityImportReport,
} from '@avrr/messaging/opportunity-import-job';
import {
  DuplicateOpportunityError,
  OpportunityDatesError,
  OpportunityListCursor,
  OpportunityOutOfScopeError,
  OpportunityRepository,
  OpportunityScope,
  ReintegrationOpportunityEntity,
} from '@avrr/persistence';
import { AuditService } from '../audit/audit.service';
import { RequestValidationError } from '../common/request-validation.error';
import { CreateOpportunityDto, ListOpportunitiesQuery, UpdateOpportunityDto } from './dto/opportunity.dto';
import { OpportunityImportView, StartOpportunityImportDto } from './dto/opportunity-import.dto';
import { OpportunityListView, OpportunityView } from './dto/opportunity.response';

/** Fields of a PATCH that may be null: clearing the start date. Any other null is refused. */
const NULLABLE_FIELDS = new Set(['startsOn']);

@Injectable()
export class OpportunitiesService {
  constructor(
    private readonly opportunities: OpportunityRepository,
    @InjectQueue(OPPORTUNITY_IMPORT_QUEUE)
    private readonly imports: Queue<OpportunityImportJob, OpportunityImportReport>,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** This request's audit entry, written in the repository's transaction. */
  private readonly audited = (em: EntityManager) => this.audit.recordIn(em, {});

  async create(dto: CreateOpportunityDto, scope: OpportunityScope): Promise<ReintegrationOpportunityEntity> {
    await this.assertIscoCode(dto.iscoCode);
    try {
      return await this.opportunities.create(dto, scope, this.audited);
    } catch (error) {
      if (error instanceof DuplicateOpportunityError) {
        throw new ConflictException({
          code: 'opportunity_exists',
          message: `${dto.partnerCode} already has an opportunity ${dto.externalReference} (${error.existingId}); change it with PATCH.`,
        });
      }
      throw this.mapScopeError(error);
    }
  }

  async get(id: string, scope: OpportunityScope): Promise<ReintegrationOpportunityEntity> {
    const found = await this.opportunities.findById(id, scope);
    // Out of scope reads as absent: a caller learns nothing about opportunities they may not see.
    if (!found) throw notFound(id);
    return found;
  }

  async list(query: ListOpportunitiesQuery, scope: OpportunityScope): Promise<OpportunityListView> {
    const page = await this.opportunities.list(
      scope,
      {
        country: query.country,
        region: query.region,
        type: query.type,
        iscoCode: query.iscoCode,
        partnerCode: query.partnerCode,
        openAt: query.open ? new Date() : undefined,
      },
      query.limit,
      query.cursor ? decodeCursor(query.cursor) : undefined,
    );
    const now = new Date();
    return {
      items: page.items.map((o) => toOpportunityView(o, now)),
      nextCursor: page.next ? encodeCursor(page.next) : null,
    };
  }

  async update(
    id: string,
    dto: UpdateOpportunityDto,
    ifMatch: number | undefined,
    scope: OpportunityScope,
  ): Promise<ReintegrationOpportunityEntity> {
    const { version, ...patch } = dto;
    const expected = expectedVersion(ifMatch, version, true)!;
    const nulls = Object.entries(patch).filter(([k, v]) => v === null && !NULLABLE_FIELDS.has(k));
    if (nulls.length > 0)
      throw new RequestValidationError(nulls.map(([field]) => ({ field, reason: 'must not be null' })));
    if (Object.values(patch).every((v) => v === undefined)) {
      throw new RequestValidationError([{ field: 'body', reason: 'names no field to change' }]);
    }
    if (patch.iscoCode !== undefined) await this.assertIscoCode(patch.iscoCode);
    let result;
    try {
      result = await this.opportunities.update(id, patch, expected, scope, this.audited);
    } catch (error) {
      if (error instanceof OpportunityDatesError) {
        throw new RequestValidationError([
          { field: 'expiresOn', reason: `must not be before startsOn (${error.startsOn})` },
        ]);
      }
      throw this.mapScopeError(error);
    }
    if (result.status === 'not_found') throw notFound(id);
    if (result.status === 'version_mismatch') throw versionMismatch(id, expected, result.currentVersion);
    return result.entity;
  }

  async withdraw(id: string, ifMatch: number | undefined, scope: OpportunityScope): Promise<void> {
    const result = await this.opportunities.withdraw(id, scope, ifMatch, this.audited);
    if (result.status === 'not_found') throw notFound(id);
    if (result.status === 'version_mismatch') throw versionMismatch(id, ifMatch!, result.currentVersion);
  }

  async startImport(dto: StartOpportunityImportDto, scope: OpportunityScope): Promise<string> {
    const id = randomUUID();
    const queued = this.imports.add(
      OPPORTUNITY_IMPORT_JOB,
      {
        partnerCode: dto.partnerCode,
        format: dto.format,
        content: dto.content,
        scope: {
          ...(scope.countries ? { countries: [...scope.countries] } : {}),
          ...(scope.partnerOrganisationId ? { partnerOrganisationId: scope.partnerOrganisationId } : {}),
        },
        requestedAt: new Date().toISOString(),
      },
      // One attempt: a feed that cannot be read fails the same way again; rows already written are safe to re-import.
      { jobId: id, attempts: 1, removeOnComplete: { age: 7 * 24 * 3600 }, removeOnFail: { age: 30 * 24 * 3600 } },
    );
    await withinRedisDeadline('the import request', this.config.deadlines.redisMs, queued);
    return id;
  }

  async importStatus(id: string, scope: OpportunityScope): Promise<OpportunityImportView> {
    const read = () => Job.fromId<OpportunityImportJob, OpportunityImportReport>(this.imports, id);
    let job = await read();
    // Another organisation's import reads as absent, like an opportunity out of scope.
    if (!job || !importVisible(job.data.scope, scope)) {
      throw new NotFoundException({ code: 'opportunity_import_not_found', message: `No import ${id}.` });
    }
    const state = await job.getState();
    // The job may have finished between the two reads: read it again, so a finished import comes with its report
    // or its error rather than the running job's snapshot.
    if (state === 'completed' || state === 'failed') job = (await read()) ?? job;
    return {
      id,
      partnerCode: job.data.partnerCode,
      format: job.data.format,
      state,
      progress: typeof job.progress === 'number' ? job.progress : 0,
      requestedAt: job.data.requestedAt,
      ...(state === 'completed' && job.returnvalue ? { report: job.returnvalue } : {}),
      ...(state === 'failed' ? { error: job.failedReason } : {}),
    };
  }

  private async assertIscoCode(code: string): Promise<void> {
    if (!(await this.opportunities.iscoCodeExists(code))) {
      throw new RequestValidationError([{ field: 'iscoCode', reason: `${code} is not an ISCO-08 group` }]);
    }
  }

  private mapScopeError(error: unknown): unknown {
    if (error instanceof OpportunityOutOfScopeError) {
      return new ForbiddenException({
        code: 'opportunity_out_of_scope',
        message: `Country ${error.country} is not one of your countries.`,
      });
    }
    return error;
  }
}

/** The version the client read: If-Match ("3", W/"3" or 3) or the body's `version`; both must agree. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?([1-9][0-9]{0,9})"?\s*$/.exec(header);
  if (!match)
    throw new RequestValidationError([{ field: 'If-Match', reason: 'must be the version you read, e.g. "3"' }]);
  return Number(match[1]);
}

function expectedVersion(
  ifMatch: number | undefined,
  bodyVersion: number | undefined,
  required: boolean,
): number | undefined {
  if (ifMatch !== undefined && bodyVersion !== undefined && ifMatch !== bodyVersion) {
    throw new RequestValidationError([{ field: 'version', reason: `disagrees with If-Match (${ifMatch})` }]);
  }
  const expected = ifMatch ?? bodyVersion;
  if (expected === undefined && required) {
    throw new HttpException(
      {
        code: 'version_required',
        message:
          'Send the version you read, in If-Match or as `version`, so that a change made since is not overwritten.',
      },
      HttpStatus.PRECONDITION_REQUIRED,
    );
  }
  return expected;
}

function notFound(id: string): NotFoundException {
  return new NotFoundException({ code: 'opportunity_not_found', message: `No opportunity ${id} that you can see.` });
}

function versionMismatch(id: string, expected: number, current: number): ConflictException {
  return new ConflictException({
    code: 'opportunity_version_mismatch',
    message: `Opportunity ${id} changed since you read it (you sent version ${expected}, it is at ${current}); read it again.`,
  });
}

export function toOpportunityView(o: ReintegrationOpportunityEntity, now: Date): OpportunityView {
  return {
    id: o.id,
    partnerCode: o.partnerCode,
    externalReference: o.externalReference,
    title: o.title,
    iscoCode: o.iscoCode,
    requiredSkills: o.requiredSkills,
    minIscedLevel: o.minIscedLevel,
    languages: o.languages,
    country: o.country,
    region: o.region,
    type: o.type,
    placesAvailable: o.placesAvailable,
    startsOn: o.startsOn,
    expiresOn: o.expiresOn,
    open: o.placesAvailable > 0 && o.expiresOn >= now.toISOString().slice(0, 10),
    version: o.version,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

function encodeCursor(cursor: OpportunityListCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

function decodeCursor(raw: string): OpportunityListCursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [string, string];
    if (Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/.test(id)) throw new Error('shape');
    return { createdAt, id };
  } catch {
    throw new RequestValidationError([{ field: 'cursor', reason: 'is not a cursor this service issued' }]);
  }
}

/** An import is visible to whoever may see every country it was started for, and only to its organisation. */
function importVisible(started: OpportunityImportJob['scope'], scope: OpportunityScope): boolean {
  if (scope.partnerOrganisationId && started.partnerOrganisationId !== scope.partnerOrganisationId) return false;
  if (!scope.countries) return true;
  return started.countries !== undefined && started.countries.every((c) => scope.countries!.includes(c));
}
