import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '@avrr/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import {
  AddedMemberView,
  AddMemberDto,
  AmendedCaseView,
  ContactAmendmentDto,
  NotTravellingDto,
  VulnerabilitiesDto,
} from './dto/household-amendment.dto';
import { HouseholdService } from './household.service';

/**
 * What is found after intake (issue 14, part 2): the counsellor adds a member, takes one off the travel with a
 * reason, or corrects flags and contacts. Each is a workflow update; the gates follow at once.
 */
@ApiTags('case actions: household')
@ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'Makes a retried click act once (it is the update id; for a new member it also fixes their id).',
})
@ApiBearerAuth()
@ApiServiceUnavailableResponse({
  description: 'A dependency did not answer within its deadline; retry with the same Idempotency-Key.',
})
@ApiForbiddenResponse({ description: 'Only a counsellor amends the household (docs/ACCESS.md).' })
@ApiBadRequestResponse({ description: 'Invalid fields, each listed with its reason.' })
@ApiConflictResponse({
  description:
    'A rule forbids the amendment now (`code`: already_departed, booking_active, principal_travels, not_travelling, unknown_person, case_closed…).',
})
@ApiNotFoundResponse({ description: 'No such case in your scope.' })
@Controller('cases/:id/household/members')
export class HouseholdController {
  constructor(private readonly household: HouseholdService) {}

  @Post()
  @RequirePermission('case.amend_household')
  @ApiOperation({
    summary: 'Add a member to the household before departure (counsellor); checked for earlier cases as at intake',
  })
  @ApiCreatedResponse({ type: AddedMemberView })
  add(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AddMemberDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key?: string,
  ): Promise<AddedMemberView> {
    return this.household.addMember(id, dto, principal, key);
  }

  @Post(':personId/not-travelling')
  @HttpCode(200)
  @RequirePermission('case.amend_household')
  @ApiOperation({
    summary: 'Record that a member does not travel, with the reason (counsellor)',
    description:
      'The member stays on the case and leaves the consent, document and pre-departure gates and the booking.',
  })
  @ApiOkResponse({ type: AmendedCaseView })
  notTravelling(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('personId', ParseUUIDPipe) personId: string,
    @Body() dto: NotTravellingDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.household.notTravelling(id, personId, dto.reason, principal, key);
  }

  @Put(':personId/vulnerabilities')
  @RequirePermission('case.amend_household')
  @ApiOperation({
    summary: "Add or correct a member's vulnerability flags (counsellor)",
    description:
      'A trafficking flag then requires its risk assessments and referral before booking, a separated child its ' +
      'determination; asylum or fear of return puts the case on protection hold.',
  })
  @ApiOkResponse({ type: AmendedCaseView })
  vulnerabilities(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('personId', ParseUUIDPipe) personId: string,
    @Body() dto: VulnerabilitiesDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.household.setVulnerabilities(id, personId, dto, principal, key);
  }

  @Put(':personId/contact')
  @RequirePermission('case.amend_household')
  @ApiOperation({ summary: "Correct a member's contact (counsellor); allowed after departure too" })
  @ApiOkResponse({ type: AmendedCaseView })
  contact(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('personId', ParseUUIDPipe) personId: string,
    @Body() dto: ContactAmendmentDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.household.setContact(id, personId, dto, principal, key);
  }
}
