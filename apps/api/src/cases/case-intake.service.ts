import { ConflictException, ForbiddenException, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';
import { caseScopeFor, checkHousehold, formatCaseReference, type Principal } from '@avrr/domain';
import {
  AccountsRepository,
  CaseRepository,
  CaseScope,
  DuplicateIdempotencyKeyError,
  ReturnCaseEntity,
} from '@avrr/persistence';
import { CaseWorkflowStarter } from '@avrr/temporal';
import { AuditService } from '../audit/audit.service';
import { RequestValidationError } from '../common/request-validation.error';
import { buildCase } from './case-draft';
import { choosePartnerOrganisation } from './partner-assignment';
import { CreateCaseDto } from './dto/create-case.dto';

export interface IntakeResult {
  entity: ReturnCaseEntity;
  /** True when an earlier request with the same Idempotency-Key made this case. */
  replayed: boolean;
}

/**
 * Opens a case: the row first, then its workflow. A crash between the two leaves a row without a started
 * workflow, which the next retry with the same key or the worker's reconciler completes; nothing is made twice.
 */
@Injectable()
export class CaseIntakeService {
  private readonly logger = new Logger(CaseIntakeService.name);

  constructor(
    private readonly cases: CaseRepository,
    private readonly starter: CaseWorkflowStarter,
    private readonly accounts: AccountsRepository,
    private readonly audit: AuditService,
  ) {}

  async open(dto: CreateCaseDto, counsellor: Principal, idempotencyKey?: string): Promise<IntakeResult> {
    if ((await this.accounts.missingOffices([dto.hostOffice])).length > 0) {
      throw new RequestValidationError([
        { field: 'hostOffice', reason: `is not an office of the programme (${dto.hostOffice})` },
      ]);
    }
    if (!counsellor.offices.includes(dto.hostOffice)) {
      throw new ForbiddenException({
        code: 'office_out_of_scope',
        message: `You may open cases for your own offices only (${counsellor.offices.join(', ') || 'none'}).`,
      });
    }
    const scope = caseScopeFor(counsellor);
    const violations = checkHousehold(dto.principal, dto.household, new Date().toISOString());
    if (violations.length > 0) throw new RequestValidationError(violations);

    const requestHash = idempotencyKey ? hashRequest(dto) : null;
    if (idempotencyKey) {
      const earlier = await this.replay(idempotencyKey, requestHash!, scope);
      if (earlier) return earlier;
    }
    const covering = await this.accounts.organisationsCovering(dto.countryOfReturn);
    const partnerOrganisationId = choosePartnerOrganisation(dto.partnerOrganisationId, covering, dto.countryOfReturn);

    const sequence = await this.cases.nextReferenceNumber();
    const draft = buildCase(
      dto,
      formatCaseReference(new Date().getUTCFullYear(), sequence),
      idempotencyKey,
      requestHash,
    );
    draft.partnerOrganisationId = partnerOrganisationId;
    let saved: ReturnCaseEntity;
    try {
      // The intake's audit entry commits or rolls back with the case.
      saved = await this.cases.insert(draft, (em) => this.audit.recordIn(em, { caseId: draft.id }));
    } catch (error) {
      // Two identical requests raced; the other one won and this one answers with its case.
      if (error instanceof DuplicateIdempotencyKeyError && idempotencyKey) {
        const earlier = await this.replay(idempotencyKey, requestHash!, scope);
        if (earlier) return earlier;
        throw keyReused();
      }
      throw error;
    }
    // The inserted rows are the case: no read of it again (the organisation is one of those just read).
    saved.partnerOrganisation = covering.find((o) => o.id === partnerOrganisationId) ?? null;
    return { entity: await this.startWorkflow(saved, scope), replayed: false };
  }

  private async replay(key: string, requestHash: string, scope: CaseScope): Promise<IntakeResult | null> {
    const found = await this.cases.findByIdempotencyKey(key, scope);
    if (!found) return null;
    if (found.requestHash !== requestHash) throw keyReused();
    if (!found.entity.workflowStartedAt)
      return { entity: await this.startWorkflow(found.entity, scope), replayed: true };
    return { entity: found.entity, replayed: true };
  }

  /**
   * Starts the case's workflow and returns the case as it now stands: `entity` itself, updated by the start, with no
   * second read, unless another request marked it started meanwhile.
   */
  private async startWorkflow(entity: ReturnCaseEntity, scope: CaseScope): Promise<ReturnCaseEntity> {
    try {
      await this.starter.ensureStarted(entity);
    } catch (error) {
      // The case is saved; the reconciler starts its workflow once Temporal answers again.
      this.logger.warn(`case ${entity.reference}: workflow start deferred: ${String(error)}`);
      return entity;
    }
    return entity.workflowStartedAt ? entity : (await this.cases.findById(entity.id, scope))!;
  }
}

function keyReused(): ConflictException {
  return new ConflictException({
    code: 'idempotency_key_reused',
    message: 'This Idempotency-Key was already used for a different request; use a new key for a new case.',
  });
}

/** A stable hash of the validated request, keys sorted, to tell a true retry from a reused key. */
function hashRequest(dto: CreateCaseDto): string {
  return createHash('sha256')
    .update(stringify(dto) ?? '')
    .digest('hex');
}
