//! The tab's history, as far as the app can reach it. Each page is an entry, so that Back returns
//! to the last question with its answer still chosen (README, "Back"); but each entry's address
//! holds the answers, and on a shared device Back would bring the last person's result back after
//! "Start again". So every entry of this visit carries its depth, how many entries it lies after
//! the visit's first, in `history.state`; "Start again" goes back to the first, writes the start
//! page over it and drops the entries after it. A page cannot reach entries before the visit (or
//! of an earlier visit behind another site), nor the browser's list of visited pages: the privacy
//! page says so.

use std::cell::Cell;
use wasm_bindgen::JsValue;

thread_local! {
    /// The depth of the entry on screen.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// A "Start again" is on its way back to the visit's first entry.
    static RESTARTING: Cell<bool> = const { Cell::new(false) };
}

/// The window's name while a "Start again" is on its way back: when the first entry belongs to an
/// earlier load of the page (the person reloaded since), going there loads the page again, and the
/// name, unlike anything in memory, is still there. Cleared as soon as the page is there.
const RESTART_NAME: &str = "probation-route-finder:start-again";

// `window.name` read and written by name: web-sys's accessors would each cost glue.
fn window_name() -> Option<String> {
    js_sys::Reflect::get(&gloo::utils::window(), &"name".into())
        .ok()?
        .as_string()
}

fn set_window_name(name: &str) {
    let _ = js_sys::Reflect::set(&gloo::utils::window(), &"name".into(), &name.into());
}

fn history() -> Option<web_sys::History> {
    gloo::utils::window().history().ok()
}

/// The depth the app wrote in the entry on screen, if it wrote one. (Only the app writes it; `as`
/// would bring anything else into range.)
fn written() -> Option<u32> {
    Some(history()?.state().ok()?.as_f64()? as u32)
}

/// Writes `fragment` (or, without one, the address as it is) over the entry on screen, with its
/// depth.
pub fn replace(fragment: Option<&str>) {
    if let Some(history) = history() {
        let url = fragment.map(|f| format!("#{f}"));
        let depth = JsValue::from(DEPTH.get());
        let _ = history.replace_state_with_url(&depth, "", url.as_deref());
    }
}

/// When the page starts: an entry the app wrote keeps its depth (the page was reloaded, or came
/// back from another site); any other is the first of a visit. True when a "Start again" that
/// crossed to an earlier load of the page is to be finished.
pub fn start() -> bool {
    match written() {
        Some(depth) => DEPTH.set(depth),
        None => {
            DEPTH.set(0);
            replace(None);
        }
    }
    let restarting = window_name().as_deref() == Some(RESTART_NAME);
    if restarting {
        set_window_name("");
        RESTARTING.set(true);
    }
    restarting
}

/// After the address changed: an entry the app wrote is one that Back or Forward went to; any
/// other was just added (a link followed, or a page the app went to), one after the last. True
/// when this is the end of a "Start again"'s way back, which [`start_again`]'s `finish` completes.
pub fn moved() -> bool {
    match written() {
        Some(depth) => DEPTH.set(depth),
        None => {
            DEPTH.set(DEPTH.get().saturating_add(1));
            replace(None);
        }
    }
    RESTARTING.get() && !go_back()
}

/// While restarting: goes back towards the visit's first entry. False once it is there.
fn go_back() -> bool {
    let depth = DEPTH.get();
    if depth == 0 {
        return false;
    }
    match history().map(|h| h.go_with_delta(-(depth.min(i32::MAX as u32) as i32))) {
        Some(Ok(())) => true,
        // Nowhere to go: finish here.
        _ => false,
    }
}

/// "Start again": clears the answers from every entry of this visit the app can reach. Returns
/// whether the start page can be shown now; if not, [`moved`] (or, when the way back crosses to
/// an earlier load of the page, [`start`]) says when it can, and `finish` is then called.
pub fn start_again(flat: bool) -> bool {
    if flat {
        // Adviser mode writes every page over the one entry: there is nothing behind it.
        return true;
    }
    RESTARTING.set(true);
    set_window_name(RESTART_NAME);
    !go_back()
}

/// At the visit's first entry: writes `home` over it and, unless history is kept `flat`, drops
/// every entry after it (adding one drops those ahead; going back to the first leaves only that
/// one ahead, at the same start page).
pub fn finish(home: &str, flat: bool) {
    RESTARTING.set(false);
    set_window_name("");
    DEPTH.set(0);
    replace(Some(home));
    if flat {
        return;
    }
    if let Some(history) = history() {
        let url = format!("#{home}");
        if history
            .push_state_with_url(&JsValue::from(1), "", Some(&url))
            .is_ok()
        {
            DEPTH.set(1);
            let _ = history.back();
        }
    }
}
