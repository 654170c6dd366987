import { Injectable } from '@nestjs/common';
import { caseScopeFor, type FieldViolation, type GivenSheet, type Principal } from '@avrr/domain';
import { InformationSheetRepository } from '@avrr/persistence';
import { CaseQueryService } from '../cases/case-query.service';
import { RequestValidationError } from '../common/request-validation.error';
import type { RecordPreDepartureInformationDto } from './dto/pre-departure-information.dto';

/**
 * The sheets a counsellor says were given, checked against the published versions: each must exist, be for the
 * case's country of return and be in the language recorded. Workflow code cannot read the sheets, so the API checks
 * here and sends each sheet's topic with the update.
 */
@Injectable()
export class GivenSheets {
  constructor(
    private readonly sheets: InformationSheetRepository,
    private readonly queries: CaseQueryService,
  ) {}

  async check(caseId: string, dto: RecordPreDepartureInformationDto, principal: Principal): Promise<GivenSheet[]> {
    const entity = await this.queries.load(caseId, caseScopeFor(principal));
    const found = await this.sheets.versionsNamed(dto.sheets);
    const violations: FieldViolation[] = [];
    const given = dto.sheets.flatMap((named, i): GivenSheet[] => {
      const v = found.find((f) => f.sheetId === named.sheetId && f.version === named.version);
      if (!v) {
        violations.push({ field: `sheets.${i}.version`, reason: `no version ${named.version} of this sheet exists` });
        return [];
      }
      if (v.countryOfReturn !== entity.countryOfReturn)
        violations.push({
          field: `sheets.${i}.sheetId`,
          reason: `is a sheet for ${v.countryOfReturn}, not for the case's country of return ${entity.countryOfReturn}`,
        });
      if (v.language !== dto.language)
        violations.push({ field: `sheets.${i}.sheetId`, reason: `is in ${v.language}, not in ${dto.language}` });
      return [{ sheetId: v.sheetId, topic: v.topic, version: v.version }];
    });
    if (violations.length > 0) throw new RequestValidationError(violations);
    return given;
  }
}
