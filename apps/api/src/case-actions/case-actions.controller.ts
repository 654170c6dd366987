import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor, CaseAction } from '@avrr/domain';
import { SYSTEM_SCOPE } from '@avrr/persistence';
import type { CaseSnapshot } from '@avrr/workflows';
import { CurrentActor } from '../common/actor.decorator';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { CaseActionsService } from './case-actions.service';
import { AirportDirectory } from './airport-directory';
import {
  ApprovePlanDto,
  CloseCaseDto,
  ConfirmArrivalDto,
  ConfirmDepartureDto,
  RecordFollowUpDto,
  RecordMilestoneDto,
  SubmitPlanDto,
} from './dto/after-departure.dto';
import { BookTravelDto } from './dto/booking.dto';
import { CaseSnapshotView } from './dto/case-snapshot.response';
import { SignConsentDto } from './dto/consent.dto';
import { ReasonDto, RecordCounsellingDto, RecordScreeningDto } from './dto/counselling.dto';
import {
  RecordBestInterestsDto,
  RecordFamilyAssessmentDto,
  RecordMedicalClearanceDto,
  RecordProtectionReferralDto,
  RecordTraffickingRiskDto,
} from './dto/pre-departure.dto';
import {
  DecideStrandedDto,
  IssueTravelDocumentDto,
  RefuseTravelDocumentDto,
  RequestTravelDocumentDto,
} from './dto/travel-documents.dto';

// Until accounts and roles exist, requests act with the service's own scope; the access issue replaces this.
const REQUEST_SCOPE = SYSTEM_SCOPE;

/**
 * One endpoint per human action. Each becomes a Temporal update: the workflow's validator refuses what the stage
 * or a rule forbids (409, with a sentence saying why) before anything is recorded.
 */
@ApiTags('case actions')
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Makes a retried click act once; it is the update id.' })
@ApiHeader({ name: 'X-Actor-Id', required: true, description: 'Who acts (until login exists).' })
@ApiHeader({ name: 'X-Actor-Name', required: true, description: "The acting person's name." })
@ApiHeader({ name: 'X-Actor-Role', required: true, description: 'counsellor, logistics_officer, partner_focal_point, supervisor, …' })
@ApiOkResponse({ type: CaseSnapshotView, description: 'The case as it stands after the action.' })
@ApiBadRequestResponse({ description: 'Invalid fields, each listed with its reason.' })
@ApiConflictResponse({ description: 'The stage or a rule forbids the action now; `code` and `message` say which.' })
@ApiNotFoundResponse({ description: 'No such case in your scope.' })
@Controller('cases/:id')
export class CaseActionsController {
  constructor(
    private readonly actions: CaseActionsService,
    private readonly airports: AirportDirectory,
  ) {}

  private act(id: string, action: CaseAction, actor: Actor, key: string | undefined): Promise<CaseSnapshot> {
    return this.actions.execute(id, action, actor, REQUEST_SCOPE, key);
  }

  @Post('counselling-sessions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a counselling session (counsellor)' })
  recordCounselling(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordCounsellingDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'record_counselling', ...dto, interpreter: dto.interpreter ?? null }, actor, key);
  }

  @Post('screening')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record screening (counsellor); asylum, fear of return or a protection concern puts the case on hold' })
  recordScreening(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordScreeningDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'record_screening', ...dto, ineligibilityReason: dto.ineligibilityReason ?? null, protectionConcern: dto.protectionConcern ?? null }, actor, key);
  }

  @Post('protection-hold')
  @HttpCode(200)
  @ApiOperation({ summary: 'Place the case on protection hold' })
  placeHold(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'place_protection_hold', reason: dto.reason }, actor, key);
  }

  @Post('protection-hold/lift')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lift the protection hold (supervisor, with a reason)' })
  liftHold(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'lift_protection_hold', reason: dto.reason }, actor, key);
  }

  @Post('consents')
  @HttpCode(200)
  @ApiOperation({ summary: "Record a signed voluntary return declaration, or a guardian's or child's consent (counsellor)" })
  signConsent(@Param('id', ParseUUIDPipe) id: string, @Body() dto: SignConsentDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'sign_consent', ...dto, interpreter: dto.interpreter ?? null, guardianName: dto.guardianName ?? null }, actor, key);
  }

  @Post('consent-withdrawal')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Withdraw consent (until departure)',
    description: 'Cancels open bookings, tells the partner and closes the case as withdrawn; answers once all that is done.',
  })
  withdrawConsent(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'withdraw_consent', reason: dto.reason }, actor, key);
  }

  @Post('travel-documents/requests')
  @HttpCode(200)
  @ApiOperation({ summary: 'Request a travel document from the consulate (logistics); starts its deadline' })
  requestDocument(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RequestTravelDocumentDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'request_travel_document', ...dto }, actor, key);
  }

  @Post('travel-documents/issued')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the travel document the consulate issued (logistics)' })
  issueDocument(@Param('id', ParseUUIDPipe) id: string, @Body() dto: IssueTravelDocumentDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'issue_travel_document', ...dto }, actor, key);
  }

  @Post('travel-documents/refusals')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a refusal by the consulate (logistics); the case becomes stranded' })
  refuseDocument(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RefuseTravelDocumentDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'refuse_travel_document', ...dto }, actor, key);
  }

  @Post('stranded-decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decide what happens to a stranded case: retry, another route, or close (supervisor)' })
  decideStranded(@Param('id', ParseUUIDPipe) id: string, @Body() dto: DecideStrandedDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'decide_stranded', ...dto }, actor, key);
  }

  @Post('medical-clearances')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a fit-to-travel certificate (logistics)' })
  medicalClearance(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordMedicalClearanceDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'record_medical_clearance', ...dto }, actor, key);
  }

  @Post('best-interests-determinations')
  @HttpCode(200)
  @ApiOperation({ summary: "Record a child's best-interests determination (supervisor)" })
  bestInterests(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordBestInterestsDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'record_best_interests', ...dto }, actor, key);
  }

  @Post('family-assessments')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the partner's family assessment for a child (partner)" })
  familyAssessment(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordFamilyAssessmentDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'record_family_assessment', ...dto, receivingGuardian: dto.receivingGuardian ?? null }, actor, key);
  }

  @Post('trafficking-risk-assessments')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a trafficking risk assessment in the host or return country' })
  traffickingRisk(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordTraffickingRiskDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'record_trafficking_risk', ...dto }, actor, key);
  }

  @Post('protection-referrals')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a referral to a protection service in the country of return (partner)' })
  protectionReferral(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordProtectionReferralDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'record_protection_referral', ...dto }, actor, key);
  }

  @Post('booking')
  @HttpCode(200)
  @ApiOperation({ summary: 'Book travel (logistics); refused with the reasons when a booking rule or gate is not met' })
  async book(@Param('id', ParseUUIDPipe) id: string, @Body() dto: BookTravelDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'book_travel', ...dto, segments: await this.airports.locate(dto.segments) }, actor, key);
  }

  @Post('booking/rebook')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replace the booking, or book again after a no-show or cancellation (logistics)' })
  async rebook(@Param('id', ParseUUIDPipe) id: string, @Body() dto: BookTravelDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'rebook_travel', ...dto, segments: await this.airports.locate(dto.segments) }, actor, key);
  }

  @Post('booking/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel the open booking (logistics)' })
  cancelBooking(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'cancel_booking', reason: dto.reason }, actor, key);
  }

  @Post('departure')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm departure (logistics)' })
  confirmDeparture(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ConfirmDepartureDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'confirm_departure', ...dto }, actor, key);
  }

  @Post('no-show')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a no-show (logistics); the booking is released for a rebooking or closure' })
  noShow(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'record_no_show', reason: dto.reason }, actor, key);
  }

  @Post('arrival')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm arrival and reception (partner)' })
  confirmArrival(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ConfirmArrivalDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'confirm_arrival', ...dto, immediateNeeds: dto.immediateNeeds ?? null, receivingGuardian: dto.receivingGuardian ?? null }, actor, key);
  }

  @Post('reintegration-plan')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit the reintegration plan (partner)' })
  submitPlan(@Param('id', ParseUUIDPipe) id: string, @Body() dto: SubmitPlanDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'submit_plan', components: dto.components }, actor, key);
  }

  @Post('reintegration-plan/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve the submitted plan (supervisor)' })
  approvePlan(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ApprovePlanDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'approve_plan', note: dto.note ?? null }, actor, key);
  }

  @Post('reintegration-plan/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the plan back with a reason (supervisor)' })
  rejectPlan(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'reject_plan', reason: dto.reason }, actor, key);
  }

  @Post('follow-ups')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a follow-up visit (partner)' })
  followUp(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordFollowUpDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'record_follow_up', ...dto }, actor, key);
  }

  @Post('milestones')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a reintegration milestone: plan agreed, assistance delivered, job placement… (partner)' })
  milestone(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordMilestoneDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'record_milestone', kind: dto.kind, personId: dto.personId ?? null, achievedOn: dto.achievedOn, note: dto.note ?? null }, actor, key);
  }

  @Post('closure')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the case with an outcome (supervisor)' })
  close(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CloseCaseDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'close_case', ...dto }, actor, key);
  }

  @Post('reopening')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a closed case with a reason (supervisor)' })
  reopen(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto, @CurrentActor() actor: Actor, @IdempotencyKey() key?: string) {
    return this.act(id, { type: 'reopen_case', reason: dto.reason }, actor, key);
  }
}
