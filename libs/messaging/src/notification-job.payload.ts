import { IsEmail, IsIn, IsNotEmpty, IsObject, IsString, IsUUID, MaxLength } from 'class-validator';
import { NOTIFICATION_TEMPLATES, NotificationTemplate } from './notification-templates';
import type { NotificationJob } from './notification-job';

/** A job payload as the processor checks it: a queue is an edge too. */
export class NotificationJobPayload implements NotificationJob {
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  key: string;

  @IsUUID()
  caseId: string;

  @IsEmail()
  to: string;

  @IsIn(NOTIFICATION_TEMPLATES)
  template: NotificationTemplate;

  @IsObject()
  data: Record<string, string>;
}
