import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Principal } from '@avrr/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { AnswersSnapshot, CaseActionsApi } from './case-action.decorators';
import { CaseActionsService } from './case-actions.service';
import { RecordPreDepartureInformationDto } from './dto/pre-departure-information.dto';
import { GivenSheets } from './given-sheets';

/** Pre-departure information given to the returnee and acknowledged (issue 16, part 2). */
@CaseActionsApi()
@Controller('cases/:id')
export class PreDepartureInformationController {
  constructor(
    private readonly actions: CaseActionsService,
    private readonly givenSheets: GivenSheets,
  ) {}

  @Post('pre-departure-information')
  @AnswersSnapshot()
  @RequirePermission('case.record_pre_departure_information')
  @ApiOperation({
    summary:
      'Record which information sheets were given, in which language and version, and their acknowledgement (counsellor)',
    description:
      "Each sheet named must exist in the version named, be for the case's country of return and be in the language " +
      'given (otherwise 400 naming the sheet). While the programme requires it (REQUIRE_INFORMATION_ACKNOWLEDGED, on ' +
      'by default, fixed for a case when it starts), consent is refused with 409 information_not_acknowledged until ' +
      'this is recorded.',
  })
  async record(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordPreDepartureInformationDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    const sheets = await this.givenSheets.check(id, dto, actor);
    return this.actions.execute(id, { type: 'record_pre_departure_information', ...dto, sheets }, actor, key);
  }
}
