import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { IscoGroupEntity, IscoGroupRepository, OccupationSearchRepository } from '@avrr/persistence';
import { IscoGroupDetailView, IscoGroupView, OccupationSearchView } from './dto/occupation.response';
import { SearchOccupationsQuery } from './dto/search-occupations.query';
import { RequirePermission } from '../auth/access.decorators';

@ApiTags('occupations')
@Controller('occupations')
export class OccupationsController {
  constructor(
    private readonly search: OccupationSearchRepository,
    private readonly groups: IscoGroupRepository,
  ) {}

  @Get('search')
  @RequirePermission('occupations.read')
  @ApiOperation({
    summary: 'Suggest ISCO-08 unit groups for what a person says they did',
    description:
      'Free text in, ranked ISCO-08 unit groups out. Tolerates everyday wording ("car mechanic"), the inverted ' +
      'index form ("Mechanic, motor vehicle"), misspellings and any word order. Matches the ILO structure titles ' +
      'and an index of about 5,600 occupational titles (ISCO-08 © ILO 2008).',
  })
  @ApiOkResponse({ type: OccupationSearchView })
  @ApiBadRequestResponse({ description: '`q` is not 2 to 200 characters, or `limit` is not an integer from 1 to 20.' })
  async find(@Query() query: SearchOccupationsQuery): Promise<OccupationSearchView> {
    return { query: query.q, items: await this.search.search(query.q, query.limit) };
  }

  @Get('groups/:code')
  @RequirePermission('occupations.read')
  @ApiOperation({ summary: 'One ISCO-08 group with the groups above it (major, sub-major, minor)' })
  @ApiParam({ name: 'code', example: '7231', description: 'A code of 1 to 4 digits; keep leading zeros (0110).' })
  @ApiOkResponse({ type: IscoGroupDetailView })
  @ApiNotFoundResponse({ description: 'No ISCO-08 group has this code.' })
  async group(@Param('code') code: string): Promise<IscoGroupDetailView> {
    const found = await this.groups.findWithAncestors(code);
    if (!found) throw new NotFoundException(`No ISCO-08 group has the code "${code}".`);
    return { ...toView(found.group), ancestors: found.ancestors.map(toView) };
  }
}

function toView(g: IscoGroupEntity): IscoGroupView {
  return { code: g.code, level: g.level, title: g.title, parentCode: g.parentCode };
}
