//! The rules core: what the questionnaire asks and what it concludes. Nothing here knows about the
//! browser (no leptos, web-sys or gloo), so all of it is tested natively with `cargo test`.
//!
//! - [`policy`]: the facts (regions, universities, contacts, durations, intakes, eras), each sourced.
//! - [`questions`]: what can be asked, with the values and field names each question uses.
//! - [`answers`]: typed answers and their checks, with typed errors.
//! - [`fragment`]: the link codec, answers to and from the URL fragment.
//! - [`assess`]: answers and today's date to an [`Outcome`](assess::Outcome).
//! - [`journey`]: the whole journey from now to qualifying, stage by stage.
//! - [`compare`]: every journey open to the person, side by side.
//! - [`flow`]: which question comes next.
//! - [`calendar`]: months as the rules count them.
//! - [`space`]: the discrete answer space the exhaustive test and the benchmark walk.

pub mod advice;
pub mod answers;
pub mod assess;
pub mod calendar;
pub mod compare;
pub mod few;
pub mod flow;
pub mod fragment;
pub mod journey;
pub mod policy;
pub mod questions;
pub mod space;

pub use answers::{Answers, FieldError, Parsed, Problem};
pub use assess::{assess, Outcome};
pub use calendar::YearMonth;
pub use flow::Next;
pub use questions::Question;
