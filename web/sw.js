// Offline use: caches the app's own versioned files on install and serves them from the cache.
// scripts/post-build.mjs fills in the version and the file list at build time; a new deploy has
// a new version, so its cache replaces the old one. Nothing else is fetched or stored.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `probation-route-finder-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('probation-route-finder-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const APP_PAGE = new URL('./index.html', self.location).pathname;
const APP_ROOT = new URL('./', self.location).pathname;

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (event.request.mode === 'navigate') {
    if (url.pathname !== APP_ROOT && url.pathname !== APP_PAGE) return;
    // The page itself: the network first, so a new deploy is seen at once; the cache offline.
    event.respondWith(
      fetch(event.request).catch(() => caches.open(CACHE).then((cache) => cache.match('./index.html'))),
    );
    return;
  }
  // Versioned files never change: the cache first.
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(event.request).then((hit) => hit ?? fetch(event.request))),
  );
});
