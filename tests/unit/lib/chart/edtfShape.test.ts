import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../../../src/domain/edtf';
import { edtfShape } from '../../../../src/lib/chart/edtfShape';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const shape = (text: string) => edtfShape(parseEdtf(text).value);

describe('edtfShape: each EDTF form is drawn by shape, not hue', () => {
  it('draws a plain date and a plain interval as one solid extent', () => {
    expect(shape('2007-07')).toEqual([
      { kind: 'solid', startMs: utc(2007, 7), endMs: utc(2007, 8) },
    ]);
    expect(shape('2007-07/2007-09')).toEqual([
      { kind: 'solid', startMs: utc(2007, 7), endMs: utc(2007, 10) },
    ]);
  });

  it('draws an approximate date as a soft extent one month wider each side, no hard bar', () => {
    expect(shape('2007-07~')).toEqual([
      { kind: 'soft', startMs: utc(2007, 6), endMs: utc(2007, 9) },
    ]);
  });

  it('draws uncertain and unspecified dates as a soft extent over their period', () => {
    expect(shape('2007-07?')).toEqual([
      { kind: 'soft', startMs: utc(2007, 7), endMs: utc(2007, 8) },
    ]);
    expect(shape('200X')).toEqual([{ kind: 'soft', startMs: utc(2000), endMs: utc(2010) }]);
  });

  it('draws an open or unknown end as the known part followed by a fade', () => {
    const open = [
      { kind: 'solid', startMs: utc(2007, 7), endMs: utc(2007, 8) },
      { kind: 'fade', fromMs: utc(2007, 8), direction: 'later' },
    ];
    expect(shape('2007-07/..')).toEqual(open);
    expect(shape('2007-07/')).toEqual(open);
    expect(shape('/2008')).toEqual([
      { kind: 'fade', fromMs: utc(2008), direction: 'earlier' },
      { kind: 'solid', startMs: utc(2008), endMs: utc(2009) },
    ]);
  });

  it('draws "or later" and "or earlier" as open arrows in that direction', () => {
    expect(shape('[2007-07-16..]')).toEqual([
      { kind: 'tick', atMs: utc(2007, 7, 16) },
      { kind: 'arrow', atMs: utc(2007, 7, 17), direction: 'later' },
    ]);
    expect(shape('[..2007-07-16]')).toEqual([
      { kind: 'arrow', atMs: utc(2007, 7, 16), direction: 'earlier' },
      { kind: 'tick', atMs: utc(2007, 7, 16) },
    ]);
  });

  it('draws "one of a set" as a tick at each member', () => {
    expect(shape('[2007-07-10, 2007-07-12]')).toEqual([
      { kind: 'tick', atMs: utc(2007, 7, 10) },
      { kind: 'tick', atMs: utc(2007, 7, 12) },
    ]);
  });

  it('keeps a soft halo on an approximate interval end beside the solid span', () => {
    const parts = shape('2007-07~/2007-09');
    expect(parts[0]).toEqual({ kind: 'solid', startMs: utc(2007, 7), endMs: utc(2007, 10) });
    expect(parts[1]).toEqual({ kind: 'soft', startMs: utc(2007, 6), endMs: utc(2007, 9) });
  });
});
