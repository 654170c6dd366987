import { type ArgumentMetadata, Injectable, ParseIntPipe } from '@nestjs/common';
import { RequestValidationError } from './request-validation.error';

/** The largest value of PostgreSQL's `integer`, which holds version and visit numbers. */
const INTEGER_MAX = 2_147_483_647;

/**
 * A path number that counts from 1 (a version, a visit): ParseIntPipe, bounded to what the column holds, so that
 * `/versions/99999999999999999999` is a 400 naming the parameter rather than a query PostgreSQL refuses (a 500).
 * Being a ParseIntPipe, the OpenAPI document still marks the parameter an integer.
 */
@Injectable()
export class ParseCountPipe extends ParseIntPipe {
  static readonly min = 1;
  static readonly max = INTEGER_MAX;

  override async transform(value: string, metadata: ArgumentMetadata): Promise<number> {
    const parsed = await super.transform(value, metadata).catch(() => NaN);
    if (!Number.isSafeInteger(parsed) || parsed < ParseCountPipe.min || parsed > ParseCountPipe.max) {
      throw new RequestValidationError([
        {
          field: metadata.data ?? 'parameter',
          reason: `must be a whole number from ${ParseCountPipe.min} to ${ParseCountPipe.max}`,
        },
      ]);
    }
    return parsed;
  }
}
