import { DomainError } from '../errors/domain-error';
import type { CaseAction } from './case-actions';
import type { CaseState, FinalReport } from './case-state';
import type { Actor } from './roles';

/**
 * The final report of reintegration (issue 16, part 5): what was delivered against each budget line of the approved
 * plan, with the proofs of payment and invoices in the case file, the last sustainability scores and a narrative.
 * The partner files it, the supervisor validates it or returns it with a reason, and the partner may file it again.
 * A case started under this rule closes as completed only with a validated report.
 */
export type FinalReportAction = Extract<
  CaseAction,
  { type: 'submit_final_report' | 'validate_final_report' | 'return_final_report' }
>;

export type SubmitFinalReport = Extract<CaseAction, { type: 'submit_final_report' }>;

const refuse = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError(code, message, details);

export function finalReportOf(state: CaseState): FinalReport | null {
  return state.finalReport ?? null;
}

export function hasValidatedFinalReport(state: CaseState): boolean {
  return finalReportOf(state)?.status === 'validated';
}

/** The rules a report's lines break, each naming its field (`lines.0.deliveredMinor`), as request violations do. */
export function finalReportViolations(
  state: CaseState,
  action: Pick<SubmitFinalReport, 'lines'>,
): Array<{ field: string; reason: string }> {
  const violations: Array<{ field: string; reason: string }> = [];
  const components = state.plan?.components ?? [];
  const seen = new Set<string>();
  action.lines.forEach((line, i) => {
    const budgetLine = components[line.component]?.budgetLines[line.budgetLine];
    if (!budgetLine) {
      violations.push({
        field: `lines.${i}.budgetLine`,
        reason: `the plan has no budget line ${line.budgetLine} in component ${line.component}`,
      });
      return;
    }
    const key = `${line.component}.${line.budgetLine}`;
    if (seen.has(key))
      violations.push({ field: `lines.${i}.budgetLine`, reason: 'this budget line is already reported above' });
    seen.add(key);
    if (line.currency !== budgetLine.currency)
      violations.push({
        field: `lines.${i}.currency`,
        reason: `the budget line is in ${budgetLine.currency}, not ${line.currency}`,
      });
    if (line.deliveredMinor > 0 && line.proofDocumentIds.length === 0 && line.invoices.length === 0)
      violations.push({
        field: `lines.${i}.proofDocumentIds`,
        reason: 'what was delivered is backed by at least one proof of payment or invoice',
      });
  });
  components.forEach((c, ci) =>
    c.budgetLines.forEach((b, bi) => {
      if (!seen.has(`${ci}.${bi}`))
        violations.push({
          field: 'lines',
          reason: `budget line "${b.description}" (component ${ci}, line ${bi}) is not reported`,
        });
    }),
  );
  return violations;
}

export function decideFinalReport(state: CaseState, action: FinalReportAction): DomainError | null {
  const report = finalReportOf(state);
  switch (action.type) {
    case 'submit_final_report': {
      if (state.plan?.status !== 'approved')
        return refuse('plan_not_approved', 'The final report accounts for an approved reintegration plan.');
      if (report?.status === 'submitted')
        return refuse('final_report_pending', 'A final report is already waiting for the supervisor.');
      if (report?.status === 'validated')
        return refuse('final_report_validated', 'The final report is already validated.');
      if (!action.narrative.trim()) return refuse('narrative_required', 'The final report tells how it went.');
      const violations = finalReportViolations(state, action);
      return violations.length > 0
        ? refuse('final_report_invalid', `The report does not match the plan: ${violations[0].reason}.`, {
            violations,
          })
        : null;
    }
    case 'validate_final_report':
    case 'return_final_report':
      if (report?.status !== 'submitted')
        return refuse('no_final_report_submitted', 'There is no submitted final report to decide on.');
      if (action.type === 'return_final_report' && !action.reason.trim())
        return refuse('reason_required', 'A returned report goes back with a reason.');
      return null;
  }
}

/** Applies an accepted final report action to the copy `evolve` made. */
export function evolveFinalReport(s: CaseState, action: FinalReportAction, actor: Actor, now: string): void {
  const history = s.finalReport?.history ?? [];
  switch (action.type) {
    case 'submit_final_report':
      s.finalReport = {
        lines: action.lines,
        narrative: action.narrative,
        sustainability: action.sustainability,
        submittedAt: now,
        submittedBy: actor,
        status: 'submitted',
        decision: null,
        history: [...history, { action: 'submitted', reason: null, at: now, by: actor }],
      };
      return;
    case 'validate_final_report':
    case 'return_final_report': {
      const validated = action.type === 'validate_final_report';
      const reason = validated ? action.note : action.reason;
      s.finalReport = {
        ...s.finalReport!,
        status: validated ? 'validated' : 'returned',
        decision: { reason, at: now, by: actor },
        history: [...history, { action: validated ? 'validated' : 'returned', reason, at: now, by: actor }],
      };
      return;
    }
  }
}
