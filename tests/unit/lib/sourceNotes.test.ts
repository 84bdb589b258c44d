import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSourceNote } from '../../../src/lib/sourceNotes';

describe('splitSourceNote', () => {
  it('moves dossier and seed references out of what readers see', () => {
    expect(splitSourceNote('Dossier source S114.')).toEqual({
      reader: '',
      research: ['Dossier source S114.'],
    });
    expect(splitSourceNote('Dossier source S103. A post by the Mayor of Los Angeles.')).toEqual({
      reader: 'A post by the Mayor of Los Angeles.',
      research: ['Dossier source S103.'],
    });
    expect(
      splitSourceNote(
        'Seed document 004_8453ba13f9a26e97.txt; same text as stored at this URL. Dossier source S19. The author discloses that Microsoft paid her travel, lodging and conference pass for WPC 2010.',
      ),
    ).toEqual({
      reader:
        'The author discloses that Microsoft paid her travel, lodging and conference pass for WPC 2010.',
      research: [
        'Seed document 004_8453ba13f9a26e97.txt; same text as stored at this URL.',
        'Dossier source S19.',
      ],
    });
  });

  it('treats a sentence about "the seed", a seed number or a dossier finding as research', () => {
    const { reader, research } = splitSourceNote(
      'Dossier source S20. Cited only because the author identifies herself here, which supports the attribution of seed 004. The "Featured" links at the end of the seed are later website furniture. It was not found (dossier U-03). Dated as in F-2008-11. Written on site.',
    );
    expect(reader).toBe('Written on site.');
    expect(research).toHaveLength(5);
  });

  it('keeps every word of the note, in order', () => {
    const data = JSON.parse(readFileSync(join(process.cwd(), 'data/wpc.json'), 'utf8')) as {
      sources: { note?: string }[];
    };
    for (const { note } of data.sources) {
      if (note === undefined) continue;
      const { reader, research } = splitSourceNote(note);
      const words = (s: string) => s.split(/\s+/).filter((w) => w !== '');
      expect([...words(reader), ...research.flatMap(words)].sort()).toEqual(words(note).sort());
      expect(reader).not.toMatch(/Dossier source|Seed document/);
    }
    expect(splitSourceNote(undefined)).toEqual({ reader: '', research: [] });
  });
});
