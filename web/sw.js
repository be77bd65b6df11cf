// Offline use: caches the app's own versioned files on install and serves them from the cache.
// scripts/post-build.mjs fills in the version and the file list at build time; a new deploy has
// a new version, so its cache replaces the old one. Nothing else is fetched or stored.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `probation-route-finder-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

// Deletes the caches of earlier deploys. Versions start with the build time, so they sort in
// deploy order, and a worker never deletes the cache of a newer deploy than its own.
const dropOldCaches = () =>
  caches.keys().then((keys) =>
    Promise.all(keys.filter((k) => k.startsWith('probation-route-finder-') && k < CACHE).map((k) => caches.delete(k))));

self.addEventListener('activate', (event) => {
  event.waitUntil(dropOldCaches().then(() => self.clients.claim()));
});

const APP_PAGE = new URL('./index.html', self.location).pathname;
const APP_ROOT = new URL('./', self.location).pathname;

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (event.request.mode === 'navigate') {
    if (url.pathname !== APP_ROOT && url.pathname !== APP_PAGE) return;
    // An update check the browser began before this deploy can still finish late; tidy up after it.
    event.waitUntil(dropOldCaches());
    // The page itself: the network first, so a new deploy is seen at once; the cache offline.
    event.respondWith(
      fetch(event.request).catch(() => caches.match(new URL('./index.html', self.location).href, { cacheName: CACHE })),
    );
    return;
  }
  // Versioned files never change: the cache first. (caches.match never creates a cache, so an
  // old worker still finishing a request cannot bring back a cache a new deploy deleted.)
  event.respondWith(caches.match(event.request, { cacheName: CACHE }).then((hit) => hit ?? fetch(event.request)));
});
