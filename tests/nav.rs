//! Which page a link opens (contract.md): complete links open the result, partial ones the first
//! unanswered question, bad values their own question with every other answer kept.

use chrono::NaiveDate;
use probation_route_finder::nav::{after_answer, back_from, fragment_for, resolve, Page};
use probation_route_finder::rules::{Problem, Question};
use probation_route_finder::settings::Settings;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

const FULL: &str = "level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2027-01";

#[test]
fn empty_link_opens_the_start_page() {
    assert_eq!(resolve("", today()).page, Page::Start);
    assert_eq!(resolve("#", today()).page, Page::Start);
    assert_eq!(resolve("#page=intro", today()).page, Page::Start);
    assert_eq!(
        resolve("#page=privacy&level=3", today()).page,
        Page::Privacy
    );
}

#[test]
fn complete_link_opens_the_result_and_partial_the_first_unanswered_question() {
    assert_eq!(resolve(FULL, today()).page, Page::Result);
    assert_eq!(
        resolve(&format!("page=check&{FULL}"), today()).page,
        Page::Check
    );
    assert_eq!(
        resolve("level=6&exp=yes&region=wales", today()).page,
        Page::Ask(Question::Job)
    );
    // A result asked for before the answers are complete opens the question still needed.
    assert_eq!(
        resolve("page=result&level=6", today()).page,
        Page::Ask(Question::Job)
    );
    // An earlier question may be revisited; a later one is not skipped to.
    assert_eq!(
        resolve(&format!("page=level&{FULL}"), today()).page,
        Page::Ask(Question::Level)
    );
    assert_eq!(
        resolve("page=region&level=6", today()).page,
        Page::Ask(Question::Job)
    );
    // A question the answers make irrelevant is not shown.
    assert_eq!(
        resolve(&format!("page=service&{FULL}"), today()).page,
        Page::Result
    );
}

#[test]
fn a_bad_value_opens_its_question_and_keeps_the_rest() {
    let s = resolve("level=5&region=mars&exp=yes&job=none&done=", today());
    assert_eq!(s.page, Page::Ask(Question::Region));
    assert_eq!(
        s.parsed.error_for(Question::Region),
        Some(Problem::NotAChoice)
    );
    assert_eq!(s.parsed.answers.level, Some(5));
    assert_eq!(s.bad, vec![(Question::Region, "mars".to_string())]);
    // The bad value stays in the link until its question is answered.
    let f = s.link(Page::Ask(Question::Level), &s.parsed.answers, false);
    assert!(f.ends_with("&region=mars"), "{f}");
    // Errors win over the page asked for.
    assert_eq!(
        resolve(&format!("page=check&{FULL}&hours=40"), today()).page,
        Page::Ask(Question::Hours)
    );
}

#[test]
fn written_fragments_read_back_to_the_same_page() {
    let s = resolve(FULL, today());
    for page in [
        Page::Check,
        Page::Result,
        Page::Ask(Question::Region),
        Page::Ask(Question::Level),
    ] {
        let again = resolve(
            &fragment_for(page, &s.parsed.answers, &[], false, &Settings::default()),
            today(),
        );
        assert_eq!(again.page, page);
        assert_eq!(again.parsed.answers, s.parsed.answers);
    }
}

#[test]
fn after_an_answer_and_back() {
    let s = resolve(FULL, today());
    let a = &s.parsed.answers;
    // From check answers a change goes back there.
    assert_eq!(
        after_answer(Question::Region, a, true),
        (Page::Check, false)
    );
    // The last unanswered question (hours has a default, but a walk offers it) then check.
    assert_eq!(
        after_answer(Question::Region, a, false),
        (Page::Ask(Question::Hours), false)
    );
    assert_eq!(
        back_from(Page::Ask(Question::Region), a, false),
        Some((Page::Ask(Question::Done), false))
    );
    assert_eq!(
        back_from(Page::Ask(Question::Region), a, true),
        Some((Page::Check, false))
    );
    assert_eq!(
        back_from(Page::Ask(Question::Qualified), a, false),
        Some((Page::Start, false))
    );
    assert_eq!(
        back_from(Page::Result, a, false),
        Some((Page::Check, false))
    );
    assert_eq!(back_from(Page::Start, a, false), None);
}
