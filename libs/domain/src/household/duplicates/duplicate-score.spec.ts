import {
  DUPLICATE_THRESHOLD,
  type PersonIdentity,
  scoreDuplicate,
  sharesBlock,
  swappedBirthDate,
} from './duplicate-score';
import { nameSimilarity, nameTokens, trigramSimilarity } from './name-similarity';

const person = (over: Partial<PersonIdentity> = {}): PersonIdentity => ({
  givenNames: 'Mohamed',
  familyName: 'Diallo',
  dateOfBirth: '1990-04-07',
  nationality: 'GN',
  documentNumbers: [],
  ...over,
});

describe('duplicate persons', () => {
  it('matches a name written in Arabic or Cyrillic script with its Latin spelling', () => {
    expect(
      scoreDuplicate(person(), person({ givenNames: 'Мухаммед', familyName: 'Диалло' })).score,
    ).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
    expect(nameSimilarity(nameTokens('محمد'), nameTokens('Mohamed'))).toBeGreaterThan(0.8);
  });

  it('matches spelling variants and swapped name order', () => {
    expect(
      scoreDuplicate(person(), person({ givenNames: 'Mouhamed', familyName: 'Dialo' })).score,
    ).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
    expect(
      scoreDuplicate(person(), person({ givenNames: 'Diallo', familyName: 'Muhammad' })).score,
    ).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
  });

  it('allows day and month swapped in the birth date, and only when both are possible months', () => {
    expect(swappedBirthDate('1990-04-07')).toBe('1990-07-04');
    expect(swappedBirthDate('1990-04-27')).toBeNull();
    const swapped = scoreDuplicate(person(), person({ dateOfBirth: '1990-07-04' }));
    expect(swapped.reasons).toContain('birth_day_month_swapped');
    expect(swapped.score).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
  });

  it('does not take a namesake born in another year for the same person', () => {
    expect(scoreDuplicate(person(), person({ dateOfBirth: '1984-11-23' })).score).toBeLessThan(DUPLICATE_THRESHOLD);
    expect(scoreDuplicate(person(), person({ givenNames: 'Aminata', familyName: 'Camara' })).score).toBeLessThan(
      DUPLICATE_THRESHOLD,
    );
  });

  it('a shared document number settles it, whatever the spelling', () => {
    const r = scoreDuplicate(
      person({ documentNumbers: ['GN-123 4567'] }),
      person({ givenNames: 'Alpha', dateOfBirth: '1970-01-01', documentNumbers: ['gn1234567'] }),
    );
    expect(r.reasons).toContain('same_document_number');
    expect(r.score).toBeGreaterThanOrEqual(0.97);
  });

  it('blocks like the SQL: same or swapped birth date, shared document, or same year with similar names', () => {
    expect(sharesBlock(person(), person({ givenNames: 'Мухаммед', dateOfBirth: '1990-07-04' }))).toBe(true);
    expect(sharesBlock(person(), person({ givenNames: 'Mohammed', dateOfBirth: '1990-09-30' }))).toBe(true);
    expect(
      sharesBlock(person(), person({ givenNames: 'Aminata', familyName: 'Camara', dateOfBirth: '1990-09-30' })),
    ).toBe(false);
    expect(trigramSimilarity('word', 'word')).toBe(1);
  });
});
