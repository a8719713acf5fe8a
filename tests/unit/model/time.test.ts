import { describe, expect, it } from 'vitest';
import { parseDuration, formatDuration, parseTimeSpec, parseIso, formatIso, formatRelative, HOUR, DAY, MINUTE } from '../../../src/model/time.js';

describe('time', () => {
  it('parses and formats durations', () => {
    expect(parseDuration('1d6h')).toBe(DAY + 6 * HOUR);
    expect(parseDuration('90m')).toBe(90 * MINUTE);
    expect(parseDuration('1w')).toBe(7 * DAY);
    expect(parseDuration('6 h')).toBeUndefined();
    expect(parseDuration('')).toBeUndefined();
    expect(formatDuration(DAY + 6 * HOUR + 5 * MINUTE)).toBe('1d6h5m');
    expect(formatDuration(0)).toBe('0m');
  });

  it('parses absolute and relative times over 1950-2026', () => {
    const start = parseIso('1950-06-25')!;
    expect(formatIso(start)).toBe('1950-06-25T00:00:00Z');
    expect(parseTimeSpec('T+2d', start)).toBe(start + 2 * DAY);
    expect(parseTimeSpec('T-1h', start)).toBe(start - HOUR);
    expect(formatIso(parseTimeSpec('1994-12-01T00:00Z', start)!)).toBe('1994-12-01T00:00:00Z');
    expect(parseTimeSpec('2026-13-40', start)).toBeUndefined();
    expect(parseTimeSpec('tomorrow', start)).toBeUndefined();
    expect(formatRelative(start + 30 * HOUR, start)).toBe('T+1d6h');
  });
});

describe('formatIso', () => {
  it('agrees with Date#toISOString at minute resolution from 1900 to 2100', async () => {
    const { fc } = await import('@fast-check/vitest');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / MINUTE, max: Date.UTC(2100, 0, 1) / MINUTE }), (m) => {
        expect(formatIso(m * MINUTE)).toBe(new Date(m * MINUTE).toISOString().slice(0, 19) + 'Z');
      }),
      { numRuns: 5000 },
    );
    expect(formatIso(Date.UTC(2000, 1, 29, 23, 59))).toBe('2000-02-29T23:59:00Z');
    expect(formatIso(Date.UTC(1950, 6, 14))).toBe('1950-07-14T00:00:00Z');
  });
});

describe('parseRecordTime', () => {
  it('reads back what formatIso writes, and other ISO forms through Date.parse', async () => {
    const { fc } = await import('@fast-check/vitest');
    const { parseRecordTime } = await import('../../../src/model/time.js');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / MINUTE, max: Date.UTC(2200, 0, 1) / MINUTE }), (m) => {
        expect(parseRecordTime(formatIso(m * MINUTE))).toBe(m * MINUTE);
      }),
      { numRuns: 3000 },
    );
    expect(parseRecordTime('2026-03-01T06:00:00.000Z')).toBe(Date.UTC(2026, 2, 1, 6));
    // Logs written before record format 1.0.0 had no seconds.
    expect(parseRecordTime('2026-03-01T06:00Z')).toBe(Date.UTC(2026, 2, 1, 6));
  });

  it('writes RFC 3339 with seconds, which a strict RFC 3339 pattern accepts', () => {
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
    for (const t of [Date.UTC(1950, 5, 25), Date.UTC(2026, 2, 1, 6, 12), Date.UTC(9999, 11, 31, 23, 59)]) expect(formatIso(t)).toMatch(rfc3339);
    expect(formatIso(Date.UTC(2026, 2, 1, 6, 12))).toBe('2026-03-01T06:12:00Z');
  });
});
