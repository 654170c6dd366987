import { Injectable } from '@nestjs/common';
import { caseScopeFor, type CaseState, type Principal, type SensitiveCategory } from '@avrr/domain';
import { WorkQueueRepository, type WorkQueueCursor } from '@avrr/persistence';
import { AuditService } from '../audit/audit.service';
import { caseSummaryFor, waitingForCategoryShown } from '../cases/case-visibility';
import { toCaseSummaryView } from '../cases/case-view.mapper';
import { RequestValidationError } from '../common/request-validation.error';
import type { WorkItemView, WorkQueueView } from './work-queue.dto';
import { itineraryOf, urgencyOf } from './work-queue.rules';

const DAY_MS = 86_400_000;

/**
 * "My work": the cases in the caller's scope whose next step is their role's. The read model keeps whose move it is
 * (`next_actor`, written by the projection), so this is one indexed query with keyset paging, and SQL counts.
 */
@Injectable()
export class WorkQueueService {
  constructor(
    private readonly queue: WorkQueueRepository,
    private readonly audit: AuditService,
  ) {}

  async forPrincipal(
    reader: Principal,
    soonDays: number,
    limit = 100,
    cursor?: string,
    now = new Date(),
  ): Promise<WorkQueueView> {
    const soonMs = soonDays * DAY_MS;
    const page = await this.queue.page(
      caseScopeFor(reader),
      reader.role,
      now,
      soonMs,
      limit,
      cursor ? decodeCursor(cursor) : undefined,
    );
    await this.logSensitiveRead(
      reader,
      page.items.map(({ entity }) => entity),
    );
    const items: WorkItemView[] = page.items.map(({ entity, principalName }) => {
      // The same pseudonymisation and flag hiding as the case list (docs/ACCESS.md).
      const summary = caseSummaryFor(
        toCaseSummaryView(entity, principalName),
        reader,
        principalShares(entity.state),
        entity.state,
      );
      return {
        caseId: entity.id,
        reference: entity.reference,
        principalName: summary.principalName,
        stage: entity.stage,
        // In words the role may read, with the code (the query and the next actor still use the projected sentence).
        waitingFor: summary.waitingFor,
        waitingReason: summary.waitingReason ?? null,
        dueAt: entity.dueAt?.toISOString() ?? null,
        urgency: urgencyOf(entity.dueAt, now, soonMs),
        ...(summary.onProtectionHold === undefined ? {} : { onProtectionHold: summary.onProtectionHold }),
        hostOffice: entity.hostOffice,
        countryOfReturn: entity.countryOfReturn,
        householdSize: entity.householdSize,
        itinerary: itineraryOf(entity.state),
      };
    });
    return {
      role: reader.role,
      generatedAt: now.toISOString(),
      soonDays,
      counts: page.counts,
      items,
      nextCursor: page.next ? encodeCursor(page.next) : null,
    };
  }

  /** A queue whose "waits for" names a sensitive gate (a trafficking risk assessment) is a sensitive read, like a case's. */
  private async logSensitiveRead(
    reader: Principal,
    entities: Array<{ id: string; waitingFor: string | null; state: Record<string, unknown> | null }>,
  ): Promise<void> {
    const categories = new Set<SensitiveCategory>();
    const cases: string[] = [];
    for (const entity of entities) {
      const category = waitingForCategoryShown(entity.waitingFor, entity.state, reader);
      if (!category) continue;
      categories.add(category);
      cases.push(entity.id);
    }
    if (categories.size === 0) return;
    await this.audit.record({
      actorId: reader.userId,
      actorRole: reader.role,
      action: 'read_sensitive',
      outcome: 'ok',
      subject: 'work_queue',
      changes: [
        { path: 'categories', after: [...categories].sort() },
        { path: 'cases', after: cases },
      ],
    });
  }
}

function principalShares(raw: Record<string, unknown> | null): boolean {
  const state = raw as unknown as CaseState | null;
  const principal = state?.people?.find((p) => p.isPrincipal);
  return Boolean(principal && state?.dataSharingConsent?.[principal.id]);
}

const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function encodeCursor(cursor: WorkQueueCursor): string {
  return Buffer.from(JSON.stringify([cursor.due, cursor.createdAt, cursor.id])).toString('base64url');
}

function decodeCursor(raw: string): WorkQueueCursor {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    // Only what encodeCursor writes: PostgreSQL's UTC timestamps to the microsecond ('infinity' when undated), a UUID.
    if (!Array.isArray(decoded) || decoded.length !== 3) throw new Error('shape');
    const [due, createdAt, id] = decoded as unknown[];
    if (typeof due !== 'string' || (due !== 'infinity' && !STAMP.test(due))) throw new Error('due');
    if (typeof createdAt !== 'string' || !STAMP.test(createdAt) || typeof id !== 'string' || !UUID.test(id))
      throw new Error('key');
    return { due, createdAt, id };
  } catch {
    throw new RequestValidationError([{ field: 'cursor', reason: 'is not a cursor this service issued' }]);
  }
}
