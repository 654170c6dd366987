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
import { SYSTEM_SCOPE } from '@avrr/persistence';
import { CurrentActor } from '../common/actor.decorator';
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

// Until accounts and roles exist, requests act with the service's own scope; the access issue replaces this.
const REQUEST_SCOPE = SYSTEM_SCOPE;
const REFUSED = 'Refused, with a code and a sentence: the role may not do this, or the transfer’s status does not allow it.';

@ApiTags('assets: declared assets, transfers and the case statement')
@ApiNotFoundResponse({ description: 'No such case, person, asset or transfer in your scope.' })
@Controller('cases/:id')
export class AssetTransfersController {
  constructor(private readonly service: AssetTransfersService) {}

  @Get('assets')
  @ApiOperation({ summary: "The household's declared assets, each with its transfer instructions" })
  @ApiOkResponse({ type: [AssetView] })
  listAssets(@Param('id', ParseUUIDPipe) id: string): Promise<AssetView[]> {
    return this.service.listAssets(id, REQUEST_SCOPE);
  }

  @Post('assets')
  @ApiHeader({ name: 'X-Actor-Role', required: true, description: 'counsellor' })
  @ApiOperation({
    summary: 'Declare an asset of a household member (counsellor)',
    description: 'Savings, wages owed (with the employer), a deposit or belongings; the amount in integer minor units of an ISO 4217 currency.',
  })
  @ApiCreatedResponse({ type: AssetView })
  @ApiConflictResponse({ description: REFUSED })
  declare(@Param('id', ParseUUIDPipe) id: string, @Body() dto: DeclareAssetDto, @CurrentActor() actor: Actor): Promise<AssetView> {
    return this.service.declare(id, dto, actor, REQUEST_SCOPE);
  }

  @Post('assets/:assetId/verify')
  @HttpCode(200)
  @ApiHeader({ name: 'X-Actor-Role', required: true, description: 'finance_officer' })
  @ApiOperation({
    summary: 'Verify an asset: evidence checked, money collected for the returnee (finance officer)',
    description: 'Posts asset-sources → returnee-assets once (key asset:<id>:verified); a repeated request changes nothing.',
  })
  @ApiOkResponse({ type: AssetView })
  @ApiConflictResponse({ description: REFUSED })
  verify(@Param('id', ParseUUIDPipe) id: string, @Param('assetId', ParseUUIDPipe) assetId: string, @CurrentActor() actor: Actor): Promise<AssetView> {
    return this.service.verify(id, assetId, actor, REQUEST_SCOPE);
  }

  @Post('assets/:assetId/transfers')
  @HttpCode(201)
  @ApiHeader({ name: 'X-Actor-Role', required: true, description: 'counsellor or finance_officer' })
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'Same key and body: the same transfer (Idempotent-Replayed: true).' })
  @ApiOperation({ summary: 'Create a transfer instruction for a verified asset (counsellor or finance officer)' })
  @ApiCreatedResponse({ type: TransferView })
  @ApiConflictResponse({ description: `${REFUSED} Also: the key was used for another instruction, or the amount exceeds what is left.` })
  async createTransfer(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('assetId', ParseUUIDPipe) assetId: string,
    @Body() dto: CreateTransferDto,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TransferView> {
    const { transfer, replayed } = await this.service.createTransfer(id, assetId, dto, key, actor, REQUEST_SCOPE);
    if (replayed) void reply.header('Idempotent-Replayed', 'true');
    return transfer;
  }

  @Post('transfers/:transferId/initiate')
  @HttpCode(200)
  @ApiHeader({ name: 'X-Actor-Role', required: true, description: 'finance_officer' })
  @ApiOperation({ summary: 'Send the instruction to the provider (finance officer); pending → initiated' })
  @ApiOkResponse({ type: TransferView })
  @ApiConflictResponse({ description: REFUSED })
  initiate(@Param('id', ParseUUIDPipe) id: string, @Param('transferId', ParseUUIDPipe) transferId: string, @CurrentActor() actor: Actor) {
    return this.service.act(id, transferId, { type: 'initiate' }, actor, REQUEST_SCOPE);
  }

  @Post('transfers/:transferId/confirm')
  @HttpCode(200)
  @ApiHeader({ name: 'X-Actor-Role', required: true, description: 'finance_officer' })
  @ApiOperation({
    summary: 'Confirm the transfer with its bank or provider reference (finance officer); initiated → confirmed',
    description: 'Posts returnee-assets → assets-paid-out exactly once, keyed by the transfer’s idempotency key; confirming again with the same reference changes nothing.',
  })
  @ApiOkResponse({ type: TransferView })
  @ApiConflictResponse({ description: REFUSED })
  confirm(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('transferId', ParseUUIDPipe) transferId: string,
    @Body() dto: ConfirmTransferDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.service.act(id, transferId, { type: 'confirm', providerReference: dto.providerReference }, actor, REQUEST_SCOPE);
  }

  @Post('transfers/:transferId/fail')
  @HttpCode(200)
  @ApiHeader({ name: 'X-Actor-Role', required: true, description: 'finance_officer' })
  @ApiOperation({ summary: 'Record that the transfer failed, with the reason (finance officer); initiated → failed' })
  @ApiOkResponse({ type: TransferView })
  @ApiConflictResponse({ description: REFUSED })
  fail(@Param('id', ParseUUIDPipe) id: string, @Param('transferId', ParseUUIDPipe) transferId: string, @Body() dto: FailTransferDto, @CurrentActor() actor: Actor) {
    return this.service.act(id, transferId, { type: 'fail', reason: dto.reason }, actor, REQUEST_SCOPE);
  }

  @Post('transfers/:transferId/retry')
  @HttpCode(200)
  @ApiHeader({ name: 'X-Actor-Role', required: true, description: 'finance_officer' })
  @ApiOperation({ summary: 'Retry a failed transfer as a new attempt (finance officer); failed → pending' })
  @ApiOkResponse({ type: TransferView })
  @ApiConflictResponse({ description: REFUSED })
  retry(@Param('id', ParseUUIDPipe) id: string, @Param('transferId', ParseUUIDPipe) transferId: string, @CurrentActor() actor: Actor) {
    return this.service.act(id, transferId, { type: 'retry' }, actor, REQUEST_SCOPE);
  }

  @Post('transfers/:transferId/cancel')
  @HttpCode(200)
  @ApiHeader({ name: 'X-Actor-Role', required: true, description: 'counsellor or finance_officer' })
  @ApiOperation({ summary: 'Cancel a pending or failed transfer; a confirmed transfer stands (409)' })
  @ApiOkResponse({ type: TransferView })
  @ApiConflictResponse({ description: REFUSED })
  cancel(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('transferId', ParseUUIDPipe) transferId: string,
    @Body() dto: CancelTransferDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.service.act(id, transferId, { type: 'cancel', reason: dto.reason ?? null }, actor, REQUEST_SCOPE);
  }

  @Get('statement')
  @ApiOperation({
    summary: "The case's ledger statement: every line with its running balance, and the balances per account and currency",
    description: 'Amounts are integer minor units as strings. Balances are SUMs over the ledger lines, read in the same snapshot as the entries.',
  })
  @ApiOkResponse({ type: StatementView })
  statement(@Param('id', ParseUUIDPipe) id: string): Promise<StatementView> {
    return this.service.statement(id, REQUEST_SCOPE);
  }
}
