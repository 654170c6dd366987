import {
  ArrayNotEmpty,
  IsArray,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import type { AlertAudience } from '@avrr/domain';
import { NOTIFICATION_TEMPLATES, NotificationTemplate } from './notification-templates';
import type { NotificationJob } from './notification-job';

const AUDIENCES: AlertAudience[] = ['counsellor', 'logistics_officer', 'partner_focal_point', 'supervisor'];

/** A job payload as the processor checks it: a queue is an edge too. */
export class NotificationJobPayload implements NotificationJob {
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  key: string;

  @IsUUID()
  caseId: string;

  @IsIn(NOTIFICATION_TEMPLATES)
  template: NotificationTemplate;

  @IsObject()
  data: Record<string, string>;

  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @IsIn(AUDIENCES, { each: true })
  audience?: AlertAudience[];

  @IsOptional()
  @IsUUID()
  userId?: string;

  @IsOptional()
  @IsEmail()
  to?: string;
}
