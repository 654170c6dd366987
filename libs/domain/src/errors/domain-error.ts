/**
 * A rule of the field said no. `code` is stable for programs; `message` is a sentence a person understands.
 * Edges map it once: HTTP to 409/422, Temporal activities to a non-retryable failure.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** One field that broke a rule, named by its path in the request ("household.1.dateOfBirth"). */
export interface FieldViolation {
  field: string;
  reason: string;
}
