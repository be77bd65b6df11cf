//! The rules core: what the questionnaire asks and what it concludes. Nothing here knows about the
//! browser (no leptos, web-sys or gloo), so all of it is tested natively with `cargo test`.
//!
//! - [`policy`]: the facts (regions, universities, contacts, durations, intakes, eras), each sourced.
//! - [`answers`]: typed answers, read from and written to the URL fragment, with typed errors.
//! - [`assess`]: answers and today's date to an [`Outcome`](assess::Outcome).
//! - [`flow`]: which question comes next.
//! - [`calendar`]: months as the rules count them.
//! - [`space`]: the discrete answer space the exhaustive test and the benchmark walk.

pub mod answers;
pub mod assess;
pub mod calendar;
pub mod flow;
pub mod policy;
pub mod space;

pub use answers::{Answers, FieldError, Parsed, Problem, Question};
pub use assess::{assess, Outcome};
pub use calendar::YearMonth;
pub use flow::Next;
