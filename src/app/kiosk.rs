//! Adviser mode for events: a "Start again" button always in view, and an idle reset. After
//! [`IDLE_MS`] without input on a question (or [`RESULT_IDLE_MS`] on the result, which an adviser
//! talks a student through) a countdown offers "I'm still here"; after [`COUNTDOWN_MS`] more,
//! everything resets to the start page. Kiosk navigation replaces the one history entry (see
//! [`Shell::go`]), so nothing of the previous person stays in the URL or the Back button's reach.

use super::Shell;
use crate::nav::Page;
use crate::rules::Question;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// How long without input before the countdown shows, on every page but the result.
pub const IDLE_MS: f64 = 120_000.0;
/// How long without input before the countdown shows on the result page: five minutes. The result
/// is long and is read, or talked through with an adviser, without touching the screen; a question
/// is answered in seconds, so two minutes there means the person has gone.
pub const RESULT_IDLE_MS: f64 = 300_000.0;
/// How long the countdown lasts before the reset.
pub const COUNTDOWN_MS: f64 = 30_000.0;

/// Adviser mode's countdown, and the time of the last sign of someone.
#[derive(Clone)]
pub struct Kiosk {
    last_input: Rc<Cell<f64>>,
    check: Rc<dyn Fn()>,
}

impl Kiosk {
    /// Someone is there: the countdown, if showing, goes, and the idle time starts again.
    pub fn someone_there(&self) {
        self.last_input.set(js_sys::Date::now());
        (self.check)();
    }
}

/// Starts kiosk mode, with the countdown drawn in a box added to `root`.
///
/// The countdown is written straight into the page rather than through a signal, so that focus can
/// move to "I'm still here" as soon as it shows, and stay there while only the seconds change.
pub fn start(shell: Shell, root: &Element) -> Kiosk {
    keep_history_flat(shell.clone());
    reset_on_return(shell.clone());
    let dialog = gloo::utils::document().create_element("div").ok();
    if let Some(dialog) = &dialog {
        let _ = root.append_child(dialog);
    }
    let showing = Cell::new(false);
    let last_input = Rc::new(Cell::new(js_sys::Date::now()));
    let check = {
        let last_input = last_input.clone();
        move || {
            let fresh = at_home(&shell);
            let wait = shell.with_state(|s| {
                if s.page == Page::Result {
                    RESULT_IDLE_MS
                } else {
                    IDLE_MS
                }
            });
            let idle = js_sys::Date::now() - last_input.get();
            if !fresh && idle >= wait + COUNTDOWN_MS {
                shell.start_again();
                last_input.set(js_sys::Date::now());
            }
            let seconds = (!fresh && (wait..wait + COUNTDOWN_MS).contains(&idle))
                .then(|| ((wait + COUNTDOWN_MS - idle) / 1000.0).ceil() as u32);
            let Some(dialog) = &dialog else { return };
            match (seconds, showing.get()) {
                (Some(seconds), false) => {
                    dialog.set_inner_html(&crate::view::idle_modal(shell.text(), seconds));
                    let button = dialog.query_selector("#idle-still-here").ok().flatten();
                    if let Some(button) = button.and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
                        let _ = button.focus();
                    }
                    showing.set(true);
                }
                (Some(seconds), true) => {
                    if let Ok(Some(body)) = dialog.query_selector("#idle-body") {
                        body.set_text_content(Some(&shell.text().idle_body(seconds)));
                    }
                }
                (None, true) => {
                    dialog.set_inner_html("");
                    showing.set(false);
                }
                (None, false) => {}
            }
        }
    };
    let check: Rc<dyn Fn()> = Rc::new(check);
    let kiosk = Kiosk { last_input, check };
    for event in ["pointerdown", "keydown", "input", "wheel", "touchstart"] {
        let kiosk = kiosk.clone();
        let handle = window_event_listener_untyped(event, move |_| kiosk.someone_there());
        std::mem::forget(handle);
    }
    let tick = kiosk.check.clone();
    let _ = set_interval_with_handle(move || tick(), Duration::from_secs(1));
    kiosk
}

/// At the mode's home, with no one's answers.
fn at_home(shell: &Shell) -> bool {
    shell.with_state(|s| {
        let home = s.page == Page::Start
            || (s.settings.home_question && s.page == Page::Ask(Question::ALL[0]));
        home && s.settings.only_presets(&s.parsed.answers)
    })
}

/// Adviser mode reached again by the browser's Back or Forward, after someone left the tool for
/// another page, starts again: the idle reset never ran while the page was gone, and the last
/// person's answers are not the next one's to see (a new adviser's trial found Forward bringing
/// back a result, December 2026). A reload keeps the page: it is the same person.
fn reset_on_return(shell: Shell) {
    let returned = move |shell: &Shell| {
        if !at_home(shell) {
            shell.start_again();
        }
    };
    // Loaded again from the history.
    if navigation_type().as_deref() == Some("back_forward") {
        returned(&shell);
    }
    // Shown again from the browser's back/forward cache, without loading.
    let handle = window_event_listener_untyped("pageshow", move |ev| {
        let persisted = js_sys::Reflect::get(&ev, &"persisted".into())
            .ok()
            .and_then(|v| v.as_bool());
        if persisted == Some(true) {
            returned(&shell);
        }
    });
    std::mem::forget(handle);
}

/// How this page was loaded: `performance.getEntriesByType("navigation")[0].type`.
fn navigation_type() -> Option<String> {
    let performance = js_sys::Reflect::get(&js_sys::global(), &"performance".into()).ok()?;
    let entries = js_sys::Reflect::get(&performance, &"getEntriesByType".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call1(&performance, &"navigation".into())
        .ok()?;
    let first = js_sys::Reflect::get_u32(&entries, 0).ok()?;
    js_sys::Reflect::get(&first, &"type".into())
        .ok()?
        .as_string()
}

/// In kiosk mode, in-app links replace the current history entry instead of adding one.
fn keep_history_flat(shell: Shell) {
    let handle = window_event_listener(leptos::ev::click, move |ev| {
        if ev.default_prevented() {
            return;
        }
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href^='#']").ok().flatten());
        if let Some(href) = link.and_then(|a| a.get_attribute("href")) {
            ev.prevent_default();
            shell.replace(href.trim_start_matches('#'));
        }
    });
    std::mem::forget(handle);
}
