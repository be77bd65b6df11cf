//! The message catalogue: every word the user sees. Each language implements [`Messages`]; a
//! language that leaves out a message does not compile. Pure Rust, tested natively.

mod cy;
mod en;

use crate::rules::answers::{Answers, Hours, Job, Modules};
use crate::rules::assess::{Change, Entry, Note, Pathway, Reason, Route};
use crate::rules::policy::{HeldQualification, Module, Region, University};
use crate::rules::Question;
use crate::rules::{Problem, YearMonth};

pub use cy::Welsh;
pub use en::English;

/// The languages of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Cy,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cy];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The other language, for the switch link.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Cy,
            Lang::Cy => Lang::En,
        }
    }

    /// The language of the browser's first preference that we have, English otherwise.
    pub fn preferred<'a>(languages: impl IntoIterator<Item = &'a str>) -> Lang {
        match languages.into_iter().next() {
            Some(l) if l.to_ascii_lowercase().starts_with("cy") => Lang::Cy,
            _ => Lang::En,
        }
    }
}

/// One choice on a question page: its value in the fragment, its label and an optional hint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
}

/// The words of one question page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionText {
    /// The page heading and legend: the question itself.
    pub title: &'static str,
    pub hint: &'static str,
    /// Short name for "check your answers".
    pub short: &'static str,
}

/// Every user-facing string, in one language.
pub trait Messages: Sync {
    fn lang_code(&self) -> &'static str;
    fn service_name(&self) -> &'static str;
    fn skip_link(&self) -> &'static str;
    fn privacy_link(&self) -> &'static str;
    fn footer_note(&self) -> &'static str;

    fn start_heading(&self) -> &'static str;
    fn start_paragraphs(&self) -> &'static [&'static str];
    fn start_list_intro(&self) -> &'static str;
    fn start_list(&self) -> &'static [&'static str];
    fn start_button(&self) -> &'static str;
    fn policy_date(&self, checked: YearMonth) -> String;
    fn privacy_promise(&self) -> &'static str;

    fn back(&self) -> &'static str;
    fn continue_button(&self) -> &'static str;
    fn error_summary_title(&self) -> &'static str;
    fn error_prefix(&self) -> &'static str;
    fn question(&self, q: Question) -> QuestionText;
    fn choices(&self, q: Question) -> &'static [Choice];
    fn details(&self, q: Question) -> Option<(&'static str, &'static [&'static str])>;
    fn none_of_these(&self, q: Question) -> &'static str;
    fn or(&self) -> &'static str;
    fn hours_label(&self) -> &'static str;
    fn month_label(&self) -> &'static str;
    fn start_next(&self, next: YearMonth) -> String;
    fn start_other(&self) -> &'static str;
    fn year_label(&self) -> &'static str;
    /// The words for one kind of problem; `title` is the question's short name in a sentence.
    fn problem_words(&self, m: ProblemMessage, title: &str) -> String;

    fn check_heading(&self) -> &'static str;
    fn change(&self) -> &'static str;
    fn check_button(&self) -> &'static str;

    fn result_heading(&self) -> &'static str;
    fn route_title(&self, r: Route) -> &'static str;
    fn route_summary(&self, r: Route) -> &'static str;
    fn entry_name(&self, e: Entry) -> &'static str;
    fn pathway_name(&self, p: Pathway) -> &'static str;
    fn duration(&self, months: u16) -> String;
    fn finish_line(&self, start: YearMonth, finish: YearMonth) -> String;
    fn conditional_line(&self) -> &'static str;
    fn university_heading(&self) -> &'static str;
    fn university_name(&self, u: University) -> &'static str;
    fn any_cjl_provider(&self) -> &'static str;
    fn no_contact(&self) -> String;
    fn email_label(&self) -> &'static str;
    fn phone_label(&self) -> &'static str;
    fn why_heading(&self) -> &'static str;
    fn why_intro(&self) -> &'static str;
    fn reason(&self, r: &Reason) -> String;
    fn changes_heading(&self) -> &'static str;
    fn change_text(&self, c: &Change) -> String;
    fn note(&self, n: &Note) -> String;
    fn alternatives_heading(&self) -> &'static str;
    fn next_steps_heading(&self) -> &'static str;
    fn next_steps(&self, r: Route) -> &'static [&'static str];
    fn sources_heading(&self) -> &'static str;
    fn sources(&self) -> &'static [&'static str];
    fn likely_not_promise(&self) -> &'static str;
    fn start_again(&self) -> &'static str;
    fn print(&self) -> &'static str;

    fn idle_title(&self) -> &'static str;
    fn idle_body(&self, seconds: u32) -> String;
    fn still_here(&self) -> &'static str;
    fn qr_caption(&self) -> &'static str;
    fn qr_alt(&self) -> &'static str;

    fn privacy_heading(&self) -> &'static str;
    fn privacy_paragraphs(&self) -> &'static [&'static str];

    fn qualification_name(&self, q: HeldQualification) -> &'static str;
    /// The month names, January first.
    fn month_names(&self) -> &'static [&'static str; 12];
    /// "Yes" and "No" as an answer is shown on "check your answers".
    fn yes_no(&self, yes: bool) -> &'static str;
    fn none_answer(&self) -> &'static str;
    fn months_count(&self, months: u16) -> String;
    fn full_time(&self) -> &'static str;
    fn part_time(&self, hours: Hours) -> String;
    fn next_start_answer(&self) -> &'static str;
    /// Shown on the other language's pages as the link to this one.
    fn language_name(&self) -> &'static str;
    /// The accessible name of the language switch.
    fn language_label(&self) -> &'static str;

    // ---- Provided: the same in every language, built from the words above. ----

    /// A question's short name inside a sentence: its first letter in lower case, so that
    /// abbreviations such as "UK" and "PSO" keep their capitals.
    fn short_in_sentence(&self, q: Question) -> String {
        let short = self.question(q).short;
        let mut chars = short.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_ascii_lowercase().to_string() + chars.as_str()
        })
    }
    /// The message for a bad or missing answer: which message is chosen the same way in every
    /// language (see [`ProblemMessage::of`]); only the words differ.
    fn problem(&self, q: Question, p: Problem) -> String {
        self.problem_words(ProblemMessage::of(q, p), &self.short_in_sentence(q))
    }
    fn page_title(&self, page: &str, error: bool) -> String {
        if error {
            format!("{} {page} – {}", self.error_prefix(), self.service_name())
        } else {
            format!("{page} – {}", self.service_name())
        }
    }
    fn month(&self, ym: YearMonth) -> String {
        let index = (ym.month() as usize).saturating_sub(1);
        let name = self.month_names().get(index).copied().unwrap_or("");
        format!("{name} {}", ym.year())
    }
    fn label(&self, q: Question, value: &str) -> &'static str {
        self.choices(q)
            .iter()
            .find(|c| c.value == value)
            .map_or("", |c| c.label)
    }
    fn region_name(&self, r: Region) -> &'static str {
        self.label(Question::Region, r.slug())
    }
    fn module_name(&self, m: Module) -> &'static str {
        self.label(Question::Done, m.slug())
    }
    fn job_name(&self, j: Job) -> &'static str {
        self.label(Question::Job, j.slug())
    }
    /// An answer as "check your answers" shows it.
    fn answer_text(&self, q: Question, a: &Answers) -> String {
        let yes_no = |b: Option<bool>| b.map_or(String::new(), |b| self.yes_no(b).to_string());
        let modules = |m: Option<Modules>| match m {
            Some(m) if !m.is_empty() => m
                .iter()
                .map(|x| self.module_name(x))
                .collect::<Vec<_>>()
                .join(", "),
            _ => self.none_answer().to_string(),
        };
        match q {
            Question::Qualified => self
                .qualification_name(a.qualified_or_default())
                .to_string(),
            Question::QualYear => a.qualyear.map_or_else(String::new, |y| y.to_string()),
            Question::Level => a
                .level
                .map_or_else(String::new, |l| self.label(q, &l.to_string()).to_string()),
            Question::Overseas => yes_no(Some(a.overseas_or_default())),
            Question::Job => a
                .job
                .map_or_else(String::new, |j| self.job_name(j).to_string()),
            Question::Service => a.service.map_or_else(String::new, |m| self.months_count(m)),
            Question::Credits5 => yes_no(a.credits5),
            Question::Exp => yes_no(a.exp),
            Question::L3vq => yes_no(a.l3vq),
            Question::Done => modules(a.done),
            Question::Doing => modules(a.doing),
            Question::Region => a
                .region
                .map_or_else(String::new, |r| self.region_name(r).to_string()),
            Question::Hours => {
                let h = a.hours_or_default();
                if h.is_full_time() {
                    self.full_time().to_string()
                } else {
                    self.part_time(h)
                }
            }
            Question::Start => a
                .start
                .map_or_else(|| self.next_start_answer().to_string(), |s| self.month(s)),
        }
    }
}

/// Which message a problem with an answer gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemMessage {
    ModulesDoneMissing,
    ModulesDoneAndDoing,
    ModulesDoingMissing,
    HoursMissing,
    HoursNotAllowed,
    StartOutOfRange { first: YearMonth, last: YearMonth },
    StartNotAMonth,
    ServiceOutOfRange { max: u32 },
    ServiceMissing,
    ServiceNotANumber,
    YearOutOfRange { min: u32, max: u32 },
    YearMissing,
    YearNotANumber,
    GivenTwice,
    Unreadable,
    Missing,
    NotAChoice,
}

impl ProblemMessage {
    pub fn of(q: Question, p: Problem) -> ProblemMessage {
        use ProblemMessage as M;
        match (q, p) {
            (Question::Done, _) => M::ModulesDoneMissing,
            (Question::Doing, Problem::DoneAndDoing) => M::ModulesDoneAndDoing,
            (Question::Doing, _) => M::ModulesDoingMissing,
            (Question::Hours, Problem::Empty) => M::HoursMissing,
            (Question::Hours, _) => M::HoursNotAllowed,
            (Question::Start, Problem::MonthOutOfRange { first, last }) => {
                M::StartOutOfRange { first, last }
            }
            (Question::Start, _) => M::StartNotAMonth,
            (Question::Service, Problem::OutOfRange { max, .. }) => M::ServiceOutOfRange { max },
            (Question::Service, Problem::Empty) => M::ServiceMissing,
            (Question::Service, _) => M::ServiceNotANumber,
            (Question::QualYear, Problem::OutOfRange { min, max }) => {
                M::YearOutOfRange { min, max }
            }
            (Question::QualYear, Problem::Empty) => M::YearMissing,
            (Question::QualYear, _) => M::YearNotANumber,
            (_, Problem::GivenTwice) => M::GivenTwice,
            (_, Problem::BadEncoding) => M::Unreadable,
            (_, Problem::Empty) => M::Missing,
            (_, _) => M::NotAChoice,
        }
    }
}

/// The catalogue of a language.
pub fn messages(lang: Lang) -> &'static dyn Messages {
    match lang {
        Lang::En => &English,
        Lang::Cy => &Welsh,
    }
}
