import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
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
  CreateServiceProviderDto,
  ServiceProvidersQuery,
  ServiceProviderView,
  UpdateServiceProviderDto,
} from './service-provider.dto';
import { ServiceProvidersService } from './service-providers.service';

/**
 * Suppliers of in-kind assistance per country of return (issue 16, part 5). Partners manage their organisation's
 * countries, supervisors the countries of return of their offices' cases, administrators all; finance reads all.
 */
@ApiTags('service providers')
@ApiBearerAuth()
@Controller('service-providers')
export class ServiceProvidersController {
  constructor(private readonly service: ServiceProvidersService) {}

  @Get()
  @RequirePermission('providers.read')
  @ApiOperation({ summary: 'The service providers of the countries you work in, by country and name' })
  @ApiOkResponse({ type: [ServiceProviderView] })
  list(@Query() query: ServiceProvidersQuery, @CurrentPrincipal() principal: Principal) {
    return this.service.list(principal, query.country);
  }

  @Post()
  @RequirePermission('providers.manage')
  @ApiOperation({ summary: 'Record a service provider in a country you work in' })
  @ApiCreatedResponse({ type: ServiceProviderView })
  @ApiBadRequestResponse({ description: 'Invalid fields, or a country you do not work in (`violations`).' })
  @ApiConflictResponse({ description: '`service_provider_exists`: that name is already recorded in that country.' })
  create(@Body() dto: CreateServiceProviderDto, @CurrentPrincipal() principal: Principal) {
    return this.service.create(dto, principal);
  }

  @Patch(':providerId')
  @RequirePermission('providers.manage')
  @ApiOperation({ summary: "Change a provider's name, kind or contact, or stop offering it (`active: false`)" })
  @ApiOkResponse({ type: ServiceProviderView })
  @ApiNotFoundResponse({ description: 'No such provider in your countries (`service_provider_not_found`).' })
  @ApiConflictResponse({ description: '`service_provider_exists`: that name is already recorded in that country.' })
  update(
    @Param('providerId', ParseUUIDPipe) providerId: string,
    @Body() dto: UpdateServiceProviderDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.service.update(providerId, dto, principal);
  }
}
