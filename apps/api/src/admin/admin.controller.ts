import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
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
import type { OfficeEntity, PartnerOrganisationEntity } from '@avrr/persistence';
import { RequirePermission } from '../auth/access.decorators';
import {
  CreateOfficeDto,
  CreatePartnerOrganisationDto,
  CreateUserDto,
  OfficeView,
  PartnerOrganisationView,
  UpdateUserDto,
  UserListQuery,
  UserPage,
  UserView,
} from './admin.dto';
import { AdminService } from './admin.service';

@ApiTags('administration')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid fields, each listed with its reason.' })
@Controller('admin')
export class AdminController {
  constructor(private readonly admin: AdminService) {}

  @Post('offices')
  @RequirePermission('reference-data.manage')
  @ApiOperation({ summary: 'Add a host office' })
  @ApiCreatedResponse({ type: OfficeView, description: 'The office.' })
  @ApiConflictResponse({ description: '`office_exists`.' })
  createOffice(@Body() dto: CreateOfficeDto): Promise<OfficeEntity> {
    return this.admin.createOffice(dto);
  }

  @Get('offices')
  @RequirePermission('reference-data.manage')
  @ApiOperation({ summary: 'All offices' })
  @ApiOkResponse({ type: [OfficeView] })
  listOffices(): Promise<OfficeEntity[]> {
    return this.admin.listOffices();
  }

  @Post('partner-organisations')
  @RequirePermission('reference-data.manage')
  @ApiOperation({ summary: 'Add a partner organisation and the countries of return it covers' })
  @ApiCreatedResponse({ type: PartnerOrganisationView, description: 'The organisation.' })
  @ApiConflictResponse({ description: '`partner_organisation_exists`.' })
  createPartnerOrganisation(@Body() dto: CreatePartnerOrganisationDto): Promise<PartnerOrganisationEntity> {
    return this.admin.createPartnerOrganisation(dto);
  }

  @Get('partner-organisations')
  @RequirePermission('reference-data.manage')
  @ApiOperation({ summary: 'All partner organisations' })
  @ApiOkResponse({ type: [PartnerOrganisationView] })
  listPartnerOrganisations(): Promise<PartnerOrganisationEntity[]> {
    return this.admin.listPartnerOrganisations();
  }

  @Post('users')
  @RequirePermission('accounts.manage')
  @ApiOperation({
    summary: 'Create a user with a role and scope',
    description: 'Counsellors, logistics officers and supervisors need offices; partner focal points an organisation.',
  })
  @ApiCreatedResponse({ type: UserView })
  @ApiConflictResponse({ description: '`user_exists`.' })
  createUser(@Body() dto: CreateUserDto): Promise<UserView> {
    return this.admin.createUser(dto);
  }

  @Get('users')
  @RequirePermission('accounts.manage')
  @ApiOperation({
    summary: 'Users, a page at a time',
    description: 'In email order, narrowed by part of the email or name, role and state, with the counts of all pages.',
  })
  @ApiOkResponse({ type: UserPage })
  listUsers(@Query() query: UserListQuery): Promise<UserPage> {
    return this.admin.listUsers(query);
  }

  @Patch('users/:userId')
  @RequirePermission('accounts.manage')
  @ApiOperation({ summary: "Change a user's role, scope, name, password or whether the account is active" })
  @ApiOkResponse({ type: UserView })
  updateUser(
    @Param('userId', new ParseUUIDPipe({ version: '4' })) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return this.admin.updateUser(id, dto);
  }

  @Post('users/:userId/unlock')
  @RequirePermission('accounts.manage')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Unlock an account locked by failed sign-ins',
    description:
      'Clears the lock and the count of failed sign-ins; the password and sessions stay. To reset the password ' +
      'instead, set a temporary one with PATCH (which also unlocks and signs the user out everywhere).',
  })
  @ApiOkResponse({ type: UserView })
  @ApiNotFoundResponse({ description: '`user_not_found`.' })
  unlockUser(@Param('userId', new ParseUUIDPipe({ version: '4' })) id: string): Promise<UserView> {
    return this.admin.unlockUser(id);
  }
}
