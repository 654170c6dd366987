// The bare workflow of P3: one update per action, each running one no-op activity, then the workflow ends.
import { condition, defineUpdate, proxyActivities, setHandler } from '@temporalio/workflow';

const { noop } = proxyActivities<{ noop(step: number): Promise<number> }>({ startToCloseTimeout: '30 seconds' });
export const step = defineUpdate<number, [number]>('step');

export async function bareLifecycle(updates: number): Promise<number> {
  let done = 0;
  setHandler(step, async (n) => {
    const result = await noop(n);
    done += 1;
    return result;
  });
  await condition(() => done >= updates);
  return done;
}
