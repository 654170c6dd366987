import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Principal } from '@avrr/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { startOfDayIn } from '../common/time-zone';
import { AnswersSnapshot, CaseActionsApi } from './case-action.decorators';
import { CaseActionsService } from './case-actions.service';
import {
  RecordReferralFollowUpDto,
  RecordReferralResponseDto,
  ParseReferralIdPipe,
  ReferralIdApiParam,
  ReferToProtectionServiceDto,
  ReviewProtectionHoldDto,
} from './dto/protection.dto';

/**
 * A protection hold's reviews, and referrals to a protection service in the host country (issue 14, part 3). What
 * they record is protection data: only counsellors and supervisors see it.
 */
@CaseActionsApi()
@Controller('cases/:id')
export class ProtectionController {
  constructor(private readonly actions: CaseActionsService) {}

  @Post('protection-hold/reviews')
  @AnswersSnapshot()
  @RequirePermission('case.review_protection_hold')
  @ApiOperation({
    summary: 'Review the protection hold and set the day of the next review (supervisor)',
    description:
      'A hold is reviewed by a date: the first falls PROTECTION_HOLD_REVIEW_AFTER after it was placed, each next one ' +
      "is set here: a day of the reviewer's time zone (`timeZone`), due when it begins there. A reminder goes to the " +
      'supervisors before it, an escalation to the supervisors and the counsellor when it passes.',
  })
  review(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReviewProtectionHoldDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    const { timeZone = 'UTC', ...review } = dto;
    const nextReviewAt = startOfDayIn(review.nextReviewOn, timeZone);
    return this.actions.execute(id, { type: 'review_protection_hold', ...review, nextReviewAt }, actor, key);
  }

  @Post('protection-service-referrals')
  @AnswersSnapshot()
  @RequirePermission('case.refer_to_protection_service')
  @ApiOperation({
    summary: 'Refer a person on protection hold to a named protection service, with their consent (supervisor)',
    description:
      'Asylum procedure, legal aid or shelter in the host country. The referral is `sent`; its answer and ' +
      'follow-ups are recorded on it. One open referral per person and service. A case closes as ' +
      '`referred_to_protection` once a service accepted one.',
  })
  refer(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReferToProtectionServiceDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.actions.execute(id, { type: 'refer_to_protection_service', ...dto }, actor, key);
  }

  @Post('protection-service-referrals/:referralId/response')
  @AnswersSnapshot()
  @RequirePermission('case.record_referral_response')
  @ReferralIdApiParam()
  @ApiOperation({ summary: "Record a protection service's answer to a referral (counsellor, supervisor)" })
  respond(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('referralId', ParseReferralIdPipe) referralId: string,
    @Body() dto: RecordReferralResponseDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.actions.execute(
      id,
      { type: 'record_referral_response', referralId, ...dto, note: dto.note ?? null },
      actor,
      key,
    );
  }

  @Post('protection-service-referrals/:referralId/follow-ups')
  @AnswersSnapshot()
  @RequirePermission('case.record_referral_follow_up')
  @ReferralIdApiParam()
  @ApiOperation({ summary: 'Record a follow-up of a referral (counsellor, supervisor)' })
  followUp(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('referralId', ParseReferralIdPipe) referralId: string,
    @Body() dto: RecordReferralFollowUpDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.actions.execute(id, { type: 'record_referral_follow_up', referralId, ...dto }, actor, key);
  }
}
