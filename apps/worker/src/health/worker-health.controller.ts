import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { RedisHealthIndicator } from '@avrr/messaging/redis.health';
import { TemporalWorkerService } from '../temporal/temporal-worker.service';

@Controller('health')
export class WorkerHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly temporalWorker: TemporalWorkerService,
  ) {}

  @Get()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.db.pingCheck('postgres', { timeout: 2000 }),
      () => this.redis.isHealthy('redis'),
      () => {
        const state = this.temporalWorker.state;
        const session = this.indicators.check('temporal_worker');
        return state === 'RUNNING' ? session.up({ state }) : session.down({ state });
      },
    ]);
  }
}
