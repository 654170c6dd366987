// Test support only (see case-builder.ts): the default itinerary, a booking that follows every rule, a plan component.
import type { CaseAction } from '../case-actions';
import { isUnaccompaniedChild } from '../case-gates';
import type { CaseState, Escort, ItinerarySegment, PlanComponent } from '../case-state';
import { FIRST_DEPARTURE, FIRST_ARRIVAL, SECOND_DEPARTURE, FINAL_ARRIVAL } from './calendar';

export type BookingAction = Extract<CaseAction, { type: 'book_travel' | 'rebook_travel' }>;

export function defaultSegments(): ItinerarySegment[] {
  return [
    {
      from: 'BRU',
      to: 'CDG',
      toCountry: 'FR',
      carrier: 'AF',
      flightNumber: 'AF1235',
      departsAt: FIRST_DEPARTURE,
      arrivesAt: FIRST_ARRIVAL,
    },
    {
      from: 'CDG',
      to: 'DSS',
      toCountry: 'SN',
      carrier: 'AF',
      flightNumber: 'AF718',
      departsAt: SECOND_DEPARTURE,
      arrivesAt: FINAL_ARRIVAL,
    },
  ];
}

/**
 * A booking that follows every rule for `state`: everybody on board, each unaccompanied child escorted,
 * and a medical escort for whoever's clearance asks for one. Override any field to break a rule.
 */
export function validBooking(state: CaseState, overrides: Partial<BookingAction> = {}): BookingAction {
  const escorts: Escort[] = [];
  for (const p of state.people) {
    if (isUnaccompaniedChild(p)) escorts.push({ kind: 'child', name: 'Nadia Escort', forPersonIds: [p.id] });
    if (state.medical[p.id]?.escortRequired)
      escorts.push({ kind: 'medical', name: 'Dr Mamadou Escort', forPersonIds: [p.id] });
  }
  return {
    type: 'book_travel',
    reference: 'AF-7Q2K9X',
    segments: defaultSegments(),
    passengerIds: state.people.map((p) => p.id),
    excluded: [],
    escorts,
    transitAssistance: false,
    ...overrides,
  };
}

export const ECONOMIC_COMPONENT: PlanComponent = {
  dimension: 'economic',
  description: 'Start a tailoring workshop in Thiès',
  budgetLines: [{ description: 'Sewing machines', amountMinor: 450_000, currency: 'XOF' }],
};
