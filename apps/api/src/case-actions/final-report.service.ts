import { Injectable } from '@nestjs/common';
import {
  caseScopeFor,
  type CaseState,
  type DeliveredLine,
  type DocumentKind,
  finalReportViolations,
  type Principal,
  type SustainabilitySnapshot,
} from '@avrr/domain';
import { CaseDocumentRepository, FollowUpSurveyRepository, ServiceProviderRepository } from '@avrr/persistence';
import type { CaseScope } from '@avrr/persistence';
import { RequestValidationError } from '../common/request-validation.error';
import { CaseQueryService } from '../cases/case-query.service';
import { CaseActionsService } from './case-actions.service';
import type { SubmitFinalReportDto } from './dto/final-report.dto';

/**
 * Files the final report. What workflow code cannot read, the API brings: each file named must be in the case file
 * with the right kind (a 400 naming the field otherwise), and the last sustainability scores are copied from the
 * case's latest survey record at submission, so the report keeps the scores the supervisor validated even if a later
 * survey is recorded, and the partner never types a score.
 */
@Injectable()
export class FinalReportService {
  constructor(
    private readonly actions: CaseActionsService,
    private readonly queries: CaseQueryService,
    private readonly documents: CaseDocumentRepository,
    private readonly surveys: FollowUpSurveyRepository,
    private readonly providers: ServiceProviderRepository,
  ) {}

  async submit(caseId: string, dto: SubmitFinalReportDto, principal: Principal, key?: string) {
    const scope = caseScopeFor(principal);
    const entity = await this.queries.load(caseId, scope);
    const lines: DeliveredLine[] = dto.lines.map((l) => ({
      component: l.component,
      budgetLine: l.budgetLine,
      deliveredMinor: l.deliveredMinor,
      currency: l.currency,
      proofDocumentIds: l.proofDocumentIds,
      invoices: l.invoices.map((i) => ({
        documentId: i.documentId,
        providerId: i.providerId ?? null,
        amountMinor: i.amountMinor,
      })),
      note: l.note ?? null,
    }));
    await this.checkFiles(caseId, lines, entity.countryOfReturn);
    // The read model's plan is the approved one once the case is in monitoring; the workflow checks again.
    const state = entity.state as unknown as CaseState | null;
    if (state?.plan?.status === 'approved') {
      const violations = finalReportViolations(state, { lines });
      if (violations.length > 0) throw new RequestValidationError(violations);
    }
    return this.actions.execute(
      caseId,
      {
        type: 'submit_final_report',
        lines,
        narrative: dto.narrative,
        sustainability: await this.lastScores(caseId, scope),
      },
      principal,
      key,
    );
  }

  private async checkFiles(caseId: string, lines: DeliveredLine[], country: string): Promise<void> {
    const onFile = new Map(
      (await this.documents.papersOnFile(caseId, ['proof_of_payment', 'invoice'])).map((d) => [d.id, d.kind]),
    );
    const names: Partial<Record<DocumentKind, string>> = {
      proof_of_payment: 'a proof of payment',
      invoice: 'an invoice',
    };
    const wrong = (id: string, kind: DocumentKind) =>
      onFile.get(id) === kind ? null : `is not ${names[kind]} in this case file`;
    const violations = lines.flatMap((line, i) => [
      ...line.proofDocumentIds.flatMap((id, j) => {
        const reason = wrong(id, 'proof_of_payment');
        return reason ? [{ field: `lines.${i}.proofDocumentIds.${j}`, reason }] : [];
      }),
      ...line.invoices.flatMap((inv, j) => {
        const reason = wrong(inv.documentId, 'invoice');
        return reason ? [{ field: `lines.${i}.invoices.${j}.documentId`, reason }] : [];
      }),
    ]);
    // An invoice names a supplier on the list of the case's country, still offered.
    for (const [i, line] of lines.entries())
      for (const [j, inv] of line.invoices.entries()) {
        if (!inv.providerId) continue;
        const provider = await this.providers.find(inv.providerId, [country]);
        if (!provider?.active)
          violations.push({
            field: `lines.${i}.invoices.${j}.providerId`,
            reason: `is not an active service provider in ${country}`,
          });
      }
    if (violations.length > 0) throw new RequestValidationError(violations);
  }

  private async lastScores(caseId: string, scope: CaseScope): Promise<SustainabilitySnapshot | null> {
    const surveys = await this.surveys.listForCase(caseId, scope);
    const last = surveys[surveys.length - 1];
    if (!last) return null;
    return {
      visitNumber: last.visitNumber,
      weightSetVersion: last.weightSetVersion,
      recordedAt: last.recordedAt.toISOString(),
      scores: {
        economic: last.economicScore,
        social: last.socialScore,
        psychosocial: last.psychosocialScore,
        composite: last.compositeScore,
      },
    };
  }
}
