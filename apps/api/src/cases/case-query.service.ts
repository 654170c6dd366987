import { Injectable } from '@nestjs/common';
import { DomainError } from '@avrr/domain';
import { CaseListCursor, CaseRepository, CaseScope, ReturnCaseEntity } from '@avrr/persistence';
import { RequestValidationError } from '../common/request-validation.error';
import { toCaseSummaryView, toCaseView } from './case-view.mapper';
import { CaseListView, CaseView } from './dto/case.response';
import { ListCasesQuery } from './dto/list-cases.query';

/** Reads cases from the read model; never from the workflow. */
@Injectable()
export class CaseQueryService {
  constructor(private readonly cases: CaseRepository) {}

  async get(id: string, scope: CaseScope): Promise<CaseView> {
    return toCaseView(await this.load(id, scope));
  }

  async load(id: string, scope: CaseScope): Promise<ReturnCaseEntity> {
    const found = await this.cases.findById(id, scope);
    // Out of scope reads as absent: a caller learns nothing about cases they may not see.
    if (!found) throw new DomainError('case_not_found', `No case ${id} that you can see.`);
    return found;
  }

  async list(query: ListCasesQuery, scope: CaseScope): Promise<CaseListView> {
    const page = await this.cases.listWithPrincipalNames(
      scope,
      {
        stage: query.stage,
        countryOfReturn: query.countryOfReturn,
        hostOffice: query.hostOffice,
        vulnerability: query.vulnerability,
        text: query.q,
      },
      query.limit,
      query.cursor ? decodeCursor(query.cursor) : undefined,
    );
    return {
      items: page.items.map(({ entity, principalName }) => toCaseSummaryView(entity, principalName)),
      nextCursor: page.next ? encodeCursor(page.next) : null,
    };
  }
}

function encodeCursor(cursor: CaseListCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

function decodeCursor(raw: string): CaseListCursor {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    // Only what encodeCursor writes: an ISO timestamp from Date#toISOString and a UUID.
    if (!Array.isArray(decoded) || decoded.length !== 2) throw new Error('shape');
    const [createdAt, id] = decoded as unknown[];
    if (typeof createdAt !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(createdAt)) throw new Error('date');
    if (Number.isNaN(Date.parse(createdAt)) || new Date(createdAt).toISOString() !== createdAt) throw new Error('date');
    if (typeof id !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) throw new Error('id');
    return { createdAt, id };
  } catch {
    throw new RequestValidationError([{ field: 'cursor', reason: 'is not a cursor this service issued' }]);
  }
}
