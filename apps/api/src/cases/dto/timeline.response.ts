import { ApiProperty } from '@nestjs/swagger';

export class TimelineEventView {
  @ApiProperty({ example: 'intake_recorded', description: 'What happened.' })
  type: string;

  @ApiProperty({ description: 'Who did it: a person, or "system".' })
  actor: string;

  @ApiProperty({ example: 'counsellor' })
  actorRole: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  @ApiProperty({ description: 'The update id or system key that makes this entry unique.' })
  eventKey: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  details: Record<string, unknown>;
}
