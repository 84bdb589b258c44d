import { useId, useState } from 'react';
import { FilePickerButton } from '../../components/FilePickerButton';
import { writeToClipboard } from '../../components/useCopyToClipboard';
import type { Tour, TourStop } from '../../lib/tours';
import { useTourActions } from './useTourActions';
import { tourLink } from './tourLink';
import { downloadText } from '../../components/download';
import type { Domain } from '../../lib/viewport';
import type { ToursApi } from './useTours';
import { useI18n } from '../../i18n/useI18n';
import { formatDuration } from '../../lib/pacing';
import { StopDurationField } from './StopDurationField';
import './tours.css';

interface ToursPanelProps {
  api: ToursApi;
  bounds: Domain;
  onPresent: (tour: Tour) => void;
  /** The dataset's language: the shipped tours' titles are its words. */
  lang: string;
}

function downloadJson(name: string, value: unknown) {
  downloadText(name, `${JSON.stringify(value, null, 2)}\n`, 'application/json');
}

/** Tours: present the shipped one, or build, reorder, share and export your own. */
export function ToursPanel({ api, bounds, onPresent, lang }: ToursPanelProps) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const { editingId, setEditingId } = api;
  const editing = api.tours.find((t) => t.id === editingId && api.savedIds.has(t.id));
  const { currentStop, newTourFromView, importTourFile } = useTourActions(api, bounds);

  const newTour = () => {
    setMessage(newTourFromView());
  };

  const share = async (tour: Tour) => {
    const link = tourLink(tour);
    if (await writeToClipboard(link)) {
      setShareUrl(null);
      setMessage(t('tours.copied', { title: tour.title }));
    } else {
      setShareUrl(link);
      setMessage(t('tours.copyFailed'));
    }
  };

  const onImport = async (file: File) => {
    setMessage(await importTourFile(file));
  };

  return (
    <section className="tours no-print" id="tours" aria-labelledby="tours-heading">
      <h2 id="tours-heading" tabIndex={-1}>
        {t('tours.heading')}
      </h2>
      {api.problem && (
        <p className="tours__problem" role="alert">
          {api.problem}
        </p>
      )}
      <ul className="tours__list">
        {api.tours.map((tour) => (
          <li key={tour.id}>
            <span className="tours__title" lang={api.savedIds.has(tour.id) ? undefined : lang}>
              {tour.title}
            </span>{' '}
            <span className="tours__count">
              ({t('tours.stops', { count: tour.stops.length })}
              {api.savedIds.has(tour.id) ? t('tours.yours') : ''})
            </span>
            <span className="tours__actions">
              <button
                type="button"
                onClick={() => onPresent(tour)}
                aria-label={t('tours.presentLabel', { title: tour.title })}
              >
                {t('tours.present')}
              </button>
              {api.savedIds.has(tour.id) && (
                <>
                  <button
                    type="button"
                    onClick={() => setEditingId(tour.id)}
                    aria-label={t('tours.editLabel', { title: tour.title })}
                  >
                    {t('tours.edit')}
                  </button>
                  <button
                    type="button"
                    onClick={() => void share(tour)}
                    aria-label={t('tours.shareLabel', { title: tour.title })}
                  >
                    {t('tours.share')}
                  </button>
                  <button
                    type="button"
                    onClick={() => downloadJson(`${tour.id}.tour.json`, tour)}
                    aria-label={t('tours.downloadLabel', { title: tour.title })}
                  >
                    {t('tours.download')}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      api.remove(tour.id);
                      if (editingId === tour.id) setEditingId(null);
                      setMessage(t('tours.deleted', { title: tour.title }));
                    }}
                    aria-label={t('tours.deleteLabel', { title: tour.title })}
                  >
                    {t('tours.delete')}
                  </button>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
      <div className="tours__new">
        <button type="button" onClick={newTour} disabled={!api.ready}>
          {t('tours.new')}
        </button>
        <FilePickerButton
          accept=".json,application/json"
          inputLabel={t('tours.fileLabel')}
          disabled={!api.ready}
          onPick={(file) => void onImport(file)}
        >
          {t('tours.import')}
        </FilePickerButton>
      </div>
      {shareUrl && (
        <p>
          <label>
            {t('tours.linkToShare')}{' '}
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
            const n = String(editing.stops.length + 1);
            const stop = currentStop(t('tours.stopTitle', { n }));
            api.save({ ...editing, stops: [...editing.stops, stop] });
            setMessage(t('tours.stopAdded', { n }));
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
  const { t } = useI18n();
  const id = useId();
  const setStop = (i: number, patch: Partial<TourStop>) => {
    onChange({ ...tour, stops: tour.stops.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  };
  /** Sets or (with undefined) removes a stop's notes or planned time, keeping the rest. */
  const replaceStop = (i: number, patch: Pick<TourStop, 'notes' | 'durationSeconds'>) => {
    const stops = tour.stops.map((s, j): TourStop => {
      if (j !== i) return s;
      const notes = 'notes' in patch ? patch.notes : s.notes;
      const seconds = 'durationSeconds' in patch ? patch.durationSeconds : s.durationSeconds;
      return {
        title: s.title,
        view: s.view,
        ...(s.id !== undefined ? { id: s.id } : {}),
        ...(notes ? { notes } : {}),
        ...(seconds !== undefined ? { durationSeconds: seconds } : {}),
      };
    });
    onChange({ ...tour, stops });
  };
  const timed = tour.stops.filter((s) => s.durationSeconds !== undefined);
  const plannedSeconds = timed.reduce((sum, s) => sum + (s.durationSeconds ?? 0), 0);
  const move = (i: number, by: number) => {
    const stops = [...tour.stops];
    const [s] = stops.splice(i, 1);
    if (!s) return;
    stops.splice(i + by, 0, s);
    onChange({ ...tour, stops });
  };
  return (
    <div className="tour-editor" role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('tours.editing', { title: tour.title })}</h3>
      <p>
        <label htmlFor={`${id}-title`}>{t('tours.tourTitle')}</label>{' '}
        <input
          id={`${id}-title`}
          type="text"
          value={tour.title}
          maxLength={300}
          onChange={(e) => onChange({ ...tour, title: e.target.value || t('tours.untitled') })}
        />
      </p>
      <ol className="tour-editor__stops">
        {tour.stops.map((s, i) => (
          <li key={i}>
            <label htmlFor={`${id}-s${i}`}>{t('tours.stopTitleLabel', { n: String(i + 1) })}</label>
            <input
              id={`${id}-s${i}`}
              type="text"
              value={s.title}
              maxLength={300}
              onChange={(e) =>
                setStop(i, { title: e.target.value || t('tours.stopTitle', { n: String(i + 1) }) })
              }
            />
            <label htmlFor={`${id}-n${i}`}>{t('tours.stopNotesLabel', { n: String(i + 1) })}</label>
            <textarea
              id={`${id}-n${i}`}
              rows={2}
              value={s.notes ?? ''}
              onChange={(e) => replaceStop(i, { notes: e.target.value || undefined })}
            />
            <StopDurationField
              id={`${id}-d${i}`}
              n={i + 1}
              seconds={s.durationSeconds}
              onChange={(seconds) => replaceStop(i, { durationSeconds: seconds })}
            />
            <span className="tour-editor__actions">
              <button
                type="button"
                onClick={() => move(i, -1)}
                disabled={i === 0}
                aria-label={t('tours.moveUpLabel', { n: String(i + 1) })}
              >
                {t('tours.moveUp')}
              </button>
              <button
                type="button"
                onClick={() => move(i, 1)}
                disabled={i === tour.stops.length - 1}
                aria-label={t('tours.moveDownLabel', { n: String(i + 1) })}
              >
                {t('tours.moveDown')}
              </button>
              <button
                type="button"
                onClick={() => onChange({ ...tour, stops: tour.stops.filter((_, j) => j !== i) })}
                disabled={tour.stops.length === 1}
                aria-label={t('tours.deleteStopLabel', { n: String(i + 1) })}
              >
                {t('tours.delete')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      {timed.length > 0 && (
        <p className="tour-editor__total">
          {t('tours.plannedTotal', {
            time: formatDuration(plannedSeconds),
            planned: String(timed.length),
            total: String(tour.stops.length),
          })}
        </p>
      )}
      <p className="tour-editor__footer">
        <button type="button" onClick={onAddStop}>
          {t('tours.addStop')}
        </button>
        <button type="button" onClick={onClose}>
          {t('tours.done')}
        </button>
      </p>
    </div>
  );
}
