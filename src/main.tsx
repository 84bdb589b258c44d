import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';
import { createTimelineStore } from './store/createTimelineStore';
import { parseUrlState } from './store/urlState';
import './styles/global.css';

const url = parseUrlState(window.location.search);
const choices = {
  themeFilter: url.themeFilter,
  dimFiltered: url.dimFiltered,
  selectedEventId: url.selectedEventId,
  viewport: url.viewport,
  presenting: url.presenting,
};
const dataUrl = url.dataUrl;
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App store={createTimelineStore(choices)} queryClient={createQueryClient()} dataUrl={dataUrl} />
  </StrictMode>,
);
