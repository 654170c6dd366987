import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ParseCountPipe } from '../common/parse-count.pipe';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Actor } from '@avrr/domain';
import type { CaseScope } from '@avrr/persistence';
import { CurrentActor, CurrentScope, RequirePermission } from '../auth/access.decorators';
import { PutSkillsProfileDto, SkillsProfileView } from './dto/skills-profile.dto';
import { RecordSurveyDto, SurveyView } from './dto/survey.dto';
import { ReintegrationProfilesService } from './reintegration-profiles.service';

/** Skills profiles of returnees and the sustainability surveys of follow-up visits (issue 6, sections 1 and 6). */
@ApiTags('reintegration')
@ApiNotFoundResponse({
  description: 'No such case in your scope (`case_not_found`), or no such person in the case (`person_not_in_case`).',
})
@Controller('cases/:id')
export class ReintegrationProfilesController {
  constructor(private readonly service: ReintegrationProfilesService) {}

  @Put('people/:personId/skills-profile')
  @RequirePermission('skills.write')
  @HttpCode(200)
  @ApiOperation({
    summary: "Record or replace a returnee's skills profile",
    description:
      'The whole profile (a PUT replaces it; what is not known yet may be left out). Before the arrival stage only ' +
      'the counsellor writes it; from arrival on only the partner focal point. Occupations are ISCO-08 unit groups.',
  })
  @ApiOkResponse({ type: SkillsProfileView })
  @ApiBadRequestResponse({
    description: 'Invalid or unknown fields (an unknown ISCO-08 code, ISCED above 8, …), each listed with its reason.',
  })
  @ApiConflictResponse({ description: '`role_not_allowed` for the wrong role at this stage; `case_closed`.' })
  putProfile(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Param('personId', new ParseUUIDPipe({ version: '4' })) personId: string,
    @Body() dto: PutSkillsProfileDto,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: CaseScope,
  ): Promise<SkillsProfileView> {
    return this.service.putProfile(id, personId, dto, actor, scope);
  }

  @Get('people/:personId/skills-profile')
  @RequirePermission('skills.read')
  @ApiOperation({ summary: "A returnee's skills profile, with what matching still needs" })
  @ApiOkResponse({ type: SkillsProfileView })
  getProfile(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Param('personId', new ParseUUIDPipe({ version: '4' })) personId: string,
    @CurrentScope() scope: CaseScope,
  ): Promise<SkillsProfileView> {
    return this.service.getProfile(id, personId, scope);
  }

  @Post('follow-ups/:visitNumber/survey')
  @RequirePermission('surveys.write')
  @HttpCode(201)
  @ApiParam({
    name: 'visitNumber',
    example: 1,
    description: 'The follow-up visit, numbered from 1 as recorded on the case.',
  })
  @ApiOperation({
    summary: 'Record the sustainability survey of a follow-up visit (partner)',
    description:
      'Scores the answers with the configured weight set (economic, social, psychosocial and composite, each 0 to 1) ' +
      'and stores them with the raw answers and the weight set version. The visit must be recorded on the case; a ' +
      'visit has one survey, never replaced.',
  })
  @ApiCreatedResponse({ type: SurveyView })
  @ApiBadRequestResponse({
    description: 'An unknown indicator or answer code, listed by field (`answers.<indicator>`).',
  })
  @ApiConflictResponse({ description: '`follow_up_not_recorded`, `survey_already_recorded` or `role_not_allowed`.' })
  @ApiUnprocessableEntityResponse({
    description: '`survey_dimension_incomplete`: a dimension has too much of its weight unanswered; each is named.',
  })
  recordSurvey(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Param('visitNumber', ParseCountPipe) visitNumber: number,
    @Body() dto: RecordSurveyDto,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: CaseScope,
  ): Promise<SurveyView> {
    return this.service.recordSurvey(id, visitNumber, dto, actor, scope);
  }

  @Get('surveys')
  @RequirePermission('surveys.read')
  @ApiOperation({ summary: "The case's sustainability surveys with their scores, by visit number" })
  @ApiOkResponse({ type: [SurveyView] })
  listSurveys(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @CurrentScope() scope: CaseScope,
  ): Promise<SurveyView[]> {
    return this.service.listSurveys(id, scope);
  }
}
