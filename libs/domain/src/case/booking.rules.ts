import type { CaseAction } from './case-actions';
import type { CaseState } from './case-state';
import { hasMedicalNeeds, isUnaccompaniedChild, person, validOn } from './case-gates';
import { dayOf } from './dates';

type BookingAction = Extract<CaseAction, { type: 'book_travel' | 'rebook_travel' }>;

/** Every reason an itinerary cannot be booked, in words a logistics officer understands. */
export function bookingViolations(state: CaseState, booking: BookingAction, today: string): string[] {
  const problems: string[] = [];
  const { segments } = booking;
  if (segments.length === 0) return ['the itinerary has no flight segment'];
  for (let i = 1; i < segments.length; i++) {
    if (segments[i].from !== segments[i - 1].to)
      problems.push(`segment ${i + 1} does not leave from where segment ${i} lands`);
    if (Date.parse(segments[i].departsAt) < Date.parse(segments[i - 1].arrivesAt))
      problems.push(`segment ${i + 1} departs before segment ${i} lands`);
  }
  segments.forEach((s, i) => {
    if (Date.parse(s.arrivesAt) <= Date.parse(s.departsAt)) problems.push(`segment ${i + 1} lands before it departs`);
  });
  const last = segments[segments.length - 1];
  if (last.toCountry !== state.countryOfReturn) {
    problems.push(
      `the final destination ${last.to} is in ${last.toCountry}, not in the country of return ${state.countryOfReturn}`,
    );
  }
  const travelDate = dayOf(segments[0].departsAt);
  if (travelDate < today) problems.push(`the travel date ${travelDate} is in the past`);

  const passengers = new Set(booking.passengerIds);
  const excluded = new Map(booking.excluded.map((e) => [e.personId, e.reason]));
  // Members recorded as staying behind are excluded with the reason recorded then.
  for (const [id, stays] of Object.entries(state.notTravelling ?? {})) {
    if (passengers.has(id)) problems.push(`${person(state, id)?.name ?? id} does not travel (${stays.reason})`);
    else if (!excluded.has(id)) excluded.set(id, stays.reason);
  }
  for (const id of [...passengers, ...excluded.keys()]) {
    if (!person(state, id)) problems.push(`${id} is not a member of this household`);
  }
  for (const p of state.people) {
    const onBoard = passengers.has(p.id);
    if (onBoard && excluded.has(p.id)) problems.push(`${p.name} is both on the itinerary and excluded`);
    if (!onBoard && !excluded.has(p.id))
      problems.push(`${p.name} is neither on the itinerary nor excluded with a reason`);
    if (excluded.has(p.id) && !excluded.get(p.id)?.trim()) problems.push(`${p.name} is excluded without a reason`);
    if (!onBoard) continue;

    const document = state.travelDocuments[p.id]?.held;
    if (!validOn(document?.expiresOn, travelDate)) {
      problems.push(`${p.name}'s travel document is not valid on the travel date ${travelDate}`);
    }
    const escorted = booking.escorts.some((e) => e.forPersonIds.includes(p.id));
    // A clearance on record binds whoever it is for, flagged or not.
    if (hasMedicalNeeds(p) || state.medical[p.id]) {
      const clearance = state.medical[p.id];
      if (!clearance?.fitToTravel || !validOn(clearance.certificateValidUntil, travelDate)) {
        problems.push(`${p.name}'s fit-to-travel certificate is not valid on the travel date ${travelDate}`);
      } else if (
        clearance.escortRequired &&
        !booking.escorts.some((e) => e.kind === 'medical' && e.forPersonIds.includes(p.id))
      ) {
        problems.push(`${p.name} needs a medical escort`);
      }
    }
    if (isUnaccompaniedChild(p) && !escorted)
      problems.push(`${p.name} is an unaccompanied child and must travel escorted`);
  }
  if (passengers.size === 0) problems.push('nobody is on the itinerary');
  return problems;
}
