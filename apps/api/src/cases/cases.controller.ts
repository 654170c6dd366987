import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SYSTEM_SCOPE, TimelineRepository } from '@avrr/persistence';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { CaseIntakeService } from './case-intake.service';
import { toCaseView } from './case-view.mapper';
import { CaseQueryService } from './case-query.service';
import { CaseListView, CaseView } from './dto/case.response';
import { CreateCaseDto } from './dto/create-case.dto';
import { ListCasesQuery } from './dto/list-cases.query';
import { TimelineEventView } from './dto/timeline.response';

// Until accounts and roles exist, requests act with the service's own scope; the access issue replaces this.
const REQUEST_SCOPE = SYSTEM_SCOPE;

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly intake: CaseIntakeService,
    private readonly queries: CaseQueryService,
    private readonly timeline: TimelineRepository,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Open a return case',
    description:
      'Creates the case with its household and starts its workflow. Send an Idempotency-Key: a retry with the ' +
      'same key and body returns the same case (header Idempotent-Replayed: true) and never makes a second one.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Any unique string up to 200 characters.' })
  @ApiCreatedResponse({ type: CaseView })
  @ApiBadRequestResponse({ description: 'Invalid fields, each listed in `violations` with its reason.' })
  @ApiConflictResponse({ description: 'The Idempotency-Key was used before for a different request.' })
  @ApiPayloadTooLargeResponse({ description: 'The body is larger than the configured limit.' })
  async open(
    @Body() dto: CreateCaseDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseView> {
    const { entity, replayed } = await this.intake.open(dto, REQUEST_SCOPE, idempotencyKey);
    if (replayed) void reply.header('Idempotent-Replayed', 'true');
    void reply.header('Location', `/cases/${entity.id}`);
    return toCaseView(entity);
  }

  @Get()
  @ApiOperation({ summary: 'List cases', description: 'Newest first, in pages; filters combine with AND.' })
  @ApiOkResponse({ type: CaseListView })
  list(@Query() query: ListCasesQuery): Promise<CaseListView> {
    return this.queries.list(query, REQUEST_SCOPE);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One case with its household and what it waits for' })
  @ApiOkResponse({ type: CaseView })
  @ApiNotFoundResponse({ description: 'No such case in your scope.' })
  get(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<CaseView> {
    return this.queries.get(id, REQUEST_SCOPE);
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: "The case's timeline, oldest first" })
  @ApiOkResponse({ type: [TimelineEventView] })
  @ApiNotFoundResponse({ description: 'No such case in your scope.' })
  async getTimeline(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<TimelineEventView[]> {
    await this.queries.load(id, REQUEST_SCOPE);
    const events = await this.timeline.listForCase(id);
    return events.map((e) => ({
      type: e.type,
      actor: e.actor,
      actorRole: e.actorRole,
      occurredAt: e.occurredAt.toISOString(),
      eventKey: e.eventKey,
      details: e.details,
    }));
  }
}
