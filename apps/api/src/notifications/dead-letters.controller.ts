import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Job, Queue } from 'bullmq';
import { DeadLetterJob, NOTIFICATION_DEAD_LETTER_QUEUE, NOTIFICATION_QUEUE, NotificationJob } from '@avrr/messaging';
import { RequirePermission } from '../auth/access.decorators';

class DeadLetterView {
  @ApiProperty({ description: 'The notification key; also its job id in the notifications queue.' })
  id: string;

  @ApiProperty()
  template: string;

  @ApiProperty()
  caseId: string;

  @ApiProperty({
    description: 'The address; for a job not yet resolved to people, its audience; for a person, `user <id>`.',
  })
  to: string;

  @ApiProperty()
  failedReason: string;

  @ApiProperty()
  attemptsMade: number;

  @ApiProperty({ format: 'date-time' })
  failedAt: string;
}

class DeadLetterQuery {
  @ApiPropertyOptional({ type: Number, default: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 50;
}

/** Notifications that used every attempt: see them, and send them again once the cause is fixed. */
@ApiTags('notifications')
@Controller('notifications/dead-letters')
export class DeadLettersController {
  constructor(
    @InjectQueue(NOTIFICATION_DEAD_LETTER_QUEUE) private readonly deadLetters: Queue<DeadLetterJob>,
    @InjectQueue(NOTIFICATION_QUEUE) private readonly notifications: Queue<NotificationJob>,
  ) {}

  @Get()
  @RequirePermission('notifications.manage')
  @ApiOperation({ summary: 'Notifications that could not be sent, newest first' })
  @ApiOkResponse({ type: [DeadLetterView] })
  async list(@Query() query: DeadLetterQuery): Promise<DeadLetterView[]> {
    const jobs = await this.deadLetters.getJobs(['waiting', 'delayed', 'paused'], 0, query.limit - 1, false);
    return jobs.map((job) => ({
      id: String(job.id),
      template: job.data.template,
      caseId: job.data.caseId,
      to: job.data.to ?? (job.data.userId ? `user ${job.data.userId}` : (job.data.audience ?? []).join(', ')),
      failedReason: job.data.failedReason,
      attemptsMade: job.data.attemptsMade,
      failedAt: job.data.failedAt,
    }));
  }

  @Post(':id/retry')
  @RequirePermission('notifications.manage')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a dead-lettered notification again, with a fresh set of attempts' })
  @ApiAcceptedResponse({
    schema: {
      type: 'object',
      required: ['id', 'status'],
      properties: { id: { type: 'string' }, status: { type: 'string', enum: ['requeued'] } },
    },
  })
  async retry(@Param('id') id: string): Promise<{ id: string; status: 'requeued' }> {
    const dead = await Job.fromId<DeadLetterJob>(this.deadLetters, id);
    if (!dead) throw new NotFoundException({ code: 'dead_letter_not_found', message: `No dead letter ${id}.` });
    // Out of the view first: a quick new failure must be able to land there again.
    await dead.remove();
    const original = await Job.fromId<NotificationJob>(this.notifications, id);
    if (original && (await original.isFailed())) {
      await original.retry('failed', { resetAttemptsMade: true });
    } else {
      const { failedReason: _r, attemptsMade: _a, failedAt: _f, ...job } = dead.data;
      await this.notifications.add(dead.name, job, { jobId: `${id}|retry-${Date.now()}` });
    }
    return { id, status: 'requeued' };
  }
}
