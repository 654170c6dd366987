import type { AlertAudience } from '@avrr/domain';
import type { NotificationTemplate } from './notification-templates';

export const NOTIFICATION_QUEUE = 'notifications';
/** Jobs that used every attempt land here, to be looked at and retried by a person. */
export const NOTIFICATION_DEAD_LETTER_QUEUE = 'notifications-dead-letter';

/**
 * A notification to send. With `audience`, the worker finds the people it concerns when it processes the job and
 * queues one job per person (`userId`); with `to` only, it goes to that address (the configured fallback, when no
 * account matches).
 */
export interface NotificationJob {
  key: string;
  caseId: string;
  template: NotificationTemplate;
  data: Record<string, string>;
  audience?: AlertAudience[];
  userId?: string;
  to?: string;
}

export interface DeadLetterJob extends NotificationJob {
  failedReason: string;
  attemptsMade: number;
  failedAt: string;
}
