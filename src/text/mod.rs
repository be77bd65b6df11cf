//! The message catalogue: every word the user sees. Each language implements [`Messages`]; a
//! language that leaves out a message does not compile. Pure Rust, tested natively.

#[cfg(feature = "cy")]
mod cy;
mod en;

use crate::rules::advice::{Ask, Counting, Dates, Figure, Headline, Step};
use crate::rules::answers::{Answers, Hours, Job, Modules};
use crate::rules::assess::{Change, Entry, Note, Pathway, Reason};
use crate::rules::compare::RouteOption;
use crate::rules::flow::{framing, Framing};
use crate::rules::journey::{Journey, PartKind, Stage, StageKind};
use crate::rules::policy::{HeldQualification, Module, Published, Region, Source, University};
use crate::rules::questions::{FULL_TIME, NO, YES};
use crate::rules::Question;
use crate::rules::{Problem, YearMonth};
use crate::settings::SetupProblem;
use chrono::{Datelike, NaiveDate};

#[cfg(feature = "cy")]
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

    /// The language's name in itself, the link to it from the other language's pages. The same
    /// on every page, so it is here rather than in a catalogue: the build without Welsh still
    /// names the link to Welsh.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Cy => "Cymraeg",
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

/// The words for one choice of a question, keyed by the value the rules give it
/// ([`Question::options`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OptionWords {
    pub label: String,
    pub hint: String,
}

/// One choice on a question page: the value it sends, with its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub label: String,
    pub hint: String,
}

/// The words of one question page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionText {
    /// The page heading and legend: the question itself.
    pub title: String,
    pub hint: String,
    /// Short name for "check your answers".
    pub short: String,
}

/// Every user-facing string, in one language. Numbers in sentences are filled in from
/// [`crate::rules::policy`], never typed (`tests/catalogue.rs` fails on a digit in a message).
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
    fn privacy_promise(&self) -> &'static str;

    fn back(&self) -> &'static str;
    fn continue_button(&self) -> &'static str;
    fn error_summary_title(&self) -> &'static str;
    fn error_prefix(&self) -> &'static str;
    fn question(&self, q: Question) -> QuestionText;
    /// The title and hint of `q` where its framing changes them from [`Messages::question`]'s: the
    /// start and hours questions on the CJL and PSO routes.
    fn framed(&self, q: Question, framing: Framing) -> Option<(String, String)>;
    /// The question as this person is asked it; its short name is the same for everyone.
    fn question_for(&self, q: Question, framing: Framing) -> QuestionText {
        let text = self.question(q);
        match self.framed(q, framing) {
            Some((title, hint)) => QuestionText {
                title,
                hint,
                ..text
            },
            None => text,
        }
    }
    /// The words for the choice `value` of `q` (a value from [`Question::options`]).
    fn option(&self, q: Question, value: &str) -> OptionWords;
    fn details(&self, q: Question) -> Option<(&'static str, Vec<String>)>;
    fn none_of_these(&self, q: Question) -> &'static str;
    fn or(&self) -> &'static str;
    fn hours_label(&self) -> &'static str;
    fn month_label(&self) -> &'static str;
    /// The first start choice: the default month (the next intake), which off the PQiP routes is
    /// only our estimate for someone not sure.
    fn start_next(&self, next: YearMonth, framing: Framing) -> String;
    /// The last start choice: a month they type (on the PQiP routes, a later intake).
    fn start_other(&self, framing: Framing) -> &'static str;
    /// The PQiP start choice for someone who has applied for an intake, or holds an offer.
    fn start_applied(&self) -> OptionWords;
    /// The answer "Have you applied?" on "check your answers", after the month.
    fn applied_answer(&self) -> &'static str;
    fn year_label(&self) -> &'static str;
    /// The words for one kind of problem; `title` is the question's short name in a sentence.
    fn problem_words(&self, m: ProblemMessage, title: &str) -> String;

    fn check_heading(&self) -> &'static str;
    fn change(&self) -> &'static str;
    fn check_button(&self) -> &'static str;

    fn result_heading(&self) -> &'static str;
    fn headline(&self, h: Headline) -> &'static str;
    fn summary(&self, h: Headline) -> &'static str;
    /// The figure under the headline, and what it covers.
    fn figure(&self, f: Figure) -> (String, String);
    fn dates(&self, d: Dates) -> String;
    fn entry_name(&self, e: Entry) -> &'static str;
    /// Another way in, in words that fit the person's job (a serving PSO is never told to apply
    /// to be one).
    fn pathway_name(&self, p: Pathway, job: Job) -> String;
    fn university_heading(&self) -> &'static str;
    /// The same, inside the journey's PQiP stage (not the access courses').
    fn pqip_university_label(&self) -> &'static str;
    fn university_name(&self, u: University) -> &'static str;
    /// Where the region's university comes from, and that it may have changed; `internal` for
    /// the internal routes, who confirm it with their line manager.
    fn university_caveat(&self, internal: bool) -> String;
    fn ask_heading(&self) -> &'static str;
    /// What a contact answers.
    fn ask_label(&self, a: &Ask) -> String;
    fn recruitment_name(&self) -> &'static str;
    fn line_manager(&self) -> &'static str;
    fn email_label(&self) -> &'static str;
    fn phone_label(&self) -> &'static str;
    fn why_heading(&self) -> &'static str;
    fn why_intro(&self) -> &'static str;
    fn reason(&self, r: &Reason) -> String;
    fn changes_heading(&self) -> &'static str;
    fn change_text(&self, c: &Change) -> String;
    fn note(&self, n: &Note) -> String;
    /// Routes compared (policy.md): every journey open to them, side by side.
    fn routes_heading(&self) -> &'static str;
    fn routes_intro(&self) -> String;
    /// An option's name, in words that fit the person's job.
    fn option_name(&self, o: &RouteOption, job: Job) -> String;
    /// What an option involves: a paid PSO job; study they arrange and may pay for; the PQiP.
    fn option_involves(&self, o: &RouteOption, job: Job) -> String;
    /// "First step: …, from December 2026".
    fn option_first_step(&self, stage: Stage, journey: &Journey) -> String;
    /// When an option could qualify them; `finish_third` when it counts on finishing the third
    /// module before the PQiP starts.
    fn option_qualify(&self, by: YearMonth, finish_third: bool) -> String;
    /// A module as 002 para 30 names it (001's name is its choice's label).
    fn module_guidance_name(&self, m: Module) -> &'static str;
    fn likely_label(&self) -> &'static str;
    fn fastest_label(&self) -> &'static str;
    /// The same, when more than one option qualifies them in the same, soonest month.
    fn joint_fastest_label(&self) -> &'static str;
    /// In the panel, when another option qualifies them sooner: its name and month.
    fn faster_in_panel(&self, name: &str, by: YearMonth) -> String;
    /// Level 3 or 4 with experience: what the newer official page's Level 3 minimum would mean.
    fn if_level_3_minimum(&self, intake: YearMonth, by: YearMonth) -> String;
    /// A link opened after the day it was made (`on`): when that was.
    fn link_made(&self, on: NaiveDate) -> String;
    fn next_steps_heading(&self) -> &'static str;
    fn step(&self, s: Step) -> String;
    fn sources_heading(&self) -> &'static str;
    fn sources_intro(&self) -> &'static str;
    fn source_name(&self, s: Source) -> &'static str;
    fn published(&self, p: Published) -> String;
    fn likely_not_promise(&self) -> &'static str;
    fn start_again(&self) -> &'static str;
    fn print(&self) -> &'static str;

    // The whole journey (policy.md): the answer, the stages, and the calendar file.
    /// "You could qualify as a probation officer in April 2030".
    fn qualify_by(&self, by: YearMonth) -> String;
    /// "In about 3 years and 5 months from now, if you apply now and start the PQiP in July
    /// 2027", with every condition the month counts on.
    fn qualify_in(&self, months: u16, on: Counting) -> String;
    /// "3 years and 5 months".
    fn duration(&self, months: u16) -> String;
    fn journey_heading(&self) -> &'static str;
    /// `applied`: they have applied for the intake the journey starts the PQiP at.
    fn journey_intro(&self, applied: bool) -> String;
    fn stage_name(&self, stage: StageKind, journey: &Journey) -> String;
    fn part_name(&self, part: PartKind) -> &'static str;
    /// "January 2027 to April 2027": from the start of one month to the start of the other.
    fn span(&self, from: YearMonth, to: YearMonth) -> String;
    fn journey_today(&self) -> &'static str;
    fn journey_qualified(&self) -> &'static str;
    /// The CJL route: the qualifying month with the 15-month PQiP.
    fn if_short_pqip(&self, by: YearMonth, instead: YearMonth) -> String;
    fn calendar_button(&self) -> &'static str;
    fn calendar_hint(&self) -> &'static str;
    /// A calendar entry at the start of a stage.
    fn calendar_stage(&self, stage: StageKind, journey: &Journey) -> String;
    fn calendar_qualify(&self) -> &'static str;
    /// Each calendar entry's description: an estimate, worked out on `on`.
    fn calendar_description(&self, on: NaiveDate) -> String;
    /// The printout's line before the address of the result.
    fn printout_link(&self) -> &'static str;

    fn idle_title(&self) -> &'static str;
    fn idle_body(&self, seconds: u32) -> String;
    fn still_here(&self) -> &'static str;
    fn qr_caption(&self) -> &'static str;
    fn qr_alt(&self) -> &'static str;

    fn privacy_heading(&self) -> &'static str;
    /// `framed`: shown inside a partner's page, whose address bar holds the partner's address.
    fn privacy_paragraphs(&self, framed: bool) -> &'static [&'static str];

    /// A qualification's name on its own (Welsh: in its radical form).
    fn qualification_name(&self, q: HeldQualification) -> &'static str;
    /// The month names, January first.
    fn month_names(&self) -> &'static [&'static str; 12];
    /// A small count in words ("three"), for module and university counts.
    fn count_word(&self, n: usize) -> &'static str;
    fn none_answer(&self) -> &'static str;
    fn months_count(&self, months: u16) -> String;
    /// "at least 3 months": the access route's Level 4 course takes "from three months" (001).
    fn at_least_months(&self, months: u16) -> String;
    /// A stage's months as its sources give them: the Level 4 access course's are a minimum.
    fn stage_months(&self, stage: StageKind, months: u16) -> String {
        match stage {
            StageKind::AccessLevel4 => self.at_least_months(months),
            _ => self.months_count(months),
        }
    }
    /// Where to act (policy.md): the official pages to register interest and to apply. Links that
    /// send nothing until followed, and open in a new tab.
    fn register_interest(&self) -> &'static str;
    fn how_to_apply(&self) -> &'static str;
    fn part_time(&self, hours: Hours) -> String;
    /// The accessible name of the language switch.
    fn language_label(&self) -> &'static str;

    // ---- Partners and advisers (issue 14) ----

    /// The start page's promise inside a partner's frame, whose address never changes, so a reload
    /// loses the answers.
    fn privacy_promise_embed(&self) -> &'static str;
    /// The notice for a partner site's editor, shown only in preview: the embed settings that
    /// could not be used, or that every one could.
    fn setup_notice_title(&self) -> &'static str;
    fn setup_notice_intro(&self) -> &'static str;
    /// One setting that could not be used, and what is used instead.
    fn setup_problem(&self, p: SetupProblem) -> String;
    fn setup_notice_guide(&self) -> &'static str;
    fn setup_notice_ok(&self) -> &'static str;
    /// That visitors do not see the notice, and how the editor turns it off.
    fn setup_notice_preview(&self) -> &'static str;
    /// The control that shows the result's QR code outside adviser mode.
    fn qr_show(&self) -> &'static str;
    /// The printout's summary of the answers, and the date it was made.
    fn printout_heading(&self) -> &'static str;
    fn printout_made(&self, date: NaiveDate) -> String;
    /// Under the tool's name at the top of the printout: where to find the tool again.
    fn printout_address(&self, address: &str) -> String;
    /// Adviser mode's control in the header that shows the result's QR code.
    fn qr_control(&self) -> &'static str;
    /// Under the QR code's place when its encoder could not be loaded (offline, never kept).
    fn qr_failed(&self) -> &'static str;
    /// index.html's loading state for a link to a page other than the start.
    fn loading(&self) -> &'static str;
    /// Under it, when the app has still not come after a while (index.html's first script).
    fn loading_slow(&self) -> &'static str;

    // ---- Provided: the same in every language, built from the words above. ----

    /// The choices of a question page: the rules' values with this language's words.
    fn choices(&self, q: Question) -> Vec<Choice> {
        q.options()
            .into_iter()
            .map(|value| {
                let OptionWords { label, hint } = self.option(q, value);
                Choice { value, label, hint }
            })
            .collect()
    }
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
    /// language (see [`ProblemMessage::of`]); only the words differ. `raw` is the value a link
    /// gave, when there was one, so that a message can name what it could not use.
    fn problem(&self, q: Question, p: Problem, raw: Option<&str>) -> String {
        self.problem_words(ProblemMessage::of(q, p, raw), &self.short_in_sentence(q))
    }
    fn page_title(&self, page: &str, error: bool) -> String {
        if error {
            format!("{} {page} – {}", self.error_prefix(), self.service_name())
        } else {
            format!("{page} – {}", self.service_name())
        }
    }
    /// A day's date, as "24 November 2026".
    fn date(&self, d: NaiveDate) -> String {
        let index = (d.month() as usize).saturating_sub(1);
        let name = self.month_names().get(index).copied().unwrap_or("");
        format!("{} {name} {}", d.day(), d.year())
    }
    fn month(&self, ym: YearMonth) -> String {
        let index = (ym.month() as usize).saturating_sub(1);
        let name = self.month_names().get(index).copied().unwrap_or("");
        format!("{name} {}", ym.year())
    }
    fn label(&self, q: Question, value: &str) -> String {
        self.option(q, value).label
    }
    fn region_name(&self, r: Region) -> String {
        self.label(Question::Region, r.slug())
    }
    fn module_name(&self, m: Module) -> String {
        self.label(Question::Done, m.slug())
    }
    /// An answer as "check your answers" shows it: the words of the choice the person made. `next`
    /// is the month the first start choice stands for (the next intake), named as on its page.
    fn answer_text(&self, q: Question, a: &Answers, next: YearMonth) -> String {
        let modules = |m: Option<Modules>| match m {
            Some(m) if !m.is_empty() => m
                .iter()
                .map(|x| self.module_name(x))
                .collect::<Vec<_>>()
                .join(", "),
            _ => self.none_answer().to_string(),
        };
        let chosen = |value: Option<String>| value.map_or_else(String::new, |v| self.label(q, &v));
        match q {
            Question::Qualified => self.label(q, a.qualified_or_default().slug()),
            Question::QualYear => a.qualyear.map_or_else(String::new, |y| y.to_string()),
            Question::Overseas => self.label(q, if a.overseas_or_default() { YES } else { NO }),
            Question::Level
            | Question::Job
            | Question::Credits5
            | Question::Exp
            | Question::L3vq
            | Question::Region => chosen(a.value(q)),
            Question::Service => a.service.map_or_else(String::new, |m| self.months_count(m)),
            Question::Done => modules(a.done),
            Question::Doing => modules(a.doing),
            Question::Hours => {
                let h = a.hours_or_default();
                if h.is_full_time() {
                    self.label(q, FULL_TIME)
                } else {
                    self.part_time(h)
                }
            }
            Question::Start => match a.start {
                None => self.start_next(next, framing(a)),
                Some(s) if a.applied_or_default() => {
                    format!("{} ({})", self.month(s), self.applied_answer())
                }
                Some(s) => self.month(s),
            },
            Question::Diploma => a.diploma.map_or_else(
                || self.label(q, crate::rules::questions::DIPLOMA_UNSURE),
                |d| self.month(d),
            ),
            Question::Applied => self.label(q, if a.applied_or_default() { YES } else { NO }),
        }
    }
}

/// Weekly hours given in tenths, as people write them: `37`, `22.2`.
pub fn tenths(t: u16) -> String {
    match t % 10 {
        0 => (t / 10).to_string(),
        tenth => format!("{}.{tenth}", t / 10),
    }
}

/// The month a person typed, as a number: `12`, `December`, `dec` or `Rhagfyr`, in either
/// language, whatever the page's language (people type what they know).
pub fn month_number(typed: &str) -> Option<u32> {
    let typed = typed.trim().to_ascii_lowercase();
    if let Ok(n) = typed.parse::<u32>() {
        return (1..=12).contains(&n).then_some(n);
    }
    // Three letters are enough in both languages ("Meh" is Mehefin, "Maw" Mawrth, "Mai" is
    // whole), but "Ma" is not.
    if typed.chars().count() < 3 {
        return None;
    }
    Lang::ALL.into_iter().find_map(|lang| {
        messages(lang)
            .month_names()
            .iter()
            .position(|name| name.to_ascii_lowercase().starts_with(&typed))
            .and_then(|i| u32::try_from(i + 1).ok())
    })
}

/// Which message a problem with an answer gets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemMessage {
    /// A module the link names that is not one of the four, as the link wrote it.
    UnknownModule(String),
    ModulesDoneMissing,
    ModulesDoneAndDoing,
    ModulesDoingMissing,
    HoursMissing,
    /// Part time chosen, and no hours typed.
    HoursPartTimeMissing,
    HoursNotANumber,
    HoursTooPrecise,
    /// Fewer than part time allows: enter at least its least.
    HoursBelowPartTime,
    /// More than part time allows, less than full time: enter at most its most, or choose full time.
    HoursAbovePartTime,
    /// More than full time: choose full time, or enter part-time hours.
    HoursAboveFullTime,
    StartInPast {
        earliest: YearMonth,
    },
    StartOutOfRange {
        first: YearMonth,
        last: YearMonth,
    },
    StartNotAMonth,
    /// The month box of a typed month is not a month.
    MonthBox,
    /// The year box of a typed month is not a year.
    YearBox {
        example: i32,
    },
    /// A PQiP start sooner than applying allows, for someone who has not applied.
    StartTooSoon {
        earliest: YearMonth,
    },
    DiplomaInPast {
        earliest: YearMonth,
    },
    DiplomaOutOfRange {
        first: YearMonth,
        last: YearMonth,
    },
    DiplomaNotAMonth,
    ServiceOutOfRange {
        max: u32,
    },
    ServiceMissing,
    ServiceNotANumber,
    YearOutOfRange {
        min: u32,
        max: u32,
    },
    YearMissing,
    YearNotANumber,
    GivenTwice,
    Unreadable,
    Missing,
    NotAChoice,
}

impl ProblemMessage {
    pub fn of(q: Question, p: Problem, raw: Option<&str>) -> ProblemMessage {
        use ProblemMessage as M;
        match (q, p) {
            (Question::Done | Question::Doing, Problem::UnknownModule) => {
                let unknown = raw.unwrap_or_default().split(',').map(str::trim).find(|s| {
                    !s.is_empty() && Module::from_slug(&s.to_ascii_lowercase()).is_none()
                });
                let name = unknown.map(without_controls);
                match name {
                    // Long enough to name, short enough to read in a sentence.
                    Some(s) if !s.is_empty() && s.chars().count() <= 40 => {
                        M::UnknownModule(isolated(&s))
                    }
                    _ if q == Question::Done => M::ModulesDoneMissing,
                    _ => M::ModulesDoingMissing,
                }
            }
            (Question::Done, _) => M::ModulesDoneMissing,
            (Question::Doing, Problem::DoneAndDoing) => M::ModulesDoneAndDoing,
            (Question::Doing, _) => M::ModulesDoingMissing,
            (Question::Hours, Problem::Empty) => M::HoursMissing,
            (Question::Hours, Problem::NoPartTimeHours) => M::HoursPartTimeMissing,
            (Question::Hours, Problem::HoursTooPrecise) => M::HoursTooPrecise,
            (Question::Hours, Problem::HoursBelowPartTime) => M::HoursBelowPartTime,
            (Question::Hours, Problem::HoursAbovePartTime) => M::HoursAbovePartTime,
            (Question::Hours, Problem::HoursAboveFullTime) => M::HoursAboveFullTime,
            (Question::Hours, _) => M::HoursNotANumber,
            (Question::Start | Question::Diploma, Problem::NotAMonthOfTheYear) => M::MonthBox,
            (Question::Start | Question::Diploma, Problem::NotAYear { example }) => {
                M::YearBox { example }
            }
            (Question::Start, Problem::TooSoonToApply { earliest }) => M::StartTooSoon { earliest },
            (Question::Start, Problem::MonthInPast { earliest }) => M::StartInPast { earliest },
            (Question::Start, Problem::MonthOutOfRange { first, last }) => {
                M::StartOutOfRange { first, last }
            }
            (Question::Start, _) => M::StartNotAMonth,
            (Question::Diploma, Problem::MonthInPast { earliest }) => M::DiplomaInPast { earliest },
            (Question::Diploma, Problem::MonthOutOfRange { first, last }) => {
                M::DiplomaOutOfRange { first, last }
            }
            (Question::Diploma, _) => M::DiplomaNotAMonth,
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

/// A value from a link as it may be shown: without control characters (NUL and the like) and
/// without the direction controls (the explicit embeddings, overrides and isolates, and the three
/// marks). A link could otherwise use them to make the text around it read backwards, a made-up
/// phone number say, in the app's own words.
pub fn without_controls(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if !matches!(c, '\0'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{061C}' | '\u{200E}' | '\u{200F}'
            | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        {
            out.push(c);
        }
    }
    out
}

/// A value to be named inside a sentence: without control characters, and between a first-strong
/// isolate and its end (U+2068, U+2069, what `<bdi>` does in markup), so that letters written right
/// to left inside it cannot move the sentence's own words or numbers either.
pub fn isolated(value: &str) -> String {
    let mut out = String::from('\u{2068}');
    out.push_str(&without_controls(value));
    out.push('\u{2069}');
    out
}

/// The catalogue of a language.
#[cfg(feature = "cy")]
pub fn messages(lang: Lang) -> &'static dyn Messages {
    match lang {
        Lang::En => &English,
        Lang::Cy => &Welsh,
    }
}

/// The catalogue of a language, in the build without Welsh: it is only drawn in Welsh when the
/// page loader and the app read a link's language differently (app/mod.rs reloads the page for
/// Welsh otherwise), and English is then the one it has.
#[cfg(not(feature = "cy"))]
pub fn messages(_lang: Lang) -> &'static dyn Messages {
    &English
}
