import { Injectable } from '@nestjs/common';
import { caseScopeFor, type CaseState, type Principal } from '@avrr/domain';
import { CaseRepository } from '@avrr/persistence';
import { caseSummaryFor } from '../cases/case-visibility';
import { toCaseSummaryView } from '../cases/case-view.mapper';
import type { WorkItemView, WorkQueueView } from './work-queue.dto';
import { compareWork, itineraryOf, nextActorOf, urgencyOf } from './work-queue.rules';

/** How many open cases of the caller's scope one queue looks at, earliest due first. */
const QUEUE_WINDOW = 500;
const DAY_MS = 86_400_000;

/** "My work": the open cases in the caller's scope whose next step is their role's, computed from the read model. */
@Injectable()
export class WorkQueueService {
  constructor(private readonly cases: CaseRepository) {}

  async forPrincipal(reader: Principal, soonDays: number, now = new Date()): Promise<WorkQueueView> {
    const rows = await this.cases.listOpenWithPrincipalNames(caseScopeFor(reader), QUEUE_WINDOW);
    const items: WorkItemView[] = rows
      .filter(({ entity }) => nextActorOf(entity) === reader.role)
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
}

function principalShares(raw: Record<string, unknown> | null): boolean {
  const state = raw as unknown as CaseState | null;
  const principal = state?.people?.find((p) => p.isPrincipal);
  return Boolean(principal && state?.dataSharingConsent?.[principal.id]);
}
