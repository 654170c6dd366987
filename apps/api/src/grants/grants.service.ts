import { createHash } from 'node:crypto';
import { Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  type Actor,
  type CaseState,
  decideTranchePayment,
  DomainError,
  formatMinor,
  grantBudget,
  grantRoleRefusal,
  parseMinor,
  type TrancheSchedule,
  validateTrancheSchedule,
} from '@avrr/domain';
import {
  type CaseScope,
  GrantPaymentEntity,
  type GrantRecord,
  GrantRepository,
  ServiceProviderRepository,
  GrantTrancheEntity,
} from '@avrr/persistence';
import { CaseWorkflowStarter, TemporalDeadline } from '@avrr/temporal';
import { payGrantTrancheUpdate, REFUSAL_PREFIX, type TranchePaymentResult } from '@avrr/workflows';
import { CaseQueryService } from '../cases/case-query.service';
import { EvidenceGate } from '../documents/evidence-gate';
import { RequestValidationError } from '../common/request-validation.error';
import { CreateGrantDto, GrantView, PayTrancheDto } from './dto/grants.dto';

/**
 * Reintegration grants. Setting one up is a database transaction (grant, tranches, the allocation posting, and the
 * release of tranches whose milestone is already recorded); paying a tranche is an update on the case's workflow,
 * which runs the payment as keyed activities.
 */
@Injectable()
export class GrantsService {
  constructor(
    private readonly cases: CaseQueryService,
    private readonly evidence: EvidenceGate,
    private readonly grants: GrantRepository,
    private readonly providers: ServiceProviderRepository,
    private readonly client: Client,
    private readonly starter: CaseWorkflowStarter,
    private readonly deadline: TemporalDeadline,
  ) {}

  async create(
    caseId: string,
    dto: CreateGrantDto,
    key: string | undefined,
    actor: Actor,
    scope: CaseScope,
  ): Promise<{ grant: GrantView; replayed: boolean }> {
    if (!key) throw new RequestValidationError([{ field: 'Idempotency-Key', reason: 'is required to set up a grant' }]);
    const refusal = grantRoleRefusal(actor, 'create');
    if (refusal) throw refusal;
    const entity = await this.cases.load(caseId, scope);
    const requestHash = hashOf({
      caseId,
      tranches: dto.tranches.map((t) => ({
        ...t,
        supplier: t.supplier ?? null,
        supplierProviderId: t.supplierProviderId ?? null,
      })),
    });
    const replay = await this.replayed(caseId, key, requestHash);
    if (replay) return { grant: replay, replayed: true };

    const state = entity.state as unknown as CaseState | null;
    const budget = grantBudget(state?.plan);
    const suppliers = await this.suppliersOf(dto, entity.countryOfReturn);
    // A provider that cannot be named leaves its tranche without a supplier: say why, not that one is missing.
    if (suppliers.violations.length > 0) throw new RequestValidationError(suppliers.violations);
    const tranches: TrancheSchedule[] = dto.tranches.map((t, i) => ({
      milestone: t.milestone,
      amountMinor: parseMinor(t.amountMinor),
      currency: t.currency,
      recipient: t.recipient,
      // A named provider gives the supplier its name; older tranches keep their free text as written.
      supplier: suppliers.names[i] ?? t.supplier ?? null,
    }));
    const violations = validateTrancheSchedule(budget, tranches);
    if (violations.length > 0) throw new RequestValidationError(violations);

    const created = await this.grants.create({
      caseId,
      idempotencyKey: key,
      requestHash,
      createdBy: actor.name,
      budget,
      tranches,
      supplierProviderIds: suppliers.ids,
      milestonesRecorded: (state?.milestones ?? []).map((m) => m.kind),
    });
    if (!created) {
      const raced = await this.replayed(caseId, key, requestHash);
      if (raced) return { grant: raced, replayed: true };
      throw new DomainError('grant_exists', 'This case already has a reintegration grant.');
    }
    return { grant: await this.get(caseId, scope), replayed: false };
  }

  async get(caseId: string, scope: CaseScope): Promise<GrantView> {
    await this.cases.load(caseId, scope);
    const record = await this.grants.findByCase(caseId);
    if (!record)
      throw new NotFoundException({ code: 'grant_not_found', message: 'This case has no reintegration grant yet.' });
    return toGrantView(record);
  }

  /** Checked here first for a quick answer; the workflow's activities check again under the tranche's lock. */
  async pay(
    caseId: string,
    trancheId: string,
    dto: PayTrancheDto,
    key: string | undefined,
    actor: Actor,
    scope: CaseScope,
  ): Promise<TranchePaymentResult> {
    if (!key) throw new RequestValidationError([{ field: 'Idempotency-Key', reason: 'is required to pay a tranche' }]);
    const entity = await this.cases.load(caseId, scope);
    const record = await this.grants.findByCase(caseId);
    const tranche = record?.tranches.find((t) => t.id === trancheId);
    if (!tranche)
      throw new NotFoundException({
        code: 'tranche_not_found',
        message: `No grant tranche ${trancheId} on this case.`,
      });
    const proof = { reference: dto.proofReference, document: dto.proofDocumentId ?? dto.proofDocument ?? null };
    const decision = decideTranchePayment(tranche, proof, actor);
    if (decision.outcome === 'refused') throw decision.error;
    // A retry of a payment made is answered as it was, even if its paper was withdrawn since.
    if (decision.outcome === 'pay' && actor.role !== 'system') {
      await this.evidence.check(
        caseId,
        { type: 'pay_tranche', proofDocumentId: dto.proofDocumentId ?? null },
        actor.role,
      );
    }

    if (!entity.workflowStartedAt) await this.starter.ensureStarted(entity);
    try {
      return await this.deadline.run('the tranche payment', () =>
        this.client.workflow.getHandle(entity.workflowId).executeUpdate(payGrantTrancheUpdate, {
          args: [{ trancheId, proof, actor }],
          // The Idempotency-Key is the update id: a retried request gets the same payment, never a second one.
          // Scoped by tranche: a key reused for another tranche is a new payment, never the first one's answer.
          updateId: `pay_grant_tranche:${trancheId}:${key}`,
        }),
      );
    } catch (error) {
      throw toHttpError(error);
    }
  }

  /**
   * The tranches' suppliers named as service providers: each must be an active provider of the case's country, paid
   * in kind. Its name becomes the tranche's `supplier`, so payments and the ledger read it as before.
   */
  private async suppliersOf(dto: CreateGrantDto, country: string) {
    const names: Array<string | undefined> = [];
    const ids: Array<string | null> = [];
    const violations: Array<{ field: string; reason: string }> = [];
    for (const [i, t] of dto.tranches.entries()) {
      const id = t.supplierProviderId;
      ids.push(id ?? null);
      names.push(undefined);
      if (!id) continue;
      const provider = await this.providers.find(id, [country]);
      const field = `tranches.${i}.supplierProviderId`;
      if (t.recipient !== 'supplier') violations.push({ field, reason: 'names a supplier of a payment in kind only' });
      else if (!provider?.active) violations.push({ field, reason: `is not an active service provider in ${country}` });
      else names[i] = provider.name;
    }
    return { names, ids, violations };
  }

  private async replayed(caseId: string, key: string, requestHash: string): Promise<GrantView | null> {
    const existing = await this.grants.findByKey(key);
    if (!existing) return null;
    if (existing.caseId !== caseId || existing.requestHash !== requestHash) {
      throw new DomainError('idempotency_key_reused', 'This Idempotency-Key was already used for a different grant.');
    }
    return toGrantView((await this.grants.findByCase(caseId))!);
  }
}

function toHttpError(error: unknown): unknown {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const type = error.cause.type ?? '';
    if (type.startsWith(REFUSAL_PREFIX)) return new DomainError(type.slice(REFUSAL_PREFIX.length), error.cause.message);
  }
  if (error instanceof WorkflowNotFoundError)
    return new DomainError('case_archived', 'This case is closed and archived; it can no longer change.');
  if (error instanceof WorkflowUpdateFailedError)
    return new ServiceUnavailableException({
      message: 'The payment could not be run; try again with the same Idempotency-Key.',
    });
  return error;
}

function toGrantView({ grant, tranches, payments }: GrantRecord): GrantView {
  const budget = new Map<string, bigint>();
  for (const t of tranches) budget.set(t.currency, (budget.get(t.currency) ?? 0n) + t.amountMinor);
  return {
    id: grant.id,
    caseId: grant.caseId,
    budget: [...budget]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, amount]) => ({ currency, amountMinor: formatMinor(amount) })),
    tranches: tranches.map(toTrancheView),
    payments: payments.map((p) =>
      toPaymentView(
        p,
        tranches.find((t) => t.id === p.trancheId)!,
      ),
    ),
    createdBy: grant.createdBy,
    createdAt: grant.createdAt.toISOString(),
  };
}

function toTrancheView(t: GrantTrancheEntity) {
  return {
    id: t.id,
    number: t.number,
    milestone: t.milestone,
    amountMinor: formatMinor(t.amountMinor),
    currency: t.currency,
    recipient: t.recipient,
    supplier: t.supplier,
    supplierProviderId: t.supplierProviderId ?? null,
    status: t.status,
    releasedAt: t.releasedAt?.toISOString() ?? null,
    paidAt: t.paidAt?.toISOString() ?? null,
    proofReference: t.proofReference,
  };
}

function toPaymentView(p: GrantPaymentEntity, t: GrantTrancheEntity): TranchePaymentResult {
  return {
    trancheId: p.trancheId,
    number: t.number,
    status: t.status,
    amountMinor: formatMinor(p.amountMinor),
    currency: p.currency,
    recipient: p.recipient,
    supplier: p.supplier,
    paymentId: p.id,
    proofReference: p.proofReference,
    proofDocument: p.proofDocument,
    postingKey: p.postingKey,
    paidBy: p.paidBy,
    paidAt: p.paidAt.toISOString(),
  };
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
