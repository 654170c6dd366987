import { FieldViolation } from '../errors/domain-error';
import { dayOf, latestDayAnywhere } from '../case/dates';
import { ADULT_AGE, ageOn, HouseholdMember, PersonDetails } from './household';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const OLDEST_BIRTH_YEAR = 1900;

/**
 * Rules on a household that field-level validation cannot see: birth dates in the past, children flagged as
 * unaccompanied only when they travel without an adult, one document number per person and type.
 * `now` (an ISO instant) is passed in so that the rules stay pure. Ages are counted on UTC's day; a date of birth is a
 * day of the family's time zone, bounded by the latest day anywhere (dates.ts).
 */
export function checkHousehold(principal: PersonDetails, members: HouseholdMember[], now: string): FieldViolation[] {
  const today = dayOf(now);
  const latestDay = latestDayAnywhere(now);
  const violations: FieldViolation[] = [];
  const people: Array<[string, PersonDetails]> = [
    ['principal', principal],
    ...members.map((m, i): [string, PersonDetails] => [`household.${i}`, m]),
  ];
  for (const [path, person] of people) {
    violations.push(...checkPerson(path, person, latestDay));
  }
  if (violations.length > 0) return violations;

  const anyAdult = people.some(([, p]) => ageOn(p.dateOfBirth, today) >= ADULT_AGE);
  for (const [path, person] of people) {
    const isChild = ageOn(person.dateOfBirth, today) < ADULT_AGE;
    if (person.vulnerabilities.includes('unaccompanied_child') && !isChild) {
      violations.push({
        field: `${path}.vulnerabilities`,
        reason: 'only a person under 18 can be an unaccompanied child',
      });
    }
    if (person.vulnerabilities.includes('unaccompanied_child') && anyAdult) {
      violations.push({
        field: `${path}.vulnerabilities`,
        reason: 'a child travelling with an adult of the household is not unaccompanied',
      });
    }
  }
  const principalIsChild = ageOn(principal.dateOfBirth, today) < ADULT_AGE;
  if (principalIsChild && !anyAdult) {
    const flags = principal.vulnerabilities;
    if (!flags.includes('unaccompanied_child') && !flags.includes('separated_child')) {
      violations.push({
        field: 'principal.vulnerabilities',
        reason: 'a child applying without an adult must be flagged unaccompanied_child or separated_child',
      });
    }
  }
  return violations;
}

/**
 * Field rules on one person, reported under `path` (also used when a member is added after intake). `latestDay`, the
 * latest day anywhere (dates.ts), bounds the date of birth.
 */
export function checkPerson(path: string, person: PersonDetails, latestDay: string): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (!isCalendarDate(person.dateOfBirth)) {
    violations.push({ field: `${path}.dateOfBirth`, reason: 'must be a real date in the form YYYY-MM-DD' });
  } else if (person.dateOfBirth > latestDay) {
    violations.push({ field: `${path}.dateOfBirth`, reason: 'cannot be in the future' });
  } else if (Number(person.dateOfBirth.slice(0, 4)) < OLDEST_BIRTH_YEAR) {
    violations.push({ field: `${path}.dateOfBirth`, reason: `cannot be before ${OLDEST_BIRTH_YEAR}` });
  }
  const seen = new Set<string>();
  person.documents.forEach((doc, i) => {
    if (doc.expiresOn !== undefined && !isCalendarDate(doc.expiresOn)) {
      violations.push({
        field: `${path}.documents.${i}.expiresOn`,
        reason: 'must be a real date in the form YYYY-MM-DD',
      });
    }
    if (doc.number) {
      const key = `${doc.type}:${doc.issuingCountry}:${doc.number}`;
      if (seen.has(key)) {
        violations.push({ field: `${path}.documents.${i}.number`, reason: 'the same document is listed twice' });
      }
      seen.add(key);
    }
  });
  if (new Set(person.vulnerabilities).size !== person.vulnerabilities.length) {
    violations.push({ field: `${path}.vulnerabilities`, reason: 'a flag is listed twice' });
  }
  return violations;
}
