//! The message catalogue: every question has words, every choice is a value the rules accept,
//! every problem has a message, and the words keep the promise of "based on your answers".

use crate::common;

use chrono::NaiveDate;
use probation_route_finder::rules::advice::Headline;
use probation_route_finder::rules::answers::Answers;
use probation_route_finder::rules::flow::Framing;
use probation_route_finder::rules::policy::{Module, Region};
use probation_route_finder::rules::questions::PART_TIME;
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
                if matches!((q, choice.value), (Question::Hours, PART_TIME))
                    || matches!(q, Question::Start | Question::Diploma)
                {
                    continue; // these radios open text boxes, which give the answer
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
                let text = en.problem(q, p, None);
                assert!(
                    text.len() > 15 && !text.ends_with('.'),
                    "{q:?} {p:?}: {text}"
                );
            }
        }
    }
}

/// Hours typed under part time that it does not allow: each mistake gets words that say what to
/// do, full time being the way to 37 hours, rather than the same range for every mistake.
#[test]
fn each_hours_mistake_says_what_to_do() {
    use probation_route_finder::rules::Problem;
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let message = |m: &dyn Messages, typed: &str| {
        let mut a = Answers::default();
        let p = a.set(Question::Hours, typed, today).expect_err(typed);
        m.problem(Question::Hours, p, None)
    };
    for (m, full_time, or_more, or_fewer) in [
        (
            messages(Lang::En),
            "choose full time",
            "or more",
            "or fewer",
        ),
        (
            messages(Lang::Cy),
            "dewiswch lawn amser",
            "neu fwy",
            "neu lai",
        ),
    ] {
        let (forty, thirty, twenty) = (message(m, "40"), message(m, "30"), message(m, "20"));
        for (typed, text) in [("40", &forty), ("30", &thirty)] {
            assert!(text.to_lowercase().contains(full_time), "{typed}: {text}");
        }
        assert!(
            thirty.contains("29.6") && thirty.contains(or_fewer),
            "{thirty}"
        );
        assert!(
            twenty.contains("22.2") && twenty.contains(or_more),
            "{twenty}"
        );
        assert!(!twenty.to_lowercase().contains(full_time), "{twenty}");
        assert!(forty.contains("22.2") && forty.contains("29.6"), "{forty}");
        let all = [
            &forty,
            &thirty,
            &twenty,
            &message(m, "25.55"),
            &message(m, "abc"),
        ];
        for (i, a) in all.iter().enumerate() {
            assert!(
                all[i + 1..].iter().all(|b| a != b),
                "the same words twice: {a}"
            );
        }
        assert_ne!(
            m.problem(Question::Hours, Problem::NoPartTimeHours, None),
            m.problem(Question::Hours, Problem::Empty, None),
            "part time with no hours is not 'choose full or part time'"
        );
    }
}

#[test]
fn results_say_based_on_your_answers_never_eligible() {
    let [en, cy] = both();
    for h in common::every_headline() {
        let summary = en.summary(h);
        assert!(summary.starts_with("Based on your answers"), "{h:?}");
        assert!(!summary.to_lowercase().contains("eligible"));
        assert!(cy.summary(h).starts_with("Yn ôl eich atebion"), "{h:?}");
        assert!(!cy.summary(h).contains("cymwys"));
    }
    assert_eq!(
        en.month(YearMonth::new(2028, 4).expect("month")),
        "April 2028"
    );
    assert!(!en.headline(Headline::PsoServing).contains("Apply to be"));
}

#[test]
fn a_bad_module_in_a_link_is_named() {
    for m in both() {
        let text = m.problem(
            Question::Done,
            probation_route_finder::rules::Problem::UnknownModule,
            Some("crime,Foo"),
        );
        assert!(text.contains("Foo"), "{text}");
    }
}

#[test]
fn months_typed_as_names_or_numbers_in_either_language() {
    use probation_route_finder::text::month_number;
    for (typed, month) in [
        ("12", Some(12)),
        ("1", Some(1)),
        ("01", Some(1)),
        ("December", Some(12)),
        ("dec", Some(12)),
        ("  Rhagfyr ", Some(12)),
        ("tachwedd", Some(11)),
        ("Mai", Some(5)),
        ("Mawrth", Some(3)),
        ("Mehefin", Some(6)),
        ("ma", None),
        ("13", None),
        ("0", None),
        ("Smarch", None),
        ("", None),
    ] {
        assert_eq!(month_number(typed), month, "{typed:?}");
    }
}

/// The string literals of a Rust source file (ordinary "…" strings; the catalogue uses no raw
/// strings), with the line each starts on.
fn literals(source: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut chars = source.chars().peekable();
    let (mut line, mut in_comment) = (1, false);
    while let Some(c) = chars.next() {
        match c {
            '\n' => {
                line += 1;
                in_comment = false;
            }
            '/' if chars.peek() == Some(&'/') => in_comment = true,
            '\'' if !in_comment => {
                // A char literal such as '"' must not open a string.
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with("\\") || rest.chars().nth(1) == Some('\'') {
                    for x in chars.by_ref() {
                        if x == '\'' {
                            break;
                        }
                    }
                }
            }
            '"' if !in_comment => {
                let (start, mut s) = (line, String::new());
                while let Some(x) = chars.next() {
                    match x {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        '\n' => {
                            line += 1;
                            s.push(x);
                        }
                        _ => s.push(x),
                    }
                }
                out.push((start, s));
            }
            _ => {}
        }
    }
    out
}

/// Names, not figures: GCSE grades and the PQiP's two parts. The only digits a message may type.
const GRADE_NAMES: [&str; 12] = [
    "9 to 4", "3 to 1", "A* to C", "D to G", "9 i 4", "3 i 1", "A* i C", "D i G", "Part 1",
    "Part 2", "Rhan 1", "Rhan 2",
];

/// Number words that would be a count typed by hand if they stood inside a sentence.
const NUMBER_WORDS: [&str; 25] = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "dau", "dwy", "tri", "tair", "pedwar", "pedair", "pump", "chwech", "saith", "wyth",
    "naw", "deg", "deuddeg",
];

#[test]
fn no_number_is_typed_into_a_message() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/text");
    let mut found = Vec::new();
    for file in ["en.rs", "cy.rs"] {
        let Ok(source) = std::fs::read_to_string(dir.join(file)) else {
            continue; // a language not written yet has nothing to check
        };
        for (line, lit) in literals(&source) {
            // `{}` and `{name}` are filled in: only what is outside them was typed.
            let typed: String = lit
                .split('{')
                .map(|part| part.split_once('}').map_or(part, |(_, after)| after))
                .collect::<Vec<_>>()
                .join(" ");
            let mut rest = typed.clone();
            for name in GRADE_NAMES {
                rest = rest.replace(name, "");
            }
            if rest.chars().any(|c| c.is_ascii_digit()) {
                found.push(format!("{file}:{line}: digit in {lit:?}"));
            }
            // A number word alone is a word table (`count_word`); inside a sentence it is a count.
            let words: Vec<&str> = typed
                .split(|c: char| !c.is_alphabetic() && c != '\'')
                .filter(|w| !w.is_empty())
                .collect();
            if words.len() > 1 {
                for w in &words {
                    if NUMBER_WORDS.contains(&w.to_lowercase().as_str()) {
                        found.push(format!("{file}:{line}: number word {w:?} in {lit:?}"));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "numbers typed into messages:\n{}",
        found.join("\n")
    );
}

/// Sentences the sources do not support, found by trying the tool as its users would: none of
/// them may come back.
#[test]
fn no_message_says_what_no_source_supports() {
    let en = messages(Lang::En);
    let all = common::every_message(en).join("\n");
    for unsupported in [
        "in a prison or HMPPS headquarters",
        "There is no minimum amount",
        "all teach at a distance",
        "about 3 minutes",
        "tell us",
        "last checked",
        "Sometimes called Criminology",
    ] {
        assert!(!all.contains(unsupported), "a message says {unsupported:?}");
    }
}

/// The intake months come from the policy data: the sentences that state them join them with
/// "and", the check page's answer for "the next start" with "or".
#[test]
fn the_intake_months_are_joined_with_and_where_stated_and_or_where_one_is_meant() {
    use probation_route_finder::rules::assess::Note;
    use probation_route_finder::rules::policy::{Assumption, INTAKE_MONTHS};
    let names: Vec<&str> = INTAKE_MONTHS
        .iter()
        .map(|&m| {
            u8::try_from(m)
                .ok()
                .and_then(|m| chrono::Month::try_from(m).ok())
                .map(|m| m.name())
                .expect("a month")
        })
        .collect();
    let (and, or) = (names.join(" and "), names.join(" or "));
    let en = messages(Lang::En);
    let note = en.note(&Note::Assumed(Assumption::IntakeMonths));
    assert!(note.contains(&format!("We used {and}.")), "{note}");
    let intro = en.journey_intro(false);
    assert!(intro.contains(&format!("intakes as {and},")), "{intro}");
    let hint = en.question_for(Question::Start, Framing::PsoJob).hint;
    assert!(
        hint.contains(&format!("we count from the first {or} at least")),
        "{hint}"
    );
}

/// The two documents disagree about a third module in progress (001 "started their 3rd"; 002 para
/// 30 counts modules "completed"): the note must say so, not call the guidance unclear.
#[test]
fn the_third_module_note_names_the_two_documents_that_disagree() {
    use probation_route_finder::rules::assess::Note;
    use probation_route_finder::rules::policy::Assumption;
    let note = messages(Lang::En).note(&Note::Assumed(Assumption::ThirdModuleInProgress));
    for must in [
        "FAQs",
        "started your third module",
        "statutory guidance counts only modules you have finished",
    ] {
        assert!(note.contains(must), "{note:?} lacks {must:?}");
    }
    assert!(!note.contains("not clear"), "{note:?}");
    let welsh = messages(Lang::Cy).note(&Note::Assumed(Assumption::ThirdModuleInProgress));
    for must in [
        "cwestiynau cyffredin",
        "dechrau eich trydydd modiwl",
        "modiwlau rydych wedi'u gorffen",
        "canllawiau statudol",
    ] {
        assert!(welsh.contains(must), "{welsh:?} lacks {must:?}");
    }
    assert!(!welsh.contains("glir"), "{welsh:?}");
}

/// Terms the seeds use without defining ("effective service", 000; a "relevant" Level 3
/// vocational qualification, 001) are not left bare: each hint says who can tell them.
#[test]
fn an_undefined_term_in_a_question_says_who_can_explain_it() {
    let en = messages(Lang::En);
    let service = en.question(Question::Service).hint;
    assert!(
        service.contains("effective service") && service.contains("line manager"),
        "{service}"
    );
    let l3vq = en.question(Question::L3vq).hint;
    assert!(
        l3vq.contains("relevant") && l3vq.contains("universities that run the access route"),
        "{l3vq}"
    );
    let cy = messages(Lang::Cy);
    assert!(cy
        .question(Question::Service)
        .hint
        .contains("rheolwr llinell"));
    assert!(cy.question(Question::L3vq).hint.contains("prifysgolion"));
}

/// Each "the guidance says" names its real source (issue 33): the 30 months part time are the
/// careers pages' (000), the intakes the careers FAQs' (001).
#[test]
fn our_readings_name_the_source_they_read() {
    use probation_route_finder::rules::assess::Note;
    use probation_route_finder::rules::policy::Assumption;
    let en = messages(Lang::En);
    let part_time = en.note(&Note::Assumed(Assumption::PartTimeProRata));
    assert!(
        part_time.contains("the careers pages say part time"),
        "{part_time}"
    );
    assert!(!part_time.contains("guidance"), "{part_time}");
    let intakes = en.note(&Note::Assumed(Assumption::IntakeMonths));
    assert!(intakes.contains("careers FAQs"), "{intakes}");
    assert!(
        intakes.contains("advertises its own start date"),
        "{intakes}"
    );
    let cy = messages(Lang::Cy).note(&Note::Assumed(Assumption::PartTimeProRata));
    assert!(cy.contains("tudalennau gyrfaoedd"), "{cy}");
    // The CJL courses in their own right: never without what the access route is for (001).
    let cjl = en.change_text(&probation_route_finder::rules::assess::Change::StudyCjl);
    assert!(
        cjl.contains("the access route is for people with relevant experience"),
        "{cjl}"
    );
}
