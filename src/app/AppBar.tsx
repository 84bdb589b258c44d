import { useState, type ReactNode } from 'react';
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
        type="button"
        className="appbar__drawer-toggle"
        aria-expanded={drawerOpen}
        aria-controls="appbar-drawer"
        onClick={() => setDrawerOpen((o) => !o)}
      >
        {drawerOpen ? <X size={20} aria-hidden="true" /> : <Menu size={20} aria-hidden="true" />}
        {t('appbar.menu')}
      </button>
      <div id="appbar-drawer" className={drawerOpen ? 'appbar__drawer is-open' : 'appbar__drawer'}>
        <ViewNav />
        <div className="appbar__search">{search}</div>
        <div className="appbar__menus">{menus}</div>
      </div>
    </header>
  );
}
