import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Workbox } from 'workbox-window';
import { App } from './app';
import './i18n';
import './styles.css';

// The service worker (built by vite-plugin-pwa) keeps the app's shell and a partner's device copy for use offline; a
// new build replaces it. The dev server has none.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).register();
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
