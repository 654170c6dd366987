import { Injectable } from '@nestjs/common';
import { caseScopeFor, type CaseState, type Principal, type SensitiveCategory } from '@avrr/domain';
import { AuditService } from '../audit/audit.service';
import { CaseRepository } from '@avrr/persistence';
import { caseSummaryFor, waitingForCategoryShown } from '../cases/case-visibility';
import { toCaseSummaryView } from '../cases/case-view.mapper';
import type { WorkItemView, WorkQueueView } from './work-queue.dto';
import { compareWork, itineraryOf, nextActorOf, urgencyOf } from './work-queue.rules';

/** How many open cases of the caller's scope one queue looks at, earliest due first. */
const QUEUE_WINDOW = 500;
const DAY_MS = 86_400_000;

/** "My work": the open cases in the caller's scope whose next step is their role's, computed from the read model. */
@Injectable()
export class WorkQueueService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly audit: AuditService,
  ) {}

  async forPrincipal(reader: Principal, soonDays: number, now = new Date()): Promise<WorkQueueView> {
    const rows = await this.cases.listOpenWithPrincipalNames(caseScopeFor(reader), QUEUE_WINDOW);
    const mine = rows.filter(({ entity }) => nextActorOf(entity) === reader.role);
    await this.logSensitiveRead(reader, mine.map(({ entity }) => entity));
    const items: WorkItemView[] = mine
      .map(({ entity, principalName }) => {
        // The same pseudonymisation and flag hiding as the case list (docs/ACCESS.md).
        const summary = caseSummaryFor(toCaseSummaryView(entity, principalName), reader, principalShares(entity.state), entity.state);
        return {
          caseId: entity.id,
          reference: entity.reference,
          principalName: summary.principalName,
          stage: entity.stage,
          // In words the role may read, with the code (the query and the next actor still use the projected sentence).
          waitingFor: summary.waitingFor,
          waitingReason: summary.waitingReason ?? null,
          dueAt: entity.dueAt?.toISOString() ?? null,
          urgency: urgencyOf(entity.dueAt, now, soonDays * DAY_MS),
          ...(summary.onProtectionHold === undefined ? {} : { onProtectionHold: summary.onProtectionHold }),
          hostOffice: entity.hostOffice,
          countryOfReturn: entity.countryOfReturn,
          householdSize: entity.householdSize,
          itinerary: itineraryOf(entity.state),
        };
      })
      .sort(compareWork);
    return {
      role: reader.role,
      generatedAt: now.toISOString(),
      soonDays,
      counts: {
        total: items.length,
        overdue: items.filter((i) => i.urgency === 'overdue').length,
        dueSoon: items.filter((i) => i.urgency === 'due_soon').length,
      },
      items,
    };
  }

  /** A queue whose "waits for" names a sensitive gate (a trafficking risk assessment) is a sensitive read, like a case's. */
  private async logSensitiveRead(reader: Principal, entities: Array<{ id: string; waitingFor: string | null; state: Record<string, unknown> | null }>): Promise<void> {
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
