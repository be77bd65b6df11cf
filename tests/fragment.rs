//! The fragment parser: bad input of every kind gives a typed error on the right question, keeps
//! the other answers, and never panics; written answers read back as the same answers.

use chrono::NaiveDate;
use probation_route_finder::rules::answers::{Hours, Job, Modules};
use probation_route_finder::rules::fragment::{pairs, percent_encode, MAX_VALUE_BYTES};
use probation_route_finder::rules::policy::{HeldQualification, Region};
use probation_route_finder::rules::{Answers, Problem, Question, YearMonth};
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

fn problem(fragment: &str, q: Question) -> Option<Problem> {
    Answers::from_fragment(fragment, today()).error_for(q)
}

#[test]
fn the_contract_example_reads_as_typed_answers() {
    let parsed = Answers::from_fragment(
        "#level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2027-01",
        today(),
    );
    assert!(parsed.errors.is_empty());
    let a = parsed.answers;
    assert_eq!(a.level, Some(5));
    assert_eq!(a.done.map(Modules::len), Some(3));
    assert_eq!(a.exp, Some(true));
    assert_eq!(a.job, Some(Job::None));
    assert_eq!(a.region, Some(Region::London));
    assert_eq!(a.start, YearMonth::new(2027, 1));
    assert_eq!(a.hours, None);
    assert_eq!(a.hours_or_default(), Hours::FULL_TIME);
}

#[test]
fn each_bad_value_names_its_question_and_keeps_the_rest() {
    let parsed = Answers::from_fragment(
        "level=9&region=mars&hours=40&start=2027-13&exp=yes&job=pso&service=12",
        today(),
    );
    assert_eq!(
        parsed.error_for(Question::Level),
        Some(Problem::OutOfRange { min: 0, max: 8 })
    );
    assert_eq!(
        parsed.error_for(Question::Region),
        Some(Problem::NotAChoice)
    );
    assert_eq!(
        parsed.error_for(Question::Hours),
        Some(Problem::HoursAboveFullTime)
    );
    // Written as a month, but the thirteenth: the month is what is wrong (issue 31).
    assert_eq!(
        parsed.error_for(Question::Start),
        Some(Problem::NotAMonthOfTheYear)
    );
    assert_eq!(parsed.errors.len(), 4);
    assert_eq!(parsed.answers.exp, Some(true));
    assert_eq!(parsed.answers.job, Some(Job::Pso));
    assert_eq!(parsed.answers.service, Some(12));
    assert_eq!(parsed.answers.level, None);
}

#[test]
fn boundaries_of_each_value() {
    assert_eq!(problem("level=0", Question::Level), None);
    assert_eq!(problem("level=8", Question::Level), None);
    assert_eq!(
        problem("level=-1", Question::Level),
        Some(Problem::NotAWholeNumber)
    );
    assert_eq!(
        problem("level=5.0", Question::Level),
        Some(Problem::NotAWholeNumber)
    );
    assert_eq!(problem("level=", Question::Level), Some(Problem::Empty));
    assert_eq!(problem("level", Question::Level), Some(Problem::Empty));
    assert_eq!(problem("service=600", Question::Service), None);
    assert_eq!(
        problem("service=601", Question::Service),
        Some(Problem::OutOfRange { min: 0, max: 600 })
    );
    assert_eq!(
        problem("service=99999999999999999999", Question::Service),
        Some(Problem::OutOfRange { min: 0, max: 600 })
    );
    // A decimal comma is a point ("25,5"), as people in much of Europe write it.
    for ok in [
        "22.2", "29.6", "37", "37.0", "25", "25.5", "25,5", "22,2", "0037",
    ] {
        assert_eq!(
            problem(&format!("hours={ok}"), Question::Hours),
            None,
            "{ok}"
        );
    }
    assert_eq!(
        Answers::from_fragment("hours=25,5", today())
            .answers
            .value(Question::Hours)
            .as_deref(),
        Some("25.5"),
        "written back with a point"
    );
    // Each mistake has its own problem, so its message can say what to do.
    for (bad, want) in [
        ("22.1", Problem::HoursBelowPartTime),
        ("0", Problem::HoursBelowPartTime),
        ("20", Problem::HoursBelowPartTime),
        ("29.7", Problem::HoursAbovePartTime),
        ("30", Problem::HoursAbovePartTime),
        ("36.9", Problem::HoursAbovePartTime),
        ("37.1", Problem::HoursAboveFullTime),
        ("40", Problem::HoursAboveFullTime),
        ("99999999", Problem::HoursAboveFullTime),
        ("22.25", Problem::HoursTooPrecise),
        ("25,55", Problem::HoursTooPrecise),
        ("abc", Problem::HoursNotANumber),
        (".5", Problem::HoursNotANumber),
        ("25.", Problem::HoursNotANumber),
        ("1e3", Problem::HoursNotANumber),
        ("25.5.5", Problem::HoursNotANumber),
        ("25,5,5", Problem::HoursNotANumber),
        ("-25", Problem::HoursNotANumber),
        // A sign that Rust's number parsing would take, in either part.
        ("%2B30", Problem::HoursNotANumber),
        ("30.%2B", Problem::HoursNotANumber),
        ("%2B25.5", Problem::HoursNotANumber),
        ("25.%2B5", Problem::HoursNotANumber),
    ] {
        assert_eq!(
            problem(&format!("hours={bad}"), Question::Hours),
            Some(want),
            "{bad}"
        );
    }
    assert_eq!(problem("qualyear=1950", Question::QualYear), None);
    assert_eq!(problem("qualyear=2026", Question::QualYear), None);
    assert_eq!(
        problem("qualyear=1949", Question::QualYear),
        Some(Problem::OutOfRange {
            min: 1950,
            max: 2026
        })
    );
    assert_eq!(
        problem("qualyear=2027", Question::QualYear),
        Some(Problem::OutOfRange {
            min: 1950,
            max: 2026
        })
    );
    assert_eq!(problem("start=2026-11", Question::Start), None);
    assert_eq!(problem("start=2036-12", Question::Start), None);
    assert!(matches!(
        problem("start=3000-01", Question::Start),
        Some(Problem::MonthOutOfRange { .. })
    ));
    // A start before this month, from a link kept since it was made, is no error: the rules
    // count from today and say so (policy.md, "Links keep their meaning"). Typed into the form,
    // it is still a clear error.
    assert_eq!(problem("start=2026-10", Question::Start), None);
    assert_eq!(problem("start=1990-01", Question::Start), None);
    assert_eq!(
        Answers::default().set(Question::Start, "2026-10", today()),
        Err(Problem::MonthInPast {
            earliest: YearMonth::new(2026, 11).expect("month")
        })
    );
    assert_eq!(
        problem("start=2027-1", Question::Start),
        Some(Problem::NotAMonth)
    );
    assert_eq!(
        problem("start=2027-00", Question::Start),
        Some(Problem::NotAMonthOfTheYear)
    );
    assert_eq!(problem("done=", Question::Done), None);
    assert_eq!(
        problem("done=crime,law", Question::Done),
        Some(Problem::UnknownModule)
    );
    assert_eq!(
        problem("job=judge", Question::Job),
        Some(Problem::NotAChoice)
    );
    assert_eq!(
        problem("exp=maybe", Question::Exp),
        Some(Problem::NotAChoice)
    );
    assert_eq!(
        problem("qualified=phd", Question::Qualified),
        Some(Problem::NotAChoice)
    );
}

#[test]
fn cross_field_and_repeated_values() {
    let parsed = Answers::from_fragment("done=crime,cjs&doing=cjs", today());
    assert_eq!(
        parsed.error_for(Question::Doing),
        Some(Problem::DoneAndDoing)
    );
    assert_eq!(parsed.answers.done.map(Modules::len), Some(2));
    assert_eq!(
        problem("level=5&level=6", Question::Level),
        Some(Problem::GivenTwice)
    );
    assert_eq!(problem("level=5&level=5", Question::Level), None);
    assert_eq!(
        problem("region=lon%zzdon", Question::Region),
        Some(Problem::BadEncoding)
    );
    assert_eq!(
        problem("region=%FF", Question::Region),
        Some(Problem::BadEncoding)
    );
    assert_eq!(problem("region=%6Condon", Question::Region), None);
    // A link cut short in the middle of an escape.
    for cut in ["region=london%", "region=london%4"] {
        assert_eq!(
            problem(cut, Question::Region),
            Some(Problem::BadEncoding),
            "{cut}"
        );
    }
}

#[test]
fn unknown_keys_and_navigation_are_ignored() {
    let parsed = Answers::from_fragment("page=level&lang=cy&mode=kiosk&x&&=5&level=3", today());
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(parsed.answers.level, Some(3));
}

#[test]
fn written_fragments_follow_the_contract_order() {
    let a = Answers {
        qualified: Some(HeldQualification::None),
        level: Some(6),
        hours: Hours::from_tenths(255),
        done: Some(Modules::NONE),
        region: Some(Region::KentSurreySussex),
        ..Answers::default()
    };
    assert_eq!(
        a.to_fragment(),
        "level=6&done=&region=kent-surrey-sussex&hours=25.5&qualified=none"
    );
}

fn arb_answers() -> impl Strategy<Value = Answers> {
    let modules = (0u8..16).prop_map(Modules::from_bits);
    let hours = proptest::option::of(prop_oneof![Just(370u16), 222u16..=296])
        .prop_map(|t| t.and_then(Hours::from_tenths));
    (
        (
            proptest::option::of(0u8..=8),
            proptest::option::of(any::<bool>()),
            proptest::option::of(modules.clone()),
            proptest::option::of(modules),
        ),
        (
            proptest::option::of(any::<bool>()),
            proptest::option::of(any::<bool>()),
            proptest::option::of(proptest::sample::select(Job::ALL.to_vec())),
            proptest::option::of(0u16..=600),
        ),
        (
            proptest::option::of(any::<bool>()),
            proptest::option::of(proptest::sample::select(Region::ALL.to_vec())),
            hours,
            proptest::option::of((2027i32..=2036, 1u32..=12)),
        ),
        (
            proptest::option::of(proptest::sample::select(HeldQualification::ALL.to_vec())),
            proptest::option::of(1950u16..=2026),
        ),
    )
        .prop_map(
            |(
                (level, overseas, done, doing),
                (exp, l3vq, job, service),
                (credits5, region, hours, start),
                (qualified, qualyear),
            )| {
                // The parser rejects a module both done and in progress, so generate disjoint sets.
                let doing = match (done, doing) {
                    (Some(d), Some(g)) => Some(g.without(d)),
                    (_, g) => g,
                };
                Answers {
                    level,
                    overseas,
                    done,
                    doing,
                    exp,
                    l3vq,
                    job,
                    service,
                    credits5,
                    region,
                    hours,
                    start: start.and_then(|(y, m)| YearMonth::new(y, m)),
                    qualified,
                    qualyear,
                    applied: None,
                    diploma: None,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_panic(s in ".*") {
        let parsed = Answers::from_fragment(&s, today());
        // Whatever was read is itself writable and readable again without errors.
        let again = Answers::from_fragment(&parsed.answers.to_fragment(), today());
        prop_assert!(again.errors.is_empty(), "{:?}", again.errors);
        prop_assert_eq!(again.answers, parsed.answers);
    }

    /// The public codec: any text, written into a fragment by `percent_encode`, reads back as the
    /// same text through `pairs`, alone and between other pairs, up to the longest value a link
    /// may give (`MAX_VALUE_BYTES` as written); a longer one is not read. The characters are the
    /// ones that mean something in a fragment or a URL (`&`, `=`, `%`, `#`, `+`, space) and
    /// non-ASCII text.
    #[test]
    fn percent_encoding_round_trips_text_that_needs_it(
        x in prop_oneof![
            "[&=%#+ ,.a-zA-Z0-9éŵŴ€\u{1F600}-]{0,16}",
            any::<String>(),
        ],
    ) {
        let mut encoded = String::new();
        percent_encode(&x, &mut encoded);
        prop_assert!(
            encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b"%-._~,".contains(&b)),
            "{:?} encoded as {}", x, encoded
        );
        let fragment = format!("#a=1&k={encoded}&b=2");
        let read: Vec<(&str, Option<String>)> = pairs(&fragment).collect();
        let k = (encoded.len() <= MAX_VALUE_BYTES).then(|| x.clone());
        prop_assert_eq!(
            read,
            vec![("a", Some("1".to_string())), ("k", k), ("b", Some("2".to_string()))],
            "{}", fragment
        );
    }

    #[test]
    fn fragment_like_strings_never_panic(s in "([a-z0-9]{0,9}=[a-z0-9%.,-]{0,12}&){0,8}") {
        let _ = Answers::from_fragment(&s, today());
    }

    #[test]
    fn answers_to_fragment_to_answers_is_identity(a in arb_answers()) {
        let parsed = Answers::from_fragment(&a.to_fragment(), today());
        prop_assert!(parsed.errors.is_empty(), "{:?} from {}", parsed.errors, a.to_fragment());
        prop_assert_eq!(parsed.answers, a);
    }
}

#[test]
fn modules_from_bits_and_repeated_in_a_link() {
    use probation_route_finder::rules::policy::Module;
    let two = Modules::from_bits(0b0101);
    assert_eq!(two.len(), 2);
    assert!(two.contains(Module::Crime) && two.contains(Module::Penal));
    assert!(!two.contains(Module::Cjs));
    // Only the four modules' bits are kept.
    assert_eq!(Modules::from_bits(0xff).len(), 4);
    // A module named twice is one module.
    let parsed = Answers::from_fragment("done=crime,crime,cjs", today());
    assert_eq!(parsed.answers.done.map(Modules::len), Some(2));
}
