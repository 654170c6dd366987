// Test support only (see case-builder.ts): the dates and places of the default story.
import type { TravelDocument } from '../case-state';

/** When the default case opens. */
export const OPENED_AT = '2026-03-02T09:00:00.000Z';
/** The default itinerary: Brussels -> Paris CDG -> Dakar on this day. */
export const TRAVEL_DAY = '2026-04-15';
export const FIRST_DEPARTURE = '2026-04-15T07:00:00.000Z';
export const FIRST_ARRIVAL = '2026-04-15T08:15:00.000Z';
export const SECOND_DEPARTURE = '2026-04-15T10:30:00.000Z';
export const FINAL_ARRIVAL = '2026-04-15T16:00:00.000Z';
export const COUNTRY_OF_RETURN = 'SN';

export function passport(expiresOn: string, number = 'A0000000'): TravelDocument {
  return { type: 'passport', number, expiresOn };
}
