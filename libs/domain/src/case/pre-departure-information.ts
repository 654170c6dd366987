import { DomainError } from '../errors/domain-error';
import type { CaseAction } from './case-actions';
import type { CaseState } from './case-state';
import { person } from './case-gates';
import type { Actor } from './roles';

/**
 * Pre-departure information (issue 16, part 2): the programme's information sheets for the country of return, one per
 * topic and language, kept in versions by an administrator. The counsellor records which sheets (and which version of
 * each) were given, in which language, and who acknowledged them on which day; consent waits for it while the
 * programme requires it.
 */
export const INFORMATION_TOPICS = ['reception', 'reintegration_assistance', 'health', 'documents', 'contacts'] as const;
export type InformationTopic = (typeof INFORMATION_TOPICS)[number];

/** A sheet as it was given: the version is kept so that what the person read stays readable. */
export interface GivenSheet {
  sheetId: string;
  topic: InformationTopic;
  version: number;
}

export interface PreDepartureInformationRecord {
  /** `information-1`, `information-2`… in the order they were recorded. */
  id: string;
  language: string;
  sheets: GivenSheet[];
  /** The household member who acknowledged the sheets. */
  personId: string;
  acknowledgedOn: string;
  recordedAt: string;
  by: Actor;
}

export type PreDepartureInformationAction = Extract<CaseAction, { type: 'record_pre_departure_information' }>;

export function informationRecordsOf(state: CaseState): PreDepartureInformationRecord[] {
  return state.preDepartureInformation ?? [];
}

/** True once the counsellor recorded that the country's sheets were given and acknowledged. */
export function hasAcknowledgedInformation(state: CaseState): boolean {
  return informationRecordsOf(state).length > 0;
}

export const INFORMATION_NOT_ACKNOWLEDGED =
  'Consent is taken once the returnee has acknowledged the information sheets for the country of return: record which sheets were given first.';

const refuse = (code: string, message: string) => new DomainError(code, message);

export function decidePreDepartureInformation(
  state: CaseState,
  action: PreDepartureInformationAction,
  /** The latest calendar day anywhere (dates.ts): the acknowledgement is a day of the returnee's time zone. */
  latestDay: string,
): DomainError | null {
  const p = person(state, action.personId);
  if (!p) return refuse('unknown_person', `Person ${action.personId} is not a member of this household.`);
  if (state.departure)
    return refuse('already_departed', 'The returnee has departed; pre-departure information is given before.');
  if (action.sheets.length === 0) return refuse('sheets_required', 'Name at least one information sheet given.');
  const ids = action.sheets.map((s) => s.sheetId);
  if (new Set(ids).size !== ids.length) return refuse('sheet_repeated', 'Each sheet is named once.');
  if (action.acknowledgedOn > latestDay)
    return refuse('date_in_future', `The acknowledgement date (${action.acknowledgedOn}) cannot be in the future.`);
  return null;
}

/** Applies an accepted record to the copy `evolve` made. */
export function evolvePreDepartureInformation(
  s: CaseState,
  action: PreDepartureInformationAction,
  actor: Actor,
  now: string,
): void {
  const records = informationRecordsOf(s);
  s.preDepartureInformation = [
    ...records,
    {
      id: `information-${records.length + 1}`,
      language: action.language,
      sheets: action.sheets.map(({ sheetId, topic, version }) => ({ sheetId, topic, version })),
      personId: action.personId,
      acknowledgedOn: action.acknowledgedOn,
      recordedAt: now,
      by: actor,
    },
  ];
}
