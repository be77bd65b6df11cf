//! Both languages: every message exists in each (the `Messages` trait makes a missing one a
//! compile error), every Welsh message differs from its English one unless it is a name or a
//! number, and the pairs are written to `target/catalogue-strings.json` for the browser test that
//! checks no English is left on a Welsh page.

use crate::common;

use probation_route_finder::rules::advice::Headline;
use probation_route_finder::rules::flow::Framing;
use probation_route_finder::rules::YearMonth;
use probation_route_finder::text::{messages, Lang};

fn all(m: &dyn probation_route_finder::text::Messages) -> Vec<String> {
    common::every_message(m)
}

/// Messages that may read the same in both languages: empty hints, names, numbers, abbreviations.
fn may_match(s: &str) -> bool {
    s.is_empty() || ["PSO", "Surrey"].contains(&s) || s.chars().all(|c| !c.is_alphabetic())
}

#[test]
fn every_welsh_message_is_welsh() {
    let (en, cy) = (all(messages(Lang::En)), all(messages(Lang::Cy)));
    assert_eq!(en.len(), cy.len());
    let same: Vec<&String> = en
        .iter()
        .zip(&cy)
        .filter(|(e, c)| e == c && !may_match(e))
        .map(|(e, _)| e)
        .collect();
    assert!(same.is_empty(), "not translated: {same:?}");
    assert_eq!(
        messages(Lang::Cy).month(YearMonth::new(2028, 4).expect("m")),
        "Ebrill 2028"
    );
    assert!(messages(Lang::Cy)
        .summary(Headline::Pqip)
        .starts_with("Yn ôl eich atebion"));

    // For the browser test: each English message that has a different Welsh one.
    let pairs: Vec<String> = en
        .iter()
        .zip(&cy)
        .filter(|(e, c)| e != c && e.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .map(|(e, _)| json_string(e))
        .collect();
    let out =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/catalogue-english.json");
    std::fs::create_dir_all(out.parent().expect("parent")).expect("target dir");
    std::fs::write(&out, format!("[{}]", pairs.join(","))).expect("write catalogue dump");
    println!(
        "languages: {} messages in each; {} English messages written for the Welsh page check",
        en.len(),
        pairs.len()
    );
}

/// `s` as a JSON string. (Rust's `{:?}` writes the isolates around a name from a link as
/// `\u{2068}`, which JSON does not read.)
fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[test]
fn browser_preference_picks_welsh_only_when_first() {
    assert_eq!(Lang::preferred(["cy-GB", "en-GB"]), Lang::Cy);
    assert_eq!(Lang::preferred(["CY"]), Lang::Cy);
    assert_eq!(Lang::preferred(["en-GB", "cy"]), Lang::En);
    assert_eq!(Lang::preferred([]), Lang::En);
    assert_eq!(Lang::from_code("cy"), Some(Lang::Cy));
    assert_eq!(Lang::from_code("fr"), None);
}

// ---- Welsh review (issue 15): the four things that needed code, not just words ----

use probation_route_finder::rules::answers::Answers;
use probation_route_finder::rules::assess::Reason;
use probation_route_finder::rules::policy::HeldQualification;
use probation_route_finder::rules::questions::{NO, YES};
use probation_route_finder::rules::{Problem, Question};

#[test]
fn welsh_month_names_never_follow_a_bare_a() {
    // "a Ionawr", "a Ebrill", "a Awst" need "ac"; "a Tachwedd" needs "a Thachwedd". Writing
    // "a mis …" makes every month right, whatever its first letter.
    let cy = messages(Lang::Cy);
    let first = YearMonth::new(2026, 11).expect("month");
    for m in 1..=12 {
        let last = YearMonth::new(2036, m).expect("month");
        let text = cy.problem(
            Question::Start,
            Problem::MonthOutOfRange { first, last },
            None,
        );
        let name = cy.month_names()[(m - 1) as usize];
        assert!(text.contains(&format!("a mis {name}")), "{text}");
        assert!(!text.contains(&format!(" a {name}")), "{text}");
    }
    // "neu" softens the second "mis".
    let both = cy.question_for(Question::Start, Framing::CjlAccess).hint;
    assert!(
        both.contains("o'r mis Ionawr neu fis Gorffennaf cyntaf"),
        "{both}"
    );
    assert!(
        !both.contains(" a Gorffennaf") && !both.contains(" a Ionawr"),
        "{both}"
    );
}

#[test]
fn a_qualification_is_named_in_its_radical_form_and_mutated_only_in_a_sentence() {
    let cy = messages(Lang::Cy);
    let a = Answers {
        qualified: Some(HeldQualification::SwProbation),
        ..Answers::default()
    };
    let shown = cy.answer_text(
        Question::Qualified,
        &a,
        YearMonth::new(2027, 1).expect("month"),
    );
    assert!(shown.starts_with("Gradd"), "answers page: {shown}");
    let reason = cy.reason(&Reason::HoldsRecognised {
        qualification: HeldQualification::SwProbation,
        year: 1997,
        by_our_reading: false,
    });
    assert!(reason.contains("y radd"), "after the article: {reason}");
    assert!(cy
        .qualification_name(HeldQualification::Sw)
        .starts_with("gradd"));
}

#[test]
fn the_answers_page_echoes_the_label_of_the_choice_made() {
    for lang in Lang::ALL {
        let t = messages(lang);
        for q in [
            Question::Overseas,
            Question::Credits5,
            Question::Exp,
            Question::L3vq,
        ] {
            for value in [YES, NO] {
                let mut a = Answers {
                    level: Some(5),
                    ..Answers::default()
                };
                a.set(
                    q,
                    value,
                    chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("date"),
                )
                .expect("answer");
                let shown = t.answer_text(q, &a, YearMonth::new(2027, 1).expect("month"));
                assert_eq!(shown, t.option(q, value).label, "{lang:?} {q:?} {value}");
                assert!(!["Ie", "Na"].contains(&shown.as_str()), "{q:?}: {shown}");
            }
        }
    }
    // The Welsh answers echo each question's verb.
    let cy = messages(Lang::Cy);
    assert_eq!(cy.option(Question::Overseas, YES).label, "Do");
    assert_eq!(cy.option(Question::L3vq, YES).label, "Oes");
}

#[test]
fn module_counts_from_none_to_all_four_read_naturally_in_both_languages() {
    let [en, cy] = [Lang::En, Lang::Cy].map(messages);
    let counted = |t: &dyn probation_route_finder::text::Messages| -> Vec<String> {
        let mut v: Vec<String> = (0..3)
            .map(|count| {
                t.reason(&Reason::FewModulesDone {
                    count,
                    module_months: 6,
                })
            })
            .collect();
        v.extend((3..=4).map(|count| t.reason(&Reason::ModulesDone { count })));
        v
    };
    let (en_all, cy_all) = (counted(en), counted(cy));
    assert!(
        en_all[0].starts_with("you have not finished any"),
        "{}",
        en_all[0]
    );
    assert!(
        en_all[1].contains("finished one of the four"),
        "{}",
        en_all[1]
    );
    assert!(
        en_all[4].contains("all four knowledge modules"),
        "{}",
        en_all[4]
    );
    assert!(
        cy_all[0].contains("nid ydych wedi gorffen yr un"),
        "{}",
        cy_all[0]
    );
    assert!(
        cy_all[4].contains("pob un o'r pedwar modiwl"),
        "{}",
        cy_all[4]
    );
    for text in en_all.iter().chain(&cy_all) {
        assert!(
            !text.contains("four of the four") && !text.contains("finished no "),
            "{text}"
        );
        assert!(
            !text.contains("o'r pedwar o'r pedwar") && !text.contains("dim un"),
            "{text}"
        );
    }
}
