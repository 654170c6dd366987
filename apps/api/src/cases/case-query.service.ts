import { ForbiddenException, Injectable } from '@nestjs/common';
import {
  type CaseState,
  caseScopeFor,
  DomainError,
  type Principal,
  type SensitiveCategory,
  VULNERABILITY_CATEGORY,
  visibleCategories,
} from '@avrr/domain';
import {
  CaseListCursor,
  type CaseRecord,
  CaseRepository,
  CaseScope,
  type CaseSummaryRecord,
  TimelineRepository,
} from '@avrr/persistence';
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
    const found = await this.cases.readById(id, caseScopeFor(reader));
    if (!found) throw notFound(id);
    const { view, sensitiveRead } = caseViewFor(toCaseView(found), reader);
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
      entity.state,
    );
    await this.logSensitiveRead(reader, id, 'timeline', sensitiveRead);
    return view;
  }

  /** Every look at trafficking, health, asylum or protection details leaves an audit entry naming what was seen. */
  private async logSensitiveRead(
    reader: Principal,
    caseId: string,
    what: string,
    categories: SensitiveCategory[],
  ): Promise<void> {
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

  /**
   * The case for a command on it (an action, a document, a transfer, a reassignment): the same prepared read as the
   * case page. Every action starts here, and TypeORM's joined query cost the API and PostgreSQL more (it was planned
   * again on every call, and its rows hydrated person by person and document by document).
   */
  async load(id: string, scope: CaseScope): Promise<CaseRecord> {
    const found = await this.cases.readById(id, scope);
    if (!found) throw notFound(id);
    return found;
  }

  /** Like `load`, for a change: a closed case takes none until it is reopened, an anonymised one never again. */
  async loadOpen(id: string, scope: CaseScope): Promise<CaseRecord> {
    const found = await this.load(id, scope);
    if (found.anonymisedAt)
      throw new DomainError(
        'case_anonymised',
        'This case was anonymised under the retention rules; it can no longer change.',
      );
    if (found.stage === 'closed') throw new DomainError('case_closed', 'The case is closed; reopen it first.');
    return found;
  }

  async list(query: ListCasesQuery, reader: Principal): Promise<CaseListView> {
    await this.refuseHiddenFilter(query, reader);
    const page = await this.cases.listSummaries(
      caseScopeFor(reader),
      {
        stage: query.stage,
        countryOfReturn: query.countryOfReturn,
        hostOffice: query.hostOffice,
        partnerOrganisationId: query.partnerOrganisationId,
        vulnerability: query.vulnerability,
        text: query.q,
        // A name search would tell a partner that someone who did not consent to share is in a case bound for them.
        textInReferenceOnly: reader.role === 'partner_focal_point',
      },
      query.limit,
      query.cursor ? decodeCursor(query.cursor) : undefined,
    );
    const items = page.items.map(({ summary, principalName }) =>
      caseSummaryFor(toCaseSummaryView(summary, principalName), reader, principalSharesData(summary), summary.state),
    );
    await this.logSensitiveListRead(reader, query, items);
    return { items, nextCursor: page.next ? encodeCursor(page.next) : null };
  }

  /**
   * A filter on a flag of a category the role may not see would tell, by the cases it returns, who holds that flag:
   * it is refused (403) and the refusal audited, rather than quietly applied or ignored.
   */
  private async refuseHiddenFilter(query: ListCasesQuery, reader: Principal): Promise<void> {
    const category = query.vulnerability ? VULNERABILITY_CATEGORY[query.vulnerability] : undefined;
    if (!category || visibleCategories(reader.role).has(category)) return;
    await this.audit.record({
      actorId: reader.userId,
      actorRole: reader.role,
      action: 'read_sensitive',
      outcome: 'denied',
      subject: 'case_list',
      changes: [{ path: 'filter.vulnerability', after: query.vulnerability }],
    });
    throw new ForbiddenException({
      code: 'filter_not_allowed',
      message: `vulnerability: your role may not filter on ${query.vulnerability}, which is ${category} information.`,
    });
  }

  /** A list that shows, or was filtered on, a sensitive flag is a sensitive read like a case's: it names the cases. */
  private async logSensitiveListRead(
    reader: Principal,
    query: ListCasesQuery,
    items: CaseListView['items'],
  ): Promise<void> {
    const filtered = query.vulnerability ? VULNERABILITY_CATEGORY[query.vulnerability] : undefined;
    const categories = new Set<SensitiveCategory>(filtered ? [filtered] : []);
    const cases: string[] = [];
    for (const item of items) {
      const shown = item.vulnerabilities
        .map((v) => VULNERABILITY_CATEGORY[v])
        .filter((c): c is SensitiveCategory => c !== undefined);
      shown.forEach((c) => categories.add(c));
      if (shown.length > 0 || filtered) cases.push(item.id);
    }
    if (categories.size === 0) return;
    await this.audit.record({
      actorId: reader.userId,
      actorRole: reader.role,
      action: 'read_sensitive',
      outcome: 'ok',
      subject: 'case_list',
      changes: [
        { path: 'categories', after: [...categories].sort() },
        ...(query.vulnerability ? [{ path: 'filter.vulnerability', after: query.vulnerability }] : []),
        { path: 'cases', after: cases },
      ],
    });
  }
}

// Out of scope reads as absent: a caller learns nothing about cases they may not see.
function notFound(id: string): DomainError {
  return new DomainError('case_not_found', `No case ${id} that you can see.`);
}

function everyoneSharesData(entity: CaseRecord): boolean {
  const state = entity.state as unknown as CaseState | null;
  return Boolean(state && state.people.every((p) => state.dataSharingConsent[p.id]));
}

function principalSharesData(summary: CaseSummaryRecord): boolean {
  const state = summary.state as unknown as CaseState | null;
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
    if (typeof createdAt !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(createdAt))
      throw new Error('date');
    if (Number.isNaN(Date.parse(createdAt)) || new Date(createdAt).toISOString() !== createdAt) throw new Error('date');
    if (typeof id !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id))
      throw new Error('id');
    return { createdAt, id };
  } catch {
    throw new RequestValidationError([{ field: 'cursor', reason: 'is not a cursor this service issued' }]);
  }
}
