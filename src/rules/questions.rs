//! What the app can ask: every question, its key (the fragment key and the page id), the values
//! its choices send and the names of its form fields. The views, the form reader and the link
//! codec all use these names; the catalogue only gives them words.

use super::answers::Job;
use super::policy::{HeldQualification, Module, Region, LEVEL_MAX};

/// Every question the app can ask. Its key is both the fragment key and the page id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Question {
    Qualified,
    QualYear,
    Level,
    Overseas,
    Job,
    Service,
    /// A serving PSO below Level 3: when they expect to finish the Level 3 Diploma.
    Diploma,
    Credits5,
    Exp,
    L3vq,
    Done,
    Doing,
    Region,
    Hours,
    Start,
    /// Whether they have already applied for, or hold an offer for, the PQiP intake in `start`.
    /// Answered on the start page, never on a page of its own.
    Applied,
}

impl Question {
    /// In the order the questionnaire asks them.
    pub const ALL: [Question; 16] = [
        Question::Qualified,
        Question::QualYear,
        Question::Level,
        Question::Overseas,
        Question::Job,
        Question::Service,
        Question::Diploma,
        Question::Credits5,
        Question::Exp,
        Question::L3vq,
        Question::Done,
        Question::Doing,
        Question::Region,
        Question::Hours,
        Question::Start,
        Question::Applied,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Question::Qualified => "qualified",
            Question::QualYear => "qualyear",
            Question::Level => "level",
            Question::Overseas => "overseas",
            Question::Job => "job",
            Question::Service => "service",
            Question::Diploma => "diploma",
            Question::Credits5 => "credits5",
            Question::Exp => "exp",
            Question::L3vq => "l3vq",
            Question::Done => "done",
            Question::Doing => "doing",
            Question::Region => "region",
            Question::Hours => "hours",
            Question::Start => "start",
            Question::Applied => "applied",
        }
    }

    pub fn from_key(key: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.key() == key)
    }

    /// Whether the contract gives a default when the key is absent (so the flow need not ask).
    pub fn has_default(self) -> bool {
        match self {
            Question::Qualified
            | Question::Overseas
            | Question::Doing
            | Question::Hours
            | Question::Start
            | Question::Applied
            | Question::Diploma => true,
            Question::QualYear
            | Question::Level
            | Question::Job
            | Question::Service
            | Question::Credits5
            | Question::Exp
            | Question::L3vq
            | Question::Done
            | Question::Region => false,
        }
    }
}

/// The value a yes/no question sends for "yes".
pub const YES: &str = "yes";
/// The value a yes/no question sends for "no".
pub const NO: &str = "no";
/// The hours question's value for full time (the fragment's value too).
pub const FULL_TIME: &str = "37";
/// The hours question's value for part time; the hours are in [`HOURS_PART_FIELD`].
pub const PART_TIME: &str = "part";
/// The text box for part-time hours.
pub const HOURS_PART_FIELD: &str = "hours-part";
/// The start question's value for "the next intake" (no `start` in the fragment).
pub const START_NEXT: &str = "next";
/// The start question's value for a month the person types.
pub const START_OTHER: &str = "other";
/// The start question's value for "I have already applied, or hold an offer" (PQiP routes), with
/// the intake's month typed.
pub const START_APPLIED: &str = "applied";
/// The text boxes of a typed start month.
pub const START_MONTH_FIELD: &str = "start-month";
pub const START_YEAR_FIELD: &str = "start-year";
/// The text boxes of the month of the intake someone has applied for.
pub const APPLIED_MONTH_FIELD: &str = "applied-month";
pub const APPLIED_YEAR_FIELD: &str = "applied-year";
/// The Diploma question's value for "not sure" (no `diploma` in the fragment).
pub const DIPLOMA_UNSURE: &str = "unsure";
/// The Diploma question's value for a month the person types.
pub const DIPLOMA_MONTH: &str = "month";
/// The text boxes of the month they expect to finish the Diploma.
pub const DIPLOMA_MONTH_FIELD: &str = "diploma-month";
pub const DIPLOMA_YEAR_FIELD: &str = "diploma-year";
/// The checkbox that says "none of these" on the module questions.
pub const NONE_OF_THESE: &str = "none";

/// The levels a person can choose, as the fragment writes them.
const LEVEL_VALUES: [&str; LEVEL_MAX as usize + 1] = ["0", "1", "2", "3", "4", "5", "6", "7", "8"];

impl Question {
    /// The values its choices send, in the order shown; empty for questions answered in text
    /// boxes. The catalogue gives each value its words.
    pub fn options(self) -> Vec<&'static str> {
        match self {
            Question::Qualified => HeldQualification::ALL.iter().map(|q| q.slug()).collect(),
            Question::Level => LEVEL_VALUES.to_vec(),
            Question::Overseas
            | Question::Credits5
            | Question::Exp
            | Question::L3vq
            | Question::Applied => vec![YES, NO],
            Question::Job => Job::ALL.iter().map(|j| j.slug()).collect(),
            Question::Done | Question::Doing => Module::ALL.iter().map(|m| m.slug()).collect(),
            Question::Region => Region::ALL.iter().map(|r| r.slug()).collect(),
            Question::Hours => vec![FULL_TIME, PART_TIME],
            Question::Start => vec![START_NEXT, START_APPLIED, START_OTHER],
            Question::Diploma => vec![DIPLOMA_UNSURE, DIPLOMA_MONTH],
            Question::QualYear | Question::Service => Vec::new(),
        }
    }
}
