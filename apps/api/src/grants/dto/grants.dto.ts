import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CURRENCY_EXPONENTS,
  MAX_TRANCHES,
  MILESTONE_KINDS,
  type MilestoneKind,
  TRANCHE_RECIPIENTS,
  TRANCHE_STATUSES,
  type TrancheRecipient,
  type TrancheStatus,
} from '@avrr/domain';
import { ToUpperCase, Trim } from '../../common/validators';

const CURRENCIES = Object.keys(CURRENCY_EXPONENTS);
const POSITIVE_MINOR = /^[1-9]\d{0,18}$/;
const MINOR =
  'Integer minor units as a decimal string ("150000" is 150 000 XOF, "30000" is 300.00 EUR). Never a float.';

export class TrancheDto {
  @ApiProperty({
    enum: MILESTONE_KINDS,
    description: 'The milestone that releases this tranche, recorded by the partner after arrival.',
  })
  @IsIn(MILESTONE_KINDS)
  milestone: MilestoneKind;

  @ApiProperty({ example: '150000', description: MINOR })
  @IsString()
  @Matches(POSITIVE_MINOR, { message: 'must be a positive integer of minor units written as a string, e.g. "150000"' })
  amountMinor: string;

  @ApiProperty({ example: 'XOF', enum: CURRENCIES, description: 'ISO 4217; a currency the approved plan budgets in.' })
  @ToUpperCase()
  @IsIn(CURRENCIES, { message: 'must be an ISO 4217 currency the programme works in' })
  currency: string;

  @ApiProperty({
    enum: TRANCHE_RECIPIENTS,
    description: 'returnee: cash to the returnee; supplier: in kind, paid to the supplier.',
  })
  @IsIn(TRANCHE_RECIPIENTS)
  recipient: TrancheRecipient;

  @ApiPropertyOptional({
    example: 'Singer Sénégal, Dakar',
    description: 'The supplier paid in kind; required when the recipient is a supplier and names no provider.',
  })
  @ValidateIf(
    (o: TrancheDto) => (o.recipient === 'supplier' && o.supplierProviderId === undefined) || o.supplier !== undefined,
  )
  @IsString()
  @Trim()
  @MinLength(1, { message: 'is required for a payment in kind' })
  @MaxLength(200)
  supplier?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "The supplier as a service provider of the case's country (GET /service-providers), instead of `supplier`'s " +
      'free text, which then takes its name. For a payment in kind only.',
  })
  @IsOptional()
  @IsUUID()
  supplierProviderId?: string;
}

export class CreateGrantDto {
  @ApiProperty({
    type: [TrancheDto],
    description: 'The payment schedule. Per currency the tranches add up to the approved plan’s budget lines exactly.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_TRANCHES)
  @ValidateNested({ each: true })
  @Type(() => TrancheDto)
  tranches: TrancheDto[];
}

export class PayTrancheDto {
  @ApiProperty({
    example: 'WAVE-TX-2027-55120',
    description: 'The proof of payment: the bank, mobile-money or receipt reference.',
  })
  @IsString()
  @Trim()
  @MinLength(1)
  @MaxLength(200)
  proofReference: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The proof of payment filed in the case file (POST /cases/:id/documents, kind proof_of_payment). Required ' +
      'while the programme requires proofs (REQUIRE_PROOF_OF_PAYMENT, on by default): without it the payment is ' +
      'refused with 409 evidence_missing.',
  })
  @IsOptional()
  @IsUUID()
  proofDocumentId?: string;

  @ApiPropertyOptional({
    example: 'doc:receipt-55120.pdf',
    description:
      'A paper kept outside the case file, by reference (older payments); proofDocumentId names one inside it.',
  })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(500)
  proofDocument?: string;
}

export class GrantAmountView {
  @ApiProperty() currency: string;
  @ApiProperty({ description: 'Integer minor units as a string.' }) amountMinor: string;
}

export class TrancheView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: number;
  @ApiProperty({ enum: MILESTONE_KINDS }) milestone: MilestoneKind;
  @ApiProperty({ description: 'Integer minor units as a string.' }) amountMinor: string;
  @ApiProperty() currency: string;
  @ApiProperty({ enum: TRANCHE_RECIPIENTS }) recipient: TrancheRecipient;
  @ApiPropertyOptional({ type: String, nullable: true }) supplier: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The supplier as a record.' })
  supplierProviderId: string | null;
  @ApiProperty({ enum: TRANCHE_STATUSES, description: 'waiting on its milestone, released, or paid.' })
  status: TrancheStatus;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) releasedAt: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) paidAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The proof of payment once paid.' })
  proofReference: string | null;
}

export class TranchePaymentView {
  @ApiProperty({ format: 'uuid' }) trancheId: string;
  @ApiProperty() number: number;
  @ApiProperty({ enum: TRANCHE_STATUSES }) status: string;
  @ApiProperty({ description: 'Integer minor units as a string.' }) amountMinor: string;
  @ApiProperty() currency: string;
  @ApiProperty({ enum: TRANCHE_RECIPIENTS }) recipient: string;
  @ApiPropertyOptional({ type: String, nullable: true }) supplier: string | null;
  @ApiProperty({ format: 'uuid' }) paymentId: string;
  @ApiProperty() proofReference: string;
  @ApiPropertyOptional({ type: String, nullable: true }) proofDocument: string | null;
  @ApiProperty({ example: 'grant-tranche:…:paid', description: 'The key of the ledger posting that paid it.' })
  postingKey: string;
  @ApiProperty() paidBy: string;
  @ApiProperty() paidAt: string;
}

export class GrantView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({
    type: [GrantAmountView],
    description: 'The approved plan’s budget per currency (the sum of the tranches).',
  })
  budget: GrantAmountView[];
  @ApiProperty({ type: [TrancheView] }) tranches: TrancheView[];
  @ApiProperty({ type: [TranchePaymentView] }) payments: TranchePaymentView[];
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
}
