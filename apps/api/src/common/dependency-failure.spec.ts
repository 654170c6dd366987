import { DatabaseError } from 'pg';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { RedisUnavailableError } from '@avrr/messaging';
import { TemporalUnavailableError } from '@avrr/temporal';
import { unavailableDependency } from './dependency-failure';

const queryFailed = (code: string, message = 'failed') =>
  new QueryFailedError('SELECT 1', [], Object.assign(new Error(message), { code }));

describe('which dependency an error says is unavailable', () => {
  it('names Temporal for a call past its deadline or a gRPC UNAVAILABLE', () => {
    expect(unavailableDependency(new TemporalUnavailableError('no answer'))).toBe('temporal');
    const grpc = Object.assign(new Error('14 UNAVAILABLE: connect ECONNREFUSED'), {
      code: 14,
      details: '',
      metadata: {},
    });
    expect(unavailableDependency(grpc)).toBe('temporal');
    expect(unavailableDependency(new Error('wrapped', { cause: grpc }))).toBe('temporal');
  });

  it('names the database for a cancelled statement, a lost connection or a pool that gave no connection in time', () => {
    expect(unavailableDependency(queryFailed('57014', 'canceling statement due to statement timeout'))).toBe(
      'database',
    );
    expect(unavailableDependency(queryFailed('08006'))).toBe('database');
    expect(unavailableDependency(new Error('timeout exceeded when trying to connect'))).toBe('database');
    expect(unavailableDependency(new Error('Query read timeout'))).toBe('database');
    // What the pool meets when PostgreSQL is shutting down, before any query runs.
    const shuttingDown = new DatabaseError('the database system is shutting down', 0, 'error');
    shuttingDown.code = '57P03';
    expect(unavailableDependency(shuttingDown)).toBe('database');
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', errno: -104, syscall: 'read' });
    expect(unavailableDependency(reset)).toBe('database');
    // A transaction's next statement after its connection was lost.
    expect(unavailableDependency(new QueryRunnerAlreadyReleasedError())).toBe('database');
  });

  it('names Redis for a command past its timeout or out of retries', () => {
    expect(unavailableDependency(new Error('Command timed out'))).toBe('redis');
    expect(unavailableDependency(new RedisUnavailableError('the export', 2000))).toBe('redis');
    expect(
      unavailableDependency(
        Object.assign(new Error('Reached the max retries per request limit (which is 2).'), {
          name: 'MaxRetriesPerRequestError',
        }),
      ),
    ).toBe('redis');
  });

  it('names none for a query that is wrong rather than unanswered: that stays a 500 or its own 4xx', () => {
    expect(unavailableDependency(queryFailed('23505', 'duplicate key value'))).toBeNull();
    expect(unavailableDependency(queryFailed('42P01', 'relation does not exist'))).toBeNull();
    expect(unavailableDependency(new Error('something else'))).toBeNull();
    expect(unavailableDependency('a string')).toBeNull();
  });
});
