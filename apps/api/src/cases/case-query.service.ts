import { Injectable } from '@nestjs/common';
import { type CaseState, caseScopeFor, DomainError, type Principal, type SensitiveCategory } from '@avrr/domain';
import { CaseListCursor, CaseRepository, CaseScope, ReturnCaseEntity, TimelineRepository } from '@avrr/persistence';
import { AuditService } from '../audit/audit.service';
import { RequestValidationError } from '../common/request-validation.error';
import { caseSummaryFor, caseViewFor, timelineFor } from './case-visibility';
import { toCaseSummaryView, toCaseView } from './case-view.mapper';
import { CaseListView, CaseView } from './dto/case.response';
import { ListCasesQuery } from './dto/list-cases.query';
import { TimelineEventView } from './dto/timeline.response';

/** Reads cases from the read model, never from the workflow, shaped for the reader (see case-visibility). */
@Injectable()
export class CaseQueryService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly timeline: TimelineRepository,
    private readonly audit: AuditService,
  ) {}

  async get(id: string, reader: Principal): Promise<CaseView> {
    const { view, sensitiveRead } = caseViewFor(toCaseView(await this.load(id, caseScopeFor(reader))), reader);
    await this.logSensitiveRead(reader, id, 'case', sensitiveRead);
    return view;
  }

  async getTimeline(id: string, reader: Principal): Promise<TimelineEventView[]> {
    const entity = await this.load(id, caseScopeFor(reader));
    const events = await this.timeline.listForCase(id);
    const { view, sensitiveRead } = timelineFor(
      events.map((e) => ({
        type: e.type,
        actor: e.actor,
        actorRole: e.actorRole,
        occurredAt: e.occurredAt.toISOString(),
        eventKey: e.eventKey,
        details: e.details,
      })),
      reader,
      everyoneSharesData(entity),
    );
    await this.logSensitiveRead(reader, id, 'timeline', sensitiveRead);
    return view;
  }

  /** Every look at trafficking, health, asylum or protection details leaves an audit entry naming what was seen. */
  private async logSensitiveRead(reader: Principal, caseId: string, what: string, categories: SensitiveCategory[]): Promise<void> {
    if (categories.length === 0) return;
    await this.audit.record({
      actorId: reader.userId,
      actorRole: reader.role,
      action: 'read_sensitive',
      outcome: 'ok',
      caseId,
      subject: what,
      changes: [{ path: 'categories', after: categories }],
    });
  }

  async load(id: string, scope: CaseScope): Promise<ReturnCaseEntity> {
    const found = await this.cases.findById(id, scope);
    // Out of scope reads as absent: a caller learns nothing about cases they may not see.
    if (!found) throw new DomainError('case_not_found', `No case ${id} that you can see.`);
    return found;
  }

  /** Like `load`, for a change: a closed case takes none until it is reopened, an anonymised one never again. */
  async loadOpen(id: string, scope: CaseScope): Promise<ReturnCaseEntity> {
    const found = await this.load(id, scope);
    if (found.anonymisedAt) throw new DomainError('case_anonymised', 'This case was anonymised under the retention rules; it can no longer change.');
    if (found.stage === 'closed') throw new DomainError('case_closed', 'The case is closed; reopen it first.');
    return found;
  }

  async list(query: ListCasesQuery, reader: Principal): Promise<CaseListView> {
    const page = await this.cases.listWithPrincipalNames(
      caseScopeFor(reader),
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
      items: page.items.map(({ entity, principalName }) =>
        caseSummaryFor(toCaseSummaryView(entity, principalName), reader, principalSharesData(entity)),
      ),
      nextCursor: page.next ? encodeCursor(page.next) : null,
    };
  }
}

function everyoneSharesData(entity: ReturnCaseEntity): boolean {
  const state = entity.state as unknown as CaseState | null;
  return Boolean(state && state.people.every((p) => state.dataSharingConsent[p.id]));
}

function principalSharesData(entity: ReturnCaseEntity): boolean {
  const state = entity.state as unknown as CaseState | null;
  const principal = state?.people.find((p) => p.isPrincipal);
  return Boolean(principal && state?.dataSharingConsent[principal.id]);
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
