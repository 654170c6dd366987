import {
  type CaseReason,
  type CaseState,
  EVENT_CATEGORY,
  MASK,
  maskPersonalData,
  type Principal,
  reasonFor,
  reasonOfWaitingFor,
  reasonsFor,
  RESTRICTED_EVENT_TYPE,
  EVENTS_EVERY_CASE_HAS,
  reasonText,
  type SensitiveCategory,
  VULNERABILITY_CATEGORY,
  visibleCategories,
  type Vulnerability,
} from '@avrr/domain';
import type { CaseSummaryView, CaseView, PersonView } from './dto/case.response';
import type { TimelineEventView } from './dto/timeline.response';

/** The parts of the workflow state each category covers. */
const STATE_SECTIONS: Record<SensitiveCategory, string[]> = {
  trafficking: ['traffickingRisk', 'protectionReferral'],
  medical: ['medical'],
  asylum: ['screening'],
  protection: ['protectionHold', 'protectionServiceReferrals'],
};

/** What a caller may see of one case, and which sensitive categories that view shows (to log the read). */
export interface VisibleCase<T> {
  view: T;
  sensitiveRead: SensitiveCategory[];
}

/**
 * Shapes a case for its reader:
 * - sensitive categories the role does not need are removed (flags, state sections);
 * - a partner sees the name, birth date, documents and contact of a person only if that person (or their guardian)
 *   consented to share data with the partner; otherwise the person appears under a pseudonym with their sex, year of
 *   birth, languages and relationship: enough to receive them, no more.
 */
export function caseViewFor(view: CaseView, reader: Principal): VisibleCase<CaseView> {
  const visible = visibleCategories(reader.role);
  const state = (view.progress ?? null) as Record<string, unknown> | null;
  const sharing = (state?.dataSharingConsent ?? {}) as Record<string, boolean>;
  const pseudonymise = reader.role === 'partner_focal_point';
  const shown = (p: PersonView, index: number): PersonView => {
    const person = { ...p, vulnerabilities: keepVisible(p.vulnerabilities, visible) };
    return pseudonymise && !sharing[p.id] ? pseudonym(person, view.reference, index) : person;
  };
  const principal = shown(view.principal, 0);
  return {
    // Object.assign onto a fresh object rather than `{ ...view, ...more }`: V8 adds new keys to a spread copy by a slow
    // path on every call (see toCaseView). Same keys, same order.
    view: Object.assign({}, view, holdAndWaitingFor(view, state, reader), {
      principalName: `${principal.givenNames} ${principal.familyName}`,
      vulnerabilities: keepVisible(view.vulnerabilities, visible),
      principal,
      household: view.household.map((p, i) => shown(p, i + 1)),
      progress: state ? stateFor(state, reader, view.reference) : null,
    }),
    sensitiveRead: categoriesPresent([view.principal, ...view.household], state, visible),
  };
}

/**
 * The workflow state as the reader may see it: sections of hidden categories replaced by `{ hidden }`, flags
 * filtered, and for a partner the names of people who did not consent to share replaced by their pseudonym.
 */
export function stateFor(
  state: Record<string, unknown>,
  reader: Principal,
  reference: string,
): Record<string, unknown> {
  const visible = visibleCategories(reader.role);
  const copy = { ...state };
  for (const [category, sections] of Object.entries(STATE_SECTIONS) as Array<[SensitiveCategory, string[]]>) {
    if (visible.has(category)) continue;
    for (const section of sections) if (section in copy) copy[section] = { hidden: category };
  }
  const sharing = (state.dataSharingConsent ?? {}) as Record<string, boolean>;
  copy.people = ((state.people ?? []) as Array<Record<string, unknown>>).map((p, i) => {
    const person = { ...p, vulnerabilities: keepVisible((p.vulnerabilities ?? []) as Vulnerability[], visible) };
    if (reader.role !== 'partner_focal_point' || sharing[String(p.id)]) return person;
    return { ...person, name: pseudonymName(reference, i), dateOfBirth: String(p.dateOfBirth).slice(0, 4) };
  });
  if (reader.role === 'partner_focal_point') {
    copy.consents = MASK;
    // Document numbers of people who did not consent to share stay with the host office.
    const documents = (state.travelDocuments ?? {}) as Record<string, { held?: Record<string, unknown> | null }>;
    copy.travelDocuments = Object.fromEntries(
      Object.entries(documents).map(([id, status]) =>
        sharing[id] || !status.held
          ? [id, status]
          : [id, { ...status, held: { ...status.held, number: status.held.number ? MASK : null } }],
      ),
    );
  }
  return copy;
}

/** The list's rows: hidden flags removed, and a partner's rows under a pseudonym unless the principal shares. */
export function caseSummaryFor(
  row: CaseSummaryView,
  reader: Principal,
  principalShares: boolean,
  state: Record<string, unknown> | null = null,
): CaseSummaryView {
  const visible = visibleCategories(reader.role);
  return {
    ...row,
    ...holdAndWaitingFor(row, state, reader),
    vulnerabilities: keepVisible(row.vulnerabilities, visible),
    principalName:
      reader.role === 'partner_focal_point' && !principalShares ? pseudonymName(row.reference, 0) : row.principalName,
  };
}

/**
 * The hold flag only for the roles that may see protection details, and "waits for" in words the role may read: a
 * reason of a hidden category (a trafficking gate for logistics, the hold for a partner) becomes "a protection
 * requirement to be met (ask the counsellor)", naming no one.
 */
export function holdAndWaitingFor(
  row: Pick<CaseSummaryView, 'onProtectionHold' | 'waitingFor'>,
  state: Record<string, unknown> | null,
  reader: Principal,
): Pick<CaseSummaryView, 'onProtectionHold' | 'waitingFor' | 'waitingReason'> {
  const { reason, text } = waitingForRole(row.waitingFor, state, reader);
  return {
    onProtectionHold: visibleCategories(reader.role).has('protection') ? row.onProtectionHold : undefined,
    waitingFor: text,
    waitingReason: reason,
  };
}

/** The sensitive category a "waits for" sentence tells, when the reader may see it (to audit the read). */
export function waitingForCategoryShown(
  waitingFor: string | null,
  state: Record<string, unknown> | null,
  reader: Principal,
): SensitiveCategory | null {
  if (waitingFor === null) return null;
  const category = reasonOfWaitingFor(state as unknown as CaseState | null, waitingFor).category;
  return category && visibleCategories(reader.role).has(category) ? category : null;
}

export function waitingForRole(
  waitingFor: string | null,
  raw: Record<string, unknown> | null,
  reader: Principal,
): { reason: CaseReason | null; text: string | null } {
  if (waitingFor === null) return { reason: null, text: null };
  const state = raw as unknown as CaseState | null;
  const reason = pseudonymisedReason(reasonFor(reasonOfWaitingFor(state, waitingFor), reader.role), state, reader);
  const { category: _category, ...coded } = reason;
  return { reason: coded, text: reasonText(reason) };
}

/**
 * Timeline events of hidden categories keep their time, without their details; their type and key too unless every
 * case has such an event (screening). The gates listed when the pre-arrival notice went out are rendered for the reader's role.
 */
export function timelineFor(
  events: TimelineEventView[],
  reader: Principal,
  everyoneShares = false,
  state: Record<string, unknown> | null = null,
): VisibleCase<TimelineEventView[]> {
  const visible = visibleCategories(reader.role);
  const read = new Set<SensitiveCategory>();
  // Details name people and their documents: a partner reads them only when the whole household consented to share.
  const masked = reader.role === 'partner_focal_point' && !everyoneShares;
  const view = events.map((raw, position) => {
    const event = reader.role === 'partner_focal_point' ? withoutHostOfficeReason(raw) : raw;
    const e = masked ? { ...event, details: maskPersonalData(event.details) as Record<string, unknown> } : event;
    const category = EVENT_CATEGORY[e.type];
    if (!category) return withGatesFor(e, state, reader);
    if (visible.has(category)) {
      read.add(category);
      return e;
    }
    if (EVENTS_EVERY_CASE_HAS.has(e.type)) return { ...e, details: { hidden: category } };
    // The key would tell the type (`place_protection_hold:…`, `alert:protection-hold-review:…`): its position in
    // the case's whole timeline stands in for it, unique and stable since the timeline only grows.
    return { ...e, type: RESTRICTED_EVENT_TYPE, eventKey: `restricted:${position + 1}`, details: { hidden: category } };
  });
  return { view, sensitiveRead: [...read] };
}

/**
 * Why a supervisor moved a case is host-office business and may touch on protection: a partner sees that it moved,
 * and where to, not the reason (as in the email the organisation gets).
 */
function withoutHostOfficeReason(event: TimelineEventView): TimelineEventView {
  if (event.type !== 'case_reassigned' || !('reason' in event.details)) return event;
  const { reason: _reason, ...details } = event.details;
  return { ...event, details };
}

/** Lists of missing gates in an event's details, in the words the role may read. */
function withGatesFor(
  event: TimelineEventView,
  raw: Record<string, unknown> | null,
  reader: Principal,
): TimelineEventView {
  const gates = event.details?.missingBeforeBooking;
  if (!Array.isArray(gates)) return event;
  const state = raw as unknown as CaseState | null;
  const reasons = reasonsFor(
    gates.map((g) => reasonOfWaitingFor(state, String(g))),
    reader.role,
  ).map((r) => {
    return pseudonymisedReason(r, state, reader);
  });
  return { ...event, details: { ...event.details, missingBeforeBooking: reasons.map(reasonText) } };
}

/** A partner reads the name of someone who did not consent to share as their pseudonym, as everywhere else. */
function pseudonymisedReason(r: CaseReason, state: CaseState | null, reader: Principal): CaseReason {
  // Only a partner reads pseudonyms: the other roles (every case page they open) skip the search for the person.
  if (reader.role !== 'partner_focal_point') return r;
  // A read model row from before the workflow's first projection has no people yet.
  const index = state?.people?.findIndex((p) => p.id === r.params.personId) ?? -1;
  if (index < 0 || state?.dataSharingConsent?.[r.params.personId]) return r;
  return { ...r, params: { ...r.params, person: pseudonymName(state!.reference, index) } };
}

function keepVisible(flags: Vulnerability[], visible: Set<SensitiveCategory>): Vulnerability[] {
  return flags.filter((f) => {
    const category = VULNERABILITY_CATEGORY[f];
    return !category || visible.has(category);
  });
}

function categoriesPresent(
  people: PersonView[],
  state: Record<string, unknown> | null,
  visible: Set<SensitiveCategory>,
): SensitiveCategory[] {
  const present = new Set<SensitiveCategory>();
  for (const p of people)
    for (const f of p.vulnerabilities) if (VULNERABILITY_CATEGORY[f]) present.add(VULNERABILITY_CATEGORY[f]!);
  for (const [category, sections] of Object.entries(STATE_SECTIONS) as Array<[SensitiveCategory, string[]]>) {
    if (sections.some((s) => hasContent(state?.[s]))) present.add(category);
  }
  return [...present].filter((c) => visible.has(c)).sort();
}

function hasContent(section: unknown): boolean {
  if (section === null || section === undefined) return false;
  if (typeof section !== 'object') return true;
  const record = section as Record<string, unknown>;
  if ('active' in record && 'history' in record)
    return record.active === true || (record.history as unknown[]).length > 0;
  return Object.keys(record).length > 0;
}

/** How a person appears to a partner without their consent to share: the case reference and their place in it. */
export function pseudonymName(reference: string, index: number): string {
  return `${reference} person ${index + 1}`;
}

function pseudonym(p: PersonView, reference: string, index: number): PersonView {
  const { contact: _contact, ...rest } = p;
  return {
    ...rest,
    givenNames: pseudonymName(reference, index),
    familyName: MASK,
    dateOfBirth: p.dateOfBirth.slice(0, 4),
    documents: [],
  };
}
