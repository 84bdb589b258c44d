import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LoadedDataset } from '../../domain/indexes';
import { disputedEventIds, onlyEvents } from '../../lib/disputed';
import { useTimelineStore } from '../../store/timelineStoreContext';

export interface OnlyEvents {
  /** The events "Only my notes" and "N disputed" keep; null while neither is on. */
  readonly only: ReadonlySet<string> | null;
  /** Every disputed event (the toggle's count). */
  readonly disputed: ReadonlySet<string>;
  /** The events the reader has a note on (on them or on one of their quotes); null without notes. */
  readonly noted: ReadonlySet<string> | null;
  readonly myNotes: boolean;
  readonly disputedOnly: boolean;
}

/**
 * The chart's and the table's shared "only these events" choice, so both show the same rows:
 * the intersection of the reader's noted events (with "Only my notes") and the disputed ones
 * (with "N disputed"). `noted` comes from the notes API (the view that provides it passes its own).
 */
export function useOnlyEvents(data: LoadedDataset, noted: ReadonlySet<string> | null): OnlyEvents {
  const { myNotes, disputedOnly } = useTimelineStore(
    useShallow((s) => ({ myNotes: s.myNotes, disputedOnly: s.disputedOnly })),
  );
  const disputed = useMemo(() => disputedEventIds(data.events), [data.events]);
  const only = useMemo(
    () => onlyEvents(myNotes ? noted : null, disputedOnly ? disputed : null),
    [myNotes, noted, disputedOnly, disputed],
  );
  return { only, disputed, noted, myNotes, disputedOnly };
}
