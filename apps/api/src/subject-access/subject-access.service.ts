import { Injectable, NotFoundException } from '@nestjs/common';
import { caseScopeFor, type Principal } from '@avrr/domain';
import { AuditTrailRepository } from '@avrr/persistence';
import { AuditService } from '../audit/audit.service';
import { CaseQueryService } from '../cases/case-query.service';
import { DocumentsService } from '../documents/documents.service';
import { type AuditEntryView, toAuditEntryView } from '../audit/audit-entry.view';
import type { SubjectAccessExportView } from './subject-access.dto';

/** Audit entries read per query; a case's whole trail is read page by page, never cut short. */
const AUDIT_PAGE = 500;

/**
 * A subject-access export (issue 14): everything held about one person of a case, read through the same services
 * as the screens, so the exporter's role decides which sensitive categories appear and those reads are audited as
 * usual. The export itself leaves an audit entry naming the person, written before the data leaves.
 */
@Injectable()
export class SubjectAccessService {
  constructor(
    private readonly cases: CaseQueryService,
    private readonly documents: DocumentsService,
    private readonly trail: AuditTrailRepository,
    private readonly audit: AuditService,
  ) {}

  async export(
    caseId: string,
    personId: string,
    reader: Principal,
    format: 'json' | 'html',
  ): Promise<SubjectAccessExportView> {
    const kase = await this.cases.get(caseId, reader);
    const person = [kase.principal, ...kase.household].find((p) => p.id === personId);
    if (!person)
      throw new NotFoundException({ code: 'person_not_found', message: `No person ${personId} in case ${caseId}.` });
    const timeline = await this.cases.getTimeline(caseId, reader);
    const documents = (await this.documents.list(caseId, reader)).filter(
      (d) => d.personId === null || d.personId === personId,
    );
    const audit = await this.auditTrail(caseId, reader);
    await this.audit.record({
      actorId: reader.userId,
      actorRole: reader.role,
      action: 'subject_access.export',
      outcome: 'ok',
      caseId,
      subject: `person:${personId}`,
      changes: [{ path: 'format', after: format }],
    });
    return {
      exportedAt: new Date().toISOString(),
      exportedBy: reader.userId,
      person,
      case: kase,
      timeline,
      documents,
      audit,
    };
  }

  private async auditTrail(caseId: string, reader: Principal): Promise<AuditEntryView[]> {
    const scope = caseScopeFor(reader);
    const entries: AuditEntryView[] = [];
    let before: string | undefined;
    for (;;) {
      const page = await this.trail.listForCase(caseId, scope, AUDIT_PAGE, before);
      entries.push(...page.map(toAuditEntryView));
      if (page.length < AUDIT_PAGE) break;
      before = page[page.length - 1].seq;
    }
    return entries.reverse();
  }
}
