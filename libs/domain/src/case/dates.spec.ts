import {
  addDays,
  addMonths,
  addMs,
  dayOf,
  earliestDayAnywhere,
  latestDayAnywhere,
  parseDuration,
  utcDayOf,
} from './dates';

describe('addMs and addDays', () => {
  it('adds milliseconds to an ISO timestamp and answers in UTC ISO form', () => {
    expect(addMs('2026-01-01T00:00:00Z', 1500)).toBe('2026-01-01T00:00:01.500Z');
    expect(addMs('2026-01-01T00:00:00Z', -1)).toBe('2025-12-31T23:59:59.999Z');
  });

  it('adds whole days of 24 hours, crossing months and years', () => {
    expect(addDays('2026-01-01T00:00:00Z', 21)).toBe('2026-01-22T00:00:00.000Z');
    expect(addDays('2026-12-25T12:00:00Z', 10)).toBe('2027-01-04T12:00:00.000Z');
    expect(addDays('2026-03-01T00:00:00Z', -1)).toBe('2026-02-28T00:00:00.000Z');
  });

  it('reads offsets in the input and answers in UTC', () => {
    expect(addDays('2026-01-01T02:00:00+02:00', 1)).toBe('2026-01-02T00:00:00.000Z');
  });
});

describe('addMonths (calendar months, as people count follow-up visits)', () => {
  it.each([
    ['2026-01-15T10:00:00Z', 3, '2026-04-15T10:00:00.000Z'],
    ['2026-01-31T10:00:00Z', 1, '2026-02-28T10:00:00.000Z'],
    ['2024-01-31T10:00:00Z', 1, '2024-02-29T10:00:00.000Z'],
    ['2026-01-31T00:00:00Z', 3, '2026-04-30T00:00:00.000Z'],
    ['2026-01-31T00:00:00Z', 6, '2026-07-31T00:00:00.000Z'],
    ['2026-01-31T00:00:00Z', 12, '2027-01-31T00:00:00.000Z'],
    ['2026-08-31T08:30:00Z', 6, '2027-02-28T08:30:00.000Z'],
    ['2024-02-29T12:00:00Z', 12, '2025-02-28T12:00:00.000Z'],
    ['2024-02-29T12:00:00Z', 48, '2028-02-29T12:00:00.000Z'],
    ['2026-11-30T23:59:59Z', 3, '2027-02-28T23:59:59.000Z'],
    ['2026-03-31T06:00:00Z', -1, '2026-02-28T06:00:00.000Z'],
    ['2026-05-20T06:00:00Z', 0, '2026-05-20T06:00:00.000Z'],
  ])('clamps to the end of the month: %s + %i months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('keeps the day of the month when the target month is long enough', () => {
    expect(addMonths('2026-04-30T09:00:00Z', 1)).toBe('2026-05-30T09:00:00.000Z');
  });

  it('keeps the milliseconds of the time of day', () => {
    expect(addMonths('2026-01-31T10:20:30.456Z', 3)).toBe('2026-04-30T10:20:30.456Z');
  });
});

describe('dayOf', () => {
  it('is the UTC calendar day of a Z timestamp', () => {
    expect(dayOf('2026-04-15T23:59:59.999Z')).toBe('2026-04-15');
    expect(dayOf('2026-04-15')).toBe('2026-04-15');
  });
});

describe('utcDayOf (the UTC day of an instant written with any offset)', () => {
  it('reads the offset: 01:00 at UTC+05:00 is the day before in UTC, 23:00 at UTC−05:00 the day after', () => {
    expect(utcDayOf('2026-03-05T01:00:00+05:00')).toBe('2026-03-04');
    expect(utcDayOf('2026-03-04T23:00:00-05:00')).toBe('2026-03-05');
    expect(utcDayOf('2026-03-04T23:59:59.999Z')).toBe('2026-03-04');
  });
});

describe('earliestDayAnywhere (the day an instant falls on furthest west)', () => {
  it("is the day before UTC's until 12:00 UTC, when the day has begun at UTC−12", () => {
    expect(earliestDayAnywhere('2026-12-04T11:59:59.999Z')).toBe('2026-12-03');
    expect(earliestDayAnywhere('2026-12-04T12:00:00.000Z')).toBe('2026-12-04');
    expect(earliestDayAnywhere('2027-01-01T03:00:00.000Z')).toBe('2026-12-31');
  });
});

describe('latestDayAnywhere (the bound of the days people enter)', () => {
  it("is UTC's day until 10:00 UTC, then the next day, which has begun at UTC+14", () => {
    expect(latestDayAnywhere('2026-12-04T00:00:00.000Z')).toBe('2026-12-04');
    expect(latestDayAnywhere('2026-12-04T09:59:59.999Z')).toBe('2026-12-04');
    expect(latestDayAnywhere('2026-12-04T10:00:00.000Z')).toBe('2026-12-05');
    expect(latestDayAnywhere('2026-12-04T23:30:00.000Z')).toBe('2026-12-05');
  });

  it('crosses months and years', () => {
    expect(latestDayAnywhere('2026-12-31T20:00:00.000Z')).toBe('2027-01-01');
    expect(latestDayAnywhere('2028-02-28T12:00:00.000Z')).toBe('2028-02-29');
  });
});

describe('parseDuration', () => {
  it.each([
    ['21d', 21 * 24 * 3_600_000],
    ['72h', 72 * 3_600_000],
    ['30m', 30 * 60_000],
    ['45s', 45_000],
    ['1500ms', 1500],
    ['2w', 14 * 24 * 3_600_000],
    ['0d', 0],
    [' 7d ', 7 * 24 * 3_600_000],
    ['12 h', 12 * 3_600_000],
  ])('reads %p as %i milliseconds', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it('reads "m" as minutes, not months or milliseconds', () => {
    expect(parseDuration('30m')).toBe(1_800_000);
  });

  it.each(['bad', '', '21', 'd', '1.5h', '-1d', '21days', '21D', '3mo', '1h30m'])(
    'refuses %p with a RangeError',
    (text) => {
      expect(() => parseDuration(text)).toThrow(RangeError);
      expect(() => parseDuration(text)).toThrow(/is not a duration like 21d, 72h or 30m/);
    },
  );
});
