import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinDatasetModule } from '../../../scripts/vitePluginBuiltinDataset';
import { validateDataset } from '../../../src/domain/validateDataset';

/** What the generated module's default export evaluates to. */
function exported(source: string): unknown {
  const m = /^export default JSON\.parse\((.*)\);\n$/s.exec(source);
  if (!m?.[1]) throw new Error(`unexpected module source: ${source.slice(0, 80)}`);
  return JSON.parse(JSON.parse(m[1]) as string);
}

const wpcText = readFileSync('data/wpc.json', 'utf8');

describe('the built-in dataset, validated at build time', () => {
  it('exports exactly what the validator makes of the shipped WPC dataset', () => {
    const result = exported(builtinDatasetModule('data/wpc.json', wpcText, validateDataset, true));
    expect(result).toEqual(JSON.parse(JSON.stringify(validateDataset(JSON.parse(wpcText)))));
    expect(result).toMatchObject({ ok: true });
  });

  it('fails the build, naming each error and where it is', () => {
    const broken = JSON.parse(wpcText) as { events: { start: string }[] };
    broken.events[0]!.start = '2007-13-45';
    expect(() =>
      builtinDatasetModule('data/wpc.json', JSON.stringify(broken), validateDataset, true),
    ).toThrow(/data\/wpc\.json does not validate:\n {2}events\[0\] \(id "[^"]+"\)\.start: /);
  });

  it('fails the build on text that is not JSON', () => {
    expect(() => builtinDatasetModule('data/wpc.json', '{ nope', validateDataset, true)).toThrow(
      /data\/wpc\.json does not validate:\n {2}data\/wpc\.json: .*JSON/,
    );
  });

  it('hands the problems to the page on the dev server instead', () => {
    const result = exported(builtinDatasetModule('data/wpc.json', '[]', validateDataset, false));
    expect(result).toMatchObject({ ok: false, problems: [{ severity: 'error' }] });
  });
});
