import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ServiceProviderKind } from '@avrr/domain';

export interface ServiceProviderRow {
  id: string;
  country: string;
  name: string;
  kind: ServiceProviderKind;
  contact: string;
  active: boolean;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export type ServiceProviderWrite = Pick<ServiceProviderRow, 'country' | 'name' | 'kind' | 'contact'>;

const COLUMNS = `id, country, name, kind, contact, active, created_by AS "createdBy", created_at AS "createdAt",
  updated_at AS "updatedAt"`;

/**
 * Suppliers of in-kind assistance per country. Every read and write takes the countries the caller may see (null:
 * every country), so a provider of another country reads as absent.
 */
@Injectable()
export class ServiceProviderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(countries: readonly string[] | null, country?: string): Promise<ServiceProviderRow[]> {
    const params: unknown[] = [countries ? [...countries] : null, country ?? null];
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM service_provider
        WHERE ($1::text[] IS NULL OR country = ANY($1)) AND ($2::text IS NULL OR country = $2)
        ORDER BY country, lower(name), id`,
      params,
    );
  }

  async find(id: string, countries: readonly string[] | null): Promise<ServiceProviderRow | null> {
    const rows: ServiceProviderRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM service_provider WHERE id = $1 AND ($2::text[] IS NULL OR country = ANY($2))`,
      [id, countries ? [...countries] : null],
    );
    return rows[0] ?? null;
  }

  async insert(p: ServiceProviderWrite, createdBy: string, em: EntityManager): Promise<ServiceProviderRow> {
    const rows: ServiceProviderRow[] = await em.query(
      `INSERT INTO service_provider (country, name, kind, contact, created_by) VALUES ($1, $2, $3, $4, $5)
       RETURNING ${COLUMNS}`,
      [p.country, p.name, p.kind, p.contact, createdBy],
    );
    return rows[0];
  }

  /** Null when the provider is absent for these countries. */
  async update(
    id: string,
    change: Partial<Pick<ServiceProviderRow, 'name' | 'kind' | 'contact' | 'active'>>,
    countries: readonly string[] | null,
    em: EntityManager,
  ): Promise<ServiceProviderRow | null> {
    // An UPDATE answers [rows, affected count] through the driver.
    const [rows] = (await em.query(
      `UPDATE service_provider
          SET name = COALESCE($3, name), kind = COALESCE($4, kind), contact = COALESCE($5, contact),
              active = COALESCE($6, active), updated_at = now()
        WHERE id = $1 AND ($2::text[] IS NULL OR country = ANY($2))
        RETURNING ${COLUMNS}`,
      [
        id,
        countries ? [...countries] : null,
        change.name ?? null,
        change.kind ?? null,
        change.contact ?? null,
        change.active ?? null,
      ],
    )) as [ServiceProviderRow[], number];
    return rows[0] ?? null;
  }

  /** The countries of return of the cases of these offices: a supervisor's providers. */
  async countriesOfOffices(offices: readonly string[]): Promise<string[]> {
    const rows: Array<{ country: string }> = await this.dataSource.query(
      `SELECT DISTINCT country_of_return AS country FROM return_case WHERE host_office = ANY($1) ORDER BY 1`,
      [[...offices]],
    );
    return rows.map((r) => r.country);
  }
}
