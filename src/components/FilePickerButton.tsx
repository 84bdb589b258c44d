import { useRef, type ReactNode } from 'react';

export interface FilePickerButtonProps {
  /** The button's text. */
  readonly children: ReactNode;
  /** The file input's accessible name (it is hidden and out of the tab order). */
  readonly inputLabel: string;
  /** File types offered, as the input's `accept` (".json,application/json"). */
  readonly accept: string;
  /** The file the reader picked; picking the same file again calls it again. */
  readonly onPick: (file: File) => void;
  readonly disabled?: boolean;
}

/** A button that opens the browser's file picker: the hidden file input, in one place. */
export function FilePickerButton({
  children,
  inputLabel,
  accept,
  onPick,
  disabled = false,
}: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} disabled={disabled}>
        {children}
      </button>
      <input
        ref={input}
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
    </>
  );
}
