import { Settings } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import { MenuButton, type MenuEntry } from '../../components/menu/MenuButton';
import {
  setSchemePreference,
  useSchemePreference,
  type SchemePreference,
} from '../../components/colorScheme';
import { setLocale } from '../../i18n/i18n';
import { LOCALE_INFO, LOCALES, type LocaleCode } from '../../i18n/locales';
import { useI18n } from '../../i18n/useI18n';
import { writeLangParam } from '../../store/browserUrl';
import { LANGUAGE, writeEntry } from '../../store/persistence';
import { useTimelineStore, useTimelineStoreApi } from '../../store/timelineStoreContext';

/** Picks the interface language: kept in the URL (`lang=`) and remembered as a preference. */
async function chooseLocale(locale: LocaleCode) {
  writeEntry(LANGUAGE, locale);
  writeLangParam(locale);
  await setLocale(locale);
}

const SCHEMES: readonly SchemePreference[] = ['system', 'light', 'dark'];

/**
 * Settings: the interface language, the colours, and whether filtered-out events are dimmed
 * or hidden. Radio and checkbox items keep the menu open, so all three can be set at once.
 */
export function SettingsMenu() {
  const { t, locale } = useI18n();
  const store = useTimelineStoreApi();
  const scheme = useSchemePreference();
  const { dim } = useTimelineStore(useShallow((s) => ({ dim: s.dimFiltered })));
  // The pseudo-locale is for testing: offered only while it is on.
  const offered = LOCALES.filter((c) => !LOCALE_INFO[c].test || c === locale);
  const entries: MenuEntry[] = [
    {
      kind: 'group',
      id: 'language',
      label: t('language.label'),
      entries: offered.map((c) => ({
        kind: 'radio',
        id: `lang-${c}`,
        label: LOCALE_INFO[c].test
          ? `${LOCALE_INFO[c].autonym} (${t('language.pseudoNote')})`
          : LOCALE_INFO[c].autonym,
        lang: LOCALE_INFO[c].htmlLang,
        checked: c === locale,
        onSelect: () => {
          if (c !== locale) void chooseLocale(c);
        },
      })),
    },
    { kind: 'separator', id: 'sep-1' },
    {
      kind: 'group',
      id: 'scheme',
      label: t('scheme.label'),
      entries: SCHEMES.map((s) => ({
        kind: 'radio',
        id: `scheme-${s}`,
        label: t(`scheme.${s}`),
        checked: s === scheme,
        onSelect: () => setSchemePreference(s),
      })),
    },
    { kind: 'separator', id: 'sep-2' },
    {
      kind: 'checkbox',
      id: 'dim',
      label: t('filter.dim'),
      checked: dim,
      onToggle: () => store.getState().setDimFiltered(!dim),
    },
  ];
  return (
    <MenuButton
      label={t('settings.menu')}
      icon={<Settings size={18} aria-hidden="true" />}
      entries={entries}
      align="end"
      compact
    />
  );
}
