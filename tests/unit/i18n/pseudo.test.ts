import { describe, expect, it } from 'vitest';
import { messageParams } from '../../../src/i18n/catalogue';
import { en } from '../../../src/i18n/messages/en';
import { pseudoCatalogue, pseudoLocalize } from '../../../src/i18n/pseudo';

describe(pseudoLocalize, () => {
  it('accents letters and wraps the text in brackets', () => {
    const p = pseudoLocalize('Zoom in');
    expect(p.startsWith('[Žööḿ íñ')).toBe(true);
    expect(p.endsWith(']')).toBe(true);
    expect(p).not.toMatch(/[A-Za-z]{3}/);
  });

  it('makes text about 35–40 % longer', () => {
    const text = 'Select an event on the timeline to read what happened and where it comes from.';
    const ratio = pseudoLocalize(text).length / text.length;
    expect(ratio).toBeGreaterThanOrEqual(1.35);
    expect(ratio).toBeLessThanOrEqual(1.45);
  });

  it('keeps {params} and the plural # intact', () => {
    const p = pseudoLocalize('Showing {shown} of {total} events, # in view');
    expect(p).toContain('{shown}');
    expect(p).toContain('{total}');
    expect(p).toContain('#');
  });
});

describe(pseudoCatalogue, () => {
  it('has every key and the same parameters as English', () => {
    const pseudo = pseudoCatalogue(en);
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(messageParams(pseudo[key]), key).toEqual(messageParams(en[key]));
      expect(pseudo[key], key).not.toEqual(en[key]);
    }
  });
});
