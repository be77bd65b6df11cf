//! Offline use: registers the service worker that `scripts/post-build.mjs` writes next to the app.
//! It caches only the app's own versioned files; a new deploy replaces the old cache.

/// Registers `sw.js` where the browser allows it (not on `file:` pages or without support).
pub fn register() {
    let navigator = gloo::utils::window().navigator();
    let supported = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if supported {
        let _ = navigator.service_worker().register("sw.js");
    }
}
