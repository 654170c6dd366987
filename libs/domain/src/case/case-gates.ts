import { ADULT_AGE, ageOn } from '../household/household';
import type { CaseStage } from './case-stage';
import type { CasePerson, CaseState } from './case-state';
import { dayOf } from './dates';
import { type CaseReason, caseReason, personReason, reasonText } from './case-reasons';

// Facts about a case that several rules share. All pure; `today` is a YYYY-MM-DD day.

export const isUnaccompaniedChild = (p: CasePerson): boolean =>
  p.vulnerabilities.includes('unaccompanied_child') || p.vulnerabilities.includes('separated_child');
export const isTraffickingVictim = (p: CasePerson): boolean => p.vulnerabilities.includes('victim_of_trafficking');
export const hasMedicalNeeds = (p: CasePerson): boolean => p.vulnerabilities.includes('medical_needs');
export const isAdult = (p: CasePerson, today: string): boolean => ageOn(p.dateOfBirth, today) >= ADULT_AGE;

export function person(state: CaseState, personId: string): CasePerson | undefined {
  return state.people.find((p) => p.id === personId);
}

/** The people who travel: everyone but the members recorded as staying behind. */
export function travellers(state: CaseState): CasePerson[] {
  return state.notTravelling ? state.people.filter((p) => !state.notTravelling![p.id]) : state.people;
}

/** People whose consent the case still needs, each with what is missing. */
export function missingConsents(state: CaseState, today: string): string[] {
  return missingConsentReasons(state, today).map(reasonText);
}

export function missingConsentReasons(state: CaseState, today: string): CaseReason[] {
  const missing: CaseReason[] = [];
  for (const p of travellers(state)) {
    const signed = (state.consents[p.id] ?? []).map((c) => c.signedBy);
    if (isAdult(p, today)) {
      if (!signed.includes('self')) missing.push(personReason('consent_declaration', p));
    } else if (isUnaccompaniedChild(p)) {
      if (!signed.includes('guardian')) missing.push(personReason('guardian_consent', p));
      if (!signed.includes('child')) missing.push(personReason('child_consent', p));
    }
  }
  return missing;
}

/** People who do not yet hold a travel document valid today. */
export function missingTravelDocuments(state: CaseState, today: string): string[] {
  return missingTravelDocumentReasons(state, today).map(reasonText);
}

export function missingTravelDocumentReasons(state: CaseState, today: string): CaseReason[] {
  return travellers(state)
    .filter((p) => !validOn(state.travelDocuments[p.id]?.held?.expiresOn, today))
    .map((p) => personReason('travel_document', p));
}

export function validOn(expiresOn: string | null | undefined, day: string): boolean {
  return !!expiresOn && expiresOn >= day;
}

/** What the gates for children, trafficking victims and medical needs still require before booking. */
export function missingPreDepartureGates(state: CaseState, today: string): string[] {
  return missingPreDepartureGateReasons(state, today).map(reasonText);
}

export function missingPreDepartureGateReasons(state: CaseState, today: string): CaseReason[] {
  const missing: CaseReason[] = [];
  if (state.protectionHold.active) missing.push(caseReason('protection_hold_lift'));
  for (const p of travellers(state)) {
    if (isUnaccompaniedChild(p)) {
      if (state.bestInterests[p.id]?.decision !== 'approved') missing.push(personReason('best_interests', p));
      if (state.familyAssessment[p.id]?.outcome !== 'positive') missing.push(personReason('family_assessment', p));
    }
    if (isTraffickingVictim(p)) {
      const risk = state.traffickingRisk[p.id] ?? {};
      if (risk.host !== 'acceptable' || risk.return !== 'acceptable') missing.push(personReason('trafficking_risk', p));
      if (!state.protectionReferral[p.id]) missing.push(personReason('protection_referral', p));
    }
    if (hasMedicalNeeds(p)) {
      const clearance = state.medical[p.id];
      if (!clearance || !clearance.fitToTravel || !validOn(clearance.certificateValidUntil, today))
        missing.push(personReason('fit_to_travel', p));
    }
  }
  return missing;
}

export function hasActiveBooking(state: CaseState): boolean {
  return state.booking?.status === 'booked';
}

/** The stage follows from the facts; no action sets it directly. */
export function deriveStage(state: CaseState, today: string): CaseStage {
  if (state.closed) return 'closed';
  if (state.arrival) return state.plan?.status === 'approved' ? 'monitoring' : 'reintegration';
  if (state.departure) return 'arrival';
  if (hasActiveBooking(state)) return 'departure';
  if (!state.counselling.complete) return 'counselling';
  if (!state.screening?.eligible) return 'screening';
  if (missingConsents(state, today).length > 0) return 'consent';
  if (missingTravelDocuments(state, today).length > 0) return 'travel_documents';
  if (missingPreDepartureGates(state, today).length > 0) return 'pre_departure';
  return 'booking';
}

export function travelDay(segmentsDepartsAt: string): string {
  return dayOf(segmentsDepartsAt);
}
