//! Reading a sent form into an answer. Pure: the shell turns the browser's form data into a
//! [`Form`] first.

use crate::rules::Problem;
use crate::rules::Question;

/// The box for part-time hours, shown under the "part time" choice.
pub const HOURS_PART: &str = "hours-part";
/// The boxes for a start month of the person's own choosing.
pub const START_MONTH: &str = "start-month";
pub const START_YEAR: &str = "start-year";

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
            let modules: Vec<&str> = form.all(q.key()).filter(|v| *v != "none").collect();
            Ok(Some(modules.join(",")))
        }
        Question::Hours => match value {
            "" => Err(Problem::Empty),
            "part" => Ok(Some(form.get(HOURS_PART).to_string())),
            other => Ok(Some(other.to_string())),
        },
        Question::Start => match value {
            "next" => Ok(None),
            "other" => Ok(Some(format!(
                "{}-{:0>2}",
                form.get(START_YEAR),
                form.get(START_MONTH)
            ))),
            _ => Err(Problem::Empty),
        },
        _ => Ok(Some(value.to_string())),
    }
}
