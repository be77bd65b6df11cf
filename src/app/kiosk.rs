//! Adviser mode for events: a "Start again" button always in view, and an idle reset. After
//! [`IDLE_MS`] without input a countdown offers "I'm still here"; after [`COUNTDOWN_MS`] more,
//! everything resets to the start page. Kiosk navigation replaces the one history entry (see
//! [`Ctx::go`]), so nothing of the previous person stays in the URL or the Back button's reach.

use super::{focus, Ctx};
use crate::nav::Page;
use crate::rules::Answers;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// How long without input before the countdown shows.
pub const IDLE_MS: f64 = 120_000.0;
/// How long the countdown lasts before the reset.
pub const COUNTDOWN_MS: f64 = 30_000.0;

/// Clears every answer and shows the start page, keeping only the display settings.
fn reset(ctx: Ctx) {
    let home = ctx.state.with_untracked(|s| s.settings.to_fragment());
    ctx.replace(home.trim_start_matches('&'));
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// In kiosk mode, in-app links replace the current history entry instead of adding one.
pub fn keep_history_flat(fragment: RwSignal<String>) {
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
            super::replace(fragment, href.trim_start_matches('#'));
        }
    });
    std::mem::forget(handle);
}

/// The "Start again" button kept in view in kiosk mode.
#[component]
pub fn StartAgain(ctx: Ctx) -> impl IntoView {
    view! {
        <button type="button" class="button button--secondary kiosk-start-again" on:click=move |_| {
            reset(ctx);
            focus("main h1");
        }>
            {ctx.text.start_again()}
        </button>
    }
}

/// Watches for input; shows the countdown and resets when nobody is there.
#[component]
pub fn IdleReset(ctx: Ctx) -> impl IntoView {
    let t = ctx.text;
    let last_input = RwSignal::new(js_sys::Date::now());
    let now = RwSignal::new(js_sys::Date::now());
    // Listeners and the ticking clock end with the component (when the language changes, say).
    for event in ["pointerdown", "keydown", "input", "wheel", "touchstart"] {
        let handle = window_event_listener_untyped(event, move |_| {
            let t = js_sys::Date::now();
            last_input.set(t);
            now.set(t);
        });
        on_cleanup(move || handle.remove());
    }
    if let Ok(tick) =
        set_interval_with_handle(move || now.set(js_sys::Date::now()), Duration::from_secs(1))
    {
        on_cleanup(move || tick.clear());
    }
    let fresh = move || {
        ctx.state
            .with(|s| s.page == Page::Start && s.parsed.answers == Answers::default())
    };
    let idle = move || now.get() - last_input.get();
    let showing = Memo::new(move |_| !fresh() && idle() >= IDLE_MS);
    Effect::new(move |_| {
        if !fresh() && idle() >= IDLE_MS + COUNTDOWN_MS {
            reset(ctx);
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
    move || {
        showing.get().then(|| {
            view! {
                <div class="modal-overlay">
                    <div class="modal" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
                        <h2 class="heading-m" id="idle-title">{t.idle_title()}</h2>
                        <p id="idle-body">{move || t.idle_body(seconds())}</p>
                        <button type="button" id="idle-still-here" class="button" on:click=move |_| last_input.set(js_sys::Date::now())>
                            {t.still_here()}
                        </button>
                    </div>
                </div>
            }
        })
    }
}
