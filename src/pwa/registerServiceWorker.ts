/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker that keeps the app, its chunks (the dataset, the import
 * worker) and its icons cached for offline use. Imported once, for its effect, by main.tsx.
 *
 * Production builds only: in dev (`npm start`) and in tests nothing registers. The module
 * `virtual:pwa-register` (and workbox-window behind it) is loaded lazily, after the app, so
 * the first JavaScript stays small; it is a module script from 'self', as the CSP requires.
 * registerType is "prompt": a new version waits until the reader chooses "Reload" in
 * `UpdatePrompt` (or closes every tab), so a talk is never interrupted by a reload.
 *
 * The embed (`?embed=1`) registers nothing: in another site's iframe the worker would be
 * installed in that site's storage partition, downloading the whole app into each host.
 */
import { currentLocation } from '../store/browserUrl';
import { isEmbedSearch } from '../store/embedMode';
import { offerUpdate } from './swUpdateState';
import { afterFirstDraw } from './afterFirstDraw';

let started = false;

export function registerServiceWorker(): void {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (isEmbedSearch(currentLocation().search)) return;
  started = true;
  afterFirstDraw(register);
}

function register(): void {
  import('virtual:pwa-register')
    .then(({ registerSW }) => {
      const updateSW = registerSW({
        // The page has long loaded: register now rather than wait for a `load` event.
        immediate: true,
        onNeedRefresh() {
          offerUpdate(updateSW);
        },
        onRegisterError(error: unknown) {
          console.warn('Offline use is not available: the service worker did not register.', error);
        },
      });
    })
    .catch((error: unknown) => {
      console.warn('Offline use is not available.', error);
    });
}

registerServiceWorker();
