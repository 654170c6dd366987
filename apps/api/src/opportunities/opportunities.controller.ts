import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { OpportunityScope, ReintegrationOpportunityEntity } from '@avrr/persistence';
import { CreateOpportunityDto, ListOpportunitiesQuery, UpdateOpportunityDto } from './dto/opportunity.dto';
import {
  OpportunityImportAccepted,
  OpportunityImportView,
  StartOpportunityImportDto,
} from './dto/opportunity-import.dto';
import { OpportunityListView, OpportunityView } from './dto/opportunity.response';
import { OpportunitiesService, parseIfMatch, toOpportunityView } from './opportunities.service';
import { CurrentOpportunityScope, RequirePermission } from '../auth/access.decorators';

const IF_MATCH = {
  name: 'If-Match',
  description: 'The version you read (the ETag of GET), e.g. "3"; or send `version` in the body.',
};

@ApiTags('opportunities')
@Controller('opportunities')
export class OpportunitiesController {
  constructor(private readonly service: OpportunitiesService) {}

  @Post()
  @RequirePermission('opportunities.manage')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Add an opportunity',
    description:
      'A job, apprenticeship, vocational training or business-support programme a partner keeps in a country of return.',
  })
  @ApiCreatedResponse({ type: OpportunityView })
  @ApiBadRequestResponse({
    description: 'Invalid or unknown fields (an ISCO code not in ISCO-08 included), each listed in `violations`.',
  })
  @ApiConflictResponse({ description: 'The partner already has an opportunity with this externalReference.' })
  async create(
    @Body() dto: CreateOpportunityDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentOpportunityScope() scope: OpportunityScope,
  ): Promise<OpportunityView> {
    const entity = await this.service.create(dto, scope);
    void reply.header('Location', `/opportunities/${entity.id}`);
    return withEtag(reply, entity);
  }

  @Get()
  @RequirePermission('opportunities.read')
  @ApiOperation({
    summary: 'List opportunities',
    description: 'Newest first, in pages; filters combine with AND. Withdrawn ones are not listed.',
  })
  @ApiOkResponse({ type: OpportunityListView })
  list(
    @Query() query: ListOpportunitiesQuery,
    @CurrentOpportunityScope() scope: OpportunityScope,
  ): Promise<OpportunityListView> {
    return this.service.list(query, scope);
  }

  @Post('imports')
  @RequirePermission('opportunities.manage')
  @HttpCode(202)
  @ApiOperation({
    summary: "Import a partner's feed (CSV or JSON) in the background",
    description:
      'Queues the import and answers at once with its id; follow it with GET /opportunities/imports/:id. Rows are ' +
      'keyed by (partnerCode, externalReference): importing the same feed again updates rows instead of duplicating ' +
      'them, and reports unchanged ones as such. Withdrawn opportunities are not revived.',
  })
  @ApiAcceptedResponse({ type: OpportunityImportAccepted })
  @ApiBadRequestResponse({ description: 'Invalid fields, each listed in `violations`.' })
  @ApiPayloadTooLargeResponse({ description: 'The body is larger than the configured limit.' })
  async startImport(
    @Body() dto: StartOpportunityImportDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentOpportunityScope() scope: OpportunityScope,
  ): Promise<OpportunityImportAccepted> {
    const id = await this.service.startImport(dto, scope);
    const statusUrl = `/opportunities/imports/${id}`;
    void reply.header('Location', statusUrl);
    return { id, statusUrl };
  }

  @Get('imports/:id')
  @RequirePermission('opportunities.manage')
  @ApiOperation({ summary: 'State, progress and, when done, the report of an import' })
  @ApiOkResponse({ type: OpportunityImportView })
  @ApiNotFoundResponse({ description: 'No such import (reports are kept 7 days, failures 30).' })
  importStatus(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @CurrentOpportunityScope() scope: OpportunityScope,
  ): Promise<OpportunityImportView> {
    return this.service.importStatus(id, scope);
  }

  @Get(':id')
  @RequirePermission('opportunities.read')
  @ApiOperation({ summary: 'One opportunity', description: 'The ETag header carries its version.' })
  @ApiOkResponse({ type: OpportunityView })
  @ApiNotFoundResponse({ description: 'No such opportunity in your scope, or it was withdrawn.' })
  async get(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentOpportunityScope() scope: OpportunityScope,
  ): Promise<OpportunityView> {
    return withEtag(reply, await this.service.get(id, scope));
  }

  @Patch(':id')
  @RequirePermission('opportunities.manage')
  @ApiOperation({
    summary: 'Change some fields of an opportunity',
    description:
      'Send only the fields to change (startsOn: null clears the start date); partnerCode and externalReference ' +
      'cannot change. The version you read is required, in If-Match or as `version`: 409 if it changed since.',
  })
  @ApiHeader({ ...IF_MATCH, required: false })
  @ApiOkResponse({ type: OpportunityView })
  @ApiBadRequestResponse({ description: 'Invalid or unknown fields, each listed in `violations`.' })
  @ApiNotFoundResponse({ description: 'No such opportunity in your scope, or it was withdrawn.' })
  @ApiConflictResponse({ description: 'It changed since the version you sent (code opportunity_version_mismatch).' })
  @ApiResponse({ status: 428, description: 'No version sent.' })
  async update(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Body() dto: UpdateOpportunityDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentOpportunityScope() scope: OpportunityScope,
  ): Promise<OpportunityView> {
    return withEtag(reply, await this.service.update(id, dto, parseIfMatch(ifMatch), scope));
  }

  @Delete(':id')
  @RequirePermission('opportunities.manage')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Withdraw an opportunity',
    description:
      'It is no longer listed, read or matched, and a feed that still contains it does not bring it back; the row ' +
      'is kept for the links and placements made from it. With If-Match, only at that version.',
  })
  @ApiHeader({ ...IF_MATCH, required: false })
  @ApiNoContentResponse({ description: 'Withdrawn.' })
  @ApiNotFoundResponse({ description: 'No such opportunity in your scope, or it was already withdrawn.' })
  @ApiConflictResponse({ description: 'It changed since the version sent in If-Match.' })
  async withdraw(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentOpportunityScope() scope: OpportunityScope,
  ): Promise<void> {
    await this.service.withdraw(id, parseIfMatch(ifMatch), scope);
  }
}

function withEtag(reply: FastifyReply, entity: ReintegrationOpportunityEntity): OpportunityView {
  void reply.header('ETag', `"${entity.version}"`);
  return toOpportunityView(entity, new Date());
}
