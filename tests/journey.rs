//! The whole journey (policy.md, "The whole journey", revised December 2026): a journey a person
//! could follow from today. Applying takes about six months, so every PQiP starts at the first
//! intake at least that long after they can apply, with an `apply` stage before it; modules
//! studied before applying take time; a serving PSO below Level 3 has the Diploma to finish; every
//! route open to them is compared. Then what the result page draws of it: the contract's
//! `data-journey`, `data-routes` and `data-option`, the answer in words, and the calendar file.

use chrono::NaiveDate;
use probation_route_finder::rules::assess::{assess, Pathway};
use probation_route_finder::rules::compare::{compare, IfLevel3};
use probation_route_finder::rules::journey::{first_intake, plan, Journey, ModulePlan, PartKind};
use probation_route_finder::rules::{Answers, YearMonth};
use probation_route_finder::text::{messages, Lang};

/// The day the policy's examples were written: applying in December 2026 leads to July 2027.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 6).expect("date")
}

fn ym(y: i32, m: u32) -> YearMonth {
    YearMonth::new(y, m).expect("month")
}

fn answers_on(fragment: &str, today: NaiveDate) -> Answers {
    let parsed = Answers::from_fragment(fragment, today);
    assert!(parsed.errors.is_empty(), "{fragment}: {:?}", parsed.errors);
    parsed.answers
}

fn answers(fragment: &str) -> Answers {
    answers_on(fragment, today())
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

/// Policy.md's CJL example: start 2028-01, no modules, full time.
const CJL: &str = "level=4&exp=yes&l3vq=yes&job=none&region=london&start=2028-01";

#[test]
fn the_first_intake_is_at_least_six_months_after_someone_can_apply() {
    // policy.md's examples, and every month of the year around the two intakes.
    for ((y, m), intake) in [
        ((2026, 12), (2027, 7)),
        ((2028, 4), (2029, 1)),
        ((2027, 1), (2027, 7)),
        ((2027, 2), (2028, 1)),
        ((2027, 6), (2028, 1)),
        ((2027, 7), (2028, 1)),
        ((2027, 8), (2028, 7)),
        ((2026, 7), (2027, 1)),
    ] {
        assert_eq!(first_intake(ym(y, m)), ym(intake.0, intake.1), "{y}-{m}");
    }
}

#[test]
fn the_cjl_and_new_pso_journeys_are_policy_mds_examples() {
    let cjl = journey(CJL);
    assert_eq!(
        stages(&cjl),
        vec![
            ("access-l4", ym(2028, 1), ym(2028, 4)),
            ("access-l5", ym(2028, 4), ym(2029, 4)),
            ("apply", ym(2029, 4), ym(2030, 1)),
            ("pqip", ym(2030, 1), ym(2031, 10)),
        ]
    );
    assert_eq!(cjl.if_short_pqip, Some(ym(2031, 4)));
    // The 21-month programme: the modules, then Part 1 and Part 2 (002 paras 28-29).
    let parts: Vec<_> = cjl.pqip_parts().map(|p| (p.kind, p.months())).collect();
    assert_eq!(
        parts,
        vec![
            (PartKind::Modules, 6),
            (PartKind::Part1, 6),
            (PartKind::Part2, 9)
        ]
    );
    let pso = journey("level=4&exp=no&job=none&region=london&start=2028-01");
    assert_eq!(
        stages(&pso),
        vec![
            ("pso", ym(2028, 1), ym(2028, 7)),
            ("apply", ym(2028, 7), ym(2029, 1)),
            ("pqip", ym(2029, 1), ym(2030, 10)),
        ]
    );
    // Below Level 3, the Diploma's 12 months first.
    let level2 = journey("level=2&exp=no&job=none&start=2027-01");
    assert_eq!(
        stages(&level2),
        vec![
            ("diploma", ym(2027, 1), ym(2028, 1)),
            ("apply", ym(2028, 1), ym(2028, 7)),
            ("pqip", ym(2028, 7), ym(2030, 4)),
        ]
    );
}

#[test]
fn a_pqip_applicant_applies_first_and_starts_at_the_first_intake_they_could_join() {
    let pqip = "level=6&done=crime,cjs,penal&exp=yes&job=none&region=london";
    // No start given: the default start, July 2027, after applying from now.
    assert_eq!(
        stages(&journey(pqip)),
        vec![
            ("apply", ym(2026, 12), ym(2027, 7)),
            ("pqip", ym(2027, 7), ym(2028, 10)),
        ]
    );
    // January 2027 is too soon for someone who has not applied: the same journey, said so.
    let soon = assess(&answers(&format!("{pqip}&start=2027-01")), today());
    assert_eq!(soon.start, Some(ym(2027, 7)));
    assert_eq!(soon.qualified(), Some(ym(2028, 10)));
    // Having applied for it, or holding an offer, January is their intake.
    let applied = journey(&format!("{pqip}&start=2027-01&applied=yes"));
    assert_eq!(
        stages(&applied),
        vec![
            ("apply", ym(2026, 12), ym(2027, 1)),
            ("pqip", ym(2027, 1), ym(2028, 4)),
        ]
    );
    assert!(applied.applied);
    // A later intake they chose: they apply in its campaign, six months before it.
    assert_eq!(
        stages(&journey(&format!("{pqip}&start=2028-01"))),
        vec![
            ("apply", ym(2027, 7), ym(2028, 1)),
            ("pqip", ym(2028, 1), ym(2029, 4)),
        ]
    );
    // A campaign's own month (not January or July) is kept as given.
    assert_eq!(
        journey(&format!("{pqip}&start=2027-09"))
            .pqip()
            .map(|s| s.from),
        Some(ym(2027, 9))
    );
    // Part time lengthens the PQiP, and its parts fill it.
    let part = journey(&format!("{pqip}&hours=25"));
    let stage = part.pqip().expect("pqip");
    assert_eq!(stage.months(), 23);
    let parts: Vec<_> = part.pqip_parts().collect();
    assert_eq!(parts.first().map(|p| p.from), Some(stage.from));
    assert_eq!(parts.last().map(|p| p.to), Some(stage.to));
    // 6 of 15 months at the same proportion: 9.2, rounded.
    assert_eq!(parts.first().map(|p| p.months()), Some(9));
    // The 21-month programme at 22.2 hours, 30 months: the modules and Part 1, 6 months each
    // full time, stay equal (8.6, rounded), Part 2 the rest.
    let extended = journey("level=6&done=&exp=yes&job=none&region=london&hours=22.2");
    let parts: Vec<_> = extended
        .pqip_parts()
        .map(|p| (p.kind, p.months()))
        .collect();
    assert_eq!(
        parts,
        vec![
            (PartKind::Modules, 9),
            (PartKind::Part1, 9),
            (PartKind::Part2, 12)
        ]
    );
}

#[test]
fn the_default_start_and_the_pqip_follow_today_across_the_month_boundaries() {
    let pqip = "level=6&done=crime,cjs,penal&exp=yes&job=none&region=london";
    for ((y, m, d), intake) in [
        ((2027, 6, 30), (2028, 1)),
        ((2027, 7, 1), (2028, 1)),
        ((2026, 12, 31), (2027, 7)),
        ((2027, 1, 1), (2027, 7)),
    ] {
        let today = NaiveDate::from_ymd_opt(y, m, d).expect("date");
        let o = assess(&answers_on(pqip, today), today);
        let j = o.journey.expect("journey");
        assert_eq!(o.start, Some(ym(intake.0, intake.1)), "{today}");
        assert_eq!(j.start(), YearMonth::of(today), "{today}: apply from now");
        assert_eq!(
            j.pqip().map(|s| s.from),
            Some(ym(intake.0, intake.1)),
            "{today}"
        );
    }
}

#[test]
fn modules_before_applying_take_time_and_the_third_need_only_be_started() {
    let base = "level=5&exp=yes&job=none&region=london";
    let options = |done: &str| {
        let a = answers(&format!("{base}&done={done}"));
        compare(&a, today())
            .options
            .into_iter()
            .map(|o| (o.plan, o.route.slug(), o.journey, o.fastest))
            .collect::<Vec<_>>()
    };
    // None finished: 21 months applying now, or two modules (4 months each), a third started,
    // then the 15-month programme.
    let none = options("");
    assert_eq!(none.len(), 3, "apply now, modules first, a PSO job");
    let (plan, route, first, fastest) = none[1];
    assert_eq!((plan, route), (ModulePlan::ModulesFirst, "pqip-15"));
    assert_eq!(
        stages(&first),
        vec![
            ("modules", ym(2026, 12), ym(2027, 8)),
            ("apply", ym(2027, 8), ym(2028, 7)),
            ("pqip", ym(2028, 7), ym(2029, 10)),
        ]
    );
    assert!(!fastest, "applying now is sooner");
    assert_eq!(none[0].2.qualified, ym(2029, 4));
    assert!(none[0].3);
    // One finished: one more, then the same qualifying month as applying now: both fastest.
    let one = options("crime");
    assert_eq!(one[1].2.qualified, ym(2029, 4));
    assert!(one[0].3 && one[1].3);
    // Two finished: start the third now, apply now, the same intake, 15 months: sooner.
    let two = options("crime,cjs");
    let (plan, route, third, fastest) = two[1];
    assert_eq!((plan, route), (ModulePlan::StartThirdNow, "pqip-15"));
    assert_eq!(
        stages(&third),
        vec![
            ("apply", ym(2026, 12), ym(2027, 7)),
            ("pqip", ym(2027, 7), ym(2028, 10)),
        ]
    );
    assert!(fastest && !two[0].3);
    // Two finished and the third started: one journey, 15 months on the condition.
    let started = options("crime,cjs&doing=penal");
    assert!(started
        .iter()
        .all(|(plan, ..)| *plan == ModulePlan::AsAnswered));
}

#[test]
fn a_serving_pso_below_level_3_never_applies_before_the_diploma() {
    // Twelve months of service and Level 2: the Diploma is not finished (it would make them
    // Level 3). Not sure when: 6 months from now.
    let late = journey("level=2&job=pso&service=14");
    assert_eq!(
        stages(&late),
        vec![
            ("diploma", ym(2026, 12), ym(2027, 6)),
            ("apply", ym(2027, 6), ym(2028, 1)),
            ("pqip", ym(2028, 1), ym(2029, 10)),
        ]
    );
    // Within its 12 months: the rest of them.
    assert_eq!(
        journey("level=2&job=pso&service=4")
            .stages()
            .next()
            .map(|s| s.to),
        Some(ym(2027, 8))
    );
    // The month they expect; then the 6 months' service if it is not there yet.
    assert_eq!(
        stages(&journey("level=1&job=pso&service=1&diploma=2027-03")),
        vec![
            ("diploma", ym(2026, 12), ym(2027, 3)),
            ("pso", ym(2027, 3), ym(2027, 5)),
            ("apply", ym(2027, 5), ym(2028, 1)),
            ("pqip", ym(2028, 1), ym(2029, 10)),
        ]
    );
    // data-months and data-finish: until they can apply.
    let o = assess(&answers("level=2&job=pso&service=14"), today());
    assert_eq!((o.months, o.finish), (6, Some(ym(2027, 6))));
    // At Level 3, only the service: 3 more months, from now.
    let level3 = assess(&answers("level=3&job=pso&service=3"), today());
    assert_eq!((level3.months, level3.finish), (3, Some(ym(2027, 3))));
    assert_eq!(level3.start, Some(ym(2026, 12)));
}

#[test]
fn every_route_open_is_compared_and_the_fastest_marked() {
    // A Level 3 student with experience and a relevant vocational qualification: the access
    // route is the likely one, a PSO job is faster.
    let a = answers("level=3&exp=yes&l3vq=yes&job=none&region=london&start=2027-01");
    let c = compare(&a, today());
    let summary: Vec<_> = c
        .options
        .iter()
        .map(|o| (o.slug(), o.qualified(), o.likely, o.fastest))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("cjl-access", ym(2030, 10), true, false),
            ("pso-pathway", ym(2029, 10), false, true),
        ]
    );
    assert_eq!(c.faster().map(|o| o.pathway), Some(Pathway::PsoPathway));
    // The PQiP at the end of a PSO job could be the 15-month one too: with modules studied
    // alongside the job, an option when sooner (a fresh reader found it missing, December 2026).
    let summary = |fragment: &str| -> Vec<_> {
        compare(&answers(fragment), today())
            .options
            .iter()
            .map(|o| (o.slug(), o.qualified(), o.likely, o.fastest))
            .collect()
    };
    assert_eq!(
        summary("level=6&done=&exp=no&job=none&region=north-east&hours=37"),
        vec![
            ("pso-pathway", ym(2030, 4), true, false),
            ("pso-pathway-modules-first", ym(2029, 10), false, true),
        ]
    );
    // A serving PSO with two modules: the third started now, for the same intake.
    assert_eq!(
        summary("level=3&job=pso&service=2&done=crime,cjs&region=wales"),
        vec![
            ("pso-pathway", ym(2029, 10), true, false),
            ("pso-pathway-start-third-now", ym(2029, 4), false, true),
        ]
    );
    // Below Level 5 the modules are Level 5 study, after the access courses (001): not offered.
    assert_eq!(
        summary("level=2&job=pso&service=14&diploma=2027-09&region=wales"),
        vec![("pso-pathway", ym(2030, 4), true, true)]
    );
    // Two ways into the same PQiP in the same month: both fastest, neither said to be sooner.
    let tie = compare(
        &answers("level=6&done=crime,cjs,penal&exp=yes&job=moj&credits5=yes&region=london"),
        today(),
    );
    assert!(tie.options.iter().filter(|o| o.fastest).count() >= 2);
    assert_eq!(tie.faster(), None);
    // The newer official page's Level 3 minimum: applying now, 21 months from July 2027 (the
    // start they gave, January 2027, is too soon for the PQiP).
    assert_eq!(
        c.if_level_3_minimum,
        Some(IfLevel3 {
            intake: ym(2027, 7),
            qualified: ym(2029, 4)
        })
    );
    // From a later start they gave, as every option counts (a fresh reader, December 2026).
    assert_eq!(
        compare(
            &answers("level=4&exp=yes&l3vq=yes&job=none&region=wales&hours=22.2&start=2028-01"),
            today()
        )
        .if_level_3_minimum,
        Some(IfLevel3 {
            intake: ym(2028, 1),
            qualified: ym(2030, 7)
        })
    );
    // The likely route's own month is the outcome's.
    assert_eq!(
        c.likely().map(|o| o.qualified()),
        assess(&a, today()).qualified()
    );
    // Not at Level 3 or 4, or without experience, or on the PQiP already: no such note.
    for fragment in [
        "level=5&exp=yes&job=none&region=london",
        "level=3&exp=no&job=none&region=london",
        "level=2&exp=yes&job=none&region=london",
        "level=3&job=pso&service=8&region=london",
    ] {
        assert_eq!(
            compare(&answers(fragment), today()).if_level_3_minimum,
            None
        );
    }
    // Already qualified: nothing to compare.
    assert!(compare(&answers("qualified=pqip&qualyear=2020"), today())
        .options
        .is_empty());
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
        assert!(page.contains(r#"data-qualified="2031-10""#), "{lang:?}");
        assert!(page.contains("data-journey"), "{lang:?}");
        let journey = page.split("data-journey").nth(1).unwrap_or_default();
        assert_eq!(
            values_of(journey, "data-stage"),
            ["access-l4", "access-l5", "apply", "pqip"]
        );
        assert!(page.contains(r#"data-stage="access-l4" data-from="2028-01" data-to="2028-04""#));
        assert!(page.contains(r#"data-stage="apply" data-from="2029-04" data-to="2030-01""#));
        assert!(page.contains(r#"data-stage="pqip" data-from="2030-01" data-to="2031-10""#));
        assert_eq!(
            values_of(&page, "data-part"),
            ["modules", "part-1", "part-2"]
        );
        // The answer in words, with what it counts on, and the 15-month month for the CJL route.
        let t = messages(lang);
        assert!(page.contains(&t.qualify_by(ym(2031, 10))), "{lang:?}");
        let on = probation_route_finder::rules::advice::Counting::AccessStart(ym(2028, 1));
        assert!(page.contains(&escaped(&t.qualify_in(58, on))), "{lang:?}");
        assert!(
            page.contains(&escaped(&t.if_short_pqip(ym(2031, 4), ym(2031, 10)))),
            "{lang:?}"
        );
    }
    // Already qualified: no journey, an empty data-qualified, no option.
    let page = result_page("qualified=pqip&qualyear=2020", Lang::En);
    assert!(page.contains(r#"data-qualified="""#));
    assert!(!page.contains("data-journey"));
    assert!(!page.contains("data-stage"));
    assert!(page.contains("data-routes"));
    assert!(!page.contains("data-option"));
}

#[test]
fn the_routes_are_compared_on_the_page_as_the_contract_says() {
    let t = messages(Lang::En);
    let page = result_page(
        "level=3&exp=yes&l3vq=yes&job=none&region=london&start=2027-01",
        Lang::En,
    );
    assert_eq!(page.matches("data-routes").count(), 1);
    // Soonest first: on a phone the fastest is seen first; the likely route keeps its tag.
    assert_eq!(
        values_of(&page, "data-option"),
        ["pso-pathway", "cjl-access"]
    );
    let options: Vec<&str> = page.split("data-option=").skip(1).collect();
    assert!(options[1].contains(r#"data-route="cjl-access""#));
    assert!(options[1].contains(r#"data-months="15" data-qualified="2030-10""#));
    assert!(options[1].contains("data-likely"));
    let tag = |o: &str| o.split('>').next().unwrap_or("").to_string();
    assert!(!tag(options[1]).contains("data-fastest"));
    assert!(options[0].contains(r#"data-route="pso-pathway" data-entry="" data-months="12""#));
    assert!(options[0].contains(r#"data-qualified="2029-10" data-fastest"#));
    // The panel names the faster route and its month; the likely route stays the headline.
    let pso = compare(
        &answers("level=3&exp=yes&l3vq=yes&job=none&region=london&start=2027-01"),
        today(),
    );
    let faster = pso.faster().expect("a faster option");
    let line = t.faster_in_panel(
        &t.option_name(faster, probation_route_finder::rules::answers::Job::None),
        ym(2029, 10),
    );
    assert!(page.contains(&escaped(&line)), "{line}");
    let panel = page.split("panel__title").nth(1).unwrap_or_default();
    assert!(panel.contains("Community Justice Learning"));
    // The newer page's Level 3 minimum, with its month.
    assert!(page.contains(&escaped(&t.if_level_3_minimum(ym(2027, 7), ym(2029, 4)))));
    assert!(page.contains(&format!(">{}<", t.fastest_label())));
    // Two routes in the same soonest month are each the joint fastest (a fresh reader found
    // "Fastest" on both, unexplained, December 2026).
    let tie = result_page(
        "level=6&done=crime,cjs,penal&exp=yes&job=moj&credits5=yes&region=london",
        Lang::En,
    );
    assert!(tie.matches("data-fastest").count() >= 2);
    assert!(tie.contains(&format!(">{}<", t.joint_fastest_label())));
    assert!(!tie.contains(&format!(">{}<", t.fastest_label())));
}

#[test]
fn a_change_of_length_says_the_new_qualifying_month() {
    let t = messages(Lang::En);
    let page = result_page(
        "level=7&done=crime,cjs&exp=yes&job=none&region=north-east",
        Lang::En,
    );
    let expected = format!(
        "you could qualify in {} instead of {}",
        t.month(ym(2028, 10)),
        t.month(ym(2029, 4))
    );
    assert!(page.contains(&expected), "{expected}");
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
fn the_calendar_file_holds_the_key_dates_each_an_estimate_with_the_kept_link() {
    for lang in Lang::ALL {
        let page = result_page(CJL, lang);
        assert!(page.contains(r#"download="probation-journey.ics""#));
        let ics = calendar_file(&page);
        assert!(
            ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
            "{ics}"
        );
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for date in ["20280101", "20280401", "20290401", "20300101", "20311001"] {
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
        let unfolded = ics.replace("\r\n ", "");
        let t = messages(lang);
        let estimate = t.calendar_description(today());
        for event in unfolded.split("BEGIN:VEVENT").skip(1) {
            // Every event says it is an estimate, and carries the link that keeps its meaning.
            assert!(event.contains("DESCRIPTION:"), "{event}");
            assert!(
                event.contains("URL:https://example.test/#page=result")
                    && event.contains("start=2028-01")
                    && event.contains("on=2026-12-06"),
                "{event}"
            );
        }
        assert!(!estimate.is_empty());
        // A comma in a summary is escaped, as TEXT values need.
        for summary in unfolded.lines().filter(|l| l.starts_with("SUMMARY:")) {
            let body = summary.trim_start_matches("SUMMARY:");
            assert!(
                !body.replace("\\,", "").contains(','),
                "{lang:?}: {summary}"
            );
        }
    }
}

#[test]
fn a_kept_link_carries_its_start_and_day_and_opened_later_counts_from_today() {
    use probation_route_finder::nav::{kept_link, kept_start, resolve, Page};
    use probation_route_finder::settings::Settings;
    let pqip = "level=6&done=crime,cjs,penal&exp=yes&job=none&region=london";
    let o = assess(&answers(pqip), today());
    let link = kept_link(
        &answers(pqip),
        kept_start(&o),
        today(),
        &Settings::default(),
    );
    assert!(link.contains("start=2027-07"), "{link}");
    assert!(link.ends_with("&on=2026-12-06"), "{link}");
    // Opened in February 2027: July 2027 is now too soon to apply for. The page says when the
    // link was made and shows the journey from today (the January 2028 intake), not an error.
    let february = NaiveDate::from_ymd_opt(2027, 2, 10).expect("date");
    let state = resolve(&link, february);
    assert!(state.parsed.errors.is_empty(), "{:?}", state.parsed.errors);
    assert_eq!(state.page, Page::Result);
    assert_eq!(state.on, Some(today()));
    let later = assess(&state.parsed.answers, february);
    assert_eq!(later.start, Some(ym(2028, 1)));
    let t = messages(Lang::En);
    let page = common::result_page(&link, Lang::En, february);
    assert!(page.contains(&escaped(&t.link_made(today()))));
    assert!(page.contains("data-qualified=\"2029-04\""));
    // A start that has passed: the same.
    let old = "level=4&exp=yes&l3vq=yes&job=none&region=london&start=2026-03&on=2026-01-10";
    let state = resolve(old, today());
    assert!(state.parsed.errors.is_empty());
    assert_eq!(state.page, Page::Result);
    let page = common::result_page(old, Lang::En, today());
    assert!(page.contains(&escaped(
        &t.link_made(NaiveDate::from_ymd_opt(2026, 1, 10).expect("date"))
    )));
    // A serving PSO's journey starts now: their link carries no start.
    let serving = assess(&answers("level=4&job=pso&service=3"), today());
    assert_eq!(kept_start(&serving), None);
    // A bad or future day is not an answer: ignored, never an error.
    for on in ["2026-13-01", "yesterday", "2030-01-01", "2026-12-06-1"] {
        let state = resolve(&format!("{pqip}&on={on}"), today());
        assert_eq!(state.on, None, "{on}");
        assert!(state.parsed.errors.is_empty());
    }
    let _ = plan(Pathway::PsoPathway, &answers(pqip), today());
}

#[test]
fn the_access_courses_level_4_is_at_least_three_months_wherever_it_is_shown() {
    for lang in Lang::ALL {
        let t = messages(lang);
        let page = result_page(CJL, lang);
        let stage = page
            .split(r#"data-stage="access-l4""#)
            .nth(1)
            .and_then(|rest| rest.split("</li>").next())
            .unwrap_or_default();
        assert!(stage.contains(&t.at_least_months(3)), "{lang:?}: {stage}");
        // In the compared routes' stages too.
        let card = page
            .split(r#"data-option="cjl-access""#)
            .nth(1)
            .unwrap_or_default();
        assert!(card.contains(&t.at_least_months(3)), "{lang:?}");
    }
}

#[test]
fn where_to_act_the_official_pages_are_plain_links_beside_the_recruitment_line() {
    use probation_route_finder::rules::policy::{HOW_TO_APPLY_URL, REGISTER_INTEREST_URL};
    for lang in Lang::ALL {
        let page = result_page(
            "level=6&done=crime,cjs,penal&exp=yes&job=none&region=london",
            lang,
        );
        for url in [REGISTER_INTEREST_URL, HOW_TO_APPLY_URL] {
            let link = format!(r#"href="{url}" target="_blank" rel="noreferrer noopener""#);
            assert!(page.contains(&link), "{lang:?}: {link}");
        }
        let t = messages(lang);
        let ask = page
            .split(&escaped(t.recruitment_name()))
            .nth(1)
            .unwrap_or_default();
        assert!(ask.contains(&escaped(t.register_interest())), "{lang:?}");
    }
    // The internal routes are applied for through the line manager: no campaign links, but the
    // recruitment line's number, as every result says to confirm with it.
    let t = messages(Lang::En);
    for serving in [
        "level=3&job=pso&service=8&done=&region=wales",
        "level=2&job=pso&service=14&diploma=2027-09&region=wales",
    ] {
        let internal = result_page(serving, Lang::En);
        assert!(!internal.contains(REGISTER_INTEREST_URL), "{serving}");
        assert!(!internal.contains(HOW_TO_APPLY_URL), "{serving}");
        assert!(
            internal.contains(&escaped(t.recruitment_name())),
            "{serving}"
        );
    }
    // Someone who has applied is not asked to register interest in the next campaign.
    let applied = result_page(
        "level=6&done=&exp=yes&job=none&region=london&start=2027-07&applied=yes",
        Lang::En,
    );
    assert!(!applied.contains(REGISTER_INTEREST_URL));
    assert!(applied.contains(HOW_TO_APPLY_URL));
}
