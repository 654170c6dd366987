import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '@avrr/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { CaseAssignmentService } from './case-assignment.service';
import {
  AssignmentOptionsView,
  CaseAssignmentView,
  PartnerOrganisationOptionView,
  PartnerOrganisationsQuery,
  ReassignCaseDto,
} from './dto/case-assignment.dto';

@ApiTags('case assignment')
@Controller()
export class CaseAssignmentController {
  constructor(private readonly service: CaseAssignmentService) {}

  @Post('cases/:id/assignment')
  @HttpCode(200)
  @RequirePermission('cases.reassign')
  @ApiOperation({
    summary: 'Transfer a case to another office, or reassign it to another counsellor or partner organisation',
    description:
      'Name at least one of hostOffice, counsellorId and partnerOrganisationId, with a reason. Who sees the case, ' +
      '"My work" and every later email follow at once; the timeline shows it (`case_reassigned`) and the audit ' +
      'records it. The new counsellor, and the new organisation once the pre-arrival notice has gone out, are emailed.',
  })
  @ApiOkResponse({ type: CaseAssignmentView })
  @ApiBadRequestResponse({
    description:
      'Invalid fields, each listed in `violations` with its reason: an unknown office, a counsellor who is not an ' +
      "active counsellor of the case's office (or none named when the current one does not work at the new office), " +
      'an organisation not covering the country of return.',
  })
  @ApiNotFoundResponse({ description: 'No such case in your scope (`case_not_found`).' })
  @ApiConflictResponse({
    description:
      '`assignment_unchanged`: the case is already assigned so; `assignment_changed`: someone reassigned it at the ' +
      'same time; `case_closed` or `case_anonymised`.',
  })
  reassign(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReassignCaseDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseAssignmentView> {
    return this.service.reassign(id, dto, principal);
  }

  @Get('cases/:id/assignment/options')
  @RequirePermission('cases.reassign')
  @ApiOperation({ summary: 'The offices, counsellors and partner organisations a case may be reassigned to' })
  @ApiOkResponse({ type: AssignmentOptionsView })
  @ApiNotFoundResponse({ description: 'No such case in your scope (`case_not_found`).' })
  options(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AssignmentOptionsView> {
    return this.service.options(id, principal);
  }

  @Get('partner-organisations')
  @RequirePermission('partners.read')
  @ApiOperation({
    summary: 'Partner organisations, or those covering one country of return',
    description: 'The choice at intake: a case goes to one organisation covering its country of return.',
  })
  @ApiOkResponse({ type: [PartnerOrganisationOptionView] })
  @ApiBadRequestResponse({ description: 'An invalid country code, in `violations`.' })
  partnerOrganisations(@Query() query: PartnerOrganisationsQuery): Promise<PartnerOrganisationOptionView[]> {
    return this.service.partnerOrganisations(query.country);
  }
}
