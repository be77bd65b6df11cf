//! Adviser mode for events: a "Start again" button always in view, and an idle reset. After
//! [`IDLE_MS`] without input a countdown offers "I'm still here"; after [`COUNTDOWN_MS`] more,
//! everything resets to the start page. Kiosk navigation replaces the one history entry (see
//! [`Shell::go`]), so nothing of the previous person stays in the URL or the Back button's reach.

use super::{focus, Shell};
use crate::nav::Page;
use crate::rules::Answers;
use crate::text::messages;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// How long without input before the countdown shows.
pub const IDLE_MS: f64 = 120_000.0;
/// How long the countdown lasts before the reset.
pub const COUNTDOWN_MS: f64 = 30_000.0;

/// Clears every answer and shows the start page, keeping only the display settings.
pub fn reset(shell: Shell) {
    let home = shell.state.with_untracked(|s| s.settings.to_fragment());
    shell.replace(home.trim_start_matches('&'));
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// In kiosk mode, in-app links replace the current history entry instead of adding one.
pub fn keep_history_flat(shell: Shell) {
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

/// Watches for input; shows the countdown and resets when nobody is there.
pub fn idle_reset(shell: Shell) -> impl IntoView {
    let last_input = RwSignal::new(js_sys::Date::now());
    let now = RwSignal::new(js_sys::Date::now());
    for event in ["pointerdown", "keydown", "input", "wheel", "touchstart"] {
        let handle = window_event_listener_untyped(event, move |_| {
            let t = js_sys::Date::now();
            last_input.set(t);
            now.set(t);
        });
        std::mem::forget(handle);
    }
    let _ = set_interval_with_handle(move || now.set(js_sys::Date::now()), Duration::from_secs(1));
    let fresh = move || {
        shell
            .state
            .with(|s| s.page == Page::Start && s.parsed.answers == Answers::default())
    };
    let idle = move || now.get() - last_input.get();
    let showing = Memo::new(move |_| !fresh() && idle() >= IDLE_MS);
    Effect::new(move |_| {
        if !fresh() && idle() >= IDLE_MS + COUNTDOWN_MS {
            reset(shell);
            last_input.set(js_sys::Date::now());
        }
    });
    Effect::new(move |was: Option<bool>| {
        let is = showing.get();
        if is && was != Some(true) {
            focus("#idle-still-here");
        }
        is
    });
    let seconds = move || (((IDLE_MS + COUNTDOWN_MS - idle()) / 1000.0).ceil().max(0.0)) as u32;
    let markup = move || {
        if showing.get() {
            crate::view::idle_modal(messages(shell.lang.get()), seconds())
        } else {
            String::new()
        }
    };
    let still_here = move |_| last_input.set(js_sys::Date::now());
    view! { <div on:click=still_here inner_html=markup></div> }
}
