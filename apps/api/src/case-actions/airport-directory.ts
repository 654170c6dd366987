import { Injectable } from '@nestjs/common';
import { getAirportByIata } from 'airport-data-js';
import type { ItinerarySegment } from '@avrr/domain';
import { RequestValidationError } from '../common/request-validation.error';

/** Airport codes to countries (airport-data-js, CC BY 4.0), so the destination rule checks facts, not claims. */
@Injectable()
export class AirportDirectory {
  async locate(segments: Array<Omit<ItinerarySegment, 'toCountry'>>): Promise<ItinerarySegment[]> {
    const violations: Array<{ field: string; reason: string }> = [];
    const located = await Promise.all(
      segments.map(async (segment, i) => {
        const [from, to] = await Promise.all([this.country(segment.from), this.country(segment.to)]);
        if (!from) violations.push({ field: `segments.${i}.from`, reason: `${segment.from} is not a known airport` });
        if (!to) violations.push({ field: `segments.${i}.to`, reason: `${segment.to} is not a known airport` });
        return { ...segment, toCountry: to ?? '' };
      }),
    );
    if (violations.length > 0) throw new RequestValidationError(violations);
    return located;
  }

  private async country(iata: string): Promise<string | null> {
    try {
      const [airport] = await getAirportByIata(iata);
      return airport?.country_code ?? null;
    } catch {
      return null;
    }
  }
}
