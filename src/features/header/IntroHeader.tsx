import { useId, useState } from 'react';
import {
  setSchemePreference,
  useSchemePreference,
  type SchemePreference,
} from '../../components/colorScheme';
import { setLocale } from '../../i18n/i18n';
import { LOCALE_INFO, LOCALES, matchLocale, type LocaleCode } from '../../i18n/locales';
import { useI18n } from '../../i18n/useI18n';
import { writeLangParam } from '../../store/browserUrl';
import { INTRO_COLLAPSED, LANGUAGE, readEntry, writeEntry } from '../../store/persistence';

/** Title and a short introduction that a returning reader can fold away (remembered). */
export function IntroHeader({
  datasetTitle,
  isBuiltIn,
}: {
  datasetTitle: string | null;
  isBuiltIn: boolean;
}) {
  const { t } = useI18n();
  const [collapsed, setCollapsed] = useState(() => readEntry(INTRO_COLLAPSED));
  const toggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    // Private mode: the choice just isn't remembered.
    writeEntry(INTRO_COLLAPSED, next);
  };
  return (
    <header className="intro">
      <div className="intro__bar">
        <div>
          <h1 className="intro__title">{t('header.title')}</h1>
          <p className="intro__subtitle">
            {isBuiltIn || datasetTitle === null
              ? t('header.subtitle')
              : t('header.datasetLoaded', { title: datasetTitle })}
          </p>
        </div>
        <div className="intro__tools no-print">
          <LanguageSelect />
          <SchemeSelect />
          <button
            type="button"
            className="intro__toggle"
            aria-expanded={!collapsed}
            aria-controls="intro-text"
            onClick={toggle}
          >
            {collapsed ? t('header.showIntro') : t('header.hideIntro')}
          </button>
        </div>
      </div>
      <div id="intro-text" className="intro__text" hidden={collapsed}>
        <p>{t('header.intro1')}</p>
        <p>{t('header.intro2')}</p>
      </div>
    </header>
  );
}

/** Picks the interface language: kept in the URL (`lang=`) and remembered as a preference. */
async function chooseLocale(locale: LocaleCode) {
  writeEntry(LANGUAGE, locale);
  writeLangParam(locale);
  await setLocale(locale);
}

function LanguageSelect() {
  const id = useId();
  const { t, locale } = useI18n();
  // The pseudo-locale is for testing: offered only while it is on.
  const offered = LOCALES.filter((c) => !LOCALE_INFO[c].test || c === locale);
  return (
    <span className="intro__lang">
      <label htmlFor={id}>{t('language.label')}</label>{' '}
      <select
        id={id}
        value={locale}
        onChange={(e) => {
          const code = matchLocale(e.target.value);
          if (code) void chooseLocale(code);
        }}
      >
        {offered.map((c) => (
          <option key={c} value={c} lang={LOCALE_INFO[c].htmlLang}>
            {LOCALE_INFO[c].test
              ? `${LOCALE_INFO[c].autonym} (${t('language.pseudoNote')})`
              : LOCALE_INFO[c].autonym}
          </option>
        ))}
      </select>
    </span>
  );
}

function SchemeSelect() {
  const id = useId();
  const pref = useSchemePreference();
  const { t } = useI18n();
  return (
    <span className="intro__scheme">
      <label htmlFor={id}>{t('scheme.label')}</label>{' '}
      <select
        id={id}
        value={pref}
        onChange={(e) => setSchemePreference(e.target.value as SchemePreference)}
      >
        <option value="system">{t('scheme.system')}</option>
        <option value="light">{t('scheme.light')}</option>
        <option value="dark">{t('scheme.dark')}</option>
      </select>
    </span>
  );
}
