import {
  agentNounCandidates,
  EXPANSION_WEIGHT,
  normaliseOccupationText,
  occupationQueryTerms,
} from './occupation-text';

describe('normaliseOccupationText', () => {
  it('lower-cases and turns punctuation into single spaces', () => {
    expect(normaliseOccupationText('Mechanic, motor vehicle')).toBe('mechanic motor vehicle');
    expect(normaliseOccupationText('Engineer, instruments: mechanical')).toBe('engineer instruments mechanical');
    expect(normaliseOccupationText('  Shoe-polisher!! ')).toBe('shoe polisher');
  });

  it('removes accents', () => {
    expect(normaliseOccupationText('Mécanicien Électricité')).toBe('mecanicien electricite');
  });

  it('gives an empty string for punctuation only', () => {
    expect(normaliseOccupationText(' ,;: ')).toBe('');
  });
});

describe('agentNounCandidates', () => {
  it.each([
    ['welding', ['welder', 'weldor']],
    ['painted', ['painter', 'paintor']],
    ['operating', ['operater', 'operator']],
    ['bake', ['baker']],
    ['farm', ['farmer']],
  ])('%s -> %p', (word, nouns) => {
    expect(agentNounCandidates(word)).toEqual(nouns);
  });

  it('leaves nouns that already name a person, and short words, alone', () => {
    expect(agentNounCandidates('teacher')).toEqual([]);
    expect(agentNounCandidates('electrician')).toEqual([]);
    expect(agentNounCandidates('vegetables')).toEqual([]);
    expect(agentNounCandidates('cut')).toEqual([]);
  });
});

describe('occupationQueryTerms', () => {
  it('keeps typed words at weight 1, fuzzy from 4 letters, and drops fillers', () => {
    const terms = occupationQueryTerms('I worked as a mechanic at the garage');
    expect(terms.slice(0, 2)).toEqual([
      { term: 'mechanic', weight: 1, fuzzy: true },
      { term: 'garage', weight: 1, fuzzy: true },
    ]);
    expect(terms.map((t) => t.term)).not.toContain('worked');
    expect(terms.map((t) => t.term)).not.toContain('the');
  });

  it('expands everyday words to the wording of the titles, at a lower weight and never corrected', () => {
    const terms = occupationQueryTerms('car mechanic');
    expect(terms).toEqual([
      { term: 'car', weight: 1, fuzzy: false },
      { term: 'mechanic', weight: 1, fuzzy: true },
      { term: 'automobile', weight: EXPANSION_WEIGHT, fuzzy: false },
      { term: 'motor', weight: EXPANSION_WEIGHT, fuzzy: false },
      { term: 'vehicle', weight: EXPANSION_WEIGHT, fuzzy: false },
    ]);
  });

  it('turns what someone did into the sales wording', () => {
    const terms = occupationQueryTerms('sold vegetables at the market').map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(['sold', 'vegetables', 'market', 'sales', 'salesperson', 'vendor']));
    expect(terms).not.toContain('at');
  });

  it('keeps the highest weight when a word is both typed and an expansion', () => {
    const terms = occupationQueryTerms('car motor');
    expect(terms.find((t) => t.term === 'motor')).toEqual({ term: 'motor', weight: 1, fuzzy: true });
  });

  it('is the same whatever the case, punctuation or order of repeated words', () => {
    expect(occupationQueryTerms('Mechanic, MOTOR vehicle')).toEqual(occupationQueryTerms('mechanic motor vehicle'));
  });

  it('caps the number of terms', () => {
    expect(occupationQueryTerms('alpha beta gamma delta epsilon zeta eta theta', 3)).toHaveLength(3);
  });

  it('gives nothing for fillers only', () => {
    expect(occupationQueryTerms('I was at the')).toEqual([]);
  });
});
