//! The message catalogue: every word the user sees. Each language implements [`Messages`]; a
//! language that leaves out a message does not compile. Pure Rust, tested natively.

mod en;

use crate::rules::answers::{Answers, Job, Question};
use crate::rules::assess::{Change, Entry, Note, Pathway, Reason, Route};
use crate::rules::policy::{HeldQualification, Module, Region, University};
use crate::rules::{Problem, YearMonth};

pub use en::English;

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
    fn page_title(&self, page: &str, error: bool) -> String;
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
    fn problem(&self, q: Question, p: Problem) -> String;

    fn check_heading(&self) -> &'static str;
    fn change(&self) -> &'static str;
    fn check_button(&self) -> &'static str;
    fn answer_text(&self, q: Question, a: &Answers) -> String;

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

    fn region_name(&self, r: Region) -> &'static str;
    fn module_name(&self, m: Module) -> &'static str;
    fn qualification_name(&self, q: HeldQualification) -> &'static str;
    fn job_name(&self, j: Job) -> &'static str;
    fn month(&self, ym: YearMonth) -> String;
}

/// The catalogue for a language code; English unless another is known.
pub fn messages(_lang: &str) -> &'static dyn Messages {
    &English
}
