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
    // A partner's region given in advance (embed.js's data-region) is no one's answer: the start
    // page, there and after Start again; the same region as a person's answer is not.
    let preset = "embed=1&region=wales&preset-region=wales";
    assert_eq!(resolve(preset, today()).page, Page::Start);
    let home = resolve(preset, today()).settings.home_fragment();
    assert_eq!(resolve(&home, today()).page, Page::Start, "{home}");
    assert_eq!(
        resolve("embed=1&region=wales", today()).page,
        Page::Ask(Question::Level)
    );
    assert_eq!(
        resolve("embed=1&region=london&preset-region=wales", today()).page,
        Page::Ask(Question::Level)
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
    // Two bad values keep both; a question's bad value is kept once, even if the link repeats it.
    let two = resolve("level=5&region=mars&exp=maybe&region=venus", today());
    assert_eq!(
        two.bad,
        vec![
            (Question::Region, "mars".to_string()),
            (Question::Exp, "maybe".to_string())
        ]
    );
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

/// An embed with `data-start="question"` (`home=question`) has turned the start page off: no Back
/// link leads there, from the first question or from the privacy page.
#[test]
fn with_the_start_page_turned_off_nothing_leads_back_to_it() {
    let first = Question::ALL[0];
    let plain = resolve(&format!("page={}", first.key()), today());
    assert_eq!(plain.back(), Some((Page::Start, false)));
    let embed = resolve(
        &format!("page={}&embed=1&home=question", first.key()),
        today(),
    );
    assert_eq!(embed.page, Page::Ask(first));
    assert_eq!(embed.back(), None);
    // Later questions still go back one question.
    let level = resolve("page=level&qualified=none&embed=1&home=question", today());
    assert_eq!(level.back(), Some((Page::Ask(first), false)));
    // The privacy page opened from the first question returns to it; opened with no page to
    // return to, it goes to the first question, not the start page.
    for fragment in [
        format!("page=privacy&from={}&home=question", first.key()),
        "page=privacy&home=question".to_string(),
    ] {
        assert_eq!(
            resolve(&fragment, today()).back(),
            Some((Page::Ask(first), false)),
            "{fragment}"
        );
    }
    assert_eq!(
        resolve("page=privacy", today()).back(),
        Some((Page::Start, false))
    );
}

/// Whether every character of a written link is one a fragment can carry unambiguously: no `#`
/// (which would end the fragment for anyone reading it as a URL), no space or non-ASCII (which
/// browsers rewrite), and every `%` the start of an escape.
fn well_formed(link: &str) -> bool {
    let b = link.as_bytes();
    b.iter().enumerate().all(|(i, &c)| match c {
        b'%' => b
            .get(i + 1..i + 3)
            .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)),
        b'&' | b'=' | b',' | b'-' | b'.' | b'_' | b'~' => true,
        c => c.is_ascii_alphanumeric(),
    })
}

#[test]
fn bad_values_keep_their_percent_encoding_when_the_person_moves_on() {
    // (as the link gives it, as the person typed it): every character that has a meaning in a
    // fragment, and Welsh and French letters, percent-encoded as browsers and partners write them,
    // and non-ASCII also as typed.
    let cases = [
        ("1%26level%3D9", "1&level=9"),
        ("12%25", "12%"),
        ("%25zz", "%zz"),
        ("3%23page%3Dresult", "3#page=result"),
        ("six%20months", "six months"),
        ("%C3%A9t%C3%A9", "été"),
        ("%C5%B5", "ŵ"),
        ("ŵ", "ŵ"),
        ("a%2Bb%2Cc", "a+b,c"),
    ];
    for (given, typed) in cases {
        let s = resolve(
            &format!("level=5&exp=yes&job=pso&service={given}&region=wales"),
            today(),
        );
        assert_eq!(s.page, Page::Ask(Question::Service), "{given}");
        assert_eq!(
            s.bad,
            vec![(Question::Service, typed.to_string())],
            "{given}"
        );
        let mut answers = s.parsed.answers.clone();
        // Moving on without answering the bad one: back to an earlier question, another
        // answer changed, and the language switch; each link must carry the value as it came.
        answers.set(Question::Exp, "no", today()).expect("exp");
        for link in [
            s.link(Page::Ask(Question::Level), &s.parsed.answers, false),
            s.link(Page::Ask(Question::Job), &answers, true),
            s.link_in(probation_route_finder::text::Lang::Cy),
        ] {
            assert!(well_formed(&link), "{given}: {link}");
            let again = resolve(&link, today());
            assert_eq!(again.bad, s.bad, "{given}: {link}");
            assert_eq!(again.parsed.errors, s.parsed.errors, "{given}: {link}");
            assert_eq!(again.page, Page::Ask(Question::Service), "{given}: {link}");
            let level: Vec<_> = link
                .split('&')
                .filter(|p| p.starts_with("level="))
                .collect();
            assert_eq!(
                level,
                ["level=5"],
                "a bad value became another answer: {link}"
            );
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 1000, ..Default::default() })]

    /// Any bad value, however it is written, survives a link written by the app unchanged.
    #[test]
    fn any_bad_value_survives_the_links_the_app_writes(
        raw in "[&=%#+, a-z0-9éŵ€\u{1F600}-]{1,12}",
        key in proptest::sample::select(vec!["level", "region", "hours", "start", "service"]),
    ) {
        let mut given = String::new();
        probation_route_finder::rules::fragment::percent_encode(&raw, &mut given);
        let s = resolve(&format!("job=pso&{key}={given}"), today());
        let q = Question::from_key(key).expect("a question");
        proptest::prop_assume!(s.parsed.error_for(q).is_some());
        proptest::prop_assert_eq!(&s.bad, &vec![(q, raw.clone())]);
        let link = s.link(Page::Ask(Question::Job), &s.parsed.answers, false);
        proptest::prop_assert!(well_formed(&link), "{}", link);
        let again = resolve(&link, today());
        proptest::prop_assert_eq!(&again.bad, &s.bad, "{}", link);
        proptest::prop_assert_eq!(&again.parsed, &s.parsed, "{}", link);
    }
}

#[test]
fn the_language_switch_link_names_the_language_and_keeps_the_page() {
    use probation_route_finder::text::Lang;
    let s = resolve(&format!("page=check&{FULL}&lang=en"), today());
    for (lang, code) in [(Lang::Cy, "lang=cy"), (Lang::En, "lang=en")] {
        let link = s.link_in(lang);
        assert!(link.split('&').any(|p| p == code), "{code} missing: {link}");
        let again = resolve(&link, today());
        assert_eq!(again.page, Page::Check, "{link}");
        assert_eq!(again.parsed.answers, s.parsed.answers, "{link}");
    }
}
