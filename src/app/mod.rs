//! The browser shell: reads the fragment into a signal, draws the page for it (with
//! [`crate::view`]), and turns clicks and sent forms into a new fragment. It decides no policy:
//! [`crate::rules`] does, through [`crate::nav`].

mod embed;
mod events;
mod kiosk;
mod offline;

use crate::nav::{self, Page, State};
use crate::rules::{assess, Answers, Outcome};
use crate::text::{messages, Lang};
use crate::view::{self, Submitted, View};
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Installs the panic hook, mounts the app, and removes the start page `index.html` showed while
/// the app loaded.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
    if let Some(early) = gloo::utils::document().get_element_by_id("prerendered") {
        early.remove();
    }
}

/// The app's state, shared by the event handlers.
#[derive(Clone, Copy)]
pub struct Shell {
    fragment: RwSignal<String>,
    pub state: Memo<State>,
    /// A form just sent whose answer could not be used; cleared by any new fragment.
    submitted: RwSignal<Option<Submitted>>,
    pub lang: Memo<Lang>,
    pub today: NaiveDate,
}

impl Shell {
    /// Goes to `page` with these answers.
    ///
    /// Normally each page is a history entry, so Back and Forward work; the page being left is
    /// first rewritten with the new answers, so Back returns to it with the answer still chosen.
    /// In kiosk mode every page replaces the one entry, so that after a reset the Back button can
    /// reach nothing of the previous person.
    pub fn go(&self, page: Page, answers: &Answers, from_check: bool) {
        let (here, next, kiosk) = self.state.with_untracked(|s| {
            (
                s.link(s.page, answers, s.from_check),
                s.link(page, answers, from_check),
                s.settings.kiosk,
            )
        });
        if kiosk {
            self.replace(&next);
        } else {
            replace_url(&here);
            let _ = gloo::utils::window().location().set_hash(&next);
        }
    }

    /// Shows `fragment` without adding a history entry.
    pub fn replace(&self, fragment: &str) {
        replace_url(fragment);
        self.follow_url();
    }

    /// Shows what the address bar now says.
    fn follow_url(&self) {
        self.submitted.set(None);
        self.fragment.set(current_fragment());
    }
}

fn replace_url(fragment: &str) {
    if let Ok(history) = gloo::utils::window().history() {
        let url = format!("#{fragment}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

/// The browser's preferred language, when it is one we have.
fn browser_lang() -> Lang {
    let languages = gloo::utils::window().navigator().languages();
    let first = languages.get(0).as_string().unwrap_or_default();
    Lang::preferred([first.as_str()])
}

fn current_fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// The app's address without the fragment.
fn base_url() -> String {
    let location = gloo::utils::window().location();
    location.origin().unwrap_or_default() + &location.pathname().unwrap_or_default()
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
    let state = Memo::new(move |_| nav::resolve(&fragment.get(), today));
    let default_lang = browser_lang();
    let shell = Shell {
        fragment,
        state,
        submitted: RwSignal::new(None),
        lang: Memo::new(move |_| state.with(|s| s.settings.lang.unwrap_or(default_lang))),
        today,
    };
    let listener = window_event_listener(leptos::ev::hashchange, move |_| shell.follow_url());
    // The app lives as long as the page; keep the listener for good.
    std::mem::forget(listener);
    let outcome: Memo<Option<Outcome>> = Memo::new(move |_| {
        state.with(|s| (s.page == Page::Result).then(|| assess(&s.parsed.answers, today)))
    });
    let base = base_url();
    let markup = Memo::new(move |_| {
        let text = messages(shell.lang.get());
        state.with(|s| {
            outcome.with(|o| {
                shell.submitted.with(|sent| {
                    view::app(&View {
                        state: s,
                        outcome: o.as_ref(),
                        text,
                        today,
                        submitted: sent.as_ref(),
                        base_url: &base,
                    })
                })
            })
        })
    });

    // On every page change: name the page in the title, and move focus to its heading (or to the
    // error summary when there is a problem), as the GOV.UK pattern does.
    Effect::new(move |previous: Option<String>| {
        let text = messages(shell.lang.get());
        let (id, page, link_error) = state.with(|s| {
            (
                s.link(s.page, &s.parsed.answers, false),
                s.page,
                !s.parsed.errors.is_empty(),
            )
        });
        let has_error = link_error || shell.submitted.with(Option::is_some);
        let document = gloo::utils::document();
        document.set_title(&text.page_title(view::title(text, page), has_error));
        let _ = gloo::utils::document_element().set_attribute("lang", shell.lang.get().code());
        if has_error {
            focus(".error-summary");
        } else if previous.is_some() && previous.as_deref() != Some(id.as_str()) {
            focus("main h1");
        }
        id
    });

    let settings = state.with_untracked(|s| s.settings.clone());
    embed::apply_brand(&settings);
    if settings.embed {
        embed::report_height();
    }
    offline::register();
    if settings.kiosk {
        kiosk::keep_history_flat(shell);
    }
    let on_click = move |ev| events::click(shell, ev);
    let on_submit = move |ev| events::submit(shell, ev);
    view! {
        <div class=view::root_class(&settings)>
            <div on:click=on_click on:submit=on_submit on:change=events::change inner_html=move || markup.get()></div>
            {settings.kiosk.then(|| kiosk::idle_reset(shell))}
        </div>
    }
}
