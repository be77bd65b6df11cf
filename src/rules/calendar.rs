//! Months as the rules count them: a year and a month, no day.

use chrono::{Datelike, NaiveDate};
use std::fmt;

/// A calendar month, written `YYYY-MM` in links and on the result page.
///
/// Held as one count of months (year × 12 + month − 1), so adding months is one addition and the
/// outcome that carries a dozen of them stays small (`assess` copies it for every combination).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    index: i32,
}

impl YearMonth {
    /// `None` unless `month` is 1 to 12 and the year has four digits.
    pub fn new(year: i32, month: u32) -> Option<YearMonth> {
        ((1..=12).contains(&month) && (1000..=9999).contains(&year))
            .then(|| YearMonth::from_parts(year, month))
    }

    pub fn of(date: NaiveDate) -> YearMonth {
        YearMonth::from_parts(date.year(), date.month())
    }

    fn from_parts(year: i32, month: u32) -> YearMonth {
        YearMonth {
            index: year * 12 + (month as i32 - 1),
        }
    }

    pub fn year(self) -> i32 {
        self.index.div_euclid(12)
    }

    /// 1 for January to 12 for December.
    pub fn month(self) -> u32 {
        self.index.rem_euclid(12) as u32 + 1
    }

    /// The month `months` later: `2027-01` plus 15 is `2028-04`.
    pub fn plus_months(self, months: u16) -> YearMonth {
        YearMonth {
            index: self.index + i32::from(months),
        }
    }

    /// The month `months` earlier.
    pub fn minus_months(self, months: u16) -> YearMonth {
        YearMonth {
            index: self.index - i32::from(months),
        }
    }

    /// The first month at or after `self` whose month number is in `months`.
    pub fn this_or_next_with_month_in(self, months: &[u32]) -> Option<YearMonth> {
        if months.contains(&self.month()) {
            Some(self)
        } else {
            self.next_with_month_in(months)
        }
    }

    /// Whole months from `self` to `later` (negative when `later` is earlier).
    pub fn months_until(self, later: YearMonth) -> i32 {
        later.index - self.index
    }

    /// The first month strictly after `self` whose month number is in `months`.
    pub fn next_with_month_in(self, months: &[u32]) -> Option<YearMonth> {
        let this = self.month();
        // Worked out rather than stepped through a month at a time: `assess` asks up to three
        // times a combination.
        let ahead = months
            .iter()
            .filter(|m| (1..=12).contains(*m))
            .map(|&m| if m > this { m - this } else { m + 12 - this })
            .min()?;
        Some(self.plus_months(u16::try_from(ahead).unwrap_or(12)))
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

impl fmt::Debug for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "YearMonth({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::YearMonth;

    #[test]
    fn reads_as_the_month_it_is_in_links_and_in_test_failures() {
        let april = YearMonth::new(2028, 4).expect("month");
        assert_eq!(april.to_string(), "2028-04");
        assert_eq!(format!("{april:?}"), "YearMonth(2028-04)");
    }

    #[test]
    fn the_next_month_in_a_list_is_the_one_found_a_month_at_a_time() {
        let lists: [&[u32]; 6] = [&[1, 7], &[7, 1], &[4], &[12], &[0, 13], &[]];
        for index in (2027 * 12)..(2029 * 12) {
            let from = YearMonth { index };
            for months in lists {
                let stepped = (1..=12u16)
                    .map(|n| from.plus_months(n))
                    .find(|ym| months.contains(&ym.month()));
                assert_eq!(
                    from.next_with_month_in(months),
                    stepped,
                    "{from} {months:?}"
                );
            }
        }
        let after = |y, m| YearMonth::new(y, m).and_then(|f| f.next_with_month_in(&[1, 7]));
        assert_eq!(after(2028, 4), YearMonth::new(2028, 7));
        assert_eq!(after(2028, 7), YearMonth::new(2029, 1));
    }
}
