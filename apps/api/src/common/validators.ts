import { Transform } from 'class-transformer';
import { registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';
import { isCalendarDate } from '@avrr/domain';

/** A real date written YYYY-MM-DD (2026-02-30 is refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be a real date in the form YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value) },
    });
}

/**
 * For a field with a default: it may be left out, and then the default applies. Unlike `@IsOptional()`, `null` is not
 * leaving it out (it would replace the default and reach code that expects a value), so it is checked like any value
 * and refused with the field's own rules.
 */
export const Omittable = (options?: ValidationOptions) => ValidateIf((_object, value) => value !== undefined, options);

/** Country and language codes are compared in one case whatever the client sent. */
export const ToUpperCase = () => Transform(({ value }) => mapStrings(value, (s) => s.toUpperCase()));
export const ToLowerCase = () => Transform(({ value }) => mapStrings(value, (s) => s.toLowerCase()));
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? f(v) : v));
  return value;
}
