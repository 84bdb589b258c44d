/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { builtinDataset } from './scripts/vitePluginBuiltinDataset.ts';

/**
 * The production page's Content-Security-Policy: no inline script, no eval, nothing loaded
 * from elsewhere except datasets the reader agreed to fetch (connect-src) and a dataset's
 * pictures once the reader agreed to them (img-src https:; features/details/MediaFigure.tsx).
 * Frames stay 'self' only (default-src): no third-party iframe ever runs. Added at build
 * time only, because the dev server injects inline scripts for hot reloading.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Offline use (presenters in rooms without Wi-Fi): a Workbox service worker precaches the
 * built app — every script chunk (the dataset, the import worker), the styles, the page and
 * the icons — and answers navigations with index.html. "prompt": a new version waits until
 * the reader chooses to reload (src/pwa/UpdatePrompt.tsx). The app registers the worker
 * itself, from a module (src/pwa/registerServiceWorker.ts), so nothing inline is injected and
 * the CSP holds (worker-src 'self', manifest-src 'self'); in dev nothing registers.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  devOptions: { enabled: false },
  // The icons are precached by the glob patterns below, once each.
  includeManifestIcons: false,
  manifest: {
    name: 'WPC 2007–2011: the partner channel moves to the cloud',
    short_name: 'WPC cloud timeline',
    description:
      "An interactive, sourced timeline of Microsoft's partner channel moving to the cloud, told through the Worldwide Partner Conference 2007–2011.",
    lang: 'en',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    theme_color: '#0b4f8a',
    background_color: '#ffffff',
    icons: [
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,woff2}'],
    navigateFallback: 'index.html',
    // Files opened directly (/robots.txt, /data/x.json) are not the app; "/?data=x.json" is.
    navigateFallbackDenylist: [/^[^?]*\.[a-z0-9]+(?:\?.*)?$/i],
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [react(), builtinDataset(), contentSecurityPolicy(), pwa],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['./tests/setup/i18n.ts'],
          env: { TZ: 'America/Los_Angeles' },
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['./tests/setup/i18n.ts', './tests/setup/component.ts'],
          env: { TZ: 'Asia/Kolkata' },
          // jsdom with user-event over the whole WPC dataset takes 1–2 s a test on a quiet
          // 2-core machine and up to 6 s on a loaded one: the limit is for hangs, not speed.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
