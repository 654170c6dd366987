import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor, Principal } from '@avrr/domain';
import type { CaseScope, OpportunityScope } from '@avrr/persistence';
import {
  CurrentActor,
  CurrentOpportunityScope,
  CurrentPrincipal,
  CurrentScope,
  RequirePermission,
} from '../auth/access.decorators';
import { CreateLinkDto, LinkStepDto, LinkView, MatchQuery, MatchView } from './dto/links.dto';
import { ReintegrationLinksService } from './reintegration-links.service';

@ApiTags('reintegration: matching and links')
@ApiNotFoundResponse({ description: 'No such case, person, opportunity or link in your scope.' })
@Controller()
export class ReintegrationLinksController {
  constructor(private readonly service: ReintegrationLinksService) {}

  @Get('cases/:id/people/:personId/matches')
  @RequirePermission('matches.read')
  @ApiOperation({
    summary: 'Open opportunities in the country of return ranked for this returnee, each with its score breakdown',
    description:
      'Deterministic: score, then opportunity id. Weights come from MATCHING_WEIGHTS. Needs a complete skills profile (409 otherwise).',
  })
  @ApiOkResponse({ type: [MatchView] })
  @ApiConflictResponse({ description: '`skills_profile_missing`: record the skills profile first.' })
  matchesForPerson(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('personId', ParseUUIDPipe) personId: string,
    @Query() query: MatchQuery,
    @CurrentScope() scope: CaseScope,
  ): Promise<MatchView[]> {
    return this.service.matchesForPerson(id, personId, query.limit, scope);
  }

  @Get('opportunities/:id/matches')
  @RequirePermission('matches.read')
  @ApiOperation({
    summary: 'Returnees bound for the opportunity’s country whose profiles fit it best (the reverse view)',
  })
  @ApiOkResponse({ type: [MatchView] })
  matchesForOpportunity(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: MatchQuery,
    @CurrentPrincipal() principal: Principal,
    @CurrentOpportunityScope() opportunities: OpportunityScope,
  ): Promise<MatchView[]> {
    return this.service.matchesForOpportunity(id, query.limit, principal, opportunities);
  }

  @Get('cases/:id/links')
  @RequirePermission('links.read')
  @ApiOperation({ summary: "The case's links to opportunities, with every step" })
  @ApiOkResponse({ type: [LinkView] })
  listLinks(@Param('id', ParseUUIDPipe) id: string, @CurrentScope() scope: CaseScope): Promise<LinkView[]> {
    return this.service.listLinks(id, scope);
  }

  @Post('cases/:id/links')
  @RequirePermission('links.write')
  @ApiOperation({ summary: 'Propose an opportunity to a returnee (partner)' })
  @ApiCreatedResponse({ type: LinkView })
  @ApiConflictResponse({ description: 'Already linked, the case is closed, or the opportunity is in another country.' })
  propose(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateLinkDto,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: CaseScope,
    @CurrentOpportunityScope() opportunities: OpportunityScope,
  ): Promise<LinkView> {
    return this.service.propose(id, dto, actor, scope, opportunities);
  }

  @Post('cases/:id/links/:linkId/steps')
  @RequirePermission('links.write')
  @ApiOperation({
    summary: 'Move a link on: referred, interview, placed or declined (partner)',
    description: 'A placement in a job or apprenticeship is also recorded on the case as a job placement milestone.',
  })
  @ApiCreatedResponse({ type: LinkView })
  @ApiConflictResponse({ description: 'The step does not follow from the current one, or the link changed meanwhile.' })
  step(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('linkId', ParseUUIDPipe) linkId: string,
    @Body() dto: LinkStepDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LinkView> {
    return this.service.step(id, linkId, dto, principal);
  }
}
