//! The browser shell: reads the fragment into a signal, picks the page, writes the fragment back.
//! It decides no policy: [`crate::rules`] does, through [`crate::nav`].

mod components;
mod pages;

use crate::nav::{self, Page, State};
use crate::rules::{assess, Outcome};
use crate::text::{messages, Messages};
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Installs the panic hook and mounts the app on the page's body.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

/// What every page needs: the state read from the fragment, the words, and today's date.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub state: Memo<State>,
    pub outcome: Memo<Option<Outcome>>,
    pub text: &'static dyn Messages,
    pub today: NaiveDate,
}

impl Ctx {
    /// Goes to `page` with these answers: one history entry per page, so Back and Forward work.
    /// The page being left is first rewritten with the new answers, so that the browser's Back
    /// button returns to it with the answer still chosen.
    pub fn go(&self, page: Page, answers: &crate::rules::Answers, from_check: bool) {
        let (here, bad, here_from_check) = self
            .state
            .with_untracked(|s| (s.page, s.bad.clone(), s.from_check));
        let here = nav::fragment_for(here, answers, &bad, here_from_check);
        if let Ok(history) = gloo::utils::window().history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("#{here}")),
            );
        }
        go_to(&nav::fragment_for(page, answers, &bad, from_check));
    }
}

fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

fn current_fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Sets the fragment; the `hashchange` listener then updates the state.
pub fn go_to(fragment: &str) {
    let _ = gloo::utils::window().location().set_hash(fragment);
}

/// Moves keyboard and screen-reader focus to the first element matching `selector`.
pub fn focus(selector: impl Into<String>) {
    let selector = selector.into();
    request_animation_frame(move || {
        let el = gloo::utils::document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            let _ = el.focus();
        }
    });
}

#[component]
fn App() -> impl IntoView {
    let today = today();
    let fragment = RwSignal::new(current_fragment());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        fragment.set(current_fragment())
    });
    // The app lives as long as the page; keep the listener for good.
    std::mem::forget(listener);
    let state = Memo::new(move |_| nav::resolve(&fragment.get(), today));
    let outcome = Memo::new(move |_| {
        state.with(|s| (s.page == Page::Result).then(|| assess(&s.parsed.answers, today)))
    });
    let text = messages("en");
    let ctx = Ctx {
        state,
        outcome,
        text,
        today,
    };

    // On every page change: name the page in the title, and move focus to its heading (or to the
    // error summary when a link brought errors), as the GOV.UK pattern does.
    Effect::new(move |previous: Option<String>| {
        let (id, title, has_error) = state.with(|s| {
            (
                nav::fragment_for(s.page, &s.parsed.answers, &[], false),
                pages::title(ctx, s),
                !s.parsed.errors.is_empty(),
            )
        });
        gloo::utils::document().set_title(&text.page_title(&title, has_error));
        if has_error {
            focus(".error-summary");
        } else if previous.is_some() && previous.as_deref() != Some(id.as_str()) {
            focus("main h1");
        }
        id
    });

    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus("main");
    };
    let attr = move |f: fn(&Outcome) -> String| move || outcome.with(|o| o.as_ref().map(f));
    view! {
        <a href="#main" class="skip-link" on:click=skip>{text.skip_link()}</a>
        <header class="header">
            <div class="width-container">
                <a class="header__name" href="#page=intro">{text.service_name()}</a>
            </div>
        </header>
        <div class="width-container">
            <main
                id="main"
                class="main"
                tabindex="-1"
                data-outcome=attr(|_| String::new())
                data-route=attr(|o| o.route.slug().to_string())
                data-entry=attr(|o| o.entry.map(|e| e.slug()).unwrap_or_default().to_string())
                data-months=attr(|o| o.months.to_string())
                data-conditional=attr(|o| o.conditional.map(|c| c.slug()).unwrap_or_default().to_string())
                data-university=attr(|o| o.study.map(|s| s.slug()).unwrap_or_default().to_string())
                data-finish=attr(|o| o.finish.map(|f| f.to_string()).unwrap_or_default())
            >
                <components::BackLink ctx=ctx/>
                {move || pages::render(ctx)}
            </main>
        </div>
        <footer class="footer">
            <div class="width-container">
                <p><a href="#page=privacy">{text.privacy_link()}</a></p>
                <p class="footer__note">{text.footer_note()}</p>
            </div>
        </footer>
    }
}
