import { ApiProperty } from '@nestjs/swagger';
import type { AuditEntryEntity } from '@avrr/persistence';

export class AuditEntryView {
  @ApiProperty() seq: string;
  @ApiProperty() occurredAt: string;
  @ApiProperty() actorId: string;
  @ApiProperty() actorRole: string;
  @ApiProperty({ example: 'case.sign_consent' }) action: string;
  @ApiProperty({ enum: ['ok', 'denied', 'failed'] }) outcome: string;
  @ApiProperty({ nullable: true, type: String }) caseId: string | null;
  @ApiProperty({ nullable: true, type: String }) subject: string | null;
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      required: ['path'],
      additionalProperties: false,
      // before and after hold any JSON value: the field's value as it was and as it became.
      properties: { path: { type: 'string' }, before: {}, after: {} },
    },
    description: 'Changed or read fields; personal values are masked as ***.',
  })
  changes: unknown[];
  @ApiProperty({ nullable: true, type: String }) requestId: string | null;
  @ApiProperty() hash: string;
}

export function toAuditEntryView(r: AuditEntryEntity): AuditEntryView {
  return {
    seq: r.seq,
    occurredAt: r.occurredAt.toISOString(),
    actorId: r.actorId,
    actorRole: r.actorRole,
    action: r.action,
    outcome: r.outcome,
    caseId: r.caseId,
    subject: r.subject,
    changes: r.changes,
    requestId: r.requestId,
    hash: r.hash,
  };
}
