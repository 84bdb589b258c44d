import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** ESLint with the project's layer rules only (the typed rules need files that exist). */
let eslint: ESLint;

beforeAll(async () => {
  const configPath: string = new URL('../../../eslint.config.js', import.meta.url).href;
  const { layerRules } = (await import(configPath)) as { layerRules: Linter.Config };
  eslint = new ESLint({
    cwd: new URL('../../..', import.meta.url).pathname,
    overrideConfigFile: true,
    overrideConfig: [{ languageOptions: { parser: tseslint.parser } }, layerRules],
  });
});

/** The layer errors for a file at `path` (under src/) with these imports. */
async function layerErrors(path: string, imports: string): Promise<string[]> {
  const [result] = await eslint.lintText(imports, { filePath: path });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

describe('the layer order', () => {
  it('fails a back-import: lib importing the store', async () => {
    const errors = await layerErrors(
      'src/lib/fixture.ts',
      "import { toQueryString } from '../store/urlState';\nexport const x = toQueryString;\n",
    );
    expect(errors).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: lib may not import store: imports run/),
    ]);
  });

  it('fails domain importing lib, and components importing queries', async () => {
    expect(await layerErrors('src/domain/fixture.ts', "import '../lib/viewport';\n")).toHaveLength(
      1,
    );
    expect(
      await layerErrors('src/components/Fixture.tsx', "import '../queries/loadProgress';\n"),
    ).toHaveLength(1);
  });

  it('fails one feature importing another, but not a feature’s own files', async () => {
    expect(
      await layerErrors('src/features/tours/fixture.ts', "import '../presenter/startTour';\n"),
    ).toEqual([expect.stringContaining('feature may not import feature')]);
    expect(await layerErrors('src/features/tours/fixture.ts', "import './useTours';\n")).toEqual(
      [],
    );
  });

  it('lets imports run downwards', async () => {
    const imports = [
      "import '../../store/urlState';",
      "import '../../queries/loadProgress';",
      "import '../../components/ThemeSwatch';",
      "import '../../lib/viewport';",
      "import '../../domain/types';",
      "import '../../i18n/useI18n';",
    ].join('\n');
    expect(await layerErrors('src/features/tours/fixture.ts', imports)).toEqual([]);
    expect(
      await layerErrors('src/app/Fixture.tsx', "import '../features/tours/useTours';\n"),
    ).toEqual([]);
  });

  it('lets lib name the translator’s types and read the language table, never call i18n', async () => {
    expect(
      await layerErrors(
        'src/lib/fixture.ts',
        "import { getI18n } from '../i18n/i18n';\ngetI18n();\n",
      ),
    ).toEqual([expect.stringContaining('lib may not import i18n')]);
    expect(
      await layerErrors(
        'src/lib/fixture.ts',
        "import type { Translator } from '../i18n/i18n';\nimport { LOCALE_INFO } from '../i18n/locales';\nexport type T = Translator;\nexport const l = LOCALE_INFO;\n",
      ),
    ).toEqual([]);
  });
});
