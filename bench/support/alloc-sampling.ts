// Preloaded into a bench's child when BENCH_ALLOC_PROF=<dir> is set (see startChild): V8's sampling heap profiler,
// keeping the objects that were collected too, so the profile shows what a load allocates (what the garbage
// collector then has to sweep), not what survives it. The bench's 'alloc:start' message (over the IPC channel
// startChild opens: the apps treat every other signal as a shutdown) starts a window and 'alloc:stop' writes it to
// <dir>/<name>-<n>.heapprofile, so only the bench's measured load is sampled.
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';

const dir = process.env.BENCH_ALLOC_PROF!;
const name = process.env.BENCH_CHILD_NAME ?? 'child';
const session = new Session();
session.connect();
let windows = 0;

process.on('message', (message) => {
  if (message === 'alloc:start') {
    // About one sample per 8 KiB allocated (V8's default is 32 KiB): enough for a 15 s load's small objects.
    session.post('HeapProfiler.startSampling', {
      samplingInterval: 8192,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  } else if (message === 'alloc:stop') {
    session.post('HeapProfiler.stopSampling', (error, result) => {
      if (error) return console.error(error);
      writeFileSync(path.join(dir, `${name}-${++windows}.heapprofile`), JSON.stringify(result.profile));
    });
  }
});
// The channel alone must not keep a child alive that would otherwise exit (a 'message' listener refs it).
process.channel?.unref();
