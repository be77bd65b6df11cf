//! The policy file's reader (`policy/reader`, which `build.rs` runs when the app is built): the
//! real file reads; the names it knows are the code's own; and a broken file is refused with a
//! message naming its line and what is wrong. Each broken file is the real one with one change,
//! so these keep working when the facts change.

#[path = "../policy/reader/mod.rs"]
mod reader;

use probation_route_finder::rules::policy::{
    HeldQualification, Module, Region, Source, University, LEVEL_MAX,
};

const FILE: &str = include_str!("../policy/policy.toml");

/// The real file with `from` (found exactly once) changed to `to`: the reader's report, and the
/// line of the changed file where `at` (by default the change itself) is.
fn broken(from: &str, to: &str, at: Option<&str>) -> (usize, String) {
    assert_eq!(
        FILE.matches(from).count(),
        1,
        "{from:?} is not in the file once"
    );
    let text = FILE.replacen(from, to, 1);
    // The anchor's first place at or after the change, or else before it.
    let anchor = at.unwrap_or(to).trim_start_matches('\n');
    let changed = FILE.find(from).unwrap_or(0);
    let offset = text[changed..]
        .find(anchor)
        .map(|i| changed + i)
        .or_else(|| text.find(anchor))
        .unwrap_or_else(|| panic!("{anchor:?} is not in the changed file"));
    let line = text[..offset].matches('\n').count() + 1;
    let report = match reader::rust("policy.toml", &text) {
        Ok(_) => panic!("changing {from:?} to {to:?} was accepted"),
        Err(report) => report,
    };
    (line, report)
}

/// The change is refused with `words` in a message on the line of `at`.
fn refused(from: &str, to: &str, at: Option<&str>, words: &str) {
    let (line, report) = broken(from, to, at);
    let message = report
        .lines()
        .find(|l| l.starts_with(&format!("policy.toml:{line}:")))
        .unwrap_or_else(|| panic!("no message on line {line} for {to:?}:\n{report}"));
    assert!(
        message.contains(words),
        "the message on line {line} for {to:?} does not say {words:?}:\n{report}"
    );
}

#[test]
fn the_policy_file_reads() {
    if let Err(report) = reader::rust("policy/policy.toml", FILE) {
        panic!("{report}");
    }
}

#[test]
fn the_level_3_example_reads() {
    // README, "Changing the policy", compares it with the real file.
    let example = include_str!("../policy/examples/level-3-minimum.toml");
    if let Err(report) = reader::rust("policy/examples/level-3-minimum.toml", example) {
        panic!("{report}");
    }
}

#[test]
fn the_names_the_reader_knows_are_the_codes_own() {
    let pairs = |slugs: Vec<&'static str>, variants: Vec<String>| -> Vec<(String, String)> {
        slugs.into_iter().map(String::from).zip(variants).collect()
    };
    let known = |table: &[(&str, &str)]| -> Vec<(String, String)> {
        table
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    };
    assert_eq!(
        known(&reader::REGIONS),
        pairs(
            Region::ALL.map(|r| r.slug()).to_vec(),
            Region::ALL.map(|r| format!("{r:?}")).to_vec()
        )
    );
    assert_eq!(
        known(&reader::UNIVERSITIES),
        pairs(
            University::ALL.map(|u| u.slug()).to_vec(),
            University::ALL.map(|u| format!("{u:?}")).to_vec()
        )
    );
    assert_eq!(
        known(&reader::QUALIFICATIONS),
        pairs(
            HeldQualification::ALL.map(|q| q.slug()).to_vec(),
            HeldQualification::ALL.map(|q| format!("{q:?}")).to_vec()
        )
    );
    // The file's names for sources are its own; the variants are the code's, in its order.
    let sources: Vec<String> = reader::SOURCES.iter().map(|(_, v)| v.to_string()).collect();
    let code: Vec<String> = Source::ALL.iter().map(|s| format!("{s:?}")).collect();
    assert_eq!(sources, code);
    assert_eq!(reader::LEVEL_MAX, LEVEL_MAX);
    assert_eq!(usize::from(reader::MODULE_COUNT), Module::ALL.len());
}

#[test]
fn an_unknown_key_is_named_on_its_line() {
    refused(
        "\nmin_level = { value = 5",
        "\nmin_levle = { value = 5",
        None,
        "unknown field `min_levle`",
    );
    refused(
        "deferral_months = { value = 12, source",
        "deferral_months = { value = 12, sorce",
        None,
        "unknown field `sorce`",
    );
    refused(
        "seed = \"002\"",
        "seed = \"002\"\npages = 40",
        Some("pages = 40"),
        "unknown field `pages`",
    );
}

#[test]
fn a_region_without_a_university_is_refused() {
    refused(
        "wales = \"portsmouth\"",
        "wales = \"\"",
        None,
        "the region `wales` has no university",
    );
    // Left out altogether: named at the first region, where the list is.
    refused(
        "\nwales = \"portsmouth\"",
        "",
        Some("north-east = "),
        "the region `wales` is missing",
    );
    refused(
        "london = \"portsmouth\"",
        "london = \"oxford\"",
        None,
        "unknown university `oxford` for the region `london`",
    );
    refused(
        "north-east = \"sheffield-hallam\"",
        "north-eest = \"sheffield-hallam\"",
        None,
        "unknown region `north-eest` (did you mean `north-east`?)",
    );
}

#[test]
fn eras_that_overlap_or_leave_a_gap_are_refused() {
    // Annex B's eras share their boundary years: the real file has 1998 in two eras.
    refused(
        "first = 1998\nlast = 2010",
        "first = 1997\nlast = 2010",
        Some("first = 1997"),
        "the eras overlap: the `dipps` era starts in 1997, before the `sw-probation` era ends in 1998",
    );
    refused(
        "first = 2010\nlast = 2016",
        "first = 2013\nlast = 2016",
        Some("first = 2013"),
        "so 2011 to 2012 are in no era",
    );
    refused(
        "first = 2010\nlast = 2016",
        "first = 2011\nlast = 2016",
        Some("first = 2011"),
        "share their boundary year",
    );
    refused(
        "first = 2016\nsource",
        "first = 2016\nlast = 2030\nsource",
        Some("last = 2030"),
        "the newest era (`pqip`) is the qualification today",
    );
    refused(
        "first = 1998\nlast = 2010",
        "first = 1998\nlast = 1990",
        Some("last = 1990"),
        "ends in 1990 before it begins in 1998",
    );
    refused(
        "accepted_to = 2001",
        "accepted_to = 1997",
        None,
        "it can only widen the era",
    );
    refused(
        "[eras.pqf]",
        "[eras.pqfs]",
        None,
        "unknown qualification `pqfs`",
    );
}

#[test]
fn part_time_limits_out_of_order_are_refused() {
    refused(
        "min_hours = { value = 22.2",
        "min_hours = { value = 30.1",
        None,
        "min_hours (30.1) must be less than max_hours (29.6)",
    );
    refused(
        "max_hours = { value = 29.6",
        "max_hours = { value = 37.5",
        None,
        "max_hours (37.5) must be less than full_time_hours (37)",
    );
    refused(
        "max_months = { value = 30",
        "max_months = { value = 18",
        None,
        "the cap (18 months) is shorter than the extended PQiP",
    );
    refused(
        "min_hours = { value = 22.2",
        "min_hours = { value = 22.25",
        None,
        "at most one decimal place",
    );
}

#[test]
fn a_month_outside_1_to_12_is_refused() {
    refused(
        "intake_months = { value = [1, 7]",
        "intake_months = { value = [1, 13]",
        None,
        "13 is not a month",
    );
    refused(
        "intake_months = { value = [1, 7]",
        "intake_months = { value = [0, 7]",
        None,
        "0 is not a month",
    );
    refused(
        "intake_months = { value = [1, 7]",
        "intake_months = { value = [7, 1]",
        None,
        "month 1 is out of order",
    );
    refused(
        "published = \"2021-01\"",
        "published = \"2021-13\"",
        None,
        "13 is not a month",
    );
    refused(
        "read = \"2026-12\"\n\n[sources.how-to-apply]",
        "read = \"2026-00\"\n\n[sources.how-to-apply]",
        Some("read = \"2026-00\""),
        "0 is not a month",
    );
}

#[test]
fn a_source_without_a_date_is_refused() {
    refused(
        "seed = \"002\"\npublished = \"2022\"",
        "seed = \"002\"",
        Some("statutory-guidance]"),
        "the source `statutory-guidance` has no date",
    );
    refused(
        "published = \"2010\"",
        "published = \"long ago\"",
        None,
        "\"long ago\" is not a date",
    );
    refused(
        "seed = \"002\"\npublished = \"2022\"",
        "seed = \"002\"\npublished = \"undated\"",
        Some("published = \"undated\""),
        "the app states the statutory guidance's year",
    );
}

#[test]
fn facts_must_name_a_known_source_and_reading() {
    refused(
        "study_hours = { value = 200, source = \"faq\" }",
        "study_hours = { value = 200, source = \"faqs\" }",
        None,
        "unknown source `faqs` (did you mean `faq`?)",
    );
    refused(
        "study_hours = { value = 200, source = \"faq\" }",
        "study_hours = { value = 200 }",
        None,
        "this fact has no source",
    );
    refused(
        "assumption = \"module-pace\"",
        "assumption = \"module-speed\"",
        Some("months_each"),
        "unknown assumption `module-speed`",
    );
    refused(
        "\nmodule-pace = ",
        "\nmodule-speed = ",
        Some("module-speed = "),
        "unknown assumption `module-speed`",
    );
    refused(
        "[sources.faq]",
        "[sources.faqs]",
        None,
        "unknown source `faqs` (did you mean `faq`?)",
    );
}

#[test]
fn facts_that_disagree_with_each_other_are_refused() {
    refused(
        "part2_months = { value = 9",
        "part2_months = { value = 10",
        Some("short_months = {"),
        "its two parts add up to 6 + 10 = 16",
    );
    refused(
        "extended_months = { value = 21",
        "extended_months = { value = 24",
        None,
        "short_months + extended_module_months = 15 + 6 = 21",
    );
    refused(
        "for_short_pqip = { value = 3",
        "for_short_pqip = { value = 4",
        None,
        "it must be from 1 to 3",
    );
    refused(
        "finished_before_third = { value = 2",
        "finished_before_third = { value = 3",
        None,
        "one fewer than modules.for_short_pqip (3)",
    );
    refused(
        "\nmin_level = { value = 5",
        "\nmin_level = { value = 9",
        None,
        "level 9 is not an RQF level",
    );
    refused(
        "progression_min_level = { value = 3",
        "progression_min_level = { value = 6",
        None,
        "above the PQiP's own",
    );
    refused(
        "months = { value = 6, source = [\"register-interest\"",
        "months = { value = 0, source = [\"register-interest\"",
        None,
        "recruitment.months must be at least 1",
    );
    refused(
        "providers = { value = [\"de-montfort\"",
        "providers = { value = [\"liverpool-john-moores\"",
        Some("[universities.liverpool-john-moores]"),
        "has no course_contact",
    );
    refused(
        "phone = \"0116 257 7700\"",
        "phone = \"0116 257 770\"",
        None,
        "is not a UK phone number",
    );
    refused(
        "qualification_months = { value = [4, 6]",
        "qualification_months = { value = [6, 4]",
        None,
        "give the fewest months first",
    );
}

#[test]
fn broken_toml_and_wrong_kinds_of_value_are_named_on_their_line() {
    refused(
        "phone = { value = \"0808 164 9883\"",
        "phone = { value = \"0808 164 9883",
        None,
        "",
    );
    refused(
        "level4_months = { value = 3,",
        "level4_months = { value = \"three\",",
        None,
        "invalid type: string \"three\"",
    );
    refused(
        "level5_months = { value = 12",
        "level5_months = { value = -12",
        None,
        "invalid value: integer `-12`",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let text =
        FILE.replacen("[1, 7]", "[1, 13]", 1)
            .replacen("wales = \"portsmouth\"", "wales = \"\"", 1);
    let report = reader::rust("policy.toml", &text).expect_err("two problems");
    let line = |s: &str| {
        text[..text.find(s).expect("in the file")]
            .matches('\n')
            .count()
            + 1
    };
    for l in [line("[1, 13]"), line("wales = ")] {
        assert!(
            report.contains(&format!("policy.toml:{l}:")),
            "line {l}:\n{report}"
        );
    }
    assert!(report.ends_with("2 problems in the policy file: the app was not built."));
}
