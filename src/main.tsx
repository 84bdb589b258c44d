import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';
import { choicesOf, createTimelineStore } from './store/createTimelineStore';
import { parseLangParam, parseUrlState } from './store/urlState';
import { currentLocation } from './store/browserUrl';
import { LANGUAGE, readEntry } from './store/persistence';
import { setLocale } from './i18n/i18n';
import { negotiateLocale } from './i18n/locales';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/global.css';
import './styles/print.css';
import './pwa/registerServiceWorker';
import { initColorScheme } from './components/colorScheme';
import { needsConsent, sourceFromUrlParam } from './queries/datasetSource';
import { datasetQueryOptions } from './queries/datasetQuery';

const page = currentLocation();
const url = parseUrlState(page.search);
const choices = choicesOf(url);
const dataUrl = url.dataUrl;
initColorScheme();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The interface language: ?lang= beats the stored choice beats the browser's languages.
const locale = negotiateLocale({
  url: parseLangParam(page.search),
  stored: readEntry(LANGUAGE),
  languages: navigator.languages,
});
const queryClient = createQueryClient();
const render = () => {
  createRoot(root).render(
    <StrictMode>
      <App store={createTimelineStore(choices)} queryClient={queryClient} dataUrl={dataUrl} />
    </StrictMode>,
  );
};
// The interface language's catalogue, the chart's code (TimelinePage starts that import) and
// the dataset all load at once; the first render waits only for the catalogue. A dataset from
// another site waits for the reader's consent, as before.
const settingLocale = setLocale(locale);
const source = sourceFromUrlParam(dataUrl);
if (needsConsent(source, page.href) === null) {
  queryClient.query(datasetQueryOptions(source)).catch(() => undefined);
}
void settingLocale.then(render, render);
