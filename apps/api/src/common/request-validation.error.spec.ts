import { BadRequestException, ValidationError } from '@nestjs/common';
import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Min, ValidateNested, validateSync } from 'class-validator';
import {
  flattenValidationErrors,
  RequestValidationError,
  validationExceptionFactory,
} from './request-validation.error';

class Doc {
  @IsString()
  number: string;
}

class Member {
  @IsIn(['child', 'spouse'])
  relationship: string;

  @ValidateNested({ each: true })
  @Type(() => Doc)
  documents: Doc[];
}

class Principal {
  @IsString()
  givenNames: string;

  @IsInt()
  @Min(0)
  age: number;
}

class Request {
  @ValidateNested()
  @Type(() => Principal)
  principal: Principal;

  @ValidateNested({ each: true })
  @Type(() => Member)
  household: Member[];

  @IsString()
  hostOffice: string;
}

function errorsFor(plain: unknown): ValidationError[] {
  return validateSync(plainToInstance(Request, plain) as object);
}

describe('flattenValidationErrors', () => {
  it('names a top-level field by its property', () => {
    const violations = flattenValidationErrors(
      errorsFor({ principal: { givenNames: 'Awa', age: 30 }, household: [], hostOffice: 42 }),
    );
    expect(violations).toEqual([{ field: 'hostOffice', reason: 'must be a string' }]);
  });

  it('names a nested object field with a dotted path', () => {
    const violations = flattenValidationErrors(
      errorsFor({ principal: { givenNames: 7, age: 30 }, household: [], hostOffice: 'PARIS' }),
    );
    expect(violations).toEqual([{ field: 'principal.givenNames', reason: 'must be a string' }]);
  });

  it('names array children by index, however deep', () => {
    const violations = flattenValidationErrors(
      errorsFor({
        principal: { givenNames: 'Awa', age: 30 },
        household: [
          { relationship: 'child', documents: [] },
          { relationship: 'cousin', documents: [{ number: 'A1' }, { number: 5 }] },
        ],
        hostOffice: 'PARIS',
      }),
    );
    expect(violations).toEqual([
      { field: 'household.1.relationship', reason: 'must be one of the following values: child, spouse' },
      { field: 'household.1.documents.1.number', reason: 'must be a string' },
    ]);
  });

  it('gives one entry per broken constraint of a field, and strips the property name only from the start', () => {
    const violations = flattenValidationErrors([
      {
        property: 'age',
        value: -1.5,
        constraints: { isInt: 'age must be an integer number', min: 'the age must not be less than 0' },
        children: [],
      },
    ]);
    expect(violations).toEqual([
      { field: 'age', reason: 'must be an integer number' },
      { field: 'age', reason: 'the age must not be less than 0' },
    ]);
  });

  it('prefixes every field with the parent path it is given', () => {
    const violations = flattenValidationErrors(
      [{ property: 'email', value: 'x', constraints: { isEmail: 'email must be an email' }, children: [] }],
      'principal.contact',
    );
    expect(violations).toEqual([{ field: 'principal.contact.email', reason: 'must be an email' }]);
  });

  it('returns nothing for no errors', () => {
    expect(flattenValidationErrors([])).toEqual([]);
  });
});

describe('validationExceptionFactory', () => {
  it('makes a 400 whose body lists the flattened violations', () => {
    const exception = validationExceptionFactory(
      errorsFor({ principal: { givenNames: 'Awa', age: 30 }, household: [], hostOffice: 1 }),
    );
    expect(exception).toBeInstanceOf(RequestValidationError);
    expect(exception).toBeInstanceOf(BadRequestException);
    expect(exception.getStatus()).toBe(400);
    expect(exception.getResponse()).toEqual({
      message: 'The request has invalid fields.',
      violations: [{ field: 'hostOffice', reason: 'must be a string' }],
    });
  });
});
