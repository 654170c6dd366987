import type { NotificationTemplate } from './notification-templates';

export const NOTIFICATION_QUEUE = 'notifications';
/** Jobs that used every attempt land here, to be looked at and retried by a person. */
export const NOTIFICATION_DEAD_LETTER_QUEUE = 'notifications-dead-letter';

export interface NotificationJob {
  key: string;
  caseId: string;
  to: string;
  template: NotificationTemplate;
  data: Record<string, string>;
}

export interface DeadLetterJob extends NotificationJob {
  failedReason: string;
  attemptsMade: number;
  failedAt: string;
}
