//! Which page a fragment opens, and the fragment for going to a page. Pure, so deep links and
//! bad values are tested natively; the shell only reads and writes `location.hash`.

use crate::rules::answers::Job;
use crate::rules::assess::Route;
use crate::rules::flow::{self, Next};
use crate::rules::fragment::{pairs, percent_encode};
use crate::rules::{Answers, Outcome, Parsed, Question, YearMonth};
use crate::settings::Settings;
use crate::view::Form;
use chrono::{Datelike, NaiveDate};

/// A page of the app. Its id is the fragment's `page` value; a question's page id is its key
/// (so the start page is `intro`, since `start` is the question "when would you like to start").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    Ask(Question),
    Check,
    Result,
    Privacy,
}

impl Page {
    pub fn id(self) -> &'static str {
        match self {
            Page::Start => "intro",
            Page::Ask(q) => q.key(),
            Page::Check => "check",
            Page::Result => "result",
            Page::Privacy => "privacy",
        }
    }

    fn from_id(id: &str) -> Option<Page> {
        match id {
            "intro" => Some(Page::Start),
            "check" => Some(Page::Check),
            "result" => Some(Page::Result),
            "privacy" => Some(Page::Privacy),
            other => Question::from_key(other).map(Page::Ask),
        }
    }
}

/// Everything the shell needs from the fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub page: Page,
    pub parsed: Parsed,
    /// The person came to this question from "check your answers" and goes back there after it.
    pub from_check: bool,
    /// Raw `key=value` pairs of bad values, kept in the link until their question is answered.
    pub bad: Vec<(Question, String)>,
    /// Embed, kiosk and brand settings, kept on every page.
    pub settings: Settings,
    /// The page the link's `from` names: where the privacy page's Back link returns (with the
    /// answers, since adviser mode keeps no history to go back through).
    pub came_from: Option<Page>,
    /// The day a kept or shared result link was worked out (`on=`): a result page says so when it
    /// is opened later (policy.md, "Links keep their meaning"). Not an answer: a bad value is
    /// ignored, as an unknown key is.
    pub on: Option<NaiveDate>,
    /// What was typed or chosen on a question page but not sent, carried through the language
    /// switch; its page shows it in place of the answer given.
    pub typed: Option<Typed>,
}

/// A question page's form as it stood, unsent, when the person switched language: written into
/// the link as `typed=<question>&typed-<field>=<value>…` (see [`with_typed`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Typed {
    pub question: Question,
    pub form: Form,
}

/// The key that names the question of a [`Typed`] form, and the start of each of its fields' keys.
const TYPED: &str = "typed";
const TYPED_FIELD: &str = "typed-";

/// `link` (a fragment) with the unsent form of `question` written in, in place of any it had.
pub fn with_typed(link: &str, question: Question, form: &Form) -> String {
    let mut out: Vec<String> = link
        .trim_start_matches('#')
        .split('&')
        .filter(|part| {
            let key = part.split_once('=').map_or(*part, |(k, _)| k);
            !part.is_empty() && key != TYPED && !key.starts_with(TYPED_FIELD)
        })
        .map(str::to_string)
        .collect();
    out.push(format!("{TYPED}={}", question.key()));
    for (name, value) in &form.0 {
        let mut pair = String::from(TYPED_FIELD);
        percent_encode(name, &mut pair);
        pair.push('=');
        percent_encode(value, &mut pair);
        out.push(pair);
    }
    out.join("&")
}

impl State {
    /// The fragment for `page` with these answers, keeping this state's bad values and settings,
    /// and on the result page the day it was worked out.
    pub fn link(&self, page: Page, answers: &Answers, from_check: bool) -> String {
        let mut out = fragment_for(page, answers, &self.bad, from_check, &self.settings);
        self.keep_on(page, &mut out);
        out
    }

    fn keep_on(&self, page: Page, out: &mut String) {
        if let (Page::Result, Some(on)) = (page, self.on) {
            out.push_str("&on=");
            out.push_str(&day(on));
        }
    }

    /// The privacy page, keeping the answers and the page to return to.
    pub fn privacy_link(&self) -> String {
        let back = match self.page {
            Page::Privacy => self.came_from.unwrap_or(Page::Start),
            page => page,
        };
        let mut out = fragment_for(
            Page::Privacy,
            &self.parsed.answers,
            &self.bad,
            false,
            &self.settings,
        );
        if back != Page::Start {
            out.push_str("&from=");
            out.push_str(back.id());
        }
        out
    }

    /// Where this page's Back link goes, if it has one. An embed that opens on the first question
    /// (`home=question`) has turned the start page off: that question has no Back link, and the
    /// privacy page's goes to the first question instead.
    pub fn back(&self) -> Option<(Page, bool)> {
        let back = match self.page {
            Page::Privacy => Some((
                self.came_from
                    .filter(|p| *p != Page::Privacy)
                    .unwrap_or(Page::Start),
                false,
            )),
            page => back_from(page, &self.parsed.answers, self.from_check),
        };
        match back {
            Some((Page::Start, _)) if self.settings.home_question => match self.page {
                Page::Privacy => Some((Page::Ask(Question::ALL[0]), false)),
                _ => None,
            },
            other => other,
        }
    }

    /// This page, with these answers, in the other language, `lang`. In adviser mode the link
    /// also remembers the language the mode was in before anyone switched (the one on screen now,
    /// the first time), so that a reset gives the next person that language, not the last one's.
    pub fn link_in(&self, lang: crate::text::Lang) -> String {
        let home_lang = match self.settings.kiosk {
            true => self.settings.home_lang.or(Some(lang.other())),
            false => None,
        };
        let settings = Settings {
            lang: Some(lang),
            home_lang,
            ..self.settings.clone()
        };
        let mut out = fragment_for(
            self.page,
            &self.parsed.answers,
            &self.bad,
            self.from_check,
            &settings,
        );
        self.keep_on(self.page, &mut out);
        out
    }

    /// The question just answered has a new value (or its default): a bad value a link gave for it
    /// must not come back into the link.
    pub fn forget_bad(&mut self, q: Question) {
        self.bad.retain(|(b, _)| *b != q);
    }
}

/// The start month a kept link carries for this outcome (policy.md, "Links keep their meaning"):
/// the PQiP's intake on the PQiP routes, the first step's start on the others; none for a serving
/// PSO on the PSO pathway, whose journey starts now, or when already qualified.
pub fn kept_start(o: &Outcome) -> Option<YearMonth> {
    match o.route {
        Route::AlreadyQualified => None,
        Route::PsoPathway if o.job == Job::Pso => None,
        Route::Pqip15 | Route::Pqip21 | Route::CjlAccess | Route::PsoPathway => o.start,
    }
}

/// The link to a result that keeps its meaning when kept or passed on: the start month it used and
/// the day it was worked out (`on`), with these display settings.
pub fn kept_link(
    answers: &Answers,
    start: Option<YearMonth>,
    on: NaiveDate,
    settings: &Settings,
) -> String {
    let mut kept = answers.clone();
    if start.is_some() {
        kept.start = start;
    }
    let mut out = fragment_for(Page::Result, &kept, &[], false, settings);
    out.push_str("&on=");
    out.push_str(&day(on));
    out
}

/// A day as `YYYY-MM-DD`, written by hand: chrono's formatting would bring its whole machinery into
/// the wasm.
fn day(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// `YYYY-MM-DD`, a day no later than `today`; anything else is `None`.
fn read_day(value: &str, today: NaiveDate) -> Option<NaiveDate> {
    let mut parts = value.split('-');
    let mut number = |len: usize| {
        parts
            .next()
            .filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let (y, m, d) = (number(4)?, number(2)?, number(2)?);
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d).filter(|day| *day <= today)
}

/// Reads a fragment: a bad value opens its question; otherwise `page` if it can be shown, else the
/// first question still needed, else the result.
pub fn resolve(fragment: &str, today: NaiveDate) -> State {
    let parsed = Answers::from_fragment(fragment, today);
    let mut asked_page = None;
    let mut came_from = None;
    let mut on = None;
    let mut bad = Vec::new();
    let mut typed_question = None;
    let mut typed = Form::default();
    for (key, value) in pairs(fragment) {
        match key {
            "page" => asked_page = value.as_deref().and_then(Page::from_id),
            "from" => came_from = value.as_deref().and_then(Page::from_id),
            "on" => on = value.as_deref().and_then(|v| read_day(v, today)),
            TYPED => typed_question = value.as_deref().and_then(Question::from_key),
            _ if key.starts_with(TYPED_FIELD) => {
                if let Some(value) = value {
                    typed.0.push((key[TYPED_FIELD.len()..].to_string(), value));
                }
            }
            _ => {
                if let Some(q) = Question::from_key(key) {
                    if parsed.error_for(q).is_some() && !bad.iter().any(|(b, _)| *b == q) {
                        bad.push((q, value.unwrap_or_default()));
                    }
                }
            }
        }
    }
    let from_check = came_from == Some(Page::Check);
    let settings = Settings::from_fragment(fragment);
    let next = flow::next(&parsed.answers);
    let needed = match next {
        Next::Question(q) => Page::Ask(q),
        Next::Outcome => Page::Result,
    };
    let first_error = Question::ALL
        .into_iter()
        .find(|&q| parsed.error_for(q).is_some());
    let page = match (first_error, asked_page) {
        (Some(q), _) => Page::Ask(q),
        (None, Some(Page::Start | Page::Privacy)) => asked_page.unwrap_or(Page::Start),
        (None, Some(Page::Ask(q))) if flow::is_relevant(q, &parsed.answers) => {
            // A question may be revisited, but not skipped ahead of an earlier unanswered one.
            match next {
                Next::Question(n) if n < q => Page::Ask(n),
                _ => Page::Ask(q),
            }
        }
        (None, Some(Page::Check | Page::Result)) if next == Next::Outcome => {
            asked_page.unwrap_or(Page::Result)
        }
        // A partner's region given in advance is no one's answer yet: the start page, as for
        // no answers (a new partner editor's trial found data-region skipping it, December 2026).
        (None, None)
            if parsed.errors.is_empty()
                && (parsed.answers == Answers::default()
                    || settings.only_presets(&parsed.answers)) =>
        {
            Page::Start
        }
        (None, _) => needed,
    };
    State {
        page,
        parsed,
        from_check,
        bad,
        settings,
        came_from,
        on,
        typed: typed_question.map(|question| Typed {
            question,
            form: typed,
        }),
    }
}

/// The fragment for showing `page` with these answers, keeping bad values not yet corrected.
pub fn fragment_for(
    page: Page,
    answers: &Answers,
    bad: &[(Question, String)],
    from_check: bool,
    settings: &Settings,
) -> String {
    let mut out = format!("page={}", page.id());
    out.push_str(&settings.to_fragment());
    if from_check {
        out.push_str("&from=check");
    }
    let written = answers.to_fragment();
    if !written.is_empty() {
        out.push('&');
        out.push_str(&written);
    }
    for (q, raw) in bad {
        if answers.value(*q).is_none() {
            out.push('&');
            out.push_str(q.key());
            out.push('=');
            percent_encode(raw, &mut out);
        }
    }
    out
}

/// Where to go after answering `question`.
pub fn after_answer(question: Question, answers: &Answers, from_check: bool) -> (Page, bool) {
    if from_check {
        return match flow::next(answers) {
            Next::Question(q) => (Page::Ask(q), true),
            Next::Outcome => (Page::Check, false),
        };
    }
    match flow::after(question, answers) {
        Next::Question(q) => (Page::Ask(q), false),
        Next::Outcome => (Page::Check, false),
    }
}

/// Where the back link goes from `page`.
pub fn back_from(page: Page, answers: &Answers, from_check: bool) -> Option<(Page, bool)> {
    match page {
        Page::Start => None,
        Page::Privacy => Some((Page::Start, false)),
        Page::Ask(_) if from_check => Some((Page::Check, false)),
        Page::Ask(q) => {
            Some(flow::before(q, answers).map_or((Page::Start, false), |p| (Page::Ask(p), false)))
        }
        Page::Check => Some((
            flow::relevant(answers)
                .last()
                .map_or(Page::Start, |q| Page::Ask(*q)),
            false,
        )),
        Page::Result => Some((Page::Check, false)),
    }
}
