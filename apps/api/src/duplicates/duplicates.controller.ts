import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@avrr/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { DuplicateDecisionDto, DuplicateDecisionView, PossibleDuplicatesView } from './dto/duplicates.dto';
import { DuplicatesService } from './duplicates.service';

@ApiTags('case file: duplicate persons')
@ApiNotFoundResponse({ description: 'No such case in your scope.' })
@Controller('cases/:id/possible-duplicates')
export class DuplicatesController {
  constructor(private readonly service: DuplicatesService) {}

  @Get()
  @RequirePermission('duplicates.read')
  @ApiOperation({
    summary: 'Possible earlier cases of the people of this case',
    description:
      'Fuzzy names across scripts and spellings, birth dates allowing day and month swapped, nationality and document ' +
      'numbers. Matches in your scope in full; elsewhere only that a match exists and the office to ask.',
  })
  @ApiOkResponse({ type: PossibleDuplicatesView })
  list(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PossibleDuplicatesView> {
    return this.service.possibleDuplicates(id, principal);
  }

  @Post('decisions')
  @HttpCode(200)
  @RequirePermission('duplicates.decide')
  @ApiOperation({ summary: 'Confirm (links the cases) or dismiss a possible duplicate; audited' })
  @ApiOkResponse({ type: DuplicateDecisionView })
  @ApiConflictResponse({ description: 'Not a match the check found for this person, or the case is closed.' })
  decide(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DuplicateDecisionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DuplicateDecisionView> {
    return this.service.decide(id, dto, principal);
  }
}
