// One profile prepared against a catalogue, and the component values of one (profile, opportunity) pair.
import type { SkillsProfile } from './model';

export interface PreparedProfile {
  source: SkillsProfile;
  codes: string[];
  credits: number[];
  /** Distinct ids of the skills the catalogue knows (a short list, scanned linearly: faster than hashing). */
  skills: Int32Array;
  languages: Int32Array;
  /** Id of the preferred region: 0 for none, -1 for one no opportunity is in. */
  region: number;
  /** Bit mask of the opportunity types that fit what the person wants. */
  wants: number;
}

/** The component values of one pair, written into a reused object (no allocation in the ranking loop). */
export interface Components {
  occupation: number;
  /** Index of the best held occupation, -1 if none shares a group. */
  occupationIndex: number;
  occupationDepth: number;
  skills: number;
  skillsRequired: number;
  skillsMatched: number;
  education: number;
  languages: number;
  languagesRequired: number;
  languagesMatched: number;
  region: number;
  type: number;
}

export const newComponents = (): Components => ({
  occupation: 0,
  occupationIndex: -1,
  occupationDepth: 0,
  skills: 0,
  skillsRequired: 0,
  skillsMatched: 0,
  education: 0,
  languages: 0,
  languagesRequired: 0,
  languagesMatched: 0,
  region: 0,
  type: 0,
});
