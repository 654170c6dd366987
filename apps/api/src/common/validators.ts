import { Transform } from 'class-transformer';
import { registerDecorator, ValidationOptions } from 'class-validator';
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

/** Country and language codes are compared in one case whatever the client sent. */
export const ToUpperCase = () => Transform(({ value }) => mapStrings(value, (s) => s.toUpperCase()));
export const ToLowerCase = () => Transform(({ value }) => mapStrings(value, (s) => s.toLowerCase()));
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? f(v) : v));
  return value;
}
