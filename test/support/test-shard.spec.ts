import { shardEnvironment } from './test-shard';

describe('shardEnvironment', () => {
  const suite = {
    TEST_WORKERS: '3',
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/avrr_test',
    TEMPORAL_TASK_QUEUE: 'return-cases-test',
    QUEUE_PREFIX: 'avrr-test-42',
    SMTP_PORT: '1026',
    MAIL_CATCHER_URL: 'http://127.0.0.1:1081',
  };

  it("leaves the first process on the suite's own services", () => {
    expect(shardEnvironment(suite, 1)).toEqual({});
  });

  it('gives every other process its own database, task queue, key prefix and mail catcher', () => {
    expect(shardEnvironment(suite, 3)).toEqual({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/avrr_test_w3',
      TEMPORAL_TASK_QUEUE: 'return-cases-test-w3',
      QUEUE_PREFIX: 'avrr-test-42-w3',
      SMTP_PORT: '1028',
      MAIL_CATCHER_URL: 'http://127.0.0.1:1083',
    });
  });

  it('refuses a process for which scripts/test.sh started nothing', () => {
    expect(() => shardEnvironment(suite, 4)).toThrow('jest process 4 has no services');
    expect(() => shardEnvironment({ ...suite, TEST_WORKERS: undefined }, 2)).toThrow('starts 1');
  });
});
