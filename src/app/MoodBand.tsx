import { useCallback, useMemo, useRef, useState } from 'react';
import { useAfterPaint } from '../components/useAfterPaint';
import type { LoadedDataset } from '../domain/indexes';
import { StanceBand } from '../features/strategy/StanceBand';
import { useElementSize } from '../features/timeline/useElementSize';
import { hasMoodData, isStanceGroup, type StanceGroup } from '../lib/stance';
import { paddedBounds } from '../lib/viewport';
import { useTimelineStore, useTimelineStoreApi } from '../store/timelineStoreContext';

const SHORT_SCREEN = '(max-height: 800px), (max-width: 699px)';

interface MoodBandProps {
  data: LoadedDataset;
  onShowQuotes: (quoteIds: string[], label: string) => void;
}

/**
 * The mood of the channel under the chart, for a dataset that has one (quotes with stances
 * other than neutral, as the WPC timeline's): nothing at all, heading included, for another.
 */
export function MoodBand(props: MoodBandProps) {
  const has = useMemo(() => hasMoodData(props.data.quotesById.values()), [props.data]);
  return has ? <MoodBandShown {...props} /> : null;
}

/**
 * The stance band, on the chart's own time scale and zoom (same width, same window), counting
 * whose quotes the reader chose.
 */
function MoodBandShown({ data, onShowQuotes }: MoodBandProps) {
  const store = useTimelineStoreApi();
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(ref, { width: 1200, height: 80 });
  const viewport = useTimelineStore((s) => s.viewport);
  const speakers = useTimelineStore((s) => s.speakers);
  // A render behind the chart: a filter toggle repaints the timeline first.
  const themeFilter = useAfterPaint(useTimelineStore((s) => s.themeFilter));
  const domain = useMemo(() => viewport ?? paddedBounds(data.span), [viewport, data.span]);
  const onGroupChange = useCallback(
    (g: StanceGroup) => {
      store.getState().setSpeakers(g);
    },
    [store],
  );
  // On a short screen (a 720p projector) or a phone the band starts folded, so the chart (or
  // the phone's list of events) keeps the room.
  const [open, setOpen] = useState(
    () => typeof window.matchMedia !== 'function' || !window.matchMedia(SHORT_SCREEN).matches,
  );
  const fold = useMemo(() => ({ open, onToggle: () => setOpen((o) => !o) }), [open]);
  return (
    <div className="mood-band" ref={ref}>
      <StanceBand
        data={data}
        domain={domain}
        width={width}
        group={isStanceGroup(speakers) ? speakers : 'all'}
        onGroupChange={onGroupChange}
        onShowQuotes={onShowQuotes}
        themeFilter={themeFilter}
        barHeight={44}
        fold={fold}
      />
    </div>
  );
}
