import { Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n/useI18n';
import type { English, MessageKey } from '../../i18n/i18n';
import { bindingsShownIn, type StageMode } from './keyBindings';

const MODES: readonly StageMode[] = ['slide', 'overview', 'blank', 'jump', 'help'];

/** The messages without parameters whose keys start with `prefix` (built from the key table). */
type Plain<P extends string> = Extract<
  { [K in MessageKey]: English[K] extends string ? K : never }[MessageKey],
  `${P}${string}`
>;

/**
 * Every presenter key (?), from the one key table that also drives the handler: a table for
 * each screen of the stage, the keys in <kbd>, what they do in words.
 */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const keyName = (k: string) => (k.length > 1 && k !== '0–9' ? t(`key.${k}` as Plain<'key.'>) : k);
  return (
    <Dialog title={t('presenter.helpTitle')} onClose={onClose} className="stage-dialog stage-help">
      <p>{t('presenter.helpIntro')}</p>
      <div className="stage-help__tables">
        {MODES.map((mode) => (
          <table key={mode} className="stage-help__table">
            <caption>{t(`presenter.helpMode.${mode}` as Plain<'presenter.helpMode.'>)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('presenter.helpKeys')}</th>
                <th scope="col">{t('presenter.helpAction')}</th>
              </tr>
            </thead>
            <tbody>
              {bindingsShownIn(mode).map((b) => (
                <tr key={b.action} data-action={b.action}>
                  <td>
                    {b.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && ` ${t('presenter.keyOr')} `}
                        <kbd>{keyName(k)}</kbd>
                      </span>
                    ))}
                  </td>
                  <td>{t(`presenter.key.${b.action}` as Plain<'presenter.key.'>)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </Dialog>
  );
}
