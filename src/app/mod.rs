//! The browser shell: reads the fragment, draws the page for it with [`crate::view`], and turns
//! clicks and sent forms into a new fragment. It decides no policy: [`crate::rules`] does, through
//! [`crate::nav`].
//!
//! Each change of fragment draws the whole page once, so the shell needs one signal (the page's
//! markup) and no memos or effects: every reactive piece costs wasm bytes, and cheap phones on
//! mobile data pay for them.

mod embed;
mod events;
mod history;
mod kiosk;
mod offline;

use crate::nav::{self, Page, State};
use crate::rules::{assess, Answers};
use crate::text::{messages, Lang, Messages};
use crate::view::{self, PageContext, Submitted};
use chrono::NaiveDate;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// Installs the panic hook (development builds only), mounts the app, listens for the person's input, and takes over or
/// removes the start page or loading state `index.html` showed while the app loaded.
pub fn mount() {
    // Its message formatting costs 1.1 KB brotli on every phone. In a release build a panic is
    // still a RuntimeError in the console, which fails every browser test (they collect page
    // errors); a development build (`scripts/serve`) names the panic.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let finish_start_again = history::start();
    let shell = Shell::new();
    let on_hash = shell.clone();
    let on_pop = shell.clone();
    // Back and Forward fire both; a new entry may fire only `hashchange`, and Back to an entry
    // with the same address only `popstate`. Only a changed address is drawn again.
    let hash = window_event_listener_untyped("hashchange", move |_| on_hash.address_moved(true));
    let pop = window_event_listener_untyped("popstate", move |_| on_pop.address_moved(false));
    // The app lives as long as the page; keep the listeners for good.
    std::mem::forget((hash, pop));

    let settings = shell.with_state(|s| s.settings.clone());
    embed::apply_brand(&settings);
    if settings.embed {
        embed::report_height();
    }
    // Creating a `div` fails only for an invalid tag name; no answer or link reaches it.
    let Some((root, page, adopted)) = root(view::root_class(&settings)) else {
        return;
    };
    // Each page is drawn into `page` by one render effect on the page's markup. When index.html's
    // start page was adopted, it already shows the first page (tests/prerender.rs keeps it equal to
    // the app's), so the first run draws nothing: the start page is painted once, not twice.
    // Leptos mounts no view of its own (its root is the element above): `mount_to_body` gives the
    // effect its executor and owner, for as long as the page lives (it keeps the mount).
    let markup = shell.markup;
    let mut skip = adopted;
    leptos::mount::mount_to_body(move || {
        let effect = RenderEffect::new(move |_| {
            markup.with(|html| {
                if !std::mem::take(&mut skip) {
                    page.set_inner_html(html);
                }
            })
        });
        std::mem::forget(effect);
    });
    let kiosk = settings.kiosk.then(|| kiosk::start(shell.clone(), &root));
    if finish_start_again {
        shell.finish_start_again();
    }
    // Heard on the root, so the countdown's button, beside the page, is heard too. Attached
    // with web-sys rather than Leptos' `on:`, which costs about 3 KB brotli for three.
    events::listen(&root, shell, kiosk);
    // After the first draw: the worker's fetch of sw.js (and its caching of every file) must not
    // come before the page.
    offline::register();
}

/// The app's root element and the element pages are drawn into, and whether they are index.html's
/// start page, adopted as it is. It is adopted when it is on screen and still asked for: index.html
/// hides it (class `deep` on the document) for a link to any other page or a browser that prefers
/// Welsh, and then, or when the address has moved on since, it is removed and a new root is added.
fn root(class: &str) -> Option<(web_sys::Element, web_sys::Element, bool)> {
    let document = gloo::utils::document();
    // The light loading state index.html shows for a deep link while the wasm arrives.
    if let Some(loading) = document.get_element_by_id("loading") {
        loading.remove();
    }
    let early = document.get_element_by_id("prerendered");
    let hidden = gloo::utils::document_element()
        .class_name()
        .split(' ')
        .any(|c| c == "deep");
    // "Start now" on index.html's page works before the app is there: a tap on a slow phone changes
    // the address to the first question while the wasm is still on its way. The start page is then
    // not the page to show, and adopting it would leave it on screen, its button doing nothing.
    let start_still_wanted = current_fragment().trim_start_matches('#').is_empty();
    if let Some(early) = early {
        match early.first_element_child() {
            Some(page) if !hidden && start_still_wanted => {
                early.remove_attribute("id").ok();
                early.set_class_name(class);
                return Some((early, page, true));
            }
            _ => early.remove(),
        }
    }
    let root = document.create_element("div").ok()?;
    root.set_class_name(class);
    let page = document.create_element("div").ok()?;
    let _ = root.append_child(&page);
    let _ = gloo::utils::body().append_child(&root);
    Some((root, page, false))
}

/// What is on screen now.
struct Current {
    state: State,
    /// A form just sent whose answer could not be used; cleared by any new fragment.
    submitted: Option<Submitted>,
    lang: Lang,
}

/// The app: what is on screen, and how to draw it again. Cheap to clone into event handlers.
#[derive(Clone)]
pub struct Shell {
    current: Rc<RefCell<Current>>,
    markup: RwSignal<String>,
    today: NaiveDate,
    default_lang: Lang,
    base_url: Rc<str>,
}

impl Shell {
    fn new() -> Shell {
        let today = today();
        let default_lang = browser_lang();
        let state = nav::resolve(&current_fragment(), today);
        let lang = state.settings.lang.unwrap_or(default_lang);
        let shell = Shell {
            current: Rc::new(RefCell::new(Current {
                state,
                submitted: None,
                lang,
            })),
            markup: RwSignal::new(String::new()),
            today,
            default_lang,
            base_url: base_url().into(),
        };
        shell.draw();
        shell
    }

    /// Reads `f` from the state on screen.
    pub fn with_state<T>(&self, f: impl FnOnce(&State) -> T) -> T {
        f(&self.current.borrow().state)
    }

    pub fn today(&self) -> NaiveDate {
        self.today
    }

    pub fn text(&self) -> &'static dyn Messages {
        messages(self.current.borrow().lang)
    }

    /// Goes to `page` with these answers.
    ///
    /// Normally each page is a history entry, so Back and Forward work; the page being left is
    /// first rewritten with the new answers, so Back returns to it with the answer still chosen.
    /// In kiosk mode every page replaces the one entry, so that after a reset the Back button can
    /// reach nothing of the previous person.
    pub fn go(&self, page: Page, answers: &Answers, from_check: bool) {
        let (here, next, kiosk) = self.with_state(|s| {
            (
                s.link(s.page, answers, s.from_check),
                s.link(page, answers, from_check),
                s.settings.kiosk,
            )
        });
        if kiosk {
            self.replace(&next);
        } else {
            history::replace(Some(&here));
            let _ = gloo::utils::window().location().set_hash(&next);
        }
    }

    /// A bad value a link gave for `q` is not written back once `q` is answered.
    pub fn forget_bad(&self, q: crate::rules::Question) {
        self.current.borrow_mut().state.forget_bad(q);
    }

    /// Shows `fragment` without adding a history entry.
    pub fn replace(&self, fragment: &str) {
        history::replace(Some(fragment));
        self.follow_url();
    }

    /// "Start again": the start page (or an embed's first question), keeping only the display
    /// settings, with the answers gone from every entry of this visit's history the app can
    /// reach (history.rs). Going back to the visit's first entry takes a moment: the start page
    /// is shown once it is there.
    pub fn start_again(&self) {
        let flat = self.with_state(|s| s.settings.kiosk);
        if history::start_again(flat) {
            self.finish_start_again();
        }
    }

    /// At the visit's first entry: writes the start page over it and shows it from its top.
    fn finish_start_again(&self) {
        let (home, flat) = self.with_state(|s| (s.settings.home_fragment(), s.settings.kiosk));
        history::finish(&home, flat);
        self.follow_url();
        gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
    }

    /// The address changed (`hashchange`) or Back or Forward went to another entry (`popstate`).
    fn address_moved(&self, changed: bool) {
        if history::moved() {
            self.finish_start_again();
        } else if changed {
            self.follow_url();
        }
    }

    /// Shows what the address bar now says, moving focus to the new page's heading (or to the
    /// error summary when the link has a problem), as the GOV.UK pattern does.
    // Kept out of line: inlined into each of its callers it cost 110 B of brotli wasm on every
    // first load (README, "Where it stands").
    #[inline(never)]
    fn follow_url(&self) {
        let state = nav::resolve(&current_fragment(), self.today);
        if reload_for_welsh(state.settings.lang.unwrap_or(self.default_lang)) {
            return;
        }
        let moved = {
            let mut current = self.current.borrow_mut();
            let id = |s: &State| s.link(s.page, &s.parsed.answers, false);
            let moved = id(&current.state) != id(&state);
            current.lang = state.settings.lang.unwrap_or(self.default_lang);
            current.state = state;
            current.submitted = None;
            moved
        };
        self.draw();
        if moved {
            focus_from_top("main h1");
        }
    }

    /// Shows the form again with the problem its answer had.
    pub fn show_problem(&self, submitted: Submitted) {
        self.current.borrow_mut().submitted = Some(submitted);
        self.draw();
    }

    /// Calls `f` with what the page on screen is drawn from.
    fn with_context<T>(&self, f: impl FnOnce(&PageContext) -> T) -> T {
        let current = self.current.borrow();
        let s = &current.state;
        let outcome = (s.page == Page::Result).then(|| assess(&s.parsed.answers, self.today));
        f(&PageContext {
            state: s,
            outcome: outcome.as_ref(),
            text: messages(current.lang),
            today: self.today,
            submitted: current.submitted.as_ref(),
            base_url: &self.base_url,
        })
    }

    /// Draws the page on screen, names it in the window title, and sets the page's language.
    fn draw(&self) {
        let (html, title, has_error, lang) = self.with_context(|c| {
            let has_error = !c.state.parsed.errors.is_empty() || c.submitted.is_some();
            let title = c.text.page_title(&view::title(c.text, c.state), has_error);
            (view::app(c), title, has_error, c.text.lang_code())
        });
        self.markup.set(html);
        if let Some(kept) = self.kept_address() {
            history::replace(Some(&kept));
        }
        gloo::utils::document().set_title(&title);
        let _ = gloo::utils::document_element().set_attribute("lang", lang);
        if has_error {
            focus_from_top(".error-summary");
        }
    }

    /// A result's address, made to keep its meaning: the start month it used and the day it was
    /// worked out (policy.md, "Links keep their meaning"). `None` when the address has them, or
    /// the page is not a result.
    fn kept_address(&self) -> Option<String> {
        self.with_context(|c| {
            let s = c.state;
            (s.page == Page::Result && s.on.is_none()).then(|| {
                let start = c.outcome.and_then(nav::kept_start);
                nav::kept_link(&s.parsed.answers, start, self.today, &s.settings)
            })
        })
    }
}

fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

/// In the build without Welsh, a change to Welsh reloads the page, so that index.html's loader
/// starts the build that has it (scripts/post-build.mjs). Only when the loader reads the address as
/// Welsh too: if the two ever read a link differently, a reload would start this build again, and
/// again; the page then stays in English.
#[cfg(not(feature = "cy"))]
fn reload_for_welsh(lang: Lang) -> bool {
    if lang != Lang::Cy {
        return false;
    }
    let window = gloo::utils::window();
    let loader_says_welsh = js_sys::Reflect::get(&window, &"prfWelsh".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&window).ok())
        .is_some_and(|v| v.is_truthy());
    loader_says_welsh && window.location().reload().is_ok()
}

/// The build with Welsh draws every language itself.
#[cfg(feature = "cy")]
fn reload_for_welsh(_lang: Lang) -> bool {
    false
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

/// Shows the page from its top, then moves focus as [`focus`] does. The pages share one document,
/// so without this a new page (or a form shown again with its error summary) would open scrolled
/// as the last one was: its heading off screen, or under adviser mode's sticky header.
pub fn focus_from_top(selector: impl Into<String>) {
    request_animation_frame(|| gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0));
    focus(selector);
}

/// Moves keyboard and screen-reader focus to the first element matching `selector`, once the
/// page has been drawn.
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
