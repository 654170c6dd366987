import { Injectable } from '@nestjs/common';
import { NotificationOutbox } from '@avrr/messaging';
import { TimelineRepository } from '@avrr/persistence';
import type { CaseActivities, RecordCaseEventInput, SendNotificationInput } from '@avrr/workflows';

/** The case workflow's activities: thin, idempotent writes keyed by what the workflow passes in. */
@Injectable()
export class CaseActivitiesService implements CaseActivities {
  constructor(
    private readonly timeline: TimelineRepository,
    private readonly outbox: NotificationOutbox,
  ) {}

  async recordCaseEvent(input: RecordCaseEventInput): Promise<void> {
    const { readModel, occurredAt, ...event } = input;
    await this.timeline.record(
      { ...event, occurredAt: new Date(occurredAt) },
      readModel && {
        stage: readModel.stage,
        waitingFor: readModel.waitingFor,
        dueAt: readModel.dueAt === undefined ? undefined : readModel.dueAt === null ? null : new Date(readModel.dueAt),
      },
    );
  }

  async sendNotification(input: SendNotificationInput): Promise<void> {
    await this.outbox.enqueue(input);
  }

  /** Plain functions for the Temporal worker, bound to this instance. */
  toActivities(): CaseActivities {
    return {
      recordCaseEvent: this.recordCaseEvent.bind(this),
      sendNotification: this.sendNotification.bind(this),
    };
  }
}
