import { useId, useRef, useState, type ChangeEvent } from 'react';
import { stopFromView, type Tour, type TourStop } from '../../lib/tours';
import { tourLink } from './tourLink';
import { downloadText } from '../../components/download';
import type { Domain } from '../../lib/viewport';
import { parseTour } from '../../store/tourStorage';
import { useTimelineStoreApi } from '../../store/timelineStoreContext';
import type { ToursApi } from './useTours';

interface ToursPanelProps {
  api: ToursApi;
  bounds: Domain;
  onPresent: (tour: Tour) => void;
}

function downloadJson(name: string, value: unknown) {
  downloadText(name, `${JSON.stringify(value, null, 2)}\n`, 'application/json');
}

/** Tours: present the shipped one, or build, reorder, share and export your own. */
export function ToursPanel({ api, bounds, onPresent }: ToursPanelProps) {
  const store = useTimelineStoreApi();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const editing = api.tours.find((t) => t.id === editingId && api.savedIds.has(t.id));

  const currentStop = (title: string): TourStop => {
    const s = store.getState();
    return stopFromView(s, title, bounds);
  };

  const newTour = () => {
    const n = api.savedIds.size + 1;
    const title = `My tour ${n}`;
    const tour: Tour = { id: api.freshId(title), title, stops: [currentStop('Stop 1')] };
    api.save(tour);
    setEditingId(tour.id);
    setMessage(`Created “${title}” with the current view as its first stop.`);
  };

  const share = async (tour: Tour) => {
    const link = tourLink(tour);
    try {
      await navigator.clipboard.writeText(link);
      setShareUrl(null);
      setMessage(`Link to “${tour.title}” copied.`);
    } catch {
      setShareUrl(link);
      setMessage('Copying was not allowed; the link is shown below to copy by hand.');
    }
  };

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      setMessage(`${file.name} is not JSON; no tour was added.`);
      return;
    }
    const parsed = parseTour(raw);
    if (!parsed.ok) {
      setMessage(`${file.name}: ${parsed.problem}; no tour was added.`);
      return;
    }
    const tour = { ...parsed.tour, id: api.freshId(parsed.tour.id) };
    api.save(tour);
    setMessage(`Added “${tour.title}” (${tour.stops.length} stops).`);
  };

  return (
    <section className="tours no-print" aria-labelledby="tours-heading">
      <h2 id="tours-heading">Tours</h2>
      {api.problem && (
        <p className="tours__problem" role="alert">
          {api.problem}
        </p>
      )}
      <ul className="tours__list">
        {api.tours.map((t) => (
          <li key={t.id}>
            <span className="tours__title">{t.title}</span>{' '}
            <span className="tours__count">
              ({t.stops.length} {t.stops.length === 1 ? 'stop' : 'stops'}
              {api.savedIds.has(t.id) ? ', yours' : ''})
            </span>
            <span className="tours__actions">
              <button
                type="button"
                onClick={() => onPresent(t)}
                aria-label={`Present “${t.title}”`}
              >
                Present
              </button>
              {api.savedIds.has(t.id) && (
                <>
                  <button
                    type="button"
                    onClick={() => setEditingId(t.id)}
                    aria-label={`Edit “${t.title}”`}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    onClick={() => void share(t)}
                    aria-label={`Copy a link to “${t.title}”`}
                  >
                    Share link
                  </button>
                  <button
                    type="button"
                    onClick={() => downloadJson(`${t.id}.tour.json`, t)}
                    aria-label={`Download “${t.title}” as JSON`}
                  >
                    Download
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      api.remove(t.id);
                      if (editingId === t.id) setEditingId(null);
                      setMessage(`Deleted “${t.title}”.`);
                    }}
                    aria-label={`Delete “${t.title}”`}
                  >
                    Delete
                  </button>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
      <div className="tours__new">
        <button type="button" onClick={newTour}>
          New tour from the current view
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import a tour…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Tour file (JSON)"
          onChange={(e) => void onImport(e)}
        />
      </div>
      {shareUrl && (
        <p>
          <label>
            Link to share{' '}
            <input
              type="text"
              readOnly
              value={shareUrl}
              onFocus={(e) => e.target.select()}
              size={60}
            />
          </label>
        </p>
      )}
      {editing && (
        <TourEditor
          tour={editing}
          onChange={(t) => api.save(t)}
          onAddStop={() => {
            const stop = currentStop(`Stop ${editing.stops.length + 1}`);
            api.save({ ...editing, stops: [...editing.stops, stop] });
            setMessage(`Added the current view as stop ${editing.stops.length + 1}.`);
          }}
          onClose={() => setEditingId(null)}
        />
      )}
      <p className="tours__status" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

function TourEditor({
  tour,
  onChange,
  onAddStop,
  onClose,
}: {
  tour: Tour;
  onChange: (t: Tour) => void;
  onAddStop: () => void;
  onClose: () => void;
}) {
  const id = useId();
  const setStop = (i: number, patch: Partial<TourStop>) => {
    onChange({ ...tour, stops: tour.stops.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  };
  const move = (i: number, by: number) => {
    const stops = [...tour.stops];
    const [s] = stops.splice(i, 1);
    if (!s) return;
    stops.splice(i + by, 0, s);
    onChange({ ...tour, stops });
  };
  return (
    <div className="tour-editor" role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Editing “{tour.title}”</h3>
      <p>
        <label htmlFor={`${id}-title`}>Tour title</label>{' '}
        <input
          id={`${id}-title`}
          type="text"
          value={tour.title}
          maxLength={300}
          onChange={(e) => onChange({ ...tour, title: e.target.value || 'Untitled tour' })}
        />
      </p>
      <ol className="tour-editor__stops">
        {tour.stops.map((s, i) => (
          <li key={i}>
            <label htmlFor={`${id}-s${i}`}>Stop {i + 1} title</label>
            <input
              id={`${id}-s${i}`}
              type="text"
              value={s.title}
              maxLength={300}
              onChange={(e) => setStop(i, { title: e.target.value || `Stop ${i + 1}` })}
            />
            <label htmlFor={`${id}-n${i}`}>Stop {i + 1} speaker notes</label>
            <textarea
              id={`${id}-n${i}`}
              rows={2}
              value={s.notes ?? ''}
              onChange={(e) => {
                const notes = e.target.value;
                const next: TourStop = {
                  title: s.title,
                  view: s.view,
                  ...(s.id !== undefined ? { id: s.id } : {}),
                  ...(notes ? { notes } : {}),
                };
                onChange({ ...tour, stops: tour.stops.map((x, j) => (j === i ? next : x)) });
              }}
            />
            <span className="tour-editor__actions">
              <button
                type="button"
                onClick={() => move(i, -1)}
                disabled={i === 0}
                aria-label={`Move stop ${i + 1} up`}
              >
                Move up
              </button>
              <button
                type="button"
                onClick={() => move(i, 1)}
                disabled={i === tour.stops.length - 1}
                aria-label={`Move stop ${i + 1} down`}
              >
                Move down
              </button>
              <button
                type="button"
                onClick={() => onChange({ ...tour, stops: tour.stops.filter((_, j) => j !== i) })}
                disabled={tour.stops.length === 1}
                aria-label={`Delete stop ${i + 1}`}
              >
                Delete
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="tour-editor__footer">
        <button type="button" onClick={onAddStop}>
          Add the current view as a stop
        </button>
        <button type="button" onClick={onClose}>
          Done
        </button>
      </p>
    </div>
  );
}
