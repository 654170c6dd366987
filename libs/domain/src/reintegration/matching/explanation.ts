// A match explanation as a code with parameters, so that the web app can say it in the reader's language, as it does
// for "waits for" and refusals; the English sentence (`text`) stays beside it for the API's older readers.

export const MATCH_EXPLANATION_CODES = [
  'occupation_none_recorded',
  'occupation_unrelated',
  'occupation_same_group',
  'occupation_closely_related',
  'occupation_related',
  'occupation_same_field',
  'skills_none_required',
  'skills_all',
  'skills_some',
  'skills_none',
  'education_none_required',
  'education_meets',
  'education_one_below',
  'education_below',
  'languages_none_required',
  'languages_all',
  'languages_some',
  'languages_none',
  'region_no_preference',
  'region_preferred',
  'region_elsewhere',
  'type_fits',
  'type_does_not_fit',
] as const;
export type MatchExplanationCode = (typeof MATCH_EXPLANATION_CODES)[number];

/**
 * Plain strings, and lists of strings (skills, languages) that a reader's language joins its own way. ISCO-08 codes
 * come with their title when the catalogue has one (`groupTitle`, `heldTitle`, `sharedTitle`); years are a decimal
 * number ("0" for none recorded) and `credit` the share of them counted, in percent.
 */
export type MatchExplanationParams = Record<string, string | string[]>;

export interface MatchExplanationReason {
  code: MatchExplanationCode;
  params: MatchExplanationParams;
}

/** A reason with its English sentence. */
export interface MatchExplanation extends MatchExplanationReason {
  text: string;
}

export function explained(code: MatchExplanationCode, params: MatchExplanationParams, text: string): MatchExplanation {
  return { code, params, text };
}

/** The parameters of an ISCO-08 code: the code, and its title when known. */
export function iscoParams(name: string, code: string, title: string | undefined): MatchExplanationParams {
  return title ? { [name]: code, [`${name}Title`]: title } : { [name]: code };
}
