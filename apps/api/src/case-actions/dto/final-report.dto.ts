import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsISO4217CurrencyCode,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ToUpperCase, Trim } from '../../common/validators';

export class FinalReportInvoiceDto {
  @ApiProperty({ format: 'uuid', description: 'A file of kind `invoice` in this case file.' })
  @IsUUID()
  documentId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "The supplier: a service provider of the case's country of return (GET /service-providers).",
  })
  @IsOptional()
  @IsUUID()
  providerId?: string;

  @ApiProperty({ example: 120000, description: 'The invoiced amount in integer minor units (no decimals).' })
  @IsInt({ message: 'must be a whole number of minor units' })
  @Min(0)
  amountMinor: number;
}

export class DeliveredLineDto {
  @ApiProperty({ example: 0, description: "The plan component's position in the approved plan, from 0." })
  @IsInt()
  @Min(0)
  component: number;

  @ApiProperty({ example: 0, description: "The budget line's position in its component, from 0." })
  @IsInt()
  @Min(0)
  budgetLine: number;

  @ApiProperty({
    example: 145000,
    description: 'What was delivered, in integer minor units of the budget line currency (0: nothing).',
  })
  @IsInt({ message: 'must be a whole number of minor units' })
  @Min(0)
  deliveredMinor: number;

  @ApiProperty({ example: 'XOF', description: "ISO 4217; the budget line's own currency." })
  @ToUpperCase()
  @IsISO4217CurrencyCode({ message: 'must be an ISO 4217 currency code' })
  currency: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Files of kind `proof_of_payment` in this case file. A delivery needs a proof or an invoice.',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID(undefined, { each: true })
  proofDocumentIds: string[];

  @ApiProperty({ type: [FinalReportInvoiceDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FinalReportInvoiceDto)
  invoices: FinalReportInvoiceDto[];

  @ApiPropertyOptional({ description: 'What differs from the plan, and why.' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(2000)
  note?: string;
}

export class SubmitFinalReportDto {
  @ApiProperty({
    type: [DeliveredLineDto],
    description: 'One line per budget line of the approved plan, each exactly once.',
  })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DeliveredLineDto)
  lines: DeliveredLineDto[];

  @ApiProperty({ description: 'How reintegration went, in the partner’s words.', maxLength: 10000 })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(10000)
  narrative: string;
}

export class ValidateFinalReportDto {
  @ApiPropertyOptional({ description: 'A note for the partner.' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(2000)
  note?: string;
}
