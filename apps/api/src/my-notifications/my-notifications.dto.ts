import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, ValidateNested } from 'class-validator';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  NOTIFICATION_LANGUAGES,
  type NotificationChannel,
  type NotificationKind,
  type NotificationLanguage,
} from '@avrr/domain';
import { PageQuery } from '../common/page.query';

/** The inbox pages like every list (newest first). */
export class InboxQuery extends PageQuery {}

export class InboxItemView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: NotificationKind;
  @ApiProperty({ nullable: true, type: String, description: 'The case it is about (null once the case is gone).' })
  caseId: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: "The notification's words, rendered by the catalogue in the reader's language.",
  })
  data: Record<string, string>;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) readAt: string | null;
}

export class InboxView {
  @ApiProperty({ description: 'Unread notifications, on all pages.' }) unread: number;
  @ApiProperty({ type: [InboxItemView], description: 'Newest first.' }) items: InboxItemView[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last.' })
  nextCursor: string | null;
}

export class MarkedReadView {
  @ApiProperty({ description: 'How many notifications this marked read.' }) marked: number;
  @ApiProperty({ description: 'Unread notifications left.' }) unread: number;
}

export class ChannelChoiceDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS })
  @IsIn(NOTIFICATION_KINDS)
  kind: NotificationKind;

  @ApiProperty({ enum: NOTIFICATION_CHANNELS })
  @IsIn(NOTIFICATION_CHANNELS)
  channel: NotificationChannel;
}

export class NotificationPreferencesDto {
  @ApiProperty({ enum: NOTIFICATION_LANGUAGES, description: 'The language of your emails.' })
  @IsIn(NOTIFICATION_LANGUAGES)
  emailLanguage: NotificationLanguage;

  @ApiProperty({ description: 'One email a day with the cases that wait on you.' })
  @IsBoolean()
  digest: boolean;

  @ApiProperty({
    type: [ChannelChoiceDto],
    description: 'How each kind reaches you; a kind left out comes by email and in the inbox.',
  })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => ChannelChoiceDto)
  channels: ChannelChoiceDto[];
}
