import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { QueueModule, RedisHealthIndicator } from '@avrr/messaging';
import { TemporalClientModule, TemporalHealthIndicator } from '@avrr/temporal';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule, QueueModule, TemporalClientModule],
  controllers: [HealthController],
  providers: [RedisHealthIndicator, TemporalHealthIndicator],
})
export class HealthModule {}
