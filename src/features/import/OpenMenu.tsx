import { useId, useState } from 'react';
import { HiddenFileInput } from '../../components/FilePickerButton';
import { openFilePicker } from '../../components/openFilePicker';
import { ClipboardPaste, FolderOpen, Globe, House } from 'lucide-react';
import { Dialog } from '../../components/Dialog';
import { MenuButton, type MenuEntry } from '../../components/menu/MenuButton';
import { useI18n } from '../../i18n/useI18n';
import type { ImportApi } from './useImport';
import { parseDatasetAddress } from '../../lib/datasetAddress';
import { currentLocation } from '../../store/browserUrl';

interface OpenMenuProps {
  readonly api: ImportApi;
  readonly isBuiltin: boolean;
  readonly onBackToBuiltin: () => void;
  /** Opens a dataset from a web address the reader typed (their consent to fetch it). */
  readonly onOpenUrl: (url: string) => void;
}

/** Open: a file, pasted text, a web address, or back to the built-in WPC timeline. */
export function OpenMenu({ api, isBuiltin, onBackToBuiltin, onOpenUrl }: OpenMenuProps) {
  const { t } = useI18n();
  const fileInputId = useId();
  const [dialog, setDialog] = useState<'paste' | 'url' | null>(null);

  const entries: MenuEntry[] = [
    {
      kind: 'action',
      id: 'file',
      label: t('import.open'),
      hint: t('import.hint'),
      icon: <FolderOpen size={16} aria-hidden="true" />,
      disabled: api.busy,
      onSelect: () => {
        openFilePicker(fileInputId);
      },
    },
    {
      kind: 'action',
      id: 'paste',
      label: t('import.paste'),
      icon: <ClipboardPaste size={16} aria-hidden="true" />,
      disabled: api.busy,
      onSelect: () => setDialog('paste'),
    },
    {
      kind: 'action',
      id: 'url',
      label: t('import.url'),
      icon: <Globe size={16} aria-hidden="true" />,
      disabled: api.busy,
      onSelect: () => setDialog('url'),
    },
  ];
  if (!isBuiltin) {
    entries.push(
      { kind: 'separator', id: 'sep' },
      {
        kind: 'action',
        id: 'back',
        label: t('import.back'),
        icon: <House size={16} aria-hidden="true" />,
        onSelect: onBackToBuiltin,
      },
    );
  }

  return (
    <>
      <MenuButton
        label={t('open.menu')}
        icon={<FolderOpen size={18} aria-hidden="true" />}
        entries={entries}
        compact
      />
      <HiddenFileInput
        id={fileInputId}
        accept=".json,.csv,application/json,text/csv"
        inputLabel={t('import.fileLabel')}
        onPick={(file) => void api.importFile(file)}
      />
      {dialog === 'paste' && (
        <PasteDialog
          busy={api.busy}
          onClose={() => setDialog(null)}
          onLoad={(text) => {
            setDialog(null);
            void api.importBytes(new TextEncoder().encode(text), t('import.pastedName'));
          }}
        />
      )}
      {dialog === 'url' && (
        <UrlDialog
          onClose={() => setDialog(null)}
          onOpen={(url) => {
            setDialog(null);
            onOpenUrl(url);
          }}
        />
      )}
    </>
  );
}

function PasteDialog({
  busy,
  onClose,
  onLoad,
}: {
  busy: boolean;
  onClose: () => void;
  onLoad: (text: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  return (
    <Dialog title={t('import.pasteTitle')} onClose={onClose}>
      <form
        className="form-stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim() !== '') onLoad(text);
        }}
      >
        <label htmlFor={id}>{t('import.pasteLabel')}</label>
        <textarea
          id={id}
          value={text}
          rows={10}
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
        />
        <p className="form-stack__hint">{t('import.hint')}</p>
        <div className="form-stack__actions">
          <button type="submit" className="button--primary" disabled={busy || text.trim() === ''}>
            {t('import.loadPasted')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function UrlDialog({ onClose, onOpen }: { onClose: () => void; onOpen: (url: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Dialog title={t('import.urlTitle')} onClose={onClose}>
      <form
        className="form-stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const url = parseDatasetAddress(text, currentLocation().href);
          if (url === null) setProblem(t('import.urlInvalid', { text: text.trim() }));
          else onOpen(url);
        }}
      >
        <label htmlFor={id}>{t('import.urlLabel')}</label>
        <input
          id={id}
          type="url"
          inputMode="url"
          value={text}
          placeholder="https://"
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
          aria-invalid={problem !== null}
          onChange={(e) => {
            setText(e.target.value);
            setProblem(null);
          }}
        />
        <p className="form-stack__hint" id={`${id}-hint`}>
          {t('import.urlHint')}
        </p>
        {problem && (
          <p className="form-stack__problem" id={`${id}-problem`} role="alert">
            {problem}
          </p>
        )}
        <div className="form-stack__actions">
          <button type="submit" className="button--primary">
            {t('import.urlOpen')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
