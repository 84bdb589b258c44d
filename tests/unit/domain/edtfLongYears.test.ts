/**
 * EDTF level 1's long years (more than four digits, "Y-13800000000") are read by the EDTF
 * parser like any other date: plain, qualified, in intervals and sets, kept exactly.
 */
import { describe, expect, it } from 'vitest';
import { MEAN_YEAR_MS, parsePartialDate } from '../../../src/domain/dates';
import { describeEdtfProblem, parseEdtf, softExtent } from '../../../src/domain/edtf';
import { eventDates } from '../../../src/domain/eventDates';

describe('EDTF long years', () => {
  it('reads the Big Bang as a plain date of year precision, the year kept exactly', () => {
    const d = parseEdtf('Y-13800000000');
    expect(d.extended).toBe(false);
    expect(d.value.kind).toBe('date');
    if (d.value.kind !== 'date') return;
    expect(d.value.point.date.year).toBe(-13_800_000_000);
    expect(d.value.point.date.precision).toBe('year');
    expect(d.startMs).toBe(parsePartialDate('Y-13800000000').startMs);
    expect(d.endMs).toBeGreaterThan(d.startMs);
  });

  it('reads an approximate long year, widened by one year on each side, never NaN', () => {
    const d = parseEdtf('Y-65000000~');
    expect(d.extended).toBe(true);
    if (d.value.kind !== 'date') throw new Error('a date');
    expect(d.value.point.qualifier).toBe('approximate');
    const [from, to] = softExtent(d.value.point);
    expect(Number.isFinite(from) && Number.isFinite(to)).toBe(true);
    expect(d.value.point.startMs - from).toBeCloseTo(MEAN_YEAR_MS, -3);
    expect(to - d.value.point.endMs).toBeCloseTo(MEAN_YEAR_MS, -3);
  });

  it('reads intervals and sets of long years, in order', () => {
    const i = parseEdtf('Y-66000000/Y-65000000');
    expect(i.value.kind).toBe('interval');
    expect(i.startMs).toBe(parsePartialDate('Y-66000000').startMs);
    expect(i.endMs).toBe(parsePartialDate('Y-65000000').endMs);
    const s = parseEdtf('[Y-65000000, Y-66000000]');
    if (s.value.kind !== 'set') throw new Error('a set');
    expect(s.value.points.map((p) => p.date.year)).toEqual([-66_000_000, -65_000_000]);
    expect(describeEdtfProblem('Y-65000000/Y-66000000')).toMatch(/ends before it starts/);
  });

  it('names the range for a long year after 9999 (EDTF\'s "Y170000002"), and says what is read', () => {
    expect(describeEdtfProblem('Y170000002')).toBe('year 170000002 is outside -13800000000–9999');
    expect(describeEdtfProblem('Y-1380000000000000')).toMatch(/outside -13800000000–9999/);
    expect(describeEdtfProblem('Y-65000000X')).toMatch(/Y-65000000 \(a year of more than four/);
  });

  it('gives an event with a long-year start and end its exact years', () => {
    const e = eventDates({ start: 'Y-4600000000', end: 'Y-4500000000' });
    expect(e.startDate.year).toBe(-4_600_000_000);
    expect(e.endDate?.year).toBe(-4_500_000_000);
    expect(e.isRange).toBe(true);
    expect(e.edtf).toBeNull();
  });
});
