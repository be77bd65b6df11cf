//! What a sent form means: the answer it gives, and the page it leads to or the problem it comes
//! back with. Pure, so tested natively; the shell only turns the browser's form data into a
//! [`Form`] and acts on the [`Sent`].

use super::Submitted;
use crate::nav::{self, Page, State};
use crate::rules::assess::earliest_pqip_start;
use crate::rules::flow::{framing, Framing};
use crate::rules::{Answers, Problem, Question};
use crate::text::month_number;
use chrono::{Datelike, NaiveDate};

use crate::rules::questions::{
    APPLIED_MONTH_FIELD, APPLIED_YEAR_FIELD, DIPLOMA_MONTH, DIPLOMA_MONTH_FIELD, DIPLOMA_UNSURE,
    DIPLOMA_YEAR_FIELD, HOURS_PART_FIELD, NONE_OF_THESE, PART_TIME, START_APPLIED,
    START_MONTH_FIELD, START_NEXT, START_OTHER, START_YEAR_FIELD,
};

/// The name and value of each field of a sent form, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Form(pub Vec<(String, String)>);

impl Form {
    /// The first value of `name`, trimmed; empty when absent.
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.trim())
    }

    fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> {
        self.0
            .iter()
            .filter(move |(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the form sent `name` with `value` (a chosen radio or checkbox).
    pub fn has(&self, name: &str, value: &str) -> bool {
        self.all(name).any(|v| v == value)
    }
}

/// The answer a form gives, as a fragment value; `Ok(None)` means "use the default". `today`
/// gives the example year a message about the year box shows.
pub fn read_answer(q: Question, form: &Form, today: NaiveDate) -> Result<Option<String>, Problem> {
    let value = form.get(q.key());
    match q {
        Question::Done | Question::Doing => {
            if form.all(q.key()).next().is_none() {
                return Err(Problem::Empty);
            }
            let modules: Vec<&str> = form.all(q.key()).filter(|v| *v != NONE_OF_THESE).collect();
            Ok(Some(modules.join(",")))
        }
        Question::Hours => match value {
            "" => Err(Problem::Empty),
            PART_TIME => match form.get(HOURS_PART_FIELD) {
                "" => Err(Problem::NoPartTimeHours),
                typed => Ok(Some(typed.to_string())),
            },
            other => Ok(Some(other.to_string())),
        },
        Question::Start => match value {
            START_NEXT => Ok(None),
            START_OTHER => {
                typed_month(form, (START_MONTH_FIELD, START_YEAR_FIELD), today).map(Some)
            }
            START_APPLIED => {
                typed_month(form, (APPLIED_MONTH_FIELD, APPLIED_YEAR_FIELD), today).map(Some)
            }
            _ => Err(Problem::Empty),
        },
        Question::Diploma => match value {
            DIPLOMA_UNSURE => Ok(None),
            DIPLOMA_MONTH => {
                typed_month(form, (DIPLOMA_MONTH_FIELD, DIPLOMA_YEAR_FIELD), today).map(Some)
            }
            _ => Err(Problem::Empty),
        },
        _ => Ok(Some(value.to_string())),
    }
}

/// A month typed into a month box and a year box, as `YYYY-MM`; the problem names the box that is
/// wrong when only one is. People type "December", "dec" or "Rhagfyr" as often as "12".
fn typed_month(
    form: &Form,
    (month_field, year_field): (&str, &str),
    today: NaiveDate,
) -> Result<String, Problem> {
    let (typed, year) = (form.get(month_field), form.get(year_field));
    let month = month_number(typed);
    let year_ok = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit());
    match (month, year_ok) {
        (Some(m), true) => Ok(format!("{year}-{m:02}")),
        (None, true) => Err(Problem::NotAMonthOfTheYear),
        (Some(_), false) => Err(Problem::NotAYear {
            example: today.year(),
        }),
        (None, false) => Err(Problem::NotAMonth),
    }
}

/// Where a sent form leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sent {
    /// The answer is taken: go to `page` with these answers.
    Go {
        page: Page,
        answers: Answers,
        from_check: bool,
        /// The question just answered: a bad value a link gave for it is gone for good.
        answered: Question,
    },
    /// The answer could not be used: the form comes back with its problem.
    Again(Submitted),
}

/// What `form`, sent from the page `state` shows, leads to; `None` when that page asks nothing.
pub fn send(state: &State, form: Form, today: NaiveDate) -> Option<Sent> {
    let Page::Ask(question) = state.page else {
        return None;
    };
    let mut answers = state.parsed.answers.clone();
    let taken = read_answer(question, &form, today)
        .and_then(|value| match value {
            Some(v) => answers.set(question, &v, today),
            None => {
                answers.clear(question);
                Ok(())
            }
        })
        .and_then(|()| match question {
            Question::Start => start_checked(&form, &mut answers, today),
            _ => Ok(()),
        })
        .map_err(|problem| match (question, problem) {
            // On the PQiP routes the earliest is not this month but the first intake they could
            // join: say so at once, rather than correct them twice.
            (Question::Start, Problem::MonthInPast { .. })
                if framing(&answers) == Framing::Pqip
                    && form.get(Question::Start.key()) != START_APPLIED =>
            {
                Problem::TooSoonToApply {
                    earliest: earliest_pqip_start(today),
                }
            }
            _ => problem,
        });
    Some(match taken {
        Ok(()) => {
            let (page, from_check) = nav::after_answer(question, &answers, state.from_check);
            Sent::Go {
                page,
                answers,
                from_check,
                answered: question,
            }
        }
        Err(problem) => Sent::Again(Submitted {
            question,
            problem,
            form,
        }),
    })
}

/// The start page also says whether they have applied; a PQiP start sooner than applying allows
/// is only for someone who has (policy.md, "Applying takes about six months").
fn start_checked(form: &Form, answers: &mut Answers, today: NaiveDate) -> Result<(), Problem> {
    let applied = form.get(Question::Start.key()) == START_APPLIED;
    answers.applied = applied.then_some(true);
    let earliest = earliest_pqip_start(today);
    match answers.start {
        Some(start) if framing(answers) == Framing::Pqip && !applied && start < earliest => {
            Err(Problem::TooSoonToApply { earliest })
        }
        _ => Ok(()),
    }
}
