// Over 400 lines: one thin endpoint per case action, each with its OpenAPI description; the next cut is one controller per stage group.
import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { CaseAction, Principal } from '@avrr/domain';
import type { CaseSnapshot } from '@avrr/workflows';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { CaseActionsService } from './case-actions.service';
import { AirportDirectory } from './airport-directory';
import { AnswersSnapshot, CaseActionsApi } from './case-action.decorators';
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

/**
 * One endpoint per human action. Each becomes a Temporal update: the workflow's validator refuses what the stage
 * or a rule forbids (409, with a sentence saying why) before anything is recorded.
 */
@CaseActionsApi()
@Controller('cases/:id')
export class CaseActionsController {
  constructor(
    private readonly actions: CaseActionsService,
    private readonly airports: AirportDirectory,
  ) {}

  private act(id: string, action: CaseAction, principal: Principal, key: string | undefined): Promise<CaseSnapshot> {
    return this.actions.execute(id, action, principal, key);
  }

  @Post('counselling-sessions')
  @AnswersSnapshot()
  @RequirePermission('case.record_counselling')
  @ApiOperation({ summary: 'Record a counselling session (counsellor)' })
  recordCounselling(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordCounsellingDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'record_counselling', ...dto, interpreter: dto.interpreter ?? null }, actor, key);
  }

  @Post('screening')
  @AnswersSnapshot()
  @RequirePermission('case.record_screening')
  @ApiOperation({
    summary: 'Record screening (counsellor); asylum, fear of return or a protection concern puts the case on hold',
  })
  recordScreening(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordScreeningDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(
      id,
      {
        type: 'record_screening',
        ...dto,
        ineligibilityReason: dto.ineligibilityReason ?? null,
        protectionConcern: dto.protectionConcern ?? null,
      },
      actor,
      key,
    );
  }

  @Post('protection-hold')
  @AnswersSnapshot()
  @RequirePermission('case.place_protection_hold')
  @ApiOperation({ summary: 'Place the case on protection hold' })
  placeHold(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'place_protection_hold', reason: dto.reason }, actor, key);
  }

  @Post('protection-hold/lift')
  @AnswersSnapshot()
  @RequirePermission('case.lift_protection_hold')
  @ApiOperation({ summary: 'Lift the protection hold (supervisor, with a reason)' })
  liftHold(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'lift_protection_hold', reason: dto.reason }, actor, key);
  }

  @Post('consents')
  @AnswersSnapshot()
  @RequirePermission('case.sign_consent')
  @ApiOperation({
    summary: "Record a signed voluntary return declaration, or a guardian's or child's consent (counsellor)",
    description:
      "While the programme requires it (REQUIRE_SIGNED_DECLARATION, on by default), the person's signed declaration " +
      'must be in the case file first (kind signed_declaration, filed on this person): otherwise 409 evidence_missing ' +
      'with the reason code declaration_on_file. While it requires it (REQUIRE_INFORMATION_ACKNOWLEDGED, on by ' +
      'default, fixed for a case when it starts), the information sheets for the country of return must have been ' +
      'given and acknowledged first (POST /cases/:id/pre-departure-information): otherwise 409 ' +
      'information_not_acknowledged.',
  })
  signConsent(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SignConsentDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(
      id,
      { type: 'sign_consent', ...dto, interpreter: dto.interpreter ?? null, guardianName: dto.guardianName ?? null },
      actor,
      key,
    );
  }

  @Post('consent-withdrawal')
  @AnswersSnapshot()
  @RequirePermission('case.withdraw_consent')
  @ApiOperation({
    summary: 'Withdraw consent (until departure)',
    description:
      'Cancels open bookings, tells the partner and closes the case as withdrawn; answers once all that is done.',
  })
  withdrawConsent(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'withdraw_consent', reason: dto.reason }, actor, key);
  }

  @Post('travel-documents/requests')
  @AnswersSnapshot()
  @RequirePermission('case.request_travel_document')
  @ApiOperation({ summary: 'Request a travel document from the consulate (logistics); starts its deadline' })
  requestDocument(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RequestTravelDocumentDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'request_travel_document', ...dto }, actor, key);
  }

  @Post('travel-documents/issued')
  @AnswersSnapshot()
  @RequirePermission('case.issue_travel_document')
  @ApiOperation({ summary: 'Record the travel document the consulate issued (logistics)' })
  issueDocument(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: IssueTravelDocumentDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'issue_travel_document', ...dto }, actor, key);
  }

  @Post('travel-documents/refusals')
  @AnswersSnapshot()
  @RequirePermission('case.refuse_travel_document')
  @ApiOperation({ summary: 'Record a refusal by the consulate (logistics); the case becomes stranded' })
  refuseDocument(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RefuseTravelDocumentDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'refuse_travel_document', ...dto }, actor, key);
  }

  @Post('stranded-decision')
  @AnswersSnapshot()
  @RequirePermission('case.decide_stranded')
  @ApiOperation({ summary: 'Decide what happens to a stranded case: retry, another route, or close (supervisor)' })
  decideStranded(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DecideStrandedDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'decide_stranded', ...dto }, actor, key);
  }

  @Post('medical-clearances')
  @AnswersSnapshot()
  @RequirePermission('case.record_medical_clearance')
  @ApiOperation({
    summary: 'Record a fit-to-travel certificate (logistics)',
    description:
      "While the programme requires it (REQUIRE_MEDICAL_CERTIFICATE, on by default), the person's medical certificate " +
      'must be in the case file first (kind medical_certificate, filed on this person): otherwise 409 evidence_missing ' +
      'with the reason code medical_certificate_on_file.',
  })
  medicalClearance(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordMedicalClearanceDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'record_medical_clearance', ...dto }, actor, key);
  }

  @Post('best-interests-determinations')
  @AnswersSnapshot()
  @RequirePermission('case.record_best_interests')
  @ApiOperation({ summary: "Record a child's best-interests determination (supervisor)" })
  bestInterests(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordBestInterestsDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'record_best_interests', ...dto }, actor, key);
  }

  @Post('family-assessments')
  @AnswersSnapshot()
  @RequirePermission('case.record_family_assessment')
  @ApiOperation({ summary: "Record the partner's family assessment for a child (partner)" })
  familyAssessment(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordFamilyAssessmentDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(
      id,
      { type: 'record_family_assessment', ...dto, receivingGuardian: dto.receivingGuardian ?? null },
      actor,
      key,
    );
  }

  @Post('trafficking-risk-assessments')
  @AnswersSnapshot()
  @RequirePermission('case.record_trafficking_risk')
  @ApiOperation({ summary: 'Record a trafficking risk assessment in the host or return country' })
  traffickingRisk(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordTraffickingRiskDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'record_trafficking_risk', ...dto }, actor, key);
  }

  @Post('protection-referrals')
  @AnswersSnapshot()
  @RequirePermission('case.record_protection_referral')
  @ApiOperation({ summary: 'Record a referral to a protection service in the country of return (partner)' })
  protectionReferral(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordProtectionReferralDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'record_protection_referral', ...dto }, actor, key);
  }

  @Post('booking')
  @AnswersSnapshot()
  @RequirePermission('case.book_travel')
  @ApiOperation({ summary: 'Book travel (logistics); refused with the reasons when a booking rule or gate is not met' })
  async book(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: BookTravelDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(
      id,
      { type: 'book_travel', ...dto, segments: await this.airports.locate(dto.segments) },
      actor,
      key,
    );
  }

  @Post('booking/rebook')
  @AnswersSnapshot()
  @RequirePermission('case.rebook_travel')
  @ApiOperation({ summary: 'Replace the booking, or book again after a no-show or cancellation (logistics)' })
  async rebook(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: BookTravelDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(
      id,
      { type: 'rebook_travel', ...dto, segments: await this.airports.locate(dto.segments) },
      actor,
      key,
    );
  }

  @Post('booking/cancel')
  @AnswersSnapshot()
  @RequirePermission('case.cancel_booking')
  @ApiOperation({ summary: 'Cancel the open booking (logistics)' })
  cancelBooking(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'cancel_booking', reason: dto.reason }, actor, key);
  }

  @Post('departure')
  @AnswersSnapshot()
  @RequirePermission('case.confirm_departure')
  @ApiOperation({ summary: 'Confirm departure (logistics)' })
  confirmDeparture(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ConfirmDepartureDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'confirm_departure', ...dto }, actor, key);
  }

  @Post('no-show')
  @AnswersSnapshot()
  @RequirePermission('case.record_no_show')
  @ApiOperation({ summary: 'Record a no-show (logistics); the booking is released for a rebooking or closure' })
  noShow(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'record_no_show', reason: dto.reason }, actor, key);
  }

  @Post('arrival')
  @AnswersSnapshot()
  @RequirePermission('case.confirm_arrival')
  @ApiOperation({ summary: 'Confirm arrival and reception (partner)' })
  confirmArrival(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ConfirmArrivalDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(
      id,
      {
        type: 'confirm_arrival',
        ...dto,
        immediateNeeds: dto.immediateNeeds ?? null,
        receivingGuardian: dto.receivingGuardian ?? null,
      },
      actor,
      key,
    );
  }

  @Post('reintegration-plan')
  @AnswersSnapshot()
  @RequirePermission('case.submit_plan')
  @ApiOperation({ summary: 'Submit the reintegration plan (partner)' })
  submitPlan(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SubmitPlanDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'submit_plan', components: dto.components }, actor, key);
  }

  @Post('reintegration-plan/approve')
  @AnswersSnapshot()
  @RequirePermission('case.approve_plan')
  @ApiOperation({ summary: 'Approve the submitted plan (supervisor)' })
  approvePlan(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ApprovePlanDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'approve_plan', note: dto.note ?? null }, actor, key);
  }

  @Post('reintegration-plan/reject')
  @AnswersSnapshot()
  @RequirePermission('case.reject_plan')
  @ApiOperation({ summary: 'Send the plan back with a reason (supervisor)' })
  rejectPlan(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'reject_plan', reason: dto.reason }, actor, key);
  }

  @Post('follow-ups')
  @AnswersSnapshot()
  @RequirePermission('case.record_follow_up')
  @ApiOperation({ summary: 'Record a follow-up visit (partner)' })
  followUp(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordFollowUpDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'record_follow_up', ...dto }, actor, key);
  }

  @Post('milestones')
  @AnswersSnapshot()
  @RequirePermission('case.record_milestone')
  @ApiOperation({
    summary: 'Record a reintegration milestone: plan agreed, assistance delivered, job placement… (partner)',
  })
  milestone(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordMilestoneDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(
      id,
      {
        type: 'record_milestone',
        kind: dto.kind,
        personId: dto.personId ?? null,
        achievedOn: dto.achievedOn,
        note: dto.note ?? null,
      },
      actor,
      key,
    );
  }

  @Post('closure')
  @AnswersSnapshot()
  @RequirePermission('case.close_case')
  @ApiOperation({ summary: 'Close the case with an outcome (supervisor)' })
  close(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CloseCaseDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'close_case', ...dto }, actor, key);
  }

  @Post('reopening')
  @AnswersSnapshot()
  @RequirePermission('case.reopen_case')
  @ApiOperation({ summary: 'Reopen a closed case with a reason (supervisor)' })
  reopen(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.act(id, { type: 'reopen_case', reason: dto.reason }, actor, key);
  }
}
