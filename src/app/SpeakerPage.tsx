import type { LoadedDataset } from '../domain/indexes';
import { SpeakerView } from '../features/presenter/SpeakerView';
import { useTours } from '../features/tours/useTours';
import { useTimelineStoreApi } from '../store/timelineStoreContext';

/** The presenter's second window (`?speaker=1`): notes, the next stop and the timer. */
export function SpeakerPage({ data }: { data: LoadedDataset }) {
  const store = useTimelineStoreApi();
  const tours = useTours(data);
  return <SpeakerView tours={tours.tours} initial={store.getState().presenting} />;
}
