//! Which questions matter, at each boundary the rules draw. The exhaustive walk checks all of this
//! over the whole answer space, but it takes minutes; these run in milliseconds, so the mutation
//! run (TESTING.md) can use them to catch a changed comparison in `flow`.

use chrono::NaiveDate;
use probation_route_finder::rules::flow::{is_relevant, relevant};
use probation_route_finder::rules::{Answers, Question};

fn answers(fragment: &str) -> Answers {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let parsed = Answers::from_fragment(fragment, today);
    assert!(parsed.errors.is_empty(), "{fragment}: {:?}", parsed.errors);
    parsed.answers
}

/// Asserts `question` is relevant exactly for the fragments in `yes`.
fn relevant_for(question: Question, yes: &[&str], no: &[&str]) {
    for f in yes {
        assert!(
            is_relevant(question, &answers(f)),
            "{question:?} should matter for {f}"
        );
    }
    for f in no {
        assert!(
            !is_relevant(question, &answers(f)),
            "{question:?} should not matter for {f}"
        );
    }
}

#[test]
fn overseas_only_with_a_level() {
    relevant_for(
        Question::Overseas,
        &["level=1", "level=6"],
        &["", "level=0"],
    );
}

#[test]
fn the_qualification_year_only_for_a_qualification_with_an_era() {
    relevant_for(
        Question::QualYear,
        &["qualified=pqf", "qualified=sw"],
        &["", "qualified=none"],
    );
}

#[test]
fn a_recognised_qualification_settles_everything_else() {
    let a = answers("qualified=pqf&qualyear=2012&level=6&job=pso");
    assert_eq!(relevant(&a), [Question::Qualified, Question::QualYear]);
    // Outside its era it is not recognised, and the rest is asked again.
    let a = answers("qualified=pqf&qualyear=2005&level=6&job=pso");
    assert!(relevant(&a).contains(&Question::Level));
}

#[test]
fn service_and_experience_by_job() {
    relevant_for(
        Question::Service,
        &["level=3&job=pso"],
        &["level=3&job=moj", "level=3"],
    );
    relevant_for(
        Question::Exp,
        &["level=3&job=moj", "level=3"],
        &["level=3&job=pso"],
    );
}

#[test]
fn credits_at_level_5_for_moj_staff_and_pso_short_of_progression() {
    relevant_for(
        Question::Credits5,
        &["level=5&job=moj", "level=5&job=pso&service=5"],
        &[
            "level=4&job=moj",
            "level=5&job=pso&service=6",
            "level=5&job=none",
            "level=5",
        ],
    );
}

#[test]
fn l3vq_for_levels_3_and_4_with_experience_outside_the_pso_role() {
    relevant_for(
        Question::L3vq,
        &["level=3&exp=yes&job=none", "level=4&exp=yes&job=moj"],
        &[
            "level=2&exp=yes&job=none",
            "level=5&exp=yes&job=none",
            "level=3&exp=no&job=none",
            "level=3&job=none",
            "level=3&job=pso&service=1",
        ],
    );
}

#[test]
fn modules_hours_and_region_on_every_route_that_ends_in_the_pqip() {
    // The whole journey ends in the PQiP on every route but "already qualified" (policy.md).
    let routes = [
        "level=5&exp=yes&job=none",
        "level=4&exp=yes&l3vq=yes&job=none",
        "level=2&exp=no&job=none",
        "level=4&job=pso&service=3",
    ];
    let qualified = "qualified=pqip&qualyear=2020";
    for q in [Question::Done, Question::Hours, Question::Region] {
        relevant_for(q, &routes, &[qualified]);
    }
    relevant_for(
        Question::Doing,
        &[
            "level=5&exp=yes&job=none&done=crime,cjs",
            "level=2&exp=no&job=none&done=crime,cjs",
        ],
        &[
            "level=5&exp=yes&job=none",
            "level=5&exp=yes&job=none&done=crime",
            "level=5&exp=yes&job=none&done=crime,cjs,penal",
        ],
    );
}

#[test]
fn a_serving_pso_on_the_pso_pathway_is_not_asked_a_start() {
    relevant_for(
        Question::Start,
        &["level=4&job=pso&service=6", "level=4&exp=no&job=none"],
        &["level=4&job=pso&service=5", "level=2&job=pso&service=30"],
    );
}

#[test]
fn a_link_may_leave_out_the_modules_off_the_pqip_and_the_region_on_the_pso_pathway() {
    use probation_route_finder::rules::flow::{has_default_here, next, Next};
    let cjl = answers("level=4&exp=yes&l3vq=yes&job=none&region=london");
    assert!(has_default_here(Question::Done, &cjl));
    assert!(!has_default_here(Question::Region, &cjl));
    let pqip = answers("level=5&exp=yes&job=none");
    assert!(!has_default_here(Question::Done, &pqip));
    let pso = answers("level=2&exp=no&job=none");
    assert!(has_default_here(Question::Region, &pso));
    assert_eq!(next(&pso), Next::Outcome);
    assert_eq!(next(&pqip), Next::Question(Question::Done));
}
