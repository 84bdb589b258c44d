import { CITATION_STYLE_LABELS, type CitationStyle } from '../lib/citations/styles';
import { citeStyleLabel, PICKER_STYLES } from './citeHelpers';
import { setCitationStyle, useCitationStyle } from './citationStyle';
import { useI18n } from '../i18n/useI18n';

/** "Citation style": one choice for every citation on screen, remembered in this browser. */
export function CitationStylePicker({ className }: { className?: string }) {
  const { t } = useI18n();
  const style = useCitationStyle();
  return (
    <label className={className ?? 'cite__picker'}>
      {t('sources.style')}{' '}
      <select
        value={style}
        onChange={(e) => {
          setCitationStyle(e.target.value as CitationStyle);
        }}
      >
        {PICKER_STYLES.map((s) => (
          <option key={s} value={s} title={CITATION_STYLE_LABELS[s]}>
            {citeStyleLabel(s)}
          </option>
        ))}
      </select>
    </label>
  );
}
