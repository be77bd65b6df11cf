//! Shared by the catalogue tests: one example of every kind of problem an answer can have.

use probation_route_finder::rules::{Problem, YearMonth};

/// Every `Problem` variant once. The match below stops compiling when a variant is added, so a
/// new kind of problem cannot go untested for a message.
pub fn every_problem() -> Vec<Problem> {
    let month = YearMonth::new(2016, 1).expect("month");
    let all = vec![
        Problem::Empty,
        Problem::NotAChoice,
        Problem::NotAWholeNumber,
        Problem::OutOfRange { min: 0, max: 8 },
        Problem::HoursNotAllowed,
        Problem::NotAMonth,
        Problem::MonthOutOfRange {
            first: month,
            last: month,
        },
        Problem::UnknownModule,
        Problem::DoneAndDoing,
        Problem::GivenTwice,
        Problem::BadEncoding,
    ];
    for p in &all {
        match p {
            Problem::Empty
            | Problem::NotAChoice
            | Problem::NotAWholeNumber
            | Problem::OutOfRange { .. }
            | Problem::HoursNotAllowed
            | Problem::NotAMonth
            | Problem::MonthOutOfRange { .. }
            | Problem::UnknownModule
            | Problem::DoneAndDoing
            | Problem::GivenTwice
            | Problem::BadEncoding => {}
        }
    }
    all
}
