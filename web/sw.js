// Offline use: caches the app's own versioned files on install and serves them from the cache.
// scripts/post-build.mjs fills in the version and the file list at build time; a new deploy has
// a new version, so its cache replaces the old one. Nothing else is fetched or stored.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `probation-route-finder-${VERSION}`;
const APP_PAGE = new URL('./index.html', self.location).href;
const APP_ROOT = new URL('./', self.location).href;

// The page is asked of the host itself, past the browser's HTTP cache ('no-cache' revalidates:
// an unchanged page costs a 304), whatever caching the host's headers allow: a host that sends
// none lets the browser keep a page for days by its age alone. The hashed files never change,
// so any copy of them is the right one.
const fresh = (request) => new Request(request, { cache: 'no-cache' });
const unversioned = (url) => [APP_PAGE, APP_ROOT].some((u) => new URL(u).pathname === new URL(url).pathname);

self.addEventListener('install', (event) => {
  const requests = FILES.map((f) => new URL(f, self.location).href).map((u) => (unversioned(u) ? fresh(u) : u));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)).then(() => self.skipWaiting()));
});

const ours = (k) => k.startsWith('probation-route-finder-') && k !== CACHE;

// On activation, every other deploy's cache goes: an earlier one, and a later one too when this
// deploy is a rollback (its version sorts before the cache it replaces). Unless a newer worker is
// already installing: its cache may be there, half filled, and only the earlier ones go.
self.addEventListener('activate', (event) => {
  const newer = self.registration.installing || self.registration.waiting;
  event.waitUntil(dropCaches((k) => ours(k) && (!newer || k < CACHE)).then(() => self.clients.claim()));
});

const dropCaches = (which) => caches.keys().then((keys) => Promise.all(keys.filter(which).map((k) => caches.delete(k))));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (event.request.mode === 'navigate') {
    if (!unversioned(url.href)) return;
    // An update check the browser began before this deploy can still finish late; tidy up after
    // it (only earlier deploys: a later one may be installing).
    event.waitUntil(dropCaches((k) => ours(k) && k < CACHE));
    // The page itself: from the host, so a new deploy is seen on the next visit; the cache offline.
    // (Made from the browser's own request, so a redirect is still the browser's to follow.)
    event.respondWith(fetch(fresh(event.request)).catch(() => caches.match(APP_PAGE, { cacheName: CACHE })));
    return;
  }
  // Versioned files never change: the cache first. (caches.match never creates a cache, so an
  // old worker still finishing a request cannot bring back a cache a new deploy deleted.)
  event.respondWith(caches.match(event.request, { cacheName: CACHE }).then((hit) => hit ?? fetch(event.request)));
});
