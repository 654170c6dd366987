import type { CaseStage } from '@avrr/domain';
import type { NotificationTemplate } from '@avrr/messaging/notification-templates';

/** A timeline entry and the read-model change that goes with it, written in one transaction. */
export interface RecordCaseEventInput {
  caseId: string;
  /** Unique per case: the update id of a human action, or a fixed key for a system step. */
  eventKey: string;
  type: string;
  actor: string;
  actorRole: string;
  occurredAt: string;
  details: Record<string, unknown>;
  readModel?: { stage?: CaseStage; waitingFor?: string | null; dueAt?: string | null };
}

export interface SendNotificationInput {
  /** Deduplication key: the same key is sent at most once. */
  key: string;
  caseId: string;
  to: string;
  template: NotificationTemplate;
  data: Record<string, string>;
}

/** Implemented by apps/worker; workflows see only this interface, through `import type`. */
export interface CaseActivities {
  recordCaseEvent(input: RecordCaseEventInput): Promise<void>;
  sendNotification(input: SendNotificationInput): Promise<void>;
}
