import { shardEnvironment } from './test-shard';

// Runs before each test file, in its jest process: the suite and the child processes it starts read these.
Object.assign(process.env, shardEnvironment(process.env, Number(process.env.JEST_WORKER_ID ?? '1')));
