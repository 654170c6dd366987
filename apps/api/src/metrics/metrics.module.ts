import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { QueueModule } from '@avrr/messaging';
import { ProgrammeMetrics } from './programme-metrics';

/** Prometheus metrics; bootstrap serves them at /metrics behind METRICS_TOKEN. */
@Module({
  imports: [PersistenceModule, QueueModule],
  providers: [ProgrammeMetrics],
  exports: [ProgrammeMetrics],
})
export class MetricsModule {}
