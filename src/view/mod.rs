//! What each page shows, as HTML. Pure (no leptos, web-sys or gloo), so every page is tested
//! natively and the start page can be written into `index.html` ahead of the app.
//!
//! Why strings and not `view!`: every `view!` becomes its own typed render code in the wasm; as
//! `view!` trees these pages made the wasm 353 KB, as strings 234 KB (README, Design notes). The
//! whole page is drawn again on each new fragment anyway (one question per page), so one
//! `inner_html` in the shell does the same job. The pages are maud templates: they expand to
//! plain string pushes, escape every value they splice in, and do not compile with a tag left open.

mod action;
mod calendar;
mod check;
mod form;
mod frame;
mod journey;
mod kiosk;
mod printout;
mod question;
mod result;
mod start;

pub use action::Action;
pub use calendar::ics;
pub use form::{read_answer, send, Form, Sent};
pub use frame::{app, first_field, root_class};

pub use kiosk::idle_modal;

use crate::nav::{Page, State};
use crate::rules::flow::framing;
use crate::rules::{Outcome, Problem, Question};
use crate::text::Messages;
use chrono::NaiveDate;

/// A form sent with an answer that could not be used: shown again with its values and the error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Submitted {
    pub question: Question,
    pub problem: Problem,
    pub form: Form,
}

/// Everything a page is drawn from.
pub struct PageContext<'a> {
    pub state: &'a State,
    pub outcome: Option<&'a Outcome>,
    pub text: &'static dyn Messages,
    pub today: NaiveDate,
    /// The form just sent, when its answer could not be used.
    pub submitted: Option<&'a Submitted>,
    /// The app's address without the fragment, for the QR code of the result link.
    pub base_url: &'a str,
}

impl PageContext<'_> {
    /// The problem to show on this page's question, from the form just sent or from the link.
    fn problem(&self, q: Question) -> Option<Problem> {
        match self.submitted {
            Some(s) if s.question == q => Some(s.problem),
            _ => self.state.parsed.error_for(q),
        }
    }

    /// The value a link gave for `q` that could not be used, so its message can name it.
    fn raw(&self, q: Question) -> Option<&str> {
        self.state
            .bad
            .iter()
            .find(|(b, _)| *b == q)
            .map(|(_, raw)| raw.as_str())
    }

    /// `#` and the fragment for `page` with these answers.
    fn href(&self, page: Page, answers: &crate::rules::Answers, from_check: bool) -> String {
        format!("#{}", self.state.link(page, answers, from_check))
    }

    /// The start page's link, keeping only the display settings.
    fn home(&self) -> String {
        format!("#{}", self.state.settings.home_fragment())
    }
}

/// The loading state `index.html` shows for a link to any page but the start (whose page it
/// shows instead) until the app is there: in both languages, since the link's language is not
/// known before the app reads it. Shown by CSS alone, so it needs no script of its own.
pub fn loading() -> String {
    use crate::text::{messages, Lang};
    maud::html! {
        div id="loading" class="loading" role="status" {
            @for lang in Lang::ALL {
                p.loading__text lang=(lang.code()) { (messages(lang).loading()) }
            }
            // Shown when the app has still not come (index.html's first script adds `slow`).
            @for lang in Lang::ALL {
                p.loading__slow lang=(lang.code()) { (messages(lang).loading_slow()) }
            }
        }
    }
    .into_string()
}

/// The page's name for the window title.
pub fn title(text: &dyn Messages, state: &State) -> String {
    match state.page {
        Page::Start => text.start_heading().into(),
        Page::Ask(q) => text.question_for(q, framing(&state.parsed.answers)).title,
        Page::Check => text.check_heading().into(),
        Page::Result => text.result_heading().into(),
        Page::Privacy => text.privacy_heading().into(),
    }
}
