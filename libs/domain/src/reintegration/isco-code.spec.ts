import { iscoAncestorCodes, iscoLevelOf } from './isco-code';

describe('ISCO-08 codes', () => {
  it('names the level from the code length', () => {
    expect(iscoLevelOf('7')).toBe('major');
    expect(iscoLevelOf('72')).toBe('sub_major');
    expect(iscoLevelOf('723')).toBe('minor');
    expect(iscoLevelOf('7231')).toBe('unit');
  });

  it('lists the ancestors from the major group down, keeping the leading zero of the armed forces', () => {
    expect(iscoAncestorCodes('7231')).toEqual(['7', '72', '723']);
    expect(iscoAncestorCodes('0110')).toEqual(['0', '01', '011']);
    expect(iscoAncestorCodes('5')).toEqual([]);
  });

  it.each(['', '12345', '72a1', ' 723'])('refuses %p', (code) => {
    expect(() => iscoAncestorCodes(code)).toThrow(RangeError);
  });
});
