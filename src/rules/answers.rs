//! Typed answers and their checks: what each value must be, and the problem when it is not.

use super::calendar::YearMonth;
use super::policy::{
    self, HeldQualification, Module, Region, FULL_TIME_TENTHS, LEVEL_MAX, PART_TIME_MAX_TENTHS,
    PART_TIME_MIN_TENTHS, QUALYEAR_FIRST, SERVICE_MAX,
};
use super::questions::{Question, NO, YES};
use chrono::{Datelike, NaiveDate};

/// The person's current job (000: internal pathways).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Job {
    None,
    /// A Probation Services Officer in the Probation Service.
    Pso,
    /// Other Ministry of Justice staff.
    Moj,
}

impl Job {
    pub const ALL: [Job; 3] = [Job::None, Job::Pso, Job::Moj];

    pub fn slug(self) -> &'static str {
        match self {
            Job::None => "none",
            Job::Pso => "pso",
            Job::Moj => "moj",
        }
    }

    pub fn from_slug(s: &str) -> Option<Job> {
        Job::ALL.into_iter().find(|j| j.slug() == s)
    }
}

/// A set of knowledge modules, written in a fixed order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Modules(u8);

impl Modules {
    pub const NONE: Modules = Modules(0);

    fn bit(m: Module) -> u8 {
        match m {
            Module::Crime => 1,
            Module::Cjs => 2,
            Module::Penal => 4,
            Module::Rehab => 8,
        }
    }

    pub fn from_bits(bits: u8) -> Modules {
        Modules(bits & 0b1111)
    }

    pub fn with(self, m: Module) -> Modules {
        Modules(self.0 | Self::bit(m))
    }

    pub fn contains(self, m: Module) -> bool {
        self.0 & Self::bit(m) != 0
    }

    /// A byte, as the outcome stores it: there are four modules.
    pub fn len(self) -> u8 {
        self.0.count_ones() as u8
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Module> {
        Module::ALL.into_iter().filter(move |m| self.contains(*m))
    }

    pub fn overlaps(self, other: Modules) -> bool {
        self.0 & other.0 != 0
    }

    pub fn without(self, other: Modules) -> Modules {
        Modules(self.0 & !other.0)
    }
}

impl FromIterator<Module> for Modules {
    fn from_iter<I: IntoIterator<Item = Module>>(iter: I) -> Modules {
        iter.into_iter().fold(Modules::NONE, Modules::with)
    }
}

/// Weekly hours in tenths of an hour: 370 full time, or 222 to 296 part time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hours(u16);

impl Hours {
    pub const FULL_TIME: Hours = Hours(FULL_TIME_TENTHS);

    /// `None` unless the tenths are full time or within the part-time band.
    pub fn from_tenths(tenths: u16) -> Option<Hours> {
        (tenths == FULL_TIME_TENTHS
            || (PART_TIME_MIN_TENTHS..=PART_TIME_MAX_TENTHS).contains(&tenths))
        .then_some(Hours(tenths))
    }

    pub fn tenths(self) -> u16 {
        self.0
    }

    pub fn is_full_time(self) -> bool {
        self.0 == FULL_TIME_TENTHS
    }
}

impl std::fmt::Display for Hours {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 % 10 {
            0 => write!(f, "{}", self.0 / 10),
            tenth => write!(f, "{}.{}", self.0 / 10, tenth),
        }
    }
}

/// Everything the person has told us. `None` is "not answered"; for the keys with a contract
/// default, the `*_or_default` methods give the value the rules use.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub level: Option<u8>,
    pub overseas: Option<bool>,
    pub done: Option<Modules>,
    pub doing: Option<Modules>,
    pub exp: Option<bool>,
    pub l3vq: Option<bool>,
    pub job: Option<Job>,
    pub service: Option<u16>,
    pub credits5: Option<bool>,
    pub region: Option<Region>,
    pub hours: Option<Hours>,
    pub start: Option<YearMonth>,
    pub qualified: Option<HeldQualification>,
    pub qualyear: Option<u16>,
    /// Already applied for, or holding an offer for, the PQiP intake in `start`.
    pub applied: Option<bool>,
    /// When a serving PSO below Level 3 expects to finish the Level 3 Diploma.
    pub diploma: Option<YearMonth>,
}

/// What is wrong with one value. Each names what would be right, so the message can say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Nothing was given.
    Empty,
    /// Not one of the offered choices.
    NotAChoice,
    /// Not a whole number.
    NotAWholeNumber,
    /// A whole number outside the range.
    OutOfRange { min: u32, max: u32 },
    /// Hours that are not a number of hours (`abc`, `-5`, `25.`).
    HoursNotANumber,
    /// Hours with more than one decimal place.
    HoursTooPrecise,
    /// Fewer hours than part time allows (below 22.2).
    HoursBelowPartTime,
    /// More than part time allows, but not full time (29.7 to 36.9).
    HoursAbovePartTime,
    /// More than full time (over 37).
    HoursAboveFullTime,
    /// Part time chosen, with no hours typed.
    NoPartTimeHours,
    /// Not a month written as `YYYY-MM`.
    NotAMonth,
    /// A typed month whose month box is not a month (`13`, `Smarch`); the year is fine.
    NotAMonthOfTheYear,
    /// A typed month whose year box is not a four-digit year; the month is fine. `example` is a
    /// year to show, this year.
    NotAYear { example: i32 },
    /// A PQiP start sooner than applying allows (about six months, policy.md), for someone who
    /// has not applied: `earliest` is the first intake they could join.
    TooSoonToApply { earliest: YearMonth },
    /// A month before the current one: the start cannot be in the past.
    MonthInPast { earliest: YearMonth },
    /// A month too far in the future.
    MonthOutOfRange { first: YearMonth, last: YearMonth },
    /// A module name that is not one of the four.
    UnknownModule,
    /// A module given as both finished and in progress.
    DoneAndDoing,
    /// The same key given twice with different values.
    GivenTwice,
    /// Percent-encoding that does not decode to text.
    BadEncoding,
}

/// One bad value: which question it belongs to and what is wrong with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub question: Question,
    pub problem: Problem,
}

/// The result of reading a fragment: every good answer, and an error for each bad one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub answers: Answers,
    pub errors: Vec<FieldError>,
}

impl Parsed {
    /// The error for one question, if it has one.
    pub fn error_for(&self, question: Question) -> Option<Problem> {
        self.errors
            .iter()
            .find(|e| e.question == question)
            .map(|e| e.problem)
    }
}

/// The earliest and latest intended start a link may carry, given today's date: from this month
/// (a start in the past cannot be planned) to December ten years on.
pub fn start_window(today: NaiveDate) -> (YearMonth, YearMonth) {
    let first = YearMonth::of(today);
    let last = YearMonth::new(today.year() + policy::START_YEARS_AHEAD, 12);
    (first, last.unwrap_or(first))
}

impl Answers {
    /// Sets one answer from its text, as a form or a link gives it.
    pub fn set(
        &mut self,
        question: Question,
        value: &str,
        today: NaiveDate,
    ) -> Result<(), Problem> {
        if value.is_empty() && !matches!(question, Question::Done | Question::Doing) {
            return Err(Problem::Empty);
        }
        match question {
            Question::Level => self.level = Some(whole(value, 0, u32::from(LEVEL_MAX))? as u8),
            Question::Overseas => self.overseas = Some(yes_no(value)?),
            Question::Done => self.done = Some(modules(value)?),
            Question::Doing => self.doing = Some(modules(value)?),
            Question::Exp => self.exp = Some(yes_no(value)?),
            Question::L3vq => self.l3vq = Some(yes_no(value)?),
            Question::Job => self.job = Some(Job::from_slug(value).ok_or(Problem::NotAChoice)?),
            Question::Service => {
                self.service = Some(whole(value, 0, u32::from(SERVICE_MAX))? as u16)
            }
            Question::Credits5 => self.credits5 = Some(yes_no(value)?),
            Question::Region => {
                self.region = Some(Region::from_slug(value).ok_or(Problem::NotAChoice)?)
            }
            Question::Hours => self.hours = Some(hours(value)?),
            Question::Start => self.start = Some(month(value, today)?),
            Question::Diploma => self.diploma = Some(month(value, today)?),
            Question::Applied => self.applied = Some(yes_no(value)?),
            Question::Qualified => {
                self.qualified =
                    Some(HeldQualification::from_slug(value).ok_or(Problem::NotAChoice)?)
            }
            Question::QualYear => {
                let last = u32::try_from(today.year()).unwrap_or(0);
                self.qualyear = Some(whole(value, u32::from(QUALYEAR_FIRST), last)? as u16)
            }
        }
        Ok(())
    }

    /// Forgets one answer.
    pub fn clear(&mut self, question: Question) {
        match question {
            Question::Level => self.level = None,
            Question::Overseas => self.overseas = None,
            Question::Done => self.done = None,
            Question::Doing => self.doing = None,
            Question::Exp => self.exp = None,
            Question::L3vq => self.l3vq = None,
            Question::Job => self.job = None,
            Question::Service => self.service = None,
            Question::Credits5 => self.credits5 = None,
            Question::Region => self.region = None,
            Question::Hours => self.hours = None,
            Question::Start => self.start = None,
            Question::Diploma => self.diploma = None,
            Question::Applied => self.applied = None,
            Question::Qualified => self.qualified = None,
            Question::QualYear => self.qualyear = None,
        }
    }

    /// The value of one answer as the fragment writes it, or `None` when unanswered.
    pub fn value(&self, question: Question) -> Option<String> {
        fn yn(b: bool) -> String {
            if b { YES } else { NO }.to_string()
        }
        fn list(m: Modules) -> String {
            m.iter().map(Module::slug).collect::<Vec<_>>().join(",")
        }
        match question {
            Question::Level => self.level.map(|l| l.to_string()),
            Question::Overseas => self.overseas.map(yn),
            Question::Done => self.done.map(list),
            Question::Doing => self.doing.map(list),
            Question::Exp => self.exp.map(yn),
            Question::L3vq => self.l3vq.map(yn),
            Question::Job => self.job.map(|j| j.slug().to_string()),
            Question::Service => self.service.map(|s| s.to_string()),
            Question::Credits5 => self.credits5.map(yn),
            Question::Region => self.region.map(|r| r.slug().to_string()),
            Question::Hours => self.hours.map(|h| h.to_string()),
            Question::Start => self.start.map(|s| s.to_string()),
            Question::Diploma => self.diploma.map(|s| s.to_string()),
            Question::Applied => self.applied.map(yn),
            Question::Qualified => self.qualified.map(|q| q.slug().to_string()),
            Question::QualYear => self.qualyear.map(|y| y.to_string()),
        }
    }

    pub fn overseas_or_default(&self) -> bool {
        self.overseas.unwrap_or(false)
    }

    pub fn doing_or_default(&self) -> Modules {
        self.doing.unwrap_or(Modules::NONE)
    }

    pub fn hours_or_default(&self) -> Hours {
        self.hours.unwrap_or(Hours::FULL_TIME)
    }

    pub fn qualified_or_default(&self) -> HeldQualification {
        self.qualified.unwrap_or(HeldQualification::None)
    }

    pub fn applied_or_default(&self) -> bool {
        self.applied.unwrap_or(false)
    }

    /// Sets one answer from a link. A month from a link may have passed: a link kept since it was
    /// made still opens, and the rules then count from today (policy.md, "Links keep their
    /// meaning"). A person typing a month is told instead ([`Answers::set`]).
    pub fn set_from_link(
        &mut self,
        question: Question,
        value: &str,
        today: NaiveDate,
    ) -> Result<(), Problem> {
        match question {
            Question::Start | Question::Diploma => {
                let ym = match month(value, today) {
                    Err(Problem::MonthInPast { .. }) => parse_month(value)?,
                    other => other?,
                };
                match question {
                    Question::Start => self.start = Some(ym),
                    _ => self.diploma = Some(ym),
                }
                Ok(())
            }
            _ => self.set(question, value, today),
        }
    }
}

impl Parsed {
    pub(super) fn fail(&mut self, question: Question, problem: Problem) {
        if self.error_for(question).is_none() {
            self.errors.push(FieldError { question, problem });
        }
    }
}

fn yes_no(value: &str) -> Result<bool, Problem> {
    match value {
        YES => Ok(true),
        NO => Ok(false),
        _ => Err(Problem::NotAChoice),
    }
}

fn whole(value: &str, min: u32, max: u32) -> Result<u32, Problem> {
    if !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Problem::NotAWholeNumber);
    }
    // All digits: a number too long for u32 is simply out of range.
    match value.parse::<u32>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(Problem::OutOfRange { min, max }),
    }
}

fn modules(value: &str) -> Result<Modules, Problem> {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| Module::from_slug(s).ok_or(Problem::UnknownModule))
        .collect()
}

fn hours(value: &str) -> Result<Hours, Problem> {
    // "25,5" is how much of Europe writes 25.5: one comma is the point.
    let value = value.replacen(',', ".", 1);
    let (whole_part, tenth) = match value.split_once('.') {
        Some((w, t)) if t.len() > 1 && digits(w) && digits(t) => {
            return Err(Problem::HoursTooPrecise)
        }
        Some((w, t)) => (w, t),
        None => (value.as_str(), "0"),
    };
    if !digits(whole_part) || !digits(tenth) {
        return Err(Problem::HoursNotANumber);
    }
    // All digits: a number too long for u16 is simply more than full time.
    let tenths = whole_part
        .parse::<u16>()
        .ok()
        .and_then(|w| w.checked_mul(10))
        .zip(tenth.parse::<u16>().ok())
        .and_then(|(w, t)| w.checked_add(t))
        .unwrap_or(u16::MAX);
    Hours::from_tenths(tenths).ok_or(if tenths < PART_TIME_MIN_TENTHS {
        Problem::HoursBelowPartTime
    } else if tenths < FULL_TIME_TENTHS {
        Problem::HoursAbovePartTime
    } else {
        Problem::HoursAboveFullTime
    })
}

/// One or more ASCII digits, and nothing else (no sign: Rust's number parsing would take one).
fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// A month written `YYYY-MM`, any year of four digits.
fn parse_month(value: &str) -> Result<YearMonth, Problem> {
    let (year, month) = value.split_once('-').ok_or(Problem::NotAMonth)?;
    let all_digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(year, 4) || !all_digits(month, 2) {
        return Err(Problem::NotAMonth);
    }
    // Written right but no month of the year ("2027-13"): the month is what is wrong.
    year.parse::<i32>()
        .ok()
        .zip(month.parse::<u32>().ok())
        .and_then(|(y, m)| YearMonth::new(y, m))
        .ok_or(Problem::NotAMonthOfTheYear)
}

fn month(value: &str, today: NaiveDate) -> Result<YearMonth, Problem> {
    let ym = parse_month(value)?;
    let (first, last) = start_window(today);
    if ym < first {
        return Err(Problem::MonthInPast { earliest: first });
    }
    if ym > last {
        return Err(Problem::MonthOutOfRange { first, last });
    }
    Ok(ym)
}
