import { BadRequestException, ValidationError } from '@nestjs/common';
import type { FieldViolation } from '@avrr/domain';

/** 400 with one entry per broken field, the shape every client of the API can rely on. */
export class RequestValidationError extends BadRequestException {
  constructor(readonly violations: FieldViolation[]) {
    super({ message: 'The request has invalid fields.', violations });
  }
}

/** class-validator's nested errors as flat field paths: "household.0.dateOfBirth". */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({
      field,
      reason: stripFieldName(reason, error.property),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

// class-validator starts its messages with the property name; the field already says it.
function stripFieldName(reason: string, property: string): string {
  return reason.startsWith(`${property} `) ? reason.slice(property.length + 1) : reason;
}

export function validationExceptionFactory(errors: ValidationError[]): RequestValidationError {
  return new RequestValidationError(flattenValidationErrors(errors));
}
