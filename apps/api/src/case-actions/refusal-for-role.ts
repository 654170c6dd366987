import { type CaseReason, DomainError, reasonsFor, reasonText, type Role, visibleCategories } from '@avrr/domain';

/**
 * A workflow's refusal in words the actor's role may read. The decider names every missing gate; a logistics officer
 * must not learn from a refused booking that someone is a trafficking victim or that the case is on protection hold,
 * only that a protection requirement is not met and whom to ask.
 */
export function refusalForRole(
  code: string,
  message: string,
  details: Record<string, unknown> | undefined,
  role: Role,
): DomainError {
  if (code === 'protection_hold' && !visibleCategories(role).has('protection')) {
    return new DomainError('protection_requirement', 'A protection requirement is not met; ask the counsellor.', {
      reasons: [{ code: 'protection_requirement', params: {} }],
    });
  }
  if (code === 'booking_not_ready' && Array.isArray(details?.reasons)) {
    const reasons = reasonsFor(details.reasons as CaseReason[], role).map(({ category: _category, ...coded }) => coded);
    // Counselling and screening read as one word in the sentence, as the decider writes them.
    const missing = reasons.map((r) => (r.code === 'counselling' || r.code === 'screening' ? r.code : reasonText(r)));
    return new DomainError(code, `Travel cannot be booked yet: missing ${missing.join('; ')}.`, { missing, reasons });
  }
  return new DomainError(code, message, details);
}
