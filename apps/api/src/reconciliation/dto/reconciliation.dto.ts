import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO31661Alpha2, IsOptional, Matches } from 'class-validator';
import { IsCalendarDate, ToUpperCase } from '../../common/validators';

export class StartReconciliationExportDto {
  @ApiProperty({ example: 'PARIS', description: 'The programme: the code of the host office that runs the returns.' })
  @ToUpperCase()
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,63}$/, { message: 'must be an office code: 2 to 64 letters, digits, _ or -' })
  hostOffice: string;

  @ApiPropertyOptional({ example: 'SN', description: 'Only the returns to this country (ISO 3166-1 alpha-2).' })
  @IsOptional()
  @ToUpperCase()
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  countryOfReturn?: string;

  @ApiProperty({ example: '2027-01-01', description: 'First day of the period (UTC), included.' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({
    example: '2027-03-31',
    description: 'Last day of the period (UTC), included; at most 366 days after `from`.',
  })
  @IsCalendarDate()
  to: string;
}

export class ReconciliationTotalView {
  @ApiProperty({ enum: ['asset_transfer', 'grant_tranche'] }) item: string;
  @ApiProperty() status: string;
  @ApiProperty() currency: string;
  @ApiProperty() count: number;
  @ApiProperty({ description: 'Integer minor units as a string.' }) amountMinor: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'The account this status ties to (assets-paid-out, grant-in-transit, grant-paid-out), or null when nothing stays posted.',
  })
  ledgerAccount: string | null;
  @ApiProperty({ description: 'What the ledger holds for these items, integer minor units as a string.' })
  ledgerAmountMinor: string;
  @ApiProperty() ties: boolean;
}

export class ReconciliationExportView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    enum: ['waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized', 'waiting-children', 'unknown'],
  })
  state: string;
  @ApiProperty({ description: 'Percent of the cases read, 0 to 100.' }) progress: number;
  @ApiProperty() hostOffice: string;
  @ApiPropertyOptional({ type: String, nullable: true }) countryOfReturn: string | null;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty() requestedAt: string;
  @ApiPropertyOptional() rows?: number;
  @ApiPropertyOptional() cases?: number;
  @ApiPropertyOptional({ type: [ReconciliationTotalView] }) totals?: ReconciliationTotalView[];
  @ApiPropertyOptional({ description: 'Every total ties to the ledger.' }) ties?: boolean;
  @ApiPropertyOptional({ description: 'Where to download the CSV once completed.' }) downloadUrl?: string;
  @ApiPropertyOptional() error?: string;
}
