//! The whole journey (policy.md, "The whole journey"): the stages the rules plan for each route,
//! and what the result page draws of them: the contract's `data-journey` list, the answer in
//! words, the dates in "what would change this" and the other routes, and the calendar file.

use chrono::NaiveDate;
use probation_route_finder::rules::assess::{assess, Pathway};
use probation_route_finder::rules::journey::{plan, Journey, PartKind, StageKind};
use probation_route_finder::rules::{Answers, YearMonth};
use probation_route_finder::text::{messages, Lang};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).expect("date")
}

fn ym(y: i32, m: u32) -> YearMonth {
    YearMonth::new(y, m).expect("month")
}

fn answers(fragment: &str) -> Answers {
    let parsed = Answers::from_fragment(fragment, today());
    assert!(parsed.errors.is_empty(), "{fragment}: {:?}", parsed.errors);
    parsed.answers
}

fn journey(fragment: &str) -> Journey {
    assess(&answers(fragment), today())
        .journey
        .expect("a journey")
}

/// (slug, from, to) of each stage.
fn stages(j: &Journey) -> Vec<(&'static str, YearMonth, YearMonth)> {
    j.stages().map(|s| (s.kind.slug(), s.from, s.to)).collect()
}

use crate::common;

/// The escaped form of `s`, as the page must show it.
fn escaped(s: &str) -> String {
    maud::html! { (s) }.into_string()
}

fn result_page(fragment: &str, lang: Lang) -> String {
    common::result_page(fragment, lang, today())
}

const CJL: &str = "level=4&exp=yes&l3vq=yes&job=none&region=london&start=2027-01";

#[test]
fn the_cjl_journey_is_policy_mds_example() {
    let j = journey(CJL);
    assert_eq!(
        stages(&j),
        vec![
            ("access-l4", ym(2027, 1), ym(2027, 4)),
            ("access-l5", ym(2027, 4), ym(2028, 4)),
            ("wait", ym(2028, 4), ym(2028, 7)),
            ("pqip", ym(2028, 7), ym(2030, 4)),
        ]
    );
    assert_eq!(j.qualified, ym(2030, 4));
    assert_eq!(j.if_short_pqip, Some(ym(2029, 10)));
    // The 21-month programme: the modules, then Part 1 and Part 2 (002 paras 28-29).
    let parts: Vec<_> = j.pqip_parts().map(|p| (p.kind, p.months())).collect();
    assert_eq!(
        parts,
        vec![
            (PartKind::Modules, 6),
            (PartKind::Part1, 6),
            (PartKind::Part2, 9)
        ]
    );
}

#[test]
fn the_pso_journeys_are_policy_mds_examples() {
    let level4 = journey("level=4&exp=no&job=none&start=2027-01");
    assert_eq!(
        stages(&level4),
        vec![
            ("pso", ym(2027, 1), ym(2027, 7)),
            ("wait", ym(2027, 7), ym(2028, 1)),
            ("pqip", ym(2028, 1), ym(2029, 10)),
        ]
    );
    let level2 = journey("level=2&exp=no&job=none&start=2027-01");
    assert_eq!(
        level2.stages().next().map(|s| s.kind),
        Some(StageKind::Diploma)
    );
    assert_eq!(level2.qualified, ym(2030, 4));
    // A serving PSO starts now, with the service they have; a start in the link is not theirs.
    let serving = journey("level=4&job=pso&service=3&start=2028-07");
    assert_eq!(serving.start(), ym(2026, 11));
    assert_eq!(serving.qualified, ym(2029, 4));
}

#[test]
fn part_time_parts_fill_the_lengthened_pqip() {
    let j = journey(
        "level=6&done=crime,cjs,penal&exp=yes&job=none&region=london&hours=25&start=2027-01",
    );
    let pqip = j.pqip().expect("pqip");
    assert_eq!(pqip.months(), 23);
    let parts: Vec<_> = j.pqip_parts().collect();
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[0].from, pqip.from);
    assert_eq!(parts[0].to, parts[1].from);
    assert_eq!(parts[1].to, pqip.to);
    // 6 of 15 months at the same proportion: 9.2, rounded.
    assert_eq!(parts[0].months(), 9);
}

#[test]
fn each_alternative_has_its_own_qualifying_month() {
    // A serving PSO with a degree: the national campaign now, or PSO Progression later.
    let a = answers("level=6&job=pso&service=2&credits5=no&done=&region=london&start=2027-01");
    let o = assess(&a, today());
    assert_eq!(&o.alternatives[..], &[Pathway::PsoPathway]);
    let now = o.qualified().expect("qualified");
    let later = plan(Pathway::PsoPathway, &a, today())
        .expect("journey")
        .qualified;
    assert_eq!(now, ym(2028, 10));
    // Progression opens 2027-03; the next intake 2027-07; 21 months.
    assert_eq!(later, ym(2029, 4));
}

/// The values of `attribute` on the page, in order.
fn values_of<'a>(page: &'a str, attribute: &str) -> Vec<&'a str> {
    page.split(&format!("{attribute}=\""))
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

#[test]
fn the_result_page_draws_the_journey_as_the_contract_says() {
    for lang in Lang::ALL {
        let page = result_page(CJL, lang);
        assert!(page.contains(r#"data-qualified="2030-04""#), "{lang:?}");
        assert!(page.contains("data-journey"), "{lang:?}");
        assert_eq!(
            values_of(&page, "data-stage"),
            ["access-l4", "access-l5", "wait", "pqip"]
        );
        assert!(page.contains(r#"data-stage="access-l4" data-from="2027-01" data-to="2027-04""#));
        assert!(page.contains(r#"data-stage="pqip" data-from="2028-07" data-to="2030-04""#));
        assert_eq!(
            values_of(&page, "data-part"),
            ["modules", "part-1", "part-2"]
        );
        // The answer in words, and the 15-month month for the CJL route.
        let t = messages(lang);
        assert!(page.contains(&t.qualify_by(ym(2030, 4))), "{lang:?}");
        assert!(
            page.contains(&t.qualify_in(41, Some(ym(2027, 1)))),
            "{lang:?}"
        );
        assert!(
            page.contains(&t.if_short_pqip(ym(2029, 10), ym(2030, 4))),
            "{lang:?}"
        );
    }
    // Already qualified: no journey, an empty data-qualified.
    let page = result_page("qualified=pqip&qualyear=2020", Lang::En);
    assert!(page.contains(r#"data-qualified="""#));
    assert!(!page.contains("data-journey"));
    assert!(!page.contains("data-stage"));
}

#[test]
fn a_change_of_length_says_the_new_qualifying_month() {
    let t = messages(Lang::En);
    let page = result_page(
        "level=7&done=&exp=yes&job=none&region=north-east&start=2027-07",
        Lang::En,
    );
    let expected = format!(
        "you could qualify in {} instead of {}",
        t.month(ym(2028, 10)),
        t.month(ym(2029, 4))
    );
    assert!(page.contains(&expected), "{expected}");
}

#[test]
fn the_other_routes_say_when_they_would_qualify_you() {
    let t = messages(Lang::En);
    let page = result_page(
        "level=6&job=pso&service=2&credits5=no&done=&region=london&start=2027-01",
        Lang::En,
    );
    assert!(page.contains(&t.alternative_qualify(ym(2029, 4), false)));
    assert!(!page.contains(&t.quicker_route()), "later: no pointer");
    // The CJL route's other way in, as a PSO, is quicker for a Level 4: it says so, in the list
    // and in the panel.
    let page = result_page(CJL, Lang::En);
    assert!(page.contains(&t.alternative_qualify(ym(2029, 10), true)));
    assert!(page.contains(&escaped(&t.quicker_route())));
    // A serving PSO's internal PQiP and the national one end in the same month: not sooner.
    let page = result_page(
        "level=5&done=&exp=yes&l3vq=yes&job=pso&service=0&credits5=yes&region=north-east",
        Lang::En,
    );
    assert!(
        page.contains(&t.alternative_qualify(ym(2028, 10), false)),
        "{page}"
    );
    assert!(!page.contains(&escaped(&t.quicker_route())));
}

/// The calendar file, decoded from the link the page offers.
fn calendar_file(page: &str) -> String {
    let href = page
        .split("href=\"data:text/calendar;charset=utf-8,")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a calendar link");
    let bytes = href.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("hex");
            out.push(u8::from_str_radix(hex, 16).expect("hex"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn the_calendar_file_holds_the_key_dates_and_is_valid() {
    for lang in Lang::ALL {
        let page = result_page(CJL, lang);
        assert!(page.contains(r#"download="probation-journey.ics""#));
        let ics = calendar_file(&page);
        assert!(
            ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
            "{ics}"
        );
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for date in ["20270101", "20270401", "20280401", "20280701", "20300401"] {
            assert!(
                ics.contains(&format!("DTSTART;VALUE=DATE:{date}")),
                "{lang:?} {date}"
            );
        }
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 5);
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "unfolded: {line:?}");
            assert!(!line.contains('\n'));
        }
        // A comma in a summary is escaped, as TEXT values need.
        let unfolded = ics.replace("\r\n ", "");
        for summary in unfolded.lines().filter(|l| l.starts_with("SUMMARY:")) {
            let body = summary.trim_start_matches("SUMMARY:");
            assert!(
                !body.replace("\\,", "").contains(','),
                "{lang:?}: {summary}"
            );
        }
    }
}
