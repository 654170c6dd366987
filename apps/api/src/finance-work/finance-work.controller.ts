import { Controller, Get, Injectable, Module, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import {
  FINANCE_WORK_KINDS,
  type FinanceWorkCursor,
  type FinanceWorkKind,
  FinanceWorkRepository,
  PersistenceModule,
} from '@avrr/persistence';
import { RequirePermission } from '../auth/access.decorators';
import { PageQuery } from '../common/page.query';
import { RequestValidationError } from '../common/request-validation.error';

export class FinanceWorkItemView {
  @ApiProperty({
    enum: FINANCE_WORK_KINDS,
    description:
      'verify_asset: a declared asset to verify; initiate_transfer, confirm_transfer, retry_transfer: a pending, ' +
      'initiated or failed transfer; pay_tranche: a released grant tranche to pay.',
  })
  kind: FinanceWorkKind;
  @ApiProperty({ format: 'uuid', description: 'The asset, transfer or tranche.' }) itemId: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ example: 'RC-2026-000123' }) caseReference: string;
  @ApiProperty({ example: '150000', description: 'Integer minor units as a string.' }) amountMinor: string;
  @ApiProperty({ example: 'XOF' }) currency: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'When it started waiting.' }) since: string;
}

export class FinanceWorkView {
  @ApiProperty({ type: [FinanceWorkItemView] }) items: FinanceWorkItemView[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as `cursor` for the next page.' })
  nextCursor: string | null;
}

@Injectable()
export class FinanceWorkService {
  constructor(private readonly work: FinanceWorkRepository) {}

  async list(query: PageQuery): Promise<FinanceWorkView> {
    // One more than asked: whether there is a next page, without counting.
    const rows = await this.work.list(query.limit + 1, query.cursor ? decodeCursor(query.cursor) : undefined);
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return {
      items: items.map((i) => ({ ...i, since: new Date(i.since).toISOString() })),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ since: last.since, itemId: last.itemId }) : null,
    };
  }
}

function encodeCursor(cursor: FinanceWorkCursor): string {
  return Buffer.from(JSON.stringify([cursor.since, cursor.itemId])).toString('base64url');
}

function decodeCursor(raw: string): FinanceWorkCursor {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 2) throw new Error('shape');
    const [since, itemId] = decoded as unknown[];
    // PostgreSQL's own text of a timestamptz (microseconds kept), and a UUID.
    if (
      typeof since !== 'string' ||
      !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.test(since) ||
      Number.isNaN(Date.parse(since))
    )
      throw new Error('since');
    if (typeof itemId !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(itemId))
      throw new Error('id');
    return { since, itemId };
  } catch {
    throw new RequestValidationError([{ field: 'cursor', reason: 'is not a cursor this service issued' }]);
  }
}

@ApiTags('finance')
@Controller('finance')
export class FinanceWorkController {
  constructor(private readonly service: FinanceWorkService) {}

  @Get('work')
  @RequirePermission('finance.work.read')
  @ApiOperation({
    summary: 'What waits on finance, across the programme (finance officers)',
    description:
      'Assets to verify, transfers to initiate, confirm or retry, and grant tranches to pay, oldest first, each with ' +
      "its case's reference and amount (no other case content); paged with `limit` and `nextCursor`.",
  })
  @ApiOkResponse({ type: FinanceWorkView })
  list(@Query() query: PageQuery): Promise<FinanceWorkView> {
    return this.service.list(query);
  }
}

@Module({
  imports: [PersistenceModule],
  controllers: [FinanceWorkController],
  providers: [FinanceWorkService],
})
export class FinanceWorkModule {}
