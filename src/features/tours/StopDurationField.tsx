import { useState } from 'react';
import { formatDuration, parseDuration } from '../../lib/pacing';
import { useI18n } from '../../i18n/useI18n';

/**
 * A stop's planned time, typed as "90", "1:30" or "1:02:30". The text is kept while the
 * presenter types; a valid time (or an empty field, for no plan) is applied at once, anything
 * else is said next to the field and left unapplied, so the saved tour never holds a bad time.
 */
export function StopDurationField({
  id,
  n,
  seconds,
  onChange,
}: {
  id: string;
  n: number;
  seconds: number | undefined;
  onChange: (seconds: number | undefined) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(seconds === undefined ? '' : formatDuration(seconds));
  const parsed = parseDuration(text);
  const invalid = parsed === undefined;
  return (
    <>
      <label htmlFor={id}>{t('tours.stopDurationLabel', { n: String(n) })}</label>
      <span className="tour-editor__duration">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          size={8}
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(e) => {
            const next = e.target.value;
            setText(next);
            const value = parseDuration(next);
            if (value !== undefined) onChange(value ?? undefined);
          }}
          onBlur={() => {
            if (parsed !== undefined && parsed !== null) setText(formatDuration(parsed));
          }}
        />
        {invalid && (
          <span id={`${id}-error`} className="tour-editor__error">
            {t('tours.durationInvalid')}
          </span>
        )}
      </span>
    </>
  );
}
