import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { caseScopeFor, DomainError, type Principal } from '@avrr/domain';
import { AuditTrailRepository, CaseRepository, type ChainVerification } from '@avrr/persistence';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { AuditEntryView, toAuditEntryView } from './audit-entry.view';

export class AuditPageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;

  @ApiPropertyOptional({ description: 'Entries older than this sequence number (the previous page’s last `seq`).' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'must be a sequence number' })
  before?: string;
}

export class ChainBreakView {
  @ApiProperty({ description: 'The sequence number of the entry, as a string (a bigint).' }) seq: string;
  @ApiProperty({ enum: ['hash_mismatch', 'link_mismatch', 'sequence_gap'] })
  reason: 'hash_mismatch' | 'link_mismatch' | 'sequence_gap';
}

export class ChainVerificationView implements ChainVerification {
  @ApiProperty() ok: boolean;
  @ApiProperty({ description: 'Entries checked before the first broken one (all of them when ok).' }) checked: number;
  @ApiPropertyOptional({ type: ChainBreakView, description: 'The first entry that does not hold, and why.' })
  firstBroken?: ChainVerification['firstBroken'];
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller()
export class AuditController {
  constructor(
    private readonly trail: AuditTrailRepository,
    private readonly cases: CaseRepository,
  ) {}

  @Get('cases/:id/audit')
  @RequirePermission('cases.audit.read')
  @ApiOperation({ summary: "A case's audit history, newest first (supervisors, for the cases of their offices)" })
  @ApiOkResponse({ type: [AuditEntryView] })
  async forCase(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Query() query: AuditPageQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AuditEntryView[]> {
    const scope = caseScopeFor(principal);
    if (!(await this.cases.findById(id, scope)))
      throw new DomainError('case_not_found', `No case ${id} that you can see.`);
    const rows = await this.trail.listForCase(id, scope, query.limit, query.before);
    return rows.map(toAuditEntryView);
  }

  @Get('audit/verify')
  @RequirePermission('audit.verify')
  @ApiOperation({
    summary: 'Check the whole audit chain',
    description:
      'Recomputes every entry’s hash in order and names the first one whose content or link was altered. Also: `npm run audit:verify`.',
  })
  @ApiOkResponse({ type: ChainVerificationView })
  verify(): Promise<ChainVerification> {
    return this.trail.verify();
  }
}
