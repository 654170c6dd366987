// Test support only (see case-builder.ts): the household members the stories are told with.
import type { CaseOpening } from '../case-state';
import { passport } from './calendar';

export type OpeningPerson = CaseOpening['people'][number];

export const AWA_ID = 'p-awa';
export const IBRAHIMA_ID = 'p-ibrahima';
export const MOUSSA_ID = 'p-moussa';
export const FATOU_ID = 'p-fatou';
export const AMINATA_ID = 'p-aminata';
export const OUSMANE_ID = 'p-ousmane';

/** Principal applicant, adult, passport valid until 2030. */
export function awa(overrides: Partial<OpeningPerson> = {}): OpeningPerson {
  return {
    id: AWA_ID,
    name: 'Awa Ndiaye',
    dateOfBirth: '1990-03-14',
    isPrincipal: true,
    relationship: null,
    vulnerabilities: [],
    documents: [passport('2030-01-31', 'A1111111')],
    ...overrides,
  };
}

/** Awa's husband, adult, passport valid until mid-2029. */
export function ibrahima(overrides: Partial<OpeningPerson> = {}): OpeningPerson {
  return {
    id: IBRAHIMA_ID,
    name: 'Ibrahima Ndiaye',
    dateOfBirth: '1987-11-02',
    isPrincipal: false,
    relationship: 'spouse',
    vulnerabilities: [],
    documents: [passport('2029-06-30', 'A2222222')],
    ...overrides,
  };
}

/** Their son, 10 years old in 2026, travels with his parents (no consent of his own needed). */
export function moussa(overrides: Partial<OpeningPerson> = {}): OpeningPerson {
  return {
    id: MOUSSA_ID,
    name: 'Moussa Ndiaye',
    dateOfBirth: '2015-07-02',
    isPrincipal: false,
    relationship: 'child',
    vulnerabilities: [],
    documents: [passport('2028-05-01', 'A3333333')],
    ...overrides,
  };
}

/** An unaccompanied girl of 15, applying on her own. */
export function fatou(overrides: Partial<OpeningPerson> = {}): OpeningPerson {
  return {
    id: FATOU_ID,
    name: 'Fatou Diallo',
    dateOfBirth: '2010-09-20',
    isPrincipal: true,
    relationship: null,
    vulnerabilities: ['unaccompanied_child'],
    documents: [passport('2029-09-19', 'A4444444')],
    ...overrides,
  };
}

/** An adult woman identified as a victim of trafficking. */
export function aminata(overrides: Partial<OpeningPerson> = {}): OpeningPerson {
  return {
    id: AMINATA_ID,
    name: 'Aminata Sow',
    dateOfBirth: '1998-01-05',
    isPrincipal: true,
    relationship: null,
    vulnerabilities: ['victim_of_trafficking'],
    documents: [passport('2031-01-04', 'A5555555')],
    ...overrides,
  };
}

/** An elderly man with medical needs. */
export function ousmane(overrides: Partial<OpeningPerson> = {}): OpeningPerson {
  return {
    id: OUSMANE_ID,
    name: 'Ousmane Ba',
    dateOfBirth: '1950-06-01',
    isPrincipal: true,
    relationship: null,
    vulnerabilities: ['medical_needs', 'elderly'],
    documents: [passport('2030-12-31', 'A6666666')],
    ...overrides,
  };
}
