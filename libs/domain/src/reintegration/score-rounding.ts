/**
 * Scores (survey and matching) are kept and stored at full double precision; they are rounded only where a
 * person reads them. Rounding is half up on the decimal value as written (0.6125 -> 0.613, 0.0005 -> 0.001),
 * with a nudge of one machine epsilon so that a value like 1.0005, held in binary as 1.000499..., still rounds up.
 */
export const SCORE_DISPLAY_DECIMALS = 3;

export function roundScoreForDisplay(value: number, decimals = SCORE_DISPLAY_DECIMALS): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 12) throw new RangeError(`bad decimals ${decimals}`);
  const factor = 10 ** decimals;
  const sign = value < 0 ? -1 : 1;
  return (sign * Math.round(Math.abs(value) * factor * (1 + Number.EPSILON))) / factor;
}
