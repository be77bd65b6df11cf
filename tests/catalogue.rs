//! The message catalogue: every question has words, every choice is a value the rules accept,
//! every problem has a message, and the words keep the promise of "based on your answers".

mod common;

use chrono::NaiveDate;
use probation_route_finder::rules::answers::Answers;
use probation_route_finder::rules::assess::Route;
use probation_route_finder::rules::policy::{Module, Region};
use probation_route_finder::rules::{Question, YearMonth};
use probation_route_finder::text::{messages, Lang, Messages};

fn both() -> [&'static dyn Messages; 2] {
    Lang::ALL.map(messages)
}

#[test]
fn every_question_has_a_title_and_its_choices_parse() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    for en in both() {
        for q in Question::ALL {
            let words = en.question(q);
            assert!(words.title.ends_with('?'), "{q:?}: {}", words.title);
            assert!(!words.short.is_empty());
            for choice in en.choices(q) {
                if matches!((q, choice.value), (Question::Hours, "part")) {
                    continue; // the part-time radio opens the hours box
                }
                let mut a = Answers::default();
                assert_eq!(
                    a.set(q, choice.value, today),
                    Ok(()),
                    "{q:?} {}",
                    choice.value
                );
            }
        }
        assert_eq!(en.choices(Question::Region).len(), Region::ALL.len());
        assert_eq!(en.choices(Question::Done).len(), Module::ALL.len());
        for r in Region::ALL {
            assert!(!en.region_name(r).is_empty());
        }
    }
}

#[test]
fn every_problem_has_a_message() {
    let problems = common::every_problem();
    for en in both() {
        for q in Question::ALL {
            for &p in &problems {
                let text = en.problem(q, p);
                assert!(
                    text.len() > 15 && !text.ends_with('.'),
                    "{q:?} {p:?}: {text}"
                );
            }
        }
    }
}

#[test]
fn results_say_based_on_your_answers_never_eligible() {
    let [en, cy] = both();
    for r in Route::ALL {
        let summary = en.route_summary(r);
        assert!(summary.starts_with("Based on your answers"), "{r:?}");
        assert!(!summary.to_lowercase().contains("eligible"));
        assert!(
            cy.route_summary(r).starts_with("Yn ôl eich atebion"),
            "{r:?}"
        );
        assert!(!cy.route_summary(r).contains("cymwys"));
        assert!(!en.next_steps(r).is_empty() && !cy.next_steps(r).is_empty());
    }
    assert_eq!(
        en.month(YearMonth::new(2028, 4).expect("month")),
        "April 2028"
    );
}
