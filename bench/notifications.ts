// Notification delivery: how fast the worker drains a backlog of notification jobs to people (validation, the
// person's preferences, the inbox row, the email, the row marked sent), at each NOTIFICATION_CONCURRENCY, against a
// bare BullMQ worker at the same concurrency that only sends the same email through a pooled nodemailer transport
// (with Nagle's algorithm off, as the service's), in the same run. Each side's jobs are queued while its queue is
// paused, then timed from resume until none is left.
// Usage: npm run bench:notifications   (or node -r @swc-node/register bench/notifications.ts [jobs=2000] [concurrencies=1,4])
import { Queue, Worker } from 'bullmq';
import { createTransport } from 'nodemailer';
import {
  NOTIFICATION_QUEUE,
  type NotificationJob,
  redisOptionsFromUrl,
  renderNotification,
  toJobId,
} from '@avrr/messaging';
import { openWithoutDelay } from '../apps/worker/src/notifications/mail-transport';
import { cpuSeconds, openDataSource, openTemplateCase, signIn, startApi, startWorker } from './support/stack';

const JOBS = Number(process.argv[2] ?? 2_000);
const CONCURRENCIES = (process.argv[3] ?? '1,4').split(',').map(Number);
const connection = redisOptionsFromUrl(process.env.REDIS_URL!);
const prefix = process.env.QUEUE_PREFIX;

const jobsFor = (run: string, caseId: string, userIds: string[]) =>
  Array.from({ length: JOBS }, (_, n) => {
    const job: NotificationJob = {
      key: `bench-${run}-${n}`,
      caseId,
      userId: userIds[n % userIds.length],
      template: 'case_assigned',
      data: {
        counsellorName: 'Claire Martin',
        reference: `RC-${run}-${n}`,
        hostOffice: 'PARIS',
        countryOfReturn: 'SN',
      },
    };
    return { name: job.template, data: job, opts: { jobId: toJobId(job.key), attempts: 6, removeOnComplete: true } };
  });

/** Queues the jobs while the queue is paused, then resumes it: the seconds until every one has run, and the failures. */
async function drain(queue: Queue, jobs: ReturnType<typeof jobsFor>): Promise<{ seconds: number; failed: number }> {
  await queue.pause();
  for (let i = 0; i < jobs.length; i += 500) await queue.addBulk(jobs.slice(i, i + 500));
  const failedBefore = await queue.getJobCountByTypes('failed');
  const started = performance.now();
  await queue.resume();
  while ((await queue.getJobCountByTypes('waiting', 'delayed', 'active', 'prioritized', 'paused')) > 0)
    await new Promise((r) => setTimeout(r, 50));
  return {
    seconds: (performance.now() - started) / 1000,
    failed: (await queue.getJobCountByTypes('failed')) - failedBefore,
  };
}

async function main(): Promise<void> {
  const dataSource = await openDataSource();
  const api = await startApi();
  const counsellor = await signIn(dataSource, 'counsellor');
  const opener = await startWorker();
  const caseId = await openTemplateCase(dataSource, counsellor);
  await opener.stop();
  await api.stop();
  // People with every channel at its default (in the app and by email), as most accounts are.
  const users: Array<{ id: string; email: string }> = await dataSource.query(
    `SELECT id, email FROM user_account WHERE active ORDER BY email LIMIT 8`,
  );
  const service = new Queue(NOTIFICATION_QUEUE, { connection, prefix });
  const bareQueue = new Queue('bench-bare-notifications', { connection, prefix });
  const mail = createTransport({
    pool: true,
    maxConnections: Math.max(...CONCURRENCIES) + 1,
    host: process.env.SMTP_HOST,
    port: Number(process.env.SMTP_PORT),
    ignoreTLS: true,
    getSocket: openWithoutDelay,
  });
  const emailOf = new Map(users.map((u) => [u.id, u.email]));

  for (const [round, concurrency] of CONCURRENCIES.entries()) {
    const worker = await startWorker({ NOTIFICATION_CONCURRENCY: String(concurrency) });
    const cpu = cpuSeconds(worker);
    const ours = await drain(
      service,
      jobsFor(
        `service-${round}`,
        caseId,
        users.map((u) => u.id),
      ),
    );
    const cpuMs = ((cpuSeconds(worker) - cpu) * 1000) / JOBS;
    await worker.stop();

    const bare = new Worker<NotificationJob>(
      'bench-bare-notifications',
      async (job) => {
        const { subject, text } = renderNotification(job.data.template, job.data.data, 'en');
        await mail.sendMail({ from: 'bench@avrr.local', to: emailOf.get(job.data.userId!)!, subject, text });
      },
      { connection, prefix, concurrency },
    );
    const theirs = await drain(
      bareQueue,
      jobsFor(
        `bare-${round}`,
        caseId,
        users.map((u) => u.id),
      ),
    );
    await bare.close();

    const rate = (r: { seconds: number }) => JOBS / r.seconds;
    console.log(
      `notifications, concurrency ${concurrency}, ${JOBS} jobs: service ${rate(ours).toFixed(0)} jobs/s ` +
        `(worker CPU ${cpuMs.toFixed(2)} ms/job, ${ours.failed} failed); bare ${rate(theirs).toFixed(0)} jobs/s ` +
        `(${theirs.failed} failed); ratio ${(rate(ours) / rate(theirs)).toFixed(3)}`,
    );
  }
  mail.close();
  await Promise.all([service.close(), bareQueue.close()]);
  await dataSource.destroy();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
