import { startOfDayIn } from './time-zone';

describe('startOfDayIn', () => {
  it("is the day's midnight in the time zone, whatever its offset", () => {
    expect(startOfDayIn('2026-12-06', 'UTC')).toBe('2026-12-06T00:00:00.000Z');
    expect(startOfDayIn('2026-12-06', 'America/Bogota')).toBe('2026-12-06T05:00:00.000Z');
    expect(startOfDayIn('2026-12-06', 'Asia/Kabul')).toBe('2026-12-05T19:30:00.000Z');
    expect(startOfDayIn('2026-12-06', 'Pacific/Kiritimati')).toBe('2026-12-05T10:00:00.000Z');
    expect(startOfDayIn('2026-12-06', 'Etc/GMT+12')).toBe('2026-12-06T12:00:00.000Z');
  });

  it('follows summer time, and starts a day whose midnight is skipped at its first moment', () => {
    expect(startOfDayIn('2026-07-01', 'Europe/Paris')).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfDayIn('2026-01-15', 'Europe/Paris')).toBe('2026-01-14T23:00:00.000Z');
    // Chile moves from UTC−4 to UTC−3 at midnight on 6 September 2026: that day begins at 01:00, 04:00 UTC.
    expect(startOfDayIn('2026-09-06', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z');
  });
});
