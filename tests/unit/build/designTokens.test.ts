import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Components use the design tokens (src/styles/tokens.css), not literal colours: a colour
 * written into a component's CSS would skip the dark and projector sets. The print sheet is
 * the one exception (black on white by design).
 */
const ROOT = join(import.meta.dirname, '../../../src');
const ALLOWED = new Set(['styles/tokens.css', 'styles/print.css']);

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return name.endsWith('.css') ? [path] : [];
  });
}

describe('component CSS', () => {
  const files = cssFiles(ROOT).filter((f) => !ALLOWED.has(relative(ROOT, f)));

  it('is found (the scan would pass vacuously otherwise)', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it('writes no colour literal: every colour comes from a token', () => {
    const found: string[] = [];
    for (const f of files) {
      const css = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const m of css.matchAll(/#[0-9a-fA-F]{3,8}\b|\brgba?\([^)]*\)|\bhsla?\([^)]*\)/g)) {
        found.push(`${relative(ROOT, f)}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('sizes type with the scale: no font size in rem outside the tokens', () => {
    const found: string[] = [];
    for (const f of files) {
      const css = readFileSync(f, 'utf8');
      for (const m of css.matchAll(/font-size:\s*[\d.]+rem/g))
        found.push(`${relative(ROOT, f)}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});
