import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  ASSET_KINDS,
  ASSET_STATUSES,
  type AssetKind,
  type AssetStatus,
  CURRENCY_EXPONENTS,
  DESTINATION_KINDS,
  type DestinationKind,
  TRANSFER_STATUSES,
  type TransferStatus,
} from '@avrr/domain';
import { ToUpperCase, Trim } from '../../common/validators';

const CURRENCIES = Object.keys(CURRENCY_EXPONENTS);
/** A positive integer of minor units, written as a decimal string: JSON numbers would lose precision (and allow floats). */
const POSITIVE_MINOR = /^[1-9]\d{0,18}$/;
const MINOR_DESCRIPTION =
  'Integer minor units as a decimal string ("120000" is 1200.00 EUR; XOF has no minor unit). Never a float.';

export class DeclareAssetDto {
  @ApiProperty({ format: 'uuid', description: 'The household member the asset belongs to.' })
  @IsUUID()
  personId: string;

  @ApiProperty({ enum: ASSET_KINDS })
  @IsIn(ASSET_KINDS)
  kind: AssetKind;

  @ApiProperty({ example: '120000', description: MINOR_DESCRIPTION })
  @IsString()
  @Matches(POSITIVE_MINOR, { message: 'must be a positive integer of minor units written as a string, e.g. "120000"' })
  amountMinor: string;

  @ApiProperty({ example: 'EUR', enum: CURRENCIES, description: 'ISO 4217.' })
  @ToUpperCase()
  @IsIn(CURRENCIES, { message: 'must be an ISO 4217 currency the programme works in' })
  currency: string;

  @ApiPropertyOptional({ description: 'Who owes the wages; required for wages owed.' })
  @ValidateIf((o: DeclareAssetDto) => o.kind === 'wages_owed' || o.employer !== undefined)
  @IsString()
  @Trim()
  @MinLength(1, { message: 'is required for wages owed' })
  @MaxLength(200)
  employer?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'References of the evidence documents (payslips, bank statement).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  evidenceDocuments?: string[];
}

export class CreateTransferDto {
  @ApiProperty({ enum: DESTINATION_KINDS })
  @IsIn(DESTINATION_KINDS)
  destinationKind: DestinationKind;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { bank: 'CBAO', accountNumber: 'SN08 SN01 0015 2000 0000 0000 0001', holder: 'Awa Ndiaye' },
    description:
      'Bank account (bank, accountNumber, holder), mobile money (operator, number) or cash pickup (agent, place): ' +
      "each of its kind's fields as text (at most 200 characters), and no other; a 400 names each field missing or unknown.",
  })
  @IsObject()
  destination: Record<string, unknown>;

  @ApiProperty({ example: '250000', description: `${MINOR_DESCRIPTION} At most what is left of the asset.` })
  @IsString()
  @Matches(POSITIVE_MINOR, { message: 'must be a positive integer of minor units written as a string, e.g. "250000"' })
  amountMinor: string;

  @ApiProperty({ example: 'XOF', description: 'ISO 4217; the asset’s own currency (no conversion here).' })
  @ToUpperCase()
  @IsIn(CURRENCIES, { message: 'must be an ISO 4217 currency the programme works in' })
  currency: string;
}

export class ConfirmTransferDto {
  @ApiProperty({ example: 'CBAO-2026-118822', description: 'The bank or provider reference of the transfer.' })
  @IsString()
  @Trim()
  @MinLength(1)
  @MaxLength(200)
  providerReference: string;
}

export class FailTransferDto {
  @ApiProperty({ example: 'Account number rejected by the receiving bank' })
  @IsString()
  @Trim()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

export class CancelTransferDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(500)
  reason?: string;
}

export class TransferView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) assetId: string;
  @ApiProperty({ enum: DESTINATION_KINDS }) destinationKind: DestinationKind;
  @ApiProperty({ type: 'object', additionalProperties: true }) destination: Record<string, unknown>;
  @ApiProperty({ description: 'Integer minor units as a string.' }) amountMinor: string;
  @ApiProperty() currency: string;
  @ApiProperty({ enum: TRANSFER_STATUSES }) status: TransferStatus;
  @ApiProperty({ description: '1, then one more for each retry after a failure.' }) attempt: number;
  @ApiProperty({ example: 'manual' }) provider: string;
  @ApiPropertyOptional({ type: String, nullable: true }) providerReference: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) failureReason: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) cancelReason: string | null;
  @ApiProperty() idempotencyKey: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) initiatedAt: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) confirmedAt: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) failedAt: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) cancelledAt: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() version: number;
}

export class AssetView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ enum: ASSET_KINDS }) kind: AssetKind;
  @ApiProperty({ description: 'Integer minor units as a string.' }) amountMinor: string;
  @ApiProperty() currency: string;
  @ApiProperty({ example: '1200.00', description: 'The amount in major units, exact, for people.' }) amount: string;
  @ApiPropertyOptional({ type: String, nullable: true }) employer: string | null;
  @ApiProperty({ type: [String] }) evidenceDocuments: string[];
  @ApiProperty({ enum: ASSET_STATUSES }) status: AssetStatus;
  @ApiProperty({ type: [TransferView] }) transfers: TransferView[];
  @ApiProperty() version: number;
}

export class StatementEntryView {
  @ApiProperty() postingId: string;
  @ApiProperty() idempotencyKey: string;
  @ApiProperty() description: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() account: string;
  @ApiProperty() currency: string;
  @ApiProperty({ description: 'Signed integer minor units as a string: positive into the account.' })
  amountMinor: string;
  @ApiProperty({ description: 'The account’s balance in this currency after this line.' }) runningBalanceMinor: string;
}

export class BalanceView {
  @ApiProperty() account: string;
  @ApiProperty() currency: string;
  @ApiProperty({ description: 'SUM of the lines, integer minor units as a string.' }) balanceMinor: string;
}

export class StatementView {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({
    example: 'SN',
    description: "The case's country of return: whose service providers its in-kind tranches may pay.",
  })
  countryOfReturn: string;
  @ApiProperty({ type: [StatementEntryView] }) entries: StatementEntryView[];
  @ApiProperty({ type: [BalanceView] }) balances: BalanceView[];
}
