//! Offline use: registers the service worker that `scripts/post-build.mjs` writes next to the app.
//! It caches only the app's own versioned files; a new deploy replaces the old cache.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Registers `sw.js` where the browser allows it (not on `file:` pages, without support, or in a
/// frame sandboxed without its origin).
///
/// Registration fails where `sw.js` is missing, site data is blocked or the page is sandboxed
/// without its origin: offline use is then lost, nothing else. Its rejection is handled here, so
/// that it is not reported on every load as an uncaught error (the browser still names a missing
/// file in the console).
pub fn register() {
    let navigator = gloo::utils::window().navigator();
    // Read through `Reflect`, which returns the error: in a frame sandboxed without its origin,
    // merely reading `navigator.serviceWorker` throws. (Where it is an object it is the container:
    // unchecked, as a type check would cost bytes of glue on every phone.)
    let container = js_sys::Reflect::get(&navigator, &"serviceWorker".into())
        .ok()
        .filter(JsValue::is_object)
        .map(JsCast::unchecked_into::<web_sys::ServiceWorkerContainer>);
    if let Some(container) = container {
        let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
        let _ = container.register("sw.js").catch(&ignore);
        // Called at most once, when the promise settles; the page never drops it.
        ignore.forget();
    }
}
