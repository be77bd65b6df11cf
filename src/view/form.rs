//! What a sent form means: the answer it gives, and the page it leads to or the problem it comes
//! back with. Pure, so tested natively; the shell only turns the browser's form data into a
//! [`Form`] and acts on the [`Sent`].

use super::Submitted;
use crate::nav::{self, Page, State};
use crate::rules::{Answers, Problem, Question};
use crate::text::month_number;
use chrono::NaiveDate;

use crate::rules::questions::{
    HOURS_PART_FIELD, NONE_OF_THESE, PART_TIME, START_MONTH_FIELD, START_NEXT, START_OTHER,
    START_YEAR_FIELD,
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

/// The answer a form gives, as a fragment value; `Ok(None)` means "use the default".
pub fn read_answer(q: Question, form: &Form) -> Result<Option<String>, Problem> {
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
                // People type "December", "dec" or "Rhagfyr" as often as "12".
                let typed = form.get(START_MONTH_FIELD);
                let month =
                    month_number(typed).map_or_else(|| typed.to_string(), |m| format!("{m:02}"));
                Ok(Some(format!("{}-{month}", form.get(START_YEAR_FIELD))))
            }
            _ => Err(Problem::Empty),
        },
        _ => Ok(Some(value.to_string())),
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
    let taken = read_answer(question, &form).and_then(|value| match value {
        Some(v) => answers.set(question, &v, today),
        None => {
            answers.clear(question);
            Ok(())
        }
    });
    Some(match taken {
        Ok(()) => {
            let (page, from_check) = nav::after_answer(question, &answers, state.from_check);
            Sent::Go {
                page,
                answers,
                from_check,
            }
        }
        Err(problem) => Sent::Again(Submitted {
            question,
            problem,
            form,
        }),
    })
}
