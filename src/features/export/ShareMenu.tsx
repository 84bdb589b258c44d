import { lazy, memo, Suspense, useEffect, useRef, useState } from 'react';
import { Braces, FileImage, Link, Printer, Quote, Share2, Table2 } from 'lucide-react';
import type { LoadedDataset } from '../../domain/indexes';
import { Dialog } from '../../components/Dialog';
import { MenuButton, type MenuEntry } from '../../components/menu/MenuButton';
import { downloadText } from '../../components/download';
import { useCopyToClipboard } from '../../components/useCopyToClipboard';
import { exportTimelineCsv } from '../../lib/exportCsv';
import { exportWindow } from '../../lib/exportScope';
import { buildExportSvg, SLIDE_SIZE } from '../../lib/exportSvg';
import { choicesOf } from '../../store/createTimelineStore';
import { useNotesApi } from '../../store/notesContext';
import { useTimelineStoreApi } from '../../store/timelineStoreContext';
import { useI18n } from '../../i18n/useI18n';
import { downloadBlob } from './download';
import { exportFileName, slugForFile } from './fileName';
import { PNG_PIXEL_RATIO, rasterizeSvg } from './rasterize';
import { currentViewUrl } from './viewLink';

// Only readers who cite the view need the dialog (and the citation formatter it loads).
const CiteViewDialog = lazy(() => import('./CiteViewDialog'));

/** Today in the reader's time zone, as YYYY-MM-DD (the slide's "Generated" date). */
function localDate(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

interface ShareMenuProps {
  readonly data: LoadedDataset;
  /** More entries after Copy link (the app adds Embed…). */
  readonly shareEntries?: readonly MenuEntry[];
}

/**
 * Share & export the current view: a link that reopens it, a slide (SVG, or PNG at twice the
 * size), the events and quotes in view as CSV, the whole timeline as JSON or as TimelineJS3
 * JSON (to go back to Knight Lab's TimelineJS), and the printed handout. Reads the view from
 * the store when an item is chosen, so zooming never re-renders it.
 */
function ShareMenuView({ data, shareEntries = [] }: ShareMenuProps) {
  const store = useTimelineStoreApi();
  const i18n = useI18n();
  const { t } = i18n;
  const { status, announce, copy } = useCopyToClipboard();
  const [manualLink, setManualLink] = useState<string | null>(null);
  const [pngBusy, setPngBusy] = useState(false);
  const [citeView, setCiteView] = useState<{ url: string; accessed: string } | null>(null);

  const view = () => {
    const choices = choicesOf(store.getState());
    const domain = exportWindow(data, choices);
    return {
      choices,
      fileName: (ext: string) => exportFileName(data.dataset.title, domain, ext),
      svg: () => buildExportSvg({ data, choices, ...SLIDE_SIZE, generatedAt: localDate(), i18n }),
    };
  };

  const copyLink = async () => {
    const url = currentViewUrl(store.getState());
    const copied = await copy(url, { done: t('export.copied'), failed: t('export.copyFailed') });
    setManualLink(copied ? null : url);
  };

  const downloadSvg = () => {
    const v = view();
    const name = v.fileName('svg');
    downloadBlob(new Blob([v.svg()], { type: 'image/svg+xml;charset=utf-8' }), name);
    announce(t('export.downloading', { name }));
  };

  const downloadPng = async () => {
    if (pngBusy) return;
    const v = view();
    const name = v.fileName('png');
    setPngBusy(true);
    announce(t('export.preparingPng'));
    try {
      const png = await rasterizeSvg(v.svg(), SLIDE_SIZE.width, SLIDE_SIZE.height, PNG_PIXEL_RATIO);
      downloadBlob(png, name);
      announce(t('export.downloading', { name }));
    } catch (e) {
      announce(t('export.pngFailed', { error: errorText(e) }));
    } finally {
      setPngBusy(false);
    }
  };

  const notes = useNotesApi();
  const downloadCsv = (withNotes = false) => {
    const v = view();
    const name = v.fileName('csv');
    const noteOf = withNotes && notes ? (key: string) => notes.notes.get(key)?.text : undefined;
    downloadBlob(
      new Blob([exportTimelineCsv(data, v.choices, i18n, noteOf)], {
        type: 'text/csv;charset=utf-8',
      }),
      name,
    );
    announce(t('export.downloading', { name }));
  };

  const downloadJson = async () => {
    const [{ exportAppJson }, { rawDataset }] = await Promise.all([
      import('../../import/appJson'),
      import('../../domain/indexes'),
    ]);
    const name = `${slugForFile(data.dataset.title, 60) || 'timeline'}.json`;
    downloadText(name, exportAppJson(rawDataset(data)), 'application/json');
    announce(t('export.downloading', { name }));
  };

  const downloadTimelineJs = async () => {
    const [{ exportTimelineJs3Text }, { rawDataset }] = await Promise.all([
      import('../../lib/exportTimelineJs'),
      import('../../domain/indexes'),
    ]);
    const name = `${slugForFile(data.dataset.title, 60) || 'timeline'}.timelinejs.json`;
    downloadText(name, exportTimelineJs3Text(rawDataset(data)), 'application/json');
    announce(t('export.downloading', { name }));
  };

  const slideHint = t('export.slideHint', {
    width: String(SLIDE_SIZE.width),
    height: String(SLIDE_SIZE.height),
  });
  const entries: MenuEntry[] = [
    {
      kind: 'action',
      id: 'link',
      label: t('export.copyLink'),
      icon: <Link size={16} aria-hidden="true" />,
      onSelect: () => void copyLink(),
    },
    ...shareEntries,
    {
      kind: 'action',
      id: 'cite-view',
      label: t('export.citeView'),
      icon: <Quote size={16} aria-hidden="true" />,
      onSelect: () => {
        setCiteView({ url: currentViewUrl(store.getState()), accessed: localDate() });
      },
    },
    { kind: 'separator', id: 'sep-1' },
    {
      kind: 'action',
      id: 'svg',
      label: t('export.svg'),
      hint: slideHint,
      icon: <FileImage size={16} aria-hidden="true" />,
      onSelect: downloadSvg,
    },
    {
      kind: 'action',
      id: 'png',
      label: t('export.png'),
      hint: t('export.pngHint'),
      icon: <FileImage size={16} aria-hidden="true" />,
      disabled: pngBusy,
      onSelect: () => void downloadPng(),
    },
    {
      kind: 'action',
      id: 'csv',
      label: t('export.csv'),
      hint: t('export.csvHint'),
      icon: <Table2 size={16} aria-hidden="true" />,
      onSelect: () => {
        downloadCsv();
      },
    },
    ...(notes && notes.notes.size > 0
      ? [
          {
            kind: 'action' as const,
            id: 'csv-notes',
            label: t('export.csvNotes'),
            hint: t('export.csvNotesHint'),
            icon: <Table2 size={16} aria-hidden="true" />,
            onSelect: () => {
              downloadCsv(true);
            },
          },
        ]
      : []),
    {
      kind: 'action',
      id: 'json',
      label: t('import.download'),
      hint: t('export.jsonHint'),
      icon: <Braces size={16} aria-hidden="true" />,
      onSelect: () => void downloadJson(),
    },
    {
      kind: 'action',
      id: 'timelinejs',
      label: t('export.timelineJs'),
      hint: t('export.timelineJsHint'),
      icon: <Braces size={16} aria-hidden="true" />,
      onSelect: () => void downloadTimelineJs(),
    },
    { kind: 'separator', id: 'sep-2' },
    {
      kind: 'action',
      id: 'print',
      label: t('export.print'),
      icon: <Printer size={16} aria-hidden="true" />,
      onSelect: () => window.print(),
    },
    ...(notes && notes.notes.size > 0
      ? [
          {
            kind: 'action' as const,
            id: 'print-notes',
            label: t('export.printNotes'),
            icon: <Printer size={16} aria-hidden="true" />,
            onSelect: () => {
              // The print stylesheet shows the notes only under this class, until printed.
              const root = document.documentElement.classList;
              root.add('print-my-notes');
              window.addEventListener('afterprint', () => root.remove('print-my-notes'), {
                once: true,
              });
              window.print();
            },
          },
        ]
      : []),
  ];

  return (
    <>
      <MenuButton
        label={t('export.menu')}
        icon={<Share2 size={18} aria-hidden="true" />}
        entries={entries}
        compact
        testId="share-menu"
      />
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {citeView !== null && (
        <Suspense fallback={null}>
          <CiteViewDialog
            data={data}
            url={citeView.url}
            accessed={citeView.accessed}
            onClose={() => setCiteView(null)}
          />
        </Suspense>
      )}
      {manualLink !== null && (
        <ManualLinkDialog url={manualLink} onClose={() => setManualLink(null)} />
      )}
    </>
  );
}

/** The clipboard refused: the link, selected in a read-only field, to copy by hand. */
function ManualLinkDialog({ url, onClose }: { url: string; onClose: () => void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <Dialog title={t('export.linkLabel')} onClose={onClose}>
      <p>{t('export.copyFailed')}</p>
      <label className="form-stack">
        {t('export.linkLabel')}
        <input
          ref={input}
          type="text"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
    </Dialog>
  );
}

/** Re-renders only when its props change (it reads the view from the store when used). */
export const ShareMenu = memo(ShareMenuView);
