//! The journey's key dates as an iCalendar file (RFC 5545), made on the device: the result page
//! links to it as a `data:` address with `download`, so nothing is sent and no script runs.

use crate::rules::journey::Journey;
use crate::rules::YearMonth;
use crate::text::Messages;
use chrono::{Datelike, NaiveDate};

/// The file's name when saved.
pub const FILE_NAME: &str = "probation-journey.ics";

/// One all-day event on the first of each stage's first month, and one on the qualifying month;
/// each says it is an estimate and carries the link to the result (`url`), which keeps its meaning.
pub fn ics(journey: &Journey, text: &dyn Messages, today: NaiveDate, url: &str) -> String {
    // Written by hand: chrono's `format` brings its whole formatting machinery into the wasm.
    let stamp = format!(
        "{:04}{:02}{:02}T000000Z",
        today.year(),
        today.month(),
        today.day()
    );
    let description = text.calendar_description(today);
    let mut out = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Probation Route Finder//EN\r\nCALSCALE:GREGORIAN\r\n",
    );
    let mut event = |slug: &str, month: YearMonth, summary: &str| {
        out.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{slug}-{month}@probation-route-finder\r\nDTSTAMP:{stamp}\r\nDTSTART;VALUE=DATE:{:04}{:02}01\r\n",
            month.year(),
            month.month(),
        ));
        fold(&format!("SUMMARY:{}", escape(summary)), &mut out);
        fold(&format!("DESCRIPTION:{}", escape(&description)), &mut out);
        fold(&format!("URL:{url}"), &mut out);
        out.push_str("TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n");
    };
    // A stage under way this month is not a date to put in a calendar (a serving PSO's job, applying
    // from now): the entries are the dates ahead.
    let this_month = YearMonth::of(today);
    for stage in journey.stages().filter(|s| s.from > this_month) {
        event(
            stage.kind.slug(),
            stage.from,
            &text.calendar_stage(stage.kind, journey),
        );
    }
    event("qualified", journey.qualified, text.calendar_qualify());
    out.push_str("END:VCALENDAR\r\n");
    out
}

/// Lines longer than 75 bytes are folded: the rest continues on lines starting with a space
/// (RFC 5545 3.1), never inside a character.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// TEXT values escape backslashes, semicolons, commas and newlines (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// The file as a `data:` address: every byte outside the unreserved set percent-encoded.
pub fn data_url(ics: &str) -> String {
    let mut out = String::from("data:text/calendar;charset=utf-8,");
    crate::rules::fragment::percent_encode(ics, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::{escape, fold};

    #[test]
    fn long_lines_fold_at_75_bytes_between_characters() {
        // 74 ASCII bytes, then a two-byte character that would end at byte 76.
        let line = format!("{}é and on", "x".repeat(74));
        let mut out = String::new();
        fold(&line, &mut out);
        assert_eq!(out, format!("{}\r\n é and on\r\n", "x".repeat(74)));
        let mut short = String::new();
        fold(&"y".repeat(75), &mut short);
        assert_eq!(short, format!("{}\r\n", "y".repeat(75)));
    }

    #[test]
    fn text_values_escape_what_rfc_5545_reserves() {
        assert_eq!(escape("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
        assert_eq!(escape("Medi 2027"), "Medi 2027");
    }
}
