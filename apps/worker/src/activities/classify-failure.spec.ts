import { ApplicationFailure } from '@temporalio/common';
import { DomainError } from '@avrr/domain';
import { DatabaseError } from 'pg';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import { classified, MissingRowError, permanentFailureOf } from './classify-failure';

const pgError = (code: string) => Object.assign(new DatabaseError(`error ${code}`, 0, 'error'), { code });
const typeormError = (code: string) => new QueryFailedError('UPDATE x', [], pgError(code));

describe('permanentFailureOf', () => {
  it.each([
    ['23505', 'constraint_violation:23505'],
    ['23503', 'constraint_violation:23503'],
    ['23502', 'constraint_violation:23502'],
    ['23514', 'constraint_violation:23514'],
    ['22P05', 'invalid_data:22P05'],
    ['22001', 'invalid_data:22001'],
  ])('makes PostgreSQL %s non-retryable, typed %s', (code, type) => {
    for (const error of [typeormError(code), pgError(code)]) {
      const failure = permanentFailureOf(error);
      expect(failure?.type).toBe(`activity_permanent:${type}`);
      expect(failure?.nonRetryable).toBe(true);
    }
  });

  it('makes a missing row and a validation failure non-retryable', () => {
    expect(permanentFailureOf(new MissingRowError('case x not found'))?.type).toBe('activity_permanent:missing_row');
    expect(permanentFailureOf(new EntityNotFoundError('ReturnCaseEntity', {}))?.type).toBe(
      'activity_permanent:missing_row',
    );
    expect(permanentFailureOf(new DomainError('bad_amount', 'no'))?.type).toBe(
      'activity_permanent:validation_failed:bad_amount',
    );
  });

  it.each(['57P01', '57P03', '40001', '40P01', '57014', '08006', '53300'])('leaves %s to be retried', (code) => {
    expect(permanentFailureOf(typeormError(code))).toBeUndefined();
    expect(permanentFailureOf(pgError(code))).toBeUndefined();
  });

  it('leaves connection errors, pool timeouts and refusals as they are', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(permanentFailureOf(refused)).toBeUndefined();
    expect(permanentFailureOf(new Error('timeout exceeded when trying to connect'))).toBeUndefined();
    const refusal = ApplicationFailure.create({ type: 'case_refused:x', message: 'no', nonRetryable: true });
    expect(permanentFailureOf(refusal)).toBeUndefined();
  });

  it('keeps NUL characters out of the message, which the timeline stores', () => {
    const error = new QueryFailedError('x', [], Object.assign(pgError('22P05'), { message: 'bad \u0000 value' }));
    expect(permanentFailureOf(error)?.message).not.toContain('\u0000');
  });

  it('throws the classified failure from a wrapped activity, and transient errors unchanged', async () => {
    await expect(classified(() => Promise.reject(typeormError('23505')))()).rejects.toMatchObject({
      type: 'activity_permanent:constraint_violation:23505',
      nonRetryable: true,
    });
    const transient = typeormError('40001');
    await expect(classified(() => Promise.reject(transient))()).rejects.toBe(transient);
    await expect(classified(async (n: number) => n + 1)(1)).resolves.toBe(2);
  });
});
