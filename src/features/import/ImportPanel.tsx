import { slugify } from '../../lib/slug';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import type { DatasetProblem } from '../../domain/types';
import { DatasetError } from '../../domain/datasetError';
import { ProblemList } from '../../components/DatasetStatus';
import { downloadText } from '../../components/download';
import { loadDatasetBytes } from '../../queries/loadDataset';
import { PHASE_KEY, useLoadProgress } from '../../queries/loadProgress';
import { useI18n } from '../../i18n/useI18n';

type Report =
  | { kind: 'failed'; name: string; message: string; problems: readonly DatasetProblem[] }
  | { kind: 'loaded'; name: string; warnings: readonly DatasetProblem[] };

interface ImportPanelProps {
  /** The dataset on screen (export, and what stays if an import fails). */
  current: LoadedDataset | undefined;
  isBuiltin: boolean;
  onLoaded: (loaded: LoadedDataset, name: string) => void;
  onBackToBuiltin: () => void;
}

function slug(title: string): string {
  return slugify(title, 60) || 'timeline';
}

/**
 * Bring your own timeline: a file, a drop anywhere on the page, or pasted text, in this app's
 * JSON, TimelineJS JSON or CSV. A file that fails validation never replaces what is on screen.
 */
export function ImportPanel({ current, isBuiltin, onLoaded, onBackToBuiltin }: ImportPanelProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const pasteId = useId();
  const [busy, setBusy] = useState(false);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [pasted, setPasted] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [dragging, setDragging] = useState(false);
  const progress = useLoadProgress();
  const { t } = useI18n();

  const importBytes = async (bytes: Uint8Array, name: string) => {
    setBusy(true);
    setReport(null);
    try {
      const loaded = await loadDatasetBytes(bytes, name, null);
      setReport({ kind: 'loaded', name, warnings: loaded.warnings });
      onLoaded(loaded, name);
    } catch (e) {
      setReport({
        kind: 'failed',
        name,
        message: e instanceof Error ? e.message : String(e),
        problems: e instanceof DatasetError ? e.problems : [],
      });
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File) => {
    await importBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  };

  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void importFile(file);
  };

  // Drop a file anywhere on the page.
  const importFileRef = useRef(importFile);
  useEffect(() => {
    importFileRef.current = importFile;
  });
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void importFileRef.current(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  const exportJson = async () => {
    if (!current) return;
    const [{ exportAppJson }, { rawDataset }] = await Promise.all([
      import('../../import/appJson'),
      import('../../domain/indexes'),
    ]);
    downloadText(
      `${slug(current.dataset.title)}.json`,
      exportAppJson(rawDataset(current)),
      'application/json',
    );
  };

  return (
    <section className="import" aria-labelledby="import-heading">
      <h2 id="import-heading" className="import__heading">
        {t('import.heading')}
      </h2>
      <div className="import__actions">
        <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
          {t('import.open')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('import.fileLabel')}
          onChange={onPick}
        />
        <button
          type="button"
          aria-expanded={pasteOpen}
          aria-controls={pasteId}
          onClick={() => setPasteOpen((o) => !o)}
        >
          {t('import.paste')}
        </button>
        <button type="button" onClick={() => void exportJson()} disabled={!current}>
          {t('import.download')}
        </button>
        {!isBuiltin && (
          <button type="button" className="import__back" onClick={onBackToBuiltin}>
            {t('import.back')}
          </button>
        )}
        <span className="import__hint">{t('import.hint')}</span>
      </div>
      {pasteOpen && (
        <div className="import__paste" id={pasteId}>
          <label htmlFor={`${pasteId}-text`}>{t('import.pasteLabel')}</label>
          <textarea
            id={`${pasteId}-text`}
            value={pasted}
            rows={6}
            onChange={(e) => setPasted(e.target.value)}
          />
          <button
            type="button"
            disabled={busy || pasted.trim() === ''}
            onClick={() =>
              void importBytes(new TextEncoder().encode(pasted), t('import.pastedName'))
            }
          >
            {t('import.loadPasted')}
          </button>
        </div>
      )}
      {busy && (
        <p className="import__progress" role="status">
          {progress
            ? progress.fraction !== null
              ? t('import.progressPercent', {
                  phase: t(`import.phase.${PHASE_KEY[progress.phase]}`),
                  percent: Math.round(progress.fraction * 100),
                })
              : t('import.progress', { phase: t(`import.phase.${PHASE_KEY[progress.phase]}`) })
            : t('import.reading')}
        </p>
      )}
      {report?.kind === 'failed' && (
        <div className="import__report import__report--failed" role="alert">
          <h3>{t('import.notLoaded', { name: report.name })}</h3>
          <p>
            {t('import.unchanged', { message: report.message })}{' '}
            <button type="button" className="link-button" onClick={() => setReport(null)}>
              {t('import.dismiss')}
            </button>
          </p>
          <ReportGroups problems={report.problems} />
        </div>
      )}
      {report?.kind === 'loaded' && (
        <div className="import__report" role="status">
          <p>
            {report.warnings.length > 0
              ? t('import.loadedWarnings', { name: report.name, count: report.warnings.length })
              : t('import.loaded', { name: report.name })}{' '}
            <button type="button" className="link-button" onClick={() => setReport(null)}>
              {t('import.dismiss')}
            </button>
          </p>
          {report.warnings.length > 0 && <ProblemList problems={report.warnings} />}
        </div>
      )}
      {dragging && (
        <div className="import__drop" aria-hidden="true">
          {t('import.drop')}
        </div>
      )}
    </section>
  );
}

function ReportGroups({ problems }: { problems: readonly DatasetProblem[] }) {
  const { t } = useI18n();
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return (
    <>
      {errors.length > 0 && (
        <>
          <h4>{t('import.errors', { count: errors.length })}</h4>
          <ProblemList problems={errors} />
        </>
      )}
      {warnings.length > 0 && (
        <>
          <h4>{t('import.warnings', { count: warnings.length })}</h4>
          <ProblemList problems={warnings} />
        </>
      )}
    </>
  );
}
