/**
 * Registers the service worker (offline use after the first visit) and tells the page when a newer version
 * is ready; `activate` lets it take over and reloads the page. The form's values are saved, so nothing is lost.
 */
type Listener = () => void;
let waiting: ServiceWorker | null = null;
const listeners = new Set<Listener>();
const notify = () => listeners.forEach((l) => l());

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function updateReady(): boolean {
  return waiting !== null;
}

export function activateUpdate(): void {
  waiting?.postMessage('gfss-calc:activate');
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || waiting === null) return;
    reloading = true;
    window.location.reload();
  });
  void navigator.serviceWorker
    .register(new URL('sw.js', new URL('./', window.location.href)).href)
    .then((registration) => {
      const found = (worker: ServiceWorker | null) => {
        // A waiting worker while another controls the page is a newer version.
        if (worker && navigator.serviceWorker.controller) {
          waiting = worker;
          notify();
        }
      };
      found(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') found(installing);
        });
      });
    })
    .catch(() => {
      // No offline copy (private mode, storage refused): the calculator works online as before.
    });
}
