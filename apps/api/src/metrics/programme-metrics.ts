import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Gauge, Registry } from 'prom-client';
import { NOTIFICATION_DEAD_LETTER_QUEUE, NOTIFICATION_QUEUE } from '@avrr/messaging';
import { OPPORTUNITY_IMPORT_QUEUE } from '@avrr/messaging/opportunity-import-job';
import { RECONCILIATION_EXPORT_QUEUE } from '@avrr/messaging/reconciliation-export-job';
import { CaseMetricsRepository } from '@avrr/persistence';
import { createMetricsRegistry } from '@avrr/telemetry';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/**
 * The API's Prometheus registry: process metrics, HTTP latency (added at bootstrap), and the programme's gauges. The
 * gauges are read when Prometheus scrapes, from the read model and BullMQ, so they cost nothing between scrapes.
 */
@Injectable()
export class ProgrammeMetrics {
  readonly registry: Registry = createMetricsRegistry('api');

  constructor(
    private readonly cases: CaseMetricsRepository,
    @InjectQueue(NOTIFICATION_QUEUE) notifications: Queue,
    @InjectQueue(NOTIFICATION_DEAD_LETTER_QUEUE) deadLetters: Queue,
    @InjectQueue(OPPORTUNITY_IMPORT_QUEUE) imports: Queue,
    @InjectQueue(RECONCILIATION_EXPORT_QUEUE) exports: Queue,
  ) {
    const queues = [notifications, deadLetters, imports, exports];
    const registers = [this.registry];
    new Gauge({
      name: 'avrr_cases',
      help: 'Cases in the read model, by stage.',
      labelNames: ['stage'] as const,
      registers,
      collect: async function () {
        this.reset();
        for (const { stage, count } of await cases.countByStage()) this.set({ stage }, count);
      },
    });
    new Gauge({
      name: 'avrr_cases_overdue',
      help: 'Open cases whose next deadline has passed, by stage.',
      labelNames: ['stage'] as const,
      registers,
      collect: async function () {
        this.reset();
        for (const { stage, count } of await cases.countOverdue(new Date())) this.set({ stage }, count);
      },
    });
    new Gauge({
      name: 'avrr_queue_jobs',
      help: 'BullMQ jobs by queue and state; "failed" counts jobs out of attempts.',
      labelNames: ['queue', 'state'] as const,
      registers,
      collect: async function () {
        await Promise.all(
          queues.map(async (queue) => {
            const counts = await queue.getJobCounts(...JOB_STATES);
            for (const state of JOB_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
          }),
        );
      },
    });
  }
}
