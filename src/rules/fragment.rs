//! The link codec: answers read from and written to the URL fragment exactly as `contract.md`
//! says. Reading never fails as a whole: each bad value becomes a [`FieldError`](super::answers::FieldError) naming its
//! question and the problem, and every other answer is kept.

use super::answers::{Answers, Parsed, Problem};
use super::questions::Question;
use chrono::NaiveDate;

/// The longest value a link may give, in bytes as written (percent-encoded). The longest answer
/// (all four modules) is 21; a longer value is not read at all, so that no link, however long,
/// makes a long page: a bad value is shown back to the person and kept in every link the page
/// writes.
pub const MAX_VALUE_BYTES: usize = 100;

/// The key/value pairs of a fragment (with or without its leading `#`), values percent-decoded.
/// A value that does not decode, or is longer than [`MAX_VALUE_BYTES`], is `None`. Used for
/// navigation keys such as `page` too.
pub fn pairs(fragment: &str) -> impl Iterator<Item = (&str, Option<String>)> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            let read = (value.len() <= MAX_VALUE_BYTES).then(|| percent_decode(value));
            (key, read.flatten())
        })
}

fn percent_decode(s: &str) -> Option<String> {
    // Reading each byte once from the iterator, rather than stepping an index, leaves no way for
    // a link to make this loop run forever.
    let mut bytes = s.bytes();
    let mut out = Vec::with_capacity(s.len());
    while let Some(b) = bytes.next() {
        out.push(if b == b'%' {
            let hex = [bytes.next()?, bytes.next()?];
            u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?
        } else {
            b
        });
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes a value for the fragment; commas stay, as they separate list items.
pub fn percent_encode(s: &str, out: &mut String) {
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
}

impl Answers {
    /// Reads the answers from a fragment. `today` bounds the years a link may name.
    pub fn from_fragment(fragment: &str, today: NaiveDate) -> Parsed {
        let mut parsed = Parsed::default();
        let mut seen: Vec<(Question, String)> = Vec::new();
        for (key, value) in pairs(fragment) {
            let Some(question) = Question::from_key(key) else {
                continue; // unknown keys are ignored (contract.md)
            };
            let Some(value) = value else {
                parsed.fail(question, Problem::BadEncoding);
                continue;
            };
            let value = value.trim().to_ascii_lowercase();
            if let Some((_, earlier)) = seen.iter().find(|(q, _)| *q == question) {
                if *earlier != value {
                    parsed.fail(question, Problem::GivenTwice);
                }
                continue;
            }
            seen.push((question, value.clone()));
            if let Err(problem) = parsed.answers.set_from_link(question, &value, today) {
                parsed.fail(question, problem);
            }
        }
        if let (Some(done), Some(doing)) = (parsed.answers.done, parsed.answers.doing) {
            if done.overlaps(doing) {
                parsed.answers.doing = None;
                parsed.fail(Question::Doing, Problem::DoneAndDoing);
            }
        }
        parsed
    }

    /// The fragment (without `#`) holding every given answer, in the contract's key order.
    pub fn to_fragment(&self) -> String {
        let mut out = String::new();
        for question in CONTRACT_ORDER {
            if let Some(value) = self.value(question) {
                if !out.is_empty() {
                    out.push('&');
                }
                out.push_str(question.key());
                out.push('=');
                percent_encode(&value, &mut out);
            }
        }
        out
    }
}

/// The order of keys in `contract.md`, which written fragments follow.
const CONTRACT_ORDER: [Question; 16] = [
    Question::Level,
    Question::Overseas,
    Question::Done,
    Question::Doing,
    Question::Exp,
    Question::L3vq,
    Question::Job,
    Question::Service,
    Question::Credits5,
    Question::Region,
    Question::Hours,
    Question::Start,
    Question::Qualified,
    Question::QualYear,
    Question::Applied,
    Question::Diploma,
];
