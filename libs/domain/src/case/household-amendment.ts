import { DomainError } from '../errors/domain-error';
import {
  type Contact,
  type HouseholdMember,
  TRAVEL_DOCUMENT_TYPES,
  VULNERABILITIES,
  type Vulnerability,
} from '../household/household';
import { checkPerson } from '../household/household.rules';
import type { CaseState } from './case-state';
import { hasActiveBooking, person } from './case-gates';
import { placeHold } from './protection-hold';
import type { Actor } from './roles';

/**
 * What a counsellor learns after intake and records on the household (issue 14, part 2). Each change is one
 * `amend_household` update; the gates follow from the amended state at once, because they are computed from it.
 */
export type HouseholdChange =
  | { kind: 'add_member'; member: NewHouseholdMember }
  | { kind: 'remove_member'; personId: string; reason: string }
  | { kind: 'set_vulnerabilities'; personId: string; vulnerabilities: Vulnerability[]; reason: string }
  | { kind: 'set_contact'; personId: string; contact: Contact };

/** A member added after intake; the id is chosen by the API so that a retried request adds nobody twice. */
export interface NewHouseholdMember extends HouseholdMember {
  id: string;
}

export type HouseholdAmendment = { type: 'amend_household'; change: HouseholdChange };

/** Someone who stays behind: kept on the case with the reason, and out of every gate and every booking. */
export interface NotTravelling {
  reason: string;
  at: string;
  by: Actor;
}

/** The flags that put a case on protection hold, with the words the hold records. */
const HOLD_FLAGS: Partial<Record<Vulnerability, string>> = {
  asylum_claim_pending: 'asylum claim pending',
  fear_of_return: 'fear of return',
};

const refuse = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError(code, message, details);

/** Whether the amendment may happen now; the generic checks (role, closed, withdrawal) ran before. */
export function decideHouseholdAmendment(
  state: CaseState,
  action: HouseholdAmendment,
  /** The latest day anywhere (dates.ts): the bound of a new member's date of birth. */
  latestDay: string,
): DomainError | null {
  const change = action.change;
  if (state.departure && change.kind !== 'set_contact') {
    return refuse('already_departed', 'The household has departed; only contacts can be corrected now.');
  }
  if (change.kind === 'add_member') {
    const member = change.member;
    if (typeof member?.id !== 'string' || person(state, member.id)) {
      return refuse('bad_request', 'A new member needs an id of their own.');
    }
    if (hasActiveBooking(state)) {
      return refuse('booking_active', 'Travel is booked: cancel the booking before adding someone to the household.');
    }
    const violations = checkPerson('member', member, latestDay);
    if (violations.length > 0) {
      return refuse('invalid_member', violations.map((v) => `${v.field} ${v.reason}`).join('; '), { violations });
    }
    return null;
  }
  const p = person(state, change.personId);
  if (!p) return refuse('unknown_person', `Person ${change.personId} is not a member of this household.`);
  switch (change.kind) {
    case 'remove_member':
      if (p.isPrincipal) return refuse('principal_travels', 'The principal applicant cannot be taken off the case.');
      if (state.notTravelling?.[p.id]) return refuse('not_travelling', `${p.name} is already not travelling.`);
      if (!change.reason?.trim()) return refuse('reason_required', 'Taking someone off the travel records why.');
      if (hasActiveBooking(state) && state.booking!.passengerIds.includes(p.id)) {
        return refuse('booking_active', `${p.name} is booked to travel: cancel or rebook the booking first.`);
      }
      return null;
    case 'set_vulnerabilities': {
      const flags = change.vulnerabilities ?? [];
      const unknown = flags.filter((f) => !VULNERABILITIES.includes(f));
      if (unknown.length > 0) return refuse('invalid_member', `Unknown flags: ${unknown.join(', ')}.`);
      if (new Set(flags).size !== flags.length) return refuse('invalid_member', 'A flag is listed twice.');
      if (!change.reason?.trim())
        return refuse('reason_required', 'An amended vulnerability records how it was found.');
      return null;
    }
    case 'set_contact': {
      const c = change.contact ?? {};
      return c.phone || c.email || c.address
        ? null
        : refuse('invalid_member', 'A contact has a phone number, an email or an address.');
    }
  }
}

/** Applies an accepted amendment to the copy `evolve` made. */
export function evolveHousehold(s: CaseState, action: HouseholdAmendment, actor: Actor, now: string): void {
  const change = action.change;
  switch (change.kind) {
    case 'add_member': {
      const m = change.member;
      const name = `${m.givenNames} ${m.familyName}`;
      s.people.push({
        id: m.id,
        name,
        dateOfBirth: m.dateOfBirth,
        isPrincipal: false,
        relationship: m.relationship,
        vulnerabilities: [...m.vulnerabilities],
      });
      const usable = m.documents
        .filter((d) => TRAVEL_DOCUMENT_TYPES.includes(d.type))
        .sort((a, b) => (b.expiresOn ?? '').localeCompare(a.expiresOn ?? ''))[0];
      s.travelDocuments[m.id] = {
        held: usable ? { type: usable.type, number: usable.number ?? null, expiresOn: usable.expiresOn ?? null } : null,
        request: null,
      };
      holdFor(s, name, [], m.vulnerabilities, actor, now);
      break;
    }
    case 'remove_member':
      s.notTravelling = {
        ...(s.notTravelling ?? {}),
        [change.personId]: { reason: change.reason, at: now, by: actor },
      };
      break;
    case 'set_vulnerabilities': {
      const p = s.people.find((x) => x.id === change.personId)!;
      const before = p.vulnerabilities;
      p.vulnerabilities = [...change.vulnerabilities];
      holdFor(s, p.name, before, change.vulnerabilities, actor, now);
      break;
    }
    case 'set_contact':
      // Contacts live in the case file, not in the workflow's state: the projection writes them.
      break;
  }
}

/** A flag found after intake that calls for protection holds the case, as the same flag does at intake. */
function holdFor(
  s: CaseState,
  name: string,
  before: Vulnerability[],
  after: Vulnerability[],
  actor: Actor,
  now: string,
) {
  const reasons = after
    .filter((f) => HOLD_FLAGS[f] && !before.includes(f))
    .map((f) => `${name}: ${HOLD_FLAGS[f]} found after intake`);
  if (reasons.length > 0) placeHold(s, reasons, actor, now);
}

/**
 * The timeline entry of an amendment: its event type and details. The details name the change, not the person's
 * particulars (those are in the case file); a vulnerability change is its own event type, of the protection category,
 * because its flags would tell a category.
 */
export function householdEvent(action: HouseholdAmendment): { type: string; details: Record<string, unknown> } {
  const change = action.change;
  switch (change.kind) {
    case 'add_member':
      return {
        type: 'household_member_added',
        details: { personId: change.member.id, relationship: change.member.relationship },
      };
    case 'remove_member':
      return { type: 'household_member_not_travelling', details: { personId: change.personId, reason: change.reason } };
    case 'set_vulnerabilities':
      return {
        type: 'vulnerabilities_amended',
        details: { personId: change.personId, vulnerabilities: change.vulnerabilities, reason: change.reason },
      };
    case 'set_contact':
      return { type: 'contact_amended', details: { personId: change.personId } };
  }
}
