//! Months as the rules count them: a year and a month, no day.

use chrono::{Datelike, NaiveDate};
use std::fmt;

/// A calendar month, written `YYYY-MM` in links and on the result page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: i32,
    month: u32,
}

impl YearMonth {
    /// `None` unless `month` is 1 to 12 and the year has four digits.
    pub fn new(year: i32, month: u32) -> Option<YearMonth> {
        ((1..=12).contains(&month) && (1000..=9999).contains(&year))
            .then_some(YearMonth { year, month })
    }

    pub fn of(date: NaiveDate) -> YearMonth {
        YearMonth {
            year: date.year(),
            month: date.month(),
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// 1 for January to 12 for December.
    pub fn month(self) -> u32 {
        self.month
    }

    /// The month `months` later: `2027-01` plus 15 is `2028-04`.
    pub fn plus_months(self, months: u16) -> YearMonth {
        let index = self.year * 12 + (self.month as i32 - 1) + i32::from(months);
        YearMonth {
            year: index.div_euclid(12),
            month: index.rem_euclid(12) as u32 + 1,
        }
    }

    /// Whole months from `self` to `later` (negative when `later` is earlier).
    pub fn months_until(self, later: YearMonth) -> i32 {
        (later.year - self.year) * 12 + later.month as i32 - self.month as i32
    }

    /// The first month strictly after `self` whose month number is in `months`.
    pub fn next_with_month_in(self, months: &[u32]) -> Option<YearMonth> {
        (1..=12u16)
            .map(|n| self.plus_months(n))
            .find(|ym| months.contains(&ym.month))
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}
