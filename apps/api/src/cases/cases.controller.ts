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
import type { Principal } from '@avrr/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { CaseIntakeService } from './case-intake.service';
import { toCaseView } from './case-view.mapper';
import { CaseQueryService } from './case-query.service';
import { CaseListView, CaseView } from './dto/case.response';
import { CreateCaseDto } from './dto/create-case.dto';
import { ListCasesQuery } from './dto/list-cases.query';
import { TimelineEventView } from './dto/timeline.response';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly intake: CaseIntakeService,
    private readonly queries: CaseQueryService,
  ) {}

  @Post()
  @HttpCode(201)
  @RequirePermission('cases.open')
  @ApiOperation({
    summary: 'Open a return case',
    description:
      'Creates the case with its household and starts its workflow. Send an Idempotency-Key: a retry with the ' +
      'same key and body returns the same case (header Idempotent-Replayed: true) and never makes a second one. ' +
      'Counsellors open cases for their own offices only.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Any unique string up to 200 characters.' })
  @ApiCreatedResponse({ type: CaseView })
  @ApiBadRequestResponse({ description: 'Invalid fields, each listed in `violations` with its reason.' })
  @ApiConflictResponse({ description: 'The Idempotency-Key was used before for a different request.' })
  @ApiPayloadTooLargeResponse({ description: 'The body is larger than the configured limit.' })
  async open(
    @Body() dto: CreateCaseDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseView> {
    const { entity, replayed } = await this.intake.open(dto, principal, idempotencyKey);
    if (replayed) void reply.header('Idempotent-Replayed', 'true');
    void reply.header('Location', `/cases/${entity.id}`);
    return toCaseView(entity);
  }

  @Get()
  @RequirePermission('cases.read')
  @ApiOperation({ summary: 'List cases', description: 'Newest first, in pages; filters combine with AND.' })
  @ApiOkResponse({ type: CaseListView })
  list(@Query() query: ListCasesQuery, @CurrentPrincipal() principal: Principal): Promise<CaseListView> {
    return this.queries.list(query, principal);
  }

  @Get(':id')
  @RequirePermission('cases.read')
  @ApiOperation({
    summary: 'One case with its household and what it waits for',
    description:
      'Sensitive details (trafficking, health, asylum, protection) appear only for the roles that need them, and each such read is audited. ' +
      "A partner sees a person's identity only with their consent to share data; otherwise a pseudonymised view.",
  })
  @ApiOkResponse({ type: CaseView })
  @ApiNotFoundResponse({ description: 'No such case in your scope.' })
  get(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseView> {
    return this.queries.get(id, principal);
  }

  @Get(':id/timeline')
  @RequirePermission('cases.read')
  @ApiOperation({
    summary: "The case's timeline, oldest first",
    description: 'Events of sensitive categories the reader does not need keep their type and time, without details.',
  })
  @ApiOkResponse({ type: [TimelineEventView] })
  @ApiNotFoundResponse({ description: 'No such case in your scope.' })
  getTimeline(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TimelineEventView[]> {
    return this.queries.getTimeline(id, principal);
  }
}
