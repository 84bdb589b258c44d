import { useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { Menu, X } from 'lucide-react';
import type { LoadedDataset } from '../domain/indexes';
import { datasetHeading } from '../lib/datasetHeading';
import { useI18n } from '../i18n/useI18n';
import { ViewNav } from './ViewNav';

/**
 * The app bar, one row: the loaded dataset's title (the page's `h1`) with a one-line
 * subtitle, the views as tabs, search, and the menus (Open, Share & export, Present,
 * Settings, About). On a phone the title and a menu share one line.
 */
export function AppBar({
  data,
  isBuiltIn,
  search,
  menus,
}: {
  data: LoadedDataset;
  isBuiltIn: boolean;
  search: ReactNode;
  menus: ReactNode;
}) {
  const { t } = useI18n();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  // On a phone the drawer closes once the reader has chosen a view or an action.
  const onDrawerClick = (e: MouseEvent<HTMLDivElement>) => {
    if (!drawerOpen || !(e.target instanceof Element)) return;
    if (e.target.closest('[role="tab"], [role="menuitem"]')) setDrawerOpen(false);
  };
  const onDrawerKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (drawerOpen && e.key === 'Escape' && !e.defaultPrevented) {
      setDrawerOpen(false);
      toggle.current?.focus();
    }
  };
  const heading = datasetHeading(
    data,
    isBuiltIn ? { title: t('header.title'), subtitle: t('header.subtitle') } : null,
  );
  return (
    <header className="appbar">
      <div className="appbar__title-block">
        <h1 className="appbar__title" lang={heading.lang} title={heading.title}>
          {heading.title}
        </h1>
        {heading.subtitle !== '' && (
          <p className="appbar__subtitle" lang={heading.lang} title={heading.subtitle}>
            {heading.subtitle}
          </p>
        )}
      </div>
      <button
        ref={toggle}
        type="button"
        className="appbar__drawer-toggle"
        aria-expanded={drawerOpen}
        aria-controls="appbar-drawer"
        onClick={() => setDrawerOpen((o) => !o)}
      >
        {drawerOpen ? <X size={20} aria-hidden="true" /> : <Menu size={20} aria-hidden="true" />}
        {t('appbar.menu')}
      </button>
      {/* Listens for choices made inside it (tabs, menu items); it is not a control itself. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        id="appbar-drawer"
        className={drawerOpen ? 'appbar__drawer is-open' : 'appbar__drawer'}
        onClick={onDrawerClick}
        onKeyDown={onDrawerKey}
      >
        <ViewNav />
        <div className="appbar__search">{search}</div>
        <div className="appbar__menus">{menus}</div>
      </div>
    </header>
  );
}
