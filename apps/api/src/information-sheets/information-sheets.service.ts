import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { Principal } from '@avrr/domain';
import { InformationSheetRepository, type InformationSheetVersionRow } from '@avrr/persistence';
import { AuditService } from '../audit/audit.service';
import {
  CreateInformationSheetDto,
  InformationSheetDetailView,
  InformationSheetsQuery,
  InformationSheetVersionView,
  InformationSheetView,
  PublishSheetVersionDto,
} from './dto/information-sheets.dto';

const UNIQUE_VIOLATION = '23505';

/** Pre-departure information sheets: administrators publish versions, counsellors read them (issue 16, part 2). */
@Injectable()
export class InformationSheetsService {
  constructor(
    private readonly sheets: InformationSheetRepository,
    private readonly audit: AuditService,
  ) {}

  async list(query: InformationSheetsQuery): Promise<InformationSheetView[]> {
    const rows = await this.sheets.list({ countryOfReturn: query.country, language: query.language });
    return rows.map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString() }));
  }

  async get(id: string): Promise<InformationSheetDetailView> {
    const sheet = await this.sheets.find(id);
    if (!sheet) throw notFound();
    const versions = await this.sheets.versions(id);
    return { ...sheet, publishedAt: sheet.publishedAt.toISOString(), versions: versions.map(versionView) };
  }

  async version(id: string, version: number): Promise<InformationSheetVersionView> {
    const row = await this.sheets.version(id, version);
    if (!row) throw new NotFoundException({ code: 'not_found', message: `No version ${version} of this sheet.` });
    return versionView(row);
  }

  async create(dto: CreateInformationSheetDto, by: Principal): Promise<InformationSheetVersionView> {
    const { title, body, ...sheet } = dto;
    let id: string;
    try {
      id = await this.audit.writeAudited((em) =>
        this.sheets.create(em, sheet, { title, body, by: { id: by.userId, name: by.name } }),
      );
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ConflictException({
          code: 'sheet_exists',
          message: `A ${sheet.topic.replace(/_/g, ' ')} sheet for ${sheet.countryOfReturn} in ${sheet.language} exists already: publish a new version of it.`,
        });
      }
      throw error;
    }
    return this.version(id, 1);
  }

  async publish(id: string, dto: PublishSheetVersionDto, by: Principal): Promise<InformationSheetVersionView> {
    const version = await this.audit.writeAudited((em) =>
      this.sheets.publish(em, id, { ...dto, by: { id: by.userId, name: by.name } }),
    );
    if (version === null) throw notFound();
    return this.version(id, version);
  }
}

const notFound = () => new NotFoundException({ code: 'not_found', message: 'No such information sheet.' });

function versionView(r: InformationSheetVersionRow): InformationSheetVersionView {
  return { ...r, publishedAt: r.publishedAt.toISOString() };
}
