import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '@avrr/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { CaseErasureDto, CaseErasureView } from './erasure.dto';
import { ErasureService } from './erasure.service';

@ApiTags('subject-access')
@Controller('cases/:id/erasure')
export class ErasureController {
  constructor(private readonly service: ErasureService) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('persons.erase')
  @ApiOperation({
    summary: "Erase a closed case's personal data on a person's request, ahead of retention (supervisors)",
    description:
      'The anonymisation the retention period would bring, now: names, day and month of birth, contacts, document ' +
      'numbers, free text, files. The ledger and the statistics keep their totals. The whole case is erased, since ' +
      "a household's data is held together. The case's workflow is ended first (it can no longer be reopened) and " +
      'its Temporal histories deleted; each step is audited (`persons.erase.temporal`, `persons.erase`). A retry ' +
      'after a failure carries on where it stopped; after success it answers 409 `case_anonymised`.',
  })
  @ApiOkResponse({ type: CaseErasureView })
  @ApiBadRequestResponse({ description: 'Invalid fields, or `requestedBy` is not a person of this case.' })
  @ApiNotFoundResponse({ description: 'No such case in your scope (`case_not_found`).' })
  @ApiConflictResponse({
    description: '`case_open`: the case is not closed yet; `case_anonymised`: it is already anonymised.',
  })
  erase(
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Body() dto: CaseErasureDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CaseErasureView> {
    return this.service.erase(id, dto, principal);
  }
}
