import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Connection } from '@temporalio/client';
import { TEMPORAL_CONNECTION } from './temporal-client.module';

/** The Temporal frontend answers its gRPC health check. */
@Injectable()
export class TemporalHealthIndicator {
  constructor(
    @Inject(TEMPORAL_CONNECTION) private readonly connection: Connection,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async isHealthy(key: string) {
    const session = this.indicators.check(key);
    try {
      const response = await this.connection.withDeadline(Date.now() + 2000, () =>
        this.connection.healthService.check({}),
      );
      // 1 is SERVING in grpc.health.v1.
      return response.status === 1 ? session.up() : session.down({ message: `health status ${response.status}` });
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
