import { useStore } from 'zustand';
import { localeStore, type I18n } from './i18n';

/** The interface language for a component: `t`, `n`, `lang`, `dir`; re-renders on a switch. */
export function useI18n(): I18n {
  return useStore(localeStore, (s) => s.i18n);
}
