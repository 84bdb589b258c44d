import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoadedDataset } from '../../domain/indexes';
import type { DatasetProblem } from '../../domain/types';
import { DatasetError } from '../../domain/datasetError';
import { fileTooLargeProblem, loadDatasetBytes } from '../../queries/loadDataset';
import { t } from '../../i18n/i18n';

export type ImportReport =
  | { kind: 'failed'; name: string; message: string; problems: readonly DatasetProblem[] }
  | { kind: 'loaded'; name: string; warnings: readonly DatasetProblem[] };

export interface ImportApi {
  readonly busy: boolean;
  readonly report: ImportReport | null;
  readonly dragging: boolean;
  readonly importBytes: (bytes: Uint8Array | Blob, name: string) => Promise<void>;
  readonly importFile: (file: File) => Promise<void>;
  readonly dismiss: () => void;
}

/**
 * Bring your own timeline: a file (picked or dropped anywhere on the page) or pasted text, in
 * this app's JSON, TimelineJS JSON or CSV, read and checked in the worker. A file that fails
 * never replaces what is on screen: the report says what and where.
 */
export function useImport(onLoaded: (loaded: LoadedDataset, name: string) => void): ImportApi {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [dragging, setDragging] = useState(false);

  const importBytes = useCallback(
    async (bytes: Uint8Array | Blob, name: string) => {
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
    },
    [onLoaded],
  );

  const importFile = useCallback(
    async (file: File) => {
      // Refused from its size alone: a file over the limit is never read into memory.
      const tooLarge = fileTooLargeProblem(file.name, file.size);
      if (tooLarge) {
        setReport({
          kind: 'failed',
          name: file.name,
          message: t('load.tooLarge'),
          problems: [tooLarge],
        });
        return;
      }
      // The worker reads the file itself, in chunks: the page never holds a copy of its bytes.
      await importBytes(file, file.name);
    },
    [importBytes],
  );

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

  const dismiss = useCallback(() => {
    setReport(null);
  }, []);

  return { busy, report, dragging, importBytes, importFile, dismiss };
}
