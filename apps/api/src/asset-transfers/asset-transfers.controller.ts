import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import {
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
import { AssetTransfersService } from './asset-transfers.service';
import {
  AssetView,
  CancelTransferDto,
  ConfirmTransferDto,
  CreateTransferDto,
  DeclareAssetDto,
  FailTransferDto,
  StatementView,
  TransferView,
} from './dto/asset-transfers.dto';

const REFUSED =
  'Refused, with a code and a sentence: the role may not do this, or the transfer’s status does not allow it.';
const STEP_KEY =
  'Optional: the id of the workflow update that runs the step, so a retried request joins the first one. Without it the id ' +
  'is derived from the transfer, its attempt and (to confirm) the reference, which has the same effect.';

@ApiTags('assets: declared assets, transfers and the case statement')
@ApiNotFoundResponse({ description: 'No such case, person, asset or transfer in your scope.' })
@Controller('cases/:id')
export class AssetTransfersController {
  constructor(private readonly service: AssetTransfersService) {}

  @Get('assets')
  @RequirePermission('assets.read')
  @ApiOperation({ summary: "The household's declared assets, each with its transfer instructions" })
  @ApiOkResponse({ type: [AssetView] })
  listAssets(@Param('id', ParseUUIDPipe) id: string, @CurrentScope() scope: CaseScope): Promise<AssetView[]> {
    return this.service.listAssets(id, scope);
  }

  @Post('assets')
  @RequirePermission('assets.declare')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Makes a retried declaration declare once: the same key and body answer with the same asset (Idempotent-Replayed: true), another body with 409 idempotency_key_reused.',
  })
  @ApiOperation({
    summary: 'Declare an asset of a household member (counsellor)',
    description:
      'Savings, wages owed (with the employer), a deposit or belongings; the amount in integer minor units of an ISO 4217 currency.',
  })
  @ApiCreatedResponse({ type: AssetView })
  @ApiConflictResponse({ description: REFUSED })
  async declare(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DeclareAssetDto,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: CaseScope,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AssetView> {
    const { asset, replayed } = await this.service.declare(id, dto, actor, scope, key);
    if (replayed) void reply.header('Idempotent-Replayed', 'true');
    return asset;
  }

  @Post('assets/:assetId/verify')
  @RequirePermission('assets.verify')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Verify an asset: evidence checked, money collected for the returnee (finance officer)',
    description:
      'Posts asset-sources → returnee-assets once (key asset:<id>:verified); a repeated request changes nothing.',
  })
  @ApiOkResponse({ type: AssetView })
  @ApiConflictResponse({ description: REFUSED })
  verify(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('assetId', ParseUUIDPipe) assetId: string,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: CaseScope,
  ): Promise<AssetView> {
    return this.service.verify(id, assetId, actor, scope);
  }

  @Post('assets/:assetId/transfers')
  @RequirePermission('transfers.instruct')
  @HttpCode(201)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'Same key and body: the same transfer (Idempotent-Replayed: true).',
  })
  @ApiOperation({ summary: 'Create a transfer instruction for a verified asset (counsellor or finance officer)' })
  @ApiCreatedResponse({ type: TransferView })
  @ApiConflictResponse({
    description: `${REFUSED} Also: the key was used for another instruction, or the amount exceeds what is left.`,
  })
  async createTransfer(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('assetId', ParseUUIDPipe) assetId: string,
    @Body() dto: CreateTransferDto,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentScope() scope: CaseScope,
  ): Promise<TransferView> {
    const { transfer, replayed } = await this.service.createTransfer(id, assetId, dto, key, actor, scope);
    if (replayed) void reply.header('Idempotent-Replayed', 'true');
    return transfer;
  }

  @Post('transfers/:transferId/initiate')
  @RequirePermission('transfers.execute')
  @HttpCode(200)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: STEP_KEY })
  @ApiOperation({
    summary: 'Send the instruction to the provider (finance officer); pending → initiated',
    description:
      'Runs on the case workflow (update initiate_asset_transfer) as one activity that sends the instruction under the ' +
      'provider idempotency key <transfer key>:<attempt> and marks it initiated; a retried request or activity sends nothing twice. ' +
      'Refused once consent is withdrawn (consent_withdrawn): transfers not yet initiated are cancelled then.',
  })
  @ApiOkResponse({ type: TransferView })
  @ApiConflictResponse({ description: REFUSED })
  initiate(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('transferId', ParseUUIDPipe) transferId: string,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: CaseScope,
  ) {
    return this.service.execute(id, transferId, { type: 'initiate' }, key, actor, scope);
  }

  @Post('transfers/:transferId/confirm')
  @RequirePermission('transfers.execute')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm the transfer with its bank or provider reference (finance officer); initiated → confirmed',
    description:
      'Runs on the case workflow (update confirm_asset_transfer) as two activities keyed by the transfer: post ' +
      'returnee-assets → assets-paid-out under asset-transfer:<transfer idempotency key> (the reference in its description), then mark ' +
      'the transfer confirmed. A crash between them, a retried request or confirming again with the same reference pays nothing twice. ' +
      'While a consent withdrawal is being carried out: 409 withdrawal_in_progress, try again a moment later.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: STEP_KEY })
  @ApiOkResponse({ type: TransferView })
  @ApiConflictResponse({ description: REFUSED })
  confirm(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('transferId', ParseUUIDPipe) transferId: string,
    @Body() dto: ConfirmTransferDto,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: CaseScope,
  ) {
    return this.service.execute(
      id,
      transferId,
      { type: 'confirm', providerReference: dto.providerReference },
      key,
      actor,
      scope,
    );
  }

  @Post('transfers/:transferId/fail')
  @RequirePermission('transfers.execute')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the transfer failed, with the reason (finance officer); initiated → failed' })
  @ApiOkResponse({ type: TransferView })
  @ApiConflictResponse({ description: REFUSED })
  fail(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('transferId', ParseUUIDPipe) transferId: string,
    @Body() dto: FailTransferDto,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: CaseScope,
  ) {
    return this.service.act(id, transferId, { type: 'fail', reason: dto.reason }, actor, scope);
  }

  @Post('transfers/:transferId/retry')
  @RequirePermission('transfers.execute')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retry a failed transfer as a new attempt (finance officer); failed → pending' })
  @ApiOkResponse({ type: TransferView })
  @ApiConflictResponse({ description: REFUSED })
  retry(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('transferId', ParseUUIDPipe) transferId: string,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: CaseScope,
  ) {
    return this.service.act(id, transferId, { type: 'retry' }, actor, scope);
  }

  @Post('transfers/:transferId/cancel')
  @RequirePermission('transfers.cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a pending or failed transfer; a confirmed transfer stands (409)' })
  @ApiOkResponse({ type: TransferView })
  @ApiConflictResponse({ description: REFUSED })
  cancel(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('transferId', ParseUUIDPipe) transferId: string,
    @Body() dto: CancelTransferDto,
    @CurrentActor() actor: Actor,
    @CurrentScope() scope: CaseScope,
  ) {
    return this.service.act(id, transferId, { type: 'cancel', reason: dto.reason ?? null }, actor, scope);
  }

  @Get('statement')
  @RequirePermission('statement.read')
  @ApiOperation({
    summary:
      "The case's ledger statement: every line with its running balance, and the balances per account and currency",
    description:
      'Amounts are integer minor units as strings. Balances are SUMs over the ledger lines, read in the same snapshot as the entries.',
  })
  @ApiOkResponse({ type: StatementView })
  statement(@Param('id', ParseUUIDPipe) id: string, @CurrentScope() scope: CaseScope): Promise<StatementView> {
    return this.service.statement(id, scope);
  }
}
