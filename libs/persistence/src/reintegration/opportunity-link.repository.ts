import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LinkStep } from '@avrr/domain';
import { OpportunityLinkEntity } from './opportunity-link.entity';
import type { Alongside } from '../alongside';

const UNIQUE_VIOLATION = '23505';

export class DuplicateLinkError extends Error {}

/** Links of returnees to opportunities. Callers check the case's scope first (links live inside a case). */
@Injectable()
export class OpportunityLinkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(
    link: {
      caseId: string;
      personId: string;
      opportunityId: string;
      first: LinkStep;
      by: string;
    },
    alongside?: Alongside,
  ): Promise<OpportunityLinkEntity> {
    try {
      return await this.dataSource.transaction(async (em) => {
        const saved = await em.getRepository(OpportunityLinkEntity).save({
          caseId: link.caseId,
          personId: link.personId,
          opportunityId: link.opportunityId,
          status: link.first.status,
          history: [link.first],
          updatedBy: link.by,
        });
        await alongside?.(em);
        return saved;
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new DuplicateLinkError();
      throw error;
    }
  }

  async findInCase(caseId: string, linkId: string): Promise<OpportunityLinkEntity | null> {
    return this.dataSource.getRepository(OpportunityLinkEntity).findOne({ where: { id: linkId, caseId } });
  }

  async listForCase(caseId: string): Promise<OpportunityLinkEntity[]> {
    return this.dataSource
      .getRepository(OpportunityLinkEntity)
      .find({ where: { caseId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Appends a step if nobody changed the link since it was read; false when somebody did. */
  async appendStep(link: OpportunityLinkEntity, step: LinkStep, by: string, alongside?: Alongside): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const result = await em
        .createQueryBuilder()
        .update(OpportunityLinkEntity)
        .set({ status: step.status, history: [...link.history, step], updatedBy: by, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: link.id, version: link.version })
        .execute();
      if ((result.affected ?? 0) !== 1) return false;
      await alongside?.(em);
      return true;
    });
  }
}
