import { describe, expect, it } from 'vitest';
import { getI18n } from '../../../../src/i18n/i18n';
import { tourDeck } from '../../../../src/lib/slide/tourSlides';
import { shippedData } from '../../../setup/slideSvg';

const data = shippedData();
const tour = data.dataset.tours![0]!;

describe('a tour deck with the reader’s own notes (a choice of the export)', () => {
  it('adds the note on a stop’s event after the stop’s speaker notes, and nothing without the choice', () => {
    const plain = tourDeck(data, tour, getI18n());
    const at = plain.slides.findIndex((s) => s.choices.selectedEventId !== null);
    expect(at).toBeGreaterThanOrEqual(0);
    const first = plain.slides[at]!;
    const eventId = first.choices.selectedEventId!;
    const mine = new Map([[`event:${eventId}`, 'Ask the room about this one.']]);
    const withMine = tourDeck(data, tour, getI18n(), (key) => mine.get(key));
    const notes = withMine.slides[at]!.notes;
    expect(notes).toBe(
      [first.notes, 'My note: Ask the room about this one.'].filter((x) => x !== '').join('\n\n'),
    );
    // Only the slide whose event has a note changes.
    const others = (d: typeof plain) =>
      d.slides.filter((s) => s.choices.selectedEventId !== eventId).map((s) => s.notes);
    expect(others(withMine)).toEqual(others(plain));
  });
});
