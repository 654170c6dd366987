import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@avrr/domain';
import type { CaseScope } from '@avrr/persistence';
import { CurrentActor, CurrentScope, RequirePermission } from '../auth/access.decorators';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { CreateGrantDto, GrantView, PayTrancheDto, TranchePaymentView } from './dto/grants.dto';
import { GrantsService } from './grants.service';

@ApiTags('grants: the reintegration grant, its tranches and payments')
@ApiNotFoundResponse({ description: 'No such case, grant or tranche in your scope.' })
@Controller('cases/:id/grant')
export class GrantsController {
  constructor(private readonly service: GrantsService) {}

  @Post()
  @RequirePermission('grants.setup')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'Same key and body: the same grant (Idempotent-Replayed: true).',
  })
  @ApiOperation({
    summary: 'Set up the reintegration grant from the approved plan, with its tranche schedule',
    description:
      'The budget is the approved plan’s budget lines per currency; the tranches must add up to it exactly. Posts the allocation ' +
      '(programme grants-budget → case grant-allocated, key grant:<id>:allocated) and releases at once any tranche whose milestone is already recorded.',
  })
  @ApiCreatedResponse({ type: GrantView })
  @ApiBadRequestResponse({
    description: 'Each broken field with its reason, e.g. tranches that do not add up to the budget.',
  })
  @ApiConflictResponse({
    description:
      'The plan is not approved, the case already has a grant, the role may not, or the key was used for another grant.',
  })
  async create(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateGrantDto,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: CaseScope,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<GrantView> {
    const { grant, replayed } = await this.service.create(id, dto, key, actor, scope);
    if (replayed) void reply.header('Idempotent-Replayed', 'true');
    return grant;
  }

  @Get()
  @RequirePermission('grants.read')
  @ApiOperation({ summary: 'The grant: budget, tranches (waiting, released, paid) and payments with their proofs' })
  @ApiOkResponse({ type: GrantView })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentScope() scope: CaseScope): Promise<GrantView> {
    return this.service.get(id, scope);
  }

  @Post('tranches/:trancheId/payment')
  @RequirePermission('grants.pay')
  @HttpCode(200)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'The payment’s update id: a retried request answers with the same payment.',
  })
  @ApiOperation({
    summary: 'Pay a released tranche with its proof of payment (finance officer)',
    description:
      'Runs on the case workflow as two activities keyed by the tranche: post grant-in-transit → grant-paid-out ' +
      '(key grant-tranche:<id>:paid), then record the payment with its proof. A crash between them, or a retried request, pays nothing twice.',
  })
  @ApiOkResponse({ type: TranchePaymentView })
  @ApiConflictResponse({
    description:
      'The tranche still waits on its milestone, is already paid with another proof, the role may not pay, or the ' +
      'proof of payment is not in the case file (evidence_missing, with the reason code proof_of_payment_on_file).',
  })
  pay(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('trancheId', ParseUUIDPipe) trancheId: string,
    @Body() dto: PayTrancheDto,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: CaseScope,
  ) {
    return this.service.pay(id, trancheId, dto, key, actor, scope);
  }
}
