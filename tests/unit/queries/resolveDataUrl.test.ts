import { afterEach, describe, expect, it } from 'vitest';
import { DatasetError } from '../../../src/domain/datasetError';
import { setLocale } from '../../../src/i18n/i18n';
import { resolveDataUrl } from '../../../src/queries/loadFromUrl';

const PAGE = 'https://timeline.example/app/?view=table';

function refusal(raw: string): DatasetError {
  try {
    resolveDataUrl(raw, PAGE);
  } catch (e) {
    if (e instanceof DatasetError) return e;
    throw e;
  }
  throw new Error(`${raw} was accepted`);
}

afterEach(async () => {
  await setLocale('en');
});

describe('resolveDataUrl', () => {
  it('resolves same-site links against the page', () => {
    expect(resolveDataUrl('data/my.json', PAGE).href).toBe(
      'https://timeline.example/app/data/my.json',
    );
    expect(resolveDataUrl('https://other.example/x.json', PAGE, true).origin).toBe(
      'https://other.example',
    );
  });

  it('refuses other schemes and other sites, saying what and where, in the interface language', async () => {
    const scheme = refusal('javascript:alert(1)');
    expect(scheme.message).toBe('Only http(s) dataset URLs can be loaded');
    expect(scheme.problems).toEqual([
      {
        path: '?data=',
        message: '"javascript:" URLs cannot be loaded; use an http(s) URL',
        severity: 'error',
        localized: true,
      },
    ]);
    expect(refusal('https://other.example/x.json').problems[0]?.message).toBe(
      'https://other.example is a different site from https://timeline.example; only datasets from this site load by link without asking',
    );

    await setLocale('de');
    const german = refusal('https://other.example/x.json');
    expect(german.message).toBe(
      'Datensätze anderer Websites werden nicht ohne Ihre Zustimmung geladen',
    );
    expect(german.problems[0]?.message).toContain('ist eine andere Website als');
  });
});
