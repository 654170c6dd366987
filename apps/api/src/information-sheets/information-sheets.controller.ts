import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ParseCountPipe } from '../common/parse-count.pipe';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '@avrr/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import {
  CreateInformationSheetDto,
  InformationSheetDetailView,
  InformationSheetsQuery,
  InformationSheetVersionView,
  InformationSheetView,
  PublishSheetVersionDto,
} from './dto/information-sheets.dto';
import { InformationSheetsService } from './information-sheets.service';

@ApiTags('information sheets')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid fields, each listed with its reason.' })
@Controller('information-sheets')
export class InformationSheetsController {
  constructor(private readonly service: InformationSheetsService) {}

  @Get()
  @RequirePermission('information_sheets.read')
  @ApiOperation({
    summary: 'The information sheets, by country of return and language, each with its newest version',
  })
  @ApiOkResponse({ type: [InformationSheetView] })
  list(@Query() query: InformationSheetsQuery): Promise<InformationSheetView[]> {
    return this.service.list(query);
  }

  @Post()
  @RequirePermission('information_sheets.manage')
  @ApiOperation({
    summary: 'Add a sheet for a country of return, topic and language, publishing its version 1 (administrator)',
  })
  @ApiCreatedResponse({ type: InformationSheetVersionView })
  @ApiConflictResponse({ description: '`sheet_exists`: that country, topic and language has a sheet; publish to it.' })
  create(@Body() dto: CreateInformationSheetDto, @CurrentPrincipal() by: Principal) {
    return this.service.create(dto, by);
  }

  @Get(':sheetId')
  @RequirePermission('information_sheets.read')
  @ApiOperation({ summary: 'A sheet with every version it had, newest first' })
  @ApiOkResponse({ type: InformationSheetDetailView })
  @ApiNotFoundResponse({ description: 'No such sheet.' })
  get(@Param('sheetId', ParseUUIDPipe) id: string): Promise<InformationSheetDetailView> {
    return this.service.get(id);
  }

  @Post(':sheetId/versions')
  @RequirePermission('information_sheets.manage')
  @ApiOperation({
    summary: 'Publish a new version of a sheet (administrator)',
    description:
      'The new version is numbered n+1 and becomes the one to give. Earlier versions stay as they were: a case ' +
      'records the version the returnee was given.',
  })
  @ApiCreatedResponse({ type: InformationSheetVersionView })
  @ApiNotFoundResponse({ description: 'No such sheet.' })
  publish(
    @Param('sheetId', ParseUUIDPipe) id: string,
    @Body() dto: PublishSheetVersionDto,
    @CurrentPrincipal() by: Principal,
  ) {
    return this.service.publish(id, dto, by);
  }

  @Get(':sheetId/versions/:version')
  @RequirePermission('information_sheets.read')
  @ApiOperation({ summary: 'One version of a sheet, as it was published' })
  @ApiOkResponse({ type: InformationSheetVersionView })
  @ApiNotFoundResponse({ description: 'No such sheet or version.' })
  version(
    @Param('sheetId', ParseUUIDPipe) id: string,
    @Param('version', ParseCountPipe) version: number,
  ): Promise<InformationSheetVersionView> {
    return this.service.version(id, version);
  }
}
