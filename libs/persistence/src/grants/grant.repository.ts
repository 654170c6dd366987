import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  type Actor,
  type CurrencyCode,
  decideTranchePayment,
  DomainError,
  type GrantAmount,
  grantAllocatedPosting,
  isCurrencyCode,
  type ProofOfPayment,
  tranchePaidPosting,
  tranchePaidPostingKey,
  trancheReleasedPosting,
  tranchesReleasedBy,
  type TrancheSchedule,
} from '@avrr/domain';
import { AuditTrailRepository } from '../access/audit-trail.repository';
import { LedgerRepository } from '../ledger/ledger.repository';
import { GrantPaymentEntity, GrantTrancheEntity, ReintegrationGrantEntity } from './grant.entities';

const UNIQUE_VIOLATION = '23505';

export interface GrantRecord {
  grant: ReintegrationGrantEntity;
  tranches: GrantTrancheEntity[];
  payments: GrantPaymentEntity[];
}

/**
 * Reintegration grants, their tranches and payments, and the ledger postings that go with each step, written in
 * the same transaction as the step. Callers check the case's scope first. Tranche rows are locked FOR NO KEY UPDATE:
 * steps on one tranche run one after the other, and a row that only references the tranche is never blocked.
 */
@Injectable()
export class GrantRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerRepository,
    private readonly trail: AuditTrailRepository,
  ) {}

  async findByCase(caseId: string): Promise<GrantRecord | null> {
    const grant = await this.dataSource.getRepository(ReintegrationGrantEntity).findOne({ where: { caseId } });
    if (!grant) return null;
    const tranches = await this.dataSource
      .getRepository(GrantTrancheEntity)
      .find({ where: { grantId: grant.id }, order: { number: 'ASC' } });
    const payments = await this.dataSource
      .getRepository(GrantPaymentEntity)
      .find({ where: { caseId }, order: { paidAt: 'ASC', id: 'ASC' } });
    return { grant, tranches, payments };
  }

  async findByKey(idempotencyKey: string): Promise<ReintegrationGrantEntity | null> {
    return this.dataSource.getRepository(ReintegrationGrantEntity).findOne({ where: { idempotencyKey } });
  }

  /**
   * Creates the grant with its tranches and posts its allocation, in one transaction; tranches whose milestone is
   * already recorded are released at once. Returns null when the case already has a grant (or the key is taken).
   */
  async create(input: {
    caseId: string;
    idempotencyKey: string;
    requestHash: string;
    createdBy: string;
    budget: GrantAmount[];
    tranches: TrancheSchedule[];
    /** Per tranche, the service provider its supplier names (null: free text). */
    supplierProviderIds?: Array<string | null>;
    milestonesRecorded: string[];
  }): Promise<ReintegrationGrantEntity | null> {
    try {
      return await this.dataSource.transaction(async (em) => {
        // The case row's lock orders this with a milestone's release (which takes it too), and the milestones read
        // under it include one recorded while the grant was being set up: no tranche is left waiting for nothing.
        const recorded = await this.lockCaseMilestones(em, input.caseId);
        const grant = await em.getRepository(ReintegrationGrantEntity).save(
          em.getRepository(ReintegrationGrantEntity).create({
            caseId: input.caseId,
            idempotencyKey: input.idempotencyKey,
            requestHash: input.requestHash,
            createdBy: input.createdBy,
          }),
        );
        await em.getRepository(GrantTrancheEntity).save(
          input.tranches.map((t, i) =>
            em.getRepository(GrantTrancheEntity).create({
              grantId: grant.id,
              caseId: input.caseId,
              number: i + 1,
              milestone: t.milestone,
              amountMinor: t.amountMinor,
              currency: t.currency,
              recipient: t.recipient,
              supplier: t.recipient === 'supplier' ? t.supplier!.trim() : null,
              supplierProviderId: t.recipient === 'supplier' ? (input.supplierProviderIds?.[i] ?? null) : null,
              status: 'waiting',
              releasedAt: null,
              paidAt: null,
              proofReference: null,
            }),
          ),
        );
        await this.ledger.post(
          grantAllocatedPosting({ caseId: input.caseId, grantId: grant.id, budget: input.budget }),
          em,
        );
        await this.releaseIn(em, input.caseId, [...new Set([...input.milestonesRecorded, ...recorded])]);
        return grant;
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return null;
      throw error;
    }
  }

  /** Releases the case's waiting tranches that these milestones release, each posted once. Idempotent. */
  async release(caseId: string, milestones: string[]): Promise<GrantTrancheEntity[]> {
    return this.dataSource.transaction(async (em) => {
      await this.lockCaseMilestones(em, caseId);
      return this.releaseIn(em, caseId, milestones);
    });
  }

  /** Locks the case's read-model row and returns the milestone kinds its projected state holds. */
  private async lockCaseMilestones(em: EntityManager, caseId: string): Promise<string[]> {
    const [row] = (await em.query(
      `SELECT state->'milestones' AS milestones FROM return_case WHERE id = $1 FOR UPDATE`,
      [caseId],
    )) as Array<{
      milestones: Array<{ kind: string }> | null;
    }>;
    return (row?.milestones ?? []).map((m) => m.kind);
  }

  /**
   * The money of a payment leaves: grant-in-transit → grant-paid-out, posted under the tranche's key. The tranche
   * stays released until `confirmPayment` records the payment; a retry of this step finds its posting (a replay).
   */
  async postPayment(
    caseId: string,
    trancheId: string,
    proof: ProofOfPayment,
    actor: Pick<Actor, 'role'>,
  ): Promise<GrantTrancheEntity> {
    return this.dataSource.transaction(async (em) => {
      const tranche = await this.lockTranche(em, caseId, trancheId);
      const decision = decideTranchePayment(tranche, proof, actor);
      if (decision.outcome === 'refused') throw decision.error;
      const postingKey = tranchePaidPostingKey(trancheId);
      const posted = decision.outcome === 'pay' ? await this.ledger.post(paidPosting(tranche, proof), em) : null;
      // Posted by an earlier attempt of this step (a replay): audited then, not again.
      if (posted && !posted.replayed) {
        await this.trail.appendForWorkflow(em, {
          action: 'ledger.post',
          caseId,
          subject: `ledger_posting:${postingKey}`,
          changes: [
            { path: 'amountMinor', after: tranche.amountMinor.toString() },
            { path: 'currency', after: tranche.currency },
          ],
        });
      }
      return tranche;
    });
  }

  /**
   * The payment is recorded with its proof, once: the posting must be there (a payment is never recorded without
   * the money), the tranche becomes paid and the payment row is unique per tranche.
   */
  async confirmPayment(
    caseId: string,
    trancheId: string,
    proof: ProofOfPayment,
    actor: Actor,
  ): Promise<{ tranche: GrantTrancheEntity; payment: GrantPaymentEntity }> {
    return this.dataSource.transaction(async (em) => {
      const tranche = await this.lockTranche(em, caseId, trancheId);
      const decision = decideTranchePayment(tranche, proof, actor);
      if (decision.outcome === 'refused') throw decision.error;
      const payments = em.getRepository(GrantPaymentEntity);
      if (decision.outcome === 'already_paid')
        return { tranche, payment: (await payments.findOneByOrFail({ trancheId }))! };

      const postingKey = tranchePaidPostingKey(trancheId);
      const posting = await this.ledger.findByIdempotencyKey(postingKey, em);
      if (!posting) throw new Error(`tranche ${trancheId} has no payment posting yet; post it before confirming`);
      await em.query(
        `INSERT INTO grant_payment (tranche_id, case_id, amount_minor, currency, recipient, supplier, proof_reference, proof_document, posting_key, paid_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (tranche_id) DO NOTHING`,
        [
          trancheId,
          caseId,
          tranche.amountMinor.toString(),
          tranche.currency,
          tranche.recipient,
          tranche.supplier,
          proof.reference.trim(),
          proof.document,
          postingKey,
          actor.name,
        ],
      );
      const payment = await payments.findOneByOrFail({ trancheId });
      const before = tranche.status;
      tranche.status = 'paid';
      tranche.paidAt = payment.paidAt;
      tranche.proofReference = payment.proofReference;
      await this.trail.appendForWorkflow(em, {
        action: 'grant.pay',
        caseId,
        subject: `grant_tranche:${trancheId}`,
        changes: [
          { path: 'status', before, after: 'paid' },
          { path: 'payment', after: payment.id },
        ],
      });
      return { tranche: await em.getRepository(GrantTrancheEntity).save(tranche), payment };
    });
  }

  private async lockTranche(em: EntityManager, caseId: string, trancheId: string): Promise<GrantTrancheEntity> {
    const tranche = await em
      .getRepository(GrantTrancheEntity)
      .findOne({ where: { id: trancheId, caseId }, lock: { mode: 'for_no_key_update' } });
    if (!tranche) throw new DomainError('tranche_not_found', `No grant tranche ${trancheId} on this case.`);
    return tranche;
  }

  private async releaseIn(em: EntityManager, caseId: string, milestones: string[]): Promise<GrantTrancheEntity[]> {
    const tranches = await em
      .getRepository(GrantTrancheEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.caseId = :caseId', { caseId })
      .orderBy('t.number', 'ASC')
      .getMany();
    const released: GrantTrancheEntity[] = [];
    for (const tranche of tranchesReleasedBy(tranches, milestones)) {
      await this.ledger.post(
        trancheReleasedPosting({
          caseId,
          trancheId: tranche.id,
          number: tranche.number,
          milestone: tranche.milestone,
          amountMinor: tranche.amountMinor,
          currency: currency(tranche.currency),
        }),
        em,
      );
      const before = tranche.status;
      tranche.status = 'released';
      tranche.releasedAt = new Date();
      released.push(await em.getRepository(GrantTrancheEntity).save(tranche));
      await this.trail.appendForWorkflow(em, {
        action: 'grant.release',
        caseId,
        subject: `grant_tranche:${tranche.id}`,
        changes: [
          { path: 'status', before, after: 'released' },
          { path: 'milestone', after: tranche.milestone },
          { path: 'amountMinor', after: tranche.amountMinor.toString() },
        ],
      });
    }
    return released;
  }
}

function paidPosting(tranche: GrantTrancheEntity, proof: ProofOfPayment) {
  return tranchePaidPosting({
    caseId: tranche.caseId,
    trancheId: tranche.id,
    number: tranche.number,
    amountMinor: tranche.amountMinor,
    currency: currency(tranche.currency),
    recipient: tranche.recipient,
    supplier: tranche.supplier,
    proofReference: proof.reference,
  });
}

function currency(code: string): CurrencyCode {
  if (!isCurrencyCode(code)) throw new Error(`stored currency ${code} is not in CURRENCY_EXPONENTS`);
  return code;
}
