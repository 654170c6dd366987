import { ApiProperty } from '@nestjs/swagger';
import { AuditEntryView } from '../audit/audit-entry.view';
import { CaseView, PersonView } from '../cases/dto/case.response';
import { TimelineEventView } from '../cases/dto/timeline.response';
import { DocumentView } from '../documents/dto/documents.dto';

/** Everything held about one person, as the exporting supervisor may see it (sensitive categories by role). */
export class SubjectAccessExportView {
  @ApiProperty({ type: String, format: 'date-time' }) exportedAt: string;
  @ApiProperty({ description: 'The user id of the supervisor who made the export.' }) exportedBy: string;
  @ApiProperty({ type: PersonView, description: 'The person the export is about.' }) person: PersonView;
  @ApiProperty({ type: CaseView, description: 'The case the person belongs to, with the household.' }) case: CaseView;
  @ApiProperty({ type: [TimelineEventView], description: "The case's timeline, oldest first." })
  timeline: TimelineEventView[];
  @ApiProperty({ type: [DocumentView], description: 'The papers filed for this person or for the whole case.' })
  documents: DocumentView[];
  @ApiProperty({ type: [AuditEntryView], description: "The case's audit entries, oldest first; values masked." })
  audit: AuditEntryView[];
}
