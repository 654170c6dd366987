import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@avrr/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { WorkQueueQuery, WorkQueueView } from './work-queue.dto';
import { WorkQueueService } from './work-queue.service';

@ApiTags('work queue')
@Controller('me')
export class WorkQueueController {
  constructor(private readonly work: WorkQueueService) {}

  @Get('work')
  @RequirePermission('work.read')
  @ApiOperation({
    summary: 'What waits on me',
    description:
      "The open cases in your scope whose next step is your role's (from the read model: stage, what the case waits " +
      'for, its due date and protection hold), overdue first, then due soon, then the rest; paged with `limit` and the ' +
      '`nextCursor` it returns, with the counts of the whole queue.',
  })
  @ApiOkResponse({ type: WorkQueueView })
  get(@Query() query: WorkQueueQuery, @CurrentPrincipal() principal: Principal): Promise<WorkQueueView> {
    return this.work.forPrincipal(principal, query.soonDays, query.limit, query.cursor);
  }
}
