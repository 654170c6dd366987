import { ConflictException, Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainError, type Principal, providerCountriesFor } from '@avrr/domain';
import { ServiceProviderRepository, type ServiceProviderRow } from '@avrr/persistence';
import { AuditService } from '../audit/audit.service';
import { RequestValidationError } from '../common/request-validation.error';
import type { CreateServiceProviderDto, ServiceProviderView, UpdateServiceProviderDto } from './service-provider.dto';

const UNIQUE_VIOLATION = '23505';

/** Suppliers of in-kind assistance, read and managed within the countries the caller works in. */
@Injectable()
export class ServiceProvidersService {
  constructor(
    private readonly providers: ServiceProviderRepository,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, country?: string): Promise<ServiceProviderView[]> {
    return (await this.providers.list(await this.countries(principal), country)).map(toView);
  }

  async create(dto: CreateServiceProviderDto, principal: Principal): Promise<ServiceProviderView> {
    const countries = await this.countries(principal);
    if (countries && !countries.includes(dto.country))
      throw new RequestValidationError([{ field: 'country', reason: 'is not a country you work in' }]);
    const row = await this.unique(() =>
      this.audit.writeAudited((em) => this.providers.insert(dto, principal.userId, em)),
    );
    return toView(row);
  }

  async update(id: string, dto: UpdateServiceProviderDto, principal: Principal): Promise<ServiceProviderView> {
    if (dto.country !== undefined)
      throw new RequestValidationError([{ field: 'country', reason: 'cannot change: record the provider anew' }]);
    const countries = await this.countries(principal);
    const row = await this.unique(() => this.audit.writeAudited((em) => this.providers.update(id, dto, countries, em)));
    if (!row) throw notFound(id);
    return toView(row);
  }

  /** The active provider an invoice names, if it supplies in the case's country; null otherwise. */
  async forInvoice(id: string, country: string): Promise<ServiceProviderRow | null> {
    const row = await this.providers.find(id, [country]);
    return row?.active ? row : null;
  }

  private async countries(principal: Principal): Promise<readonly string[] | null> {
    const offices = principal.role === 'supervisor' ? await this.providers.countriesOfOffices(principal.offices) : [];
    return providerCountriesFor(principal, offices);
  }

  private async unique<T>(save: () => Promise<T>): Promise<T> {
    try {
      return await save();
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION)
        throw new ConflictException({
          code: 'service_provider_exists',
          message: 'A provider of that name is already recorded in that country.',
        });
      throw error;
    }
  }
}

function notFound(id: string): DomainError {
  return new DomainError('service_provider_not_found', `No service provider ${id} in your countries.`);
}

function toView(r: ServiceProviderRow): ServiceProviderView {
  return {
    id: r.id,
    country: r.country,
    name: r.name,
    kind: r.kind,
    contact: r.contact,
    active: r.active,
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}
