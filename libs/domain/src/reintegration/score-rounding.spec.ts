import { roundScoreForDisplay } from './score-rounding';

describe('roundScoreForDisplay', () => {
  it.each([
    [0.63375, 0.634],
    [0.6125, 0.613],
    [0.0005, 0.001],
    [1.0005, 1.001], // held in binary as 1.000499..., still rounds up as written
    [0.9333333333, 0.933],
    [10 / 13, 0.769],
    [0, 0],
    [1, 1],
  ])('rounds %d to %d (3 decimals, half up)', (value, expected) => {
    expect(roundScoreForDisplay(value)).toBe(expected);
  });

  it('takes other precisions and refuses what cannot be rounded', () => {
    expect(roundScoreForDisplay(0.56789, 2)).toBe(0.57);
    expect(roundScoreForDisplay(0.5, 0)).toBe(1);
    expect(() => roundScoreForDisplay(Number.NaN)).toThrow(RangeError);
    expect(() => roundScoreForDisplay(0.5, 1.5)).toThrow(RangeError);
  });
});
