//! The browser shell: reads the fragment into a signal, picks the page, writes the fragment back.
//! It decides no policy: [`crate::rules`] does, through [`crate::nav`].

mod components;
mod embed;
mod kiosk;
mod offline;
mod pages;
mod qr;

use crate::nav::{self, Page, State};
use crate::rules::{assess, Answers, Outcome};
use crate::text::{messages, Lang, Messages};
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
    fragment: RwSignal<String>,
    pub state: Memo<State>,
    pub outcome: Memo<Option<Outcome>>,
    pub text: &'static dyn Messages,
    pub today: NaiveDate,
}

impl Ctx {
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
        replace(self.fragment, fragment);
    }
}

/// Shows `fragment` without adding a history entry, and updates the state to match.
fn replace(signal: RwSignal<String>, fragment: &str) {
    replace_url(fragment);
    signal.set(current_fragment());
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
    let default_lang = browser_lang();
    let lang = Memo::new(move |_| state.with(|s| s.settings.lang.unwrap_or(default_lang)));
    let ctx_for = move |text: &'static dyn Messages| Ctx {
        fragment,
        state,
        outcome,
        text,
        today,
    };
    let settings = state.with_untracked(|s| s.settings.clone());

    // On every page change: name the page in the title, and move focus to its heading (or to the
    // error summary when a link brought errors), as the GOV.UK pattern does.
    Effect::new(move |previous: Option<String>| {
        let text = messages(lang.get());
        let (id, title, has_error) = state.with(|s| {
            (
                s.link(s.page, &s.parsed.answers, false),
                pages::title(ctx_for(text), s),
                !s.parsed.errors.is_empty(),
            )
        });
        gloo::utils::document().set_title(&text.page_title(&title, has_error));
        let _ = gloo::utils::document_element().set_attribute("lang", lang.get().code());
        if has_error {
            focus(".error-summary");
        } else if previous.is_some() && previous.as_deref() != Some(id.as_str()) {
            focus("main h1");
        }
        id
    });
    embed::apply_brand(&settings);
    if settings.embed {
        embed::report_height();
    }
    offline::register();
    if settings.kiosk {
        kiosk::keep_history_flat(fragment);
    }

    // The whole page is drawn again only when the language changes.
    move || {
        let text = messages(lang.get());
        shell(ctx_for(text), &state.with_untracked(|s| s.settings.clone()))
    }
}

/// Header, language switch, main region (with the result's data attributes), footer.
fn shell(ctx: Ctx, settings: &crate::settings::Settings) -> impl IntoView {
    let text = ctx.text;
    let outcome = ctx.outcome;
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus("main");
    };
    let attr = move |f: fn(&Outcome) -> String| move || outcome.with(|o| o.as_ref().map(f));
    let root_class = match (settings.embed, settings.kiosk) {
        (true, true) => "app app--embed app--kiosk",
        (true, false) => "app app--embed",
        (false, true) => "app app--kiosk",
        (false, false) => "app",
    };
    let home = format!("#{}", settings.to_fragment().trim_start_matches('&'));
    let privacy = format!("#page=privacy{}", settings.to_fragment());
    let header = (!settings.embed).then(|| {
        view! {
            <header class="header">
                <div class="width-container header__inner">
                    <a class="header__name" href=home.clone()>{text.service_name()}</a>
                    {settings.kiosk.then(|| view! { <kiosk::StartAgain ctx=ctx/> })}
                </div>
            </header>
        }
    });
    let kiosk_in_embed = (settings.embed && settings.kiosk).then(|| {
        view! { <div class="kiosk-bar"><kiosk::StartAgain ctx=ctx/></div> }
    });
    let footer = if settings.embed {
        view! {
            <footer class="footer footer--embed">
                <div class="width-container"><p><a href=privacy>{text.privacy_link()}</a></p></div>
            </footer>
        }
        .into_any()
    } else {
        view! {
            <footer class="footer">
                <div class="width-container">
                    <p><a href=privacy>{text.privacy_link()}</a></p>
                    <p class="footer__note">{text.footer_note()}</p>
                </div>
            </footer>
        }
        .into_any()
    };
    view! {
        <div class=root_class>
            <a href="#main" class="skip-link" on:click=skip>{text.skip_link()}</a>
            {header}
            <div class="width-container">
                {kiosk_in_embed}
                <components::LanguageSwitch ctx=ctx/>
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
            {footer}
            {settings.kiosk.then(|| view! { <kiosk::IdleReset ctx=ctx/> })}
        </div>
    }
}
