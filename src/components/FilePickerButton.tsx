import { useId, type ReactNode } from 'react';
import { openFilePicker } from './openFilePicker';

interface FileInputProps {
  /** The file input's accessible name (it is hidden and out of the tab order). */
  readonly inputLabel: string;
  /** File types offered, as the input's `accept` (".json,application/json"). */
  readonly accept: string;
  /** The file the reader picked; picking the same file again calls it again. */
  readonly onPick: (file: File) => void;
}

/** The hidden file input behind every "Open a file…" and "Import…", in one place. */
export function HiddenFileInput({
  id,
  inputLabel,
  accept,
  onPick,
}: FileInputProps & { id: string }) {
  return (
    <input
      id={id}
      type="file"
      accept={accept}
      className="visually-hidden"
      tabIndex={-1}
      aria-label={inputLabel}
      onChange={(e) => {
        const file = e.target.files?.[0];
        // Cleared, so choosing the same file again is a change too.
        e.target.value = '';
        if (file) onPick(file);
      }}
    />
  );
}

export interface FilePickerButtonProps extends FileInputProps {
  /** The button's text. */
  readonly children: ReactNode;
  readonly disabled?: boolean;
}

/** A button that opens the browser's file picker. */
export function FilePickerButton({ children, disabled = false, ...input }: FilePickerButtonProps) {
  const id = useId();
  return (
    <>
      <button type="button" onClick={() => openFilePicker(id)} disabled={disabled}>
        {children}
      </button>
      <HiddenFileInput id={id} {...input} />
    </>
  );
}
