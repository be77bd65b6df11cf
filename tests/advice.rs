//! The advice around the numbers, situation by situation: what a real applicant in each situation
//! must be told and must never be told. The table is typed (advice items, not sentences), so it
//! holds in every language; then each situation's page text is built in both languages and
//! checked for the words of what must and must never be there.

use chrono::NaiveDate;
use probation_route_finder::rules::advice::{
    advise, Advice, Ask, Counting, Dates, Figure, Headline, Qualify, Step,
};
use probation_route_finder::rules::answers::Job;
use probation_route_finder::rules::assess::{
    assess, Change, Entry, Note, Opens, Outcome, Pathway, Reason, Shift,
};
use probation_route_finder::rules::flow::is_relevant;
use probation_route_finder::rules::journey::ModulePlan;
use probation_route_finder::rules::policy::{self, Assumption, Module, Source};
use probation_route_finder::rules::{Answers, Question, YearMonth};
use probation_route_finder::text::{messages, tenths, Lang, Messages};

use crate::common;

/// The result page's words as a reader sees them, one block a line, for the review in
/// `target/result-pages-*.md`.
fn page_text(fragment: &str, lang: Lang) -> String {
    let html = common::result_page(fragment, lang, today());
    let main = html.split("<main").nth(1).unwrap_or_default();
    let main = main.split("</main>").next().unwrap_or_default();
    let mut text = String::new();
    let mut in_tag = false;
    let mut skip = 0;
    for part in main.split_inclusive(['<', '>']) {
        if in_tag {
            if part.starts_with("svg") {
                skip += 1;
            } else if part.starts_with("/svg") {
                skip -= 1;
            }
            let block = [
                "p", "li", "h1", "h2", "br", "div", "/p", "/li", "/h1", "/h2",
            ];
            if block.iter().any(|b| part.starts_with(b)) {
                text.push('\n');
            }
            in_tag = !part.ends_with('>');
        } else {
            if skip == 0 {
                text.push_str(part.trim_end_matches('<'));
            }
            in_tag = part.ends_with('<');
        }
    }
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n").replace("&#39;", "'").replace("&amp;", "&")
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).expect("date")
}

fn ym(y: i32, m: u32) -> YearMonth {
    YearMonth::new(y, m).expect("month")
}

/// Anything the result page can say, so the table can name it.
#[derive(Clone, Debug, PartialEq)]
enum Item {
    Headline(Headline),
    Step(Step),
    Ask(Ask),
    Change(Change),
    Note(Note),
    Reason(Reason),
    Alternative(Pathway),
    Figure(Figure),
    Entry(Entry),
    Qualify(Qualify),
    Dates(Dates),
}

struct Situation {
    name: &'static str,
    answers: &'static str,
    must: Vec<Item>,
    never: Vec<Item>,
}

fn answers(fragment: &str) -> Answers {
    let parsed = Answers::from_fragment(fragment, today());
    assert!(parsed.errors.is_empty(), "{fragment}: {:?}", parsed.errors);
    parsed.answers
}

fn items(o: &Outcome, a: &Advice) -> Vec<Item> {
    let mut v = vec![Item::Headline(a.headline)];
    v.extend(a.qualify.map(Item::Qualify));
    v.extend(a.dates.map(Item::Dates));
    v.extend(a.figure.map(Item::Figure));
    v.extend(o.entry.map(Item::Entry));
    v.extend(a.steps.iter().copied().map(Item::Step));
    v.extend(a.ask.iter().cloned().map(Item::Ask));
    v.extend(o.changes.iter().copied().map(Item::Change));
    v.extend(o.notes.iter().copied().map(Item::Note));
    v.extend(o.reasons.iter().copied().map(Item::Reason));
    v.extend(o.alternatives.iter().copied().map(Item::Alternative));
    v
}

/// The separate pieces of text an item shows on the page (a headline and its summary are two
/// elements), for the browser test to find.
fn sentences(t: &dyn Messages, item: &Item, job: Job) -> Vec<String> {
    match item {
        Item::Headline(h) => vec![t.headline(*h).into(), t.summary(*h).into()],
        Item::Figure(f) => {
            let (big, detail) = t.figure(*f);
            vec![big, detail]
        }
        Item::Qualify(q) => vec![t.qualify_by(q.by), t.qualify_in(q.months, q.on)],
        other => vec![words(t, other, job)],
    }
}

/// The words of one item in one language.
fn words(t: &dyn Messages, item: &Item, job: Job) -> String {
    match item {
        Item::Headline(h) => format!("{} {}", t.headline(*h), t.summary(*h)),
        Item::Step(s) => t.step(*s),
        Item::Ask(a) => t.ask_label(a),
        Item::Change(c) => t.change_text(c),
        Item::Note(n) => t.note(n),
        Item::Reason(r) => t.reason(r),
        Item::Alternative(p) => t.pathway_name(*p, job),
        Item::Figure(f) => {
            let (big, detail) = t.figure(*f);
            format!("{big} {detail}")
        }
        Item::Entry(e) => t.entry_name(*e).to_string(),
        Item::Qualify(q) => format!("{} {}", t.qualify_by(q.by), t.qualify_in(q.months, q.on)),
        Item::Dates(d) => t.dates(*d),
    }
}

fn shift(by: YearMonth, instead: YearMonth) -> Shift {
    Shift { by, instead }
}

/// Applying now for the intake in `intake`, as the qualifying month counts it.
fn applying_now(intake: YearMonth, finish_third: bool) -> Counting {
    Counting::Intake {
        apply: None,
        intake,
        applied: false,
        finish_third,
    }
}

fn situations() -> Vec<Situation> {
    use Item as I;
    let national = || vec![I::Step(Step::NationalCampaign), I::Step(Step::TickPsoBox)];
    let internal = || {
        vec![
            I::Step(Step::InternalApplication),
            I::Step(Step::LearnerRole),
            I::Ask(Ask::LineManager),
        ]
    };
    let providers = || {
        I::Ask(Ask::CourseProviders(
            policy::University::CJL_PROVIDERS.to_vec(),
        ))
    };
    let mut list = vec![
        Situation {
            name: "PQiP, national, 15 months, full time",
            answers: "level=6&done=crime,cjs,penal,rehab&exp=yes&job=none&region=london&start=2027-07",
            must: [
                national(),
                vec![
                    I::Headline(Headline::Pqip),
                    I::Step(Step::Employed { part_time: None }),
                    I::Step(Step::Parts15 { full_time: true }),
                    I::Step(Step::UniversityDecides),
                    I::Step(Step::Vetting),
                    I::Step(Step::Eligibility),
                ],
            ]
            .concat(),
            never: [
                internal(),
                vec![
                    I::Step(Step::PartTimePlaces),
                    I::Step(Step::ApplyAsPso),
                    providers(),
                    I::Step(Step::Parts21 { full_time: true }),
                ],
            ]
            .concat(),
        },
        Situation {
            name: "PQiP, national, 15 months, three modules: the missing one is named",
            answers: "level=6&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2027-07",
            must: vec![I::Note(Note::FourthModuleInFirstMonths { missing: Some(Module::Rehab), part_time: None })],
            never: vec![I::Note(Note::FourthModuleInFirstMonths { missing: None, part_time: None })],
        },
        Situation {
            name: "PQiP, national, part time: never 37 hours",
            answers: "level=6&done=crime,cjs,penal,rehab&exp=yes&job=none&region=london&hours=25&start=2027-07",
            must: vec![
                I::Step(Step::PartTimePlaces),
                I::Step(Step::Parts15 { full_time: false }),
                // 23 months from July 2027, applying from now (policy.md).
                I::Change(Change::WorkFullTime {
                    months: 15,
                    shift: shift(ym(2028, 10), ym(2029, 6)),
                }),
                I::Qualify(Qualify {
                    by: ym(2029, 6),
                    months: 31,
                    on: applying_now(ym(2027, 7), false),
                }),
                I::Note(Note::Assumed(Assumption::PartTimeProRata)),
            ],
            never: vec![
                I::Step(Step::Employed { part_time: None }),
                I::Step(Step::Parts15 { full_time: true }),
            ],
        },
        Situation {
            name: "PQiP, 15 months only if the third module is finished",
            answers: "level=5&done=crime,cjs&doing=penal&exp=yes&job=none&region=wales&start=2027-07",
            must: vec![
                providers(),
                I::Change(Change::FinishThirdBeforeStart {
                    otherwise: 21,
                    shift: shift(ym(2029, 4), ym(2028, 10)),
                }),
                // The headline never leaves out its condition.
                I::Qualify(Qualify {
                    by: ym(2028, 10),
                    months: 23,
                    on: applying_now(ym(2027, 7), true),
                }),
                // Penal Policy is still being studied: the fourth is whichever is left.
                I::Note(Note::FourthModuleInFirstMonths { missing: None, part_time: None }),
                I::Note(Note::Assumed(Assumption::ThirdModuleInProgress)),
            ],
            never: vec![I::Note(Note::FourthModuleInFirstMonths { missing: Some(Module::Rehab), part_time: None })],
        },
        Situation {
            name: "PQiP, 21 months: modules first, then Part 1",
            answers: "level=7&done=&exp=yes&job=none&region=north-east&start=2027-07",
            must: vec![
                I::Step(Step::Parts21 { full_time: true }),
                providers(),
                // Two modules first (the routes compared show it) take 8 months: the January
                // 2028 intake, the same month qualified, so it is not a change that helps.
                I::Note(Note::Assumed(Assumption::ModulePace)),
                I::Step(Step::ModuleCosts { employed: false }),
            ],
            never: vec![
                I::Step(Step::Parts15 { full_time: true }),
                I::Change(Change::OtherModulePlan {
                    plan: ModulePlan::ModulesFirst,
                    more: 2,
                    to: 15,
                    shift: shift(ym(2029, 4), ym(2029, 4)),
                }),
            ],
        },
        Situation {
            name: "Foundation degree, no modules: never three modules in four weeks",
            answers: "level=5&done=&exp=yes&job=none&region=london",
            must: vec![
                I::Qualify(Qualify {
                    by: ym(2029, 4),
                    months: 29,
                    on: applying_now(ym(2027, 7), false),
                }),
                I::Note(Note::Assumed(Assumption::ModulePace)),
                I::Note(Note::Assumed(Assumption::IntakeMonths)),
            ],
            // Modules first would qualify them no sooner: never offered as a change (the routes
            // compared show it with its month).
            never: vec![
                I::Change(Change::OtherModulePlan {
                    plan: ModulePlan::StartThirdNow,
                    more: 0,
                    to: 15,
                    shift: shift(ym(2028, 10), ym(2029, 4)),
                }),
                I::Change(Change::OtherModulePlan {
                    plan: ModulePlan::ModulesFirst,
                    more: 2,
                    to: 15,
                    shift: shift(ym(2029, 4), ym(2029, 4)),
                }),
            ],
        },
        Situation {
            name: "Two modules finished, none started: start the third now, never finish it first",
            answers: "level=6&done=crime,cjs&exp=yes&job=none&region=london",
            must: vec![I::Change(Change::OtherModulePlan {
                plan: ModulePlan::StartThirdNow,
                more: 0,
                to: 15,
                shift: shift(ym(2028, 10), ym(2029, 4)),
            })],
            never: vec![I::Note(Note::Assumed(Assumption::ModulePace))],
        },
        Situation {
            name: "Already applied for the January intake: it is theirs",
            answers: "level=6&done=crime,cjs,penal,rehab&exp=yes&job=none&region=london&start=2027-01&applied=yes",
            must: vec![I::Step(Step::ApplicationContinues), I::Qualify(Qualify {
                by: ym(2028, 4),
                months: 17,
                on: Counting::Intake {
                    apply: None,
                    intake: ym(2027, 1),
                    applied: true,
                    finish_third: false,
                },
            })],
            never: vec![
                I::Note(Note::StartTooSoon {
                    given: ym(2027, 1),
                    intake: ym(2027, 7),
                }),
                // Not told to apply, or to tick a box on a form already sent.
                I::Step(Step::NationalCampaign),
                I::Step(Step::TickPsoBox),
            ],
        },
        Situation {
            name: "PQiP through PSO Progression: the line manager, never the national campaign",
            answers: "level=3&job=pso&service=8&done=&region=wales&start=2027-07",
            must: [
                internal(),
                // Every result says to confirm what they act on with the recruitment line: its
                // number too (a fresh reader, December 2026).
                vec![I::Ask(Ask::Recruitment)],
                vec![
                    I::Entry(Entry::PsoProgression),
                    I::Headline(Headline::PqipServing),
                    I::Step(Step::StudyAssessed),
                    I::Note(Note::Assumed(Assumption::InternalRoutesSixMonths)),
                ],
            ]
            .concat(),
            never: [
                national(),
                vec![
                    I::Reason(Reason::NoExperience),
                    I::Step(Step::ApplyAsPso),
                    I::Alternative(Pathway::PsoPathway),
                    I::Step(Step::UniversityDecides),
                ],
            ]
            .concat(),
        },
        Situation {
            name: "PQiP through the Internal MoJ route, other MoJ staff",
            answers: "level=5&job=moj&credits5=yes&exp=no&done=crime,cjs,penal&region=kent-surrey-sussex&start=2027-07",
            must: [
                internal(),
                // Every result says to confirm what they act on with the recruitment line: its
                // number too (a fresh reader, December 2026).
                vec![I::Ask(Ask::Recruitment)],
                vec![
                    I::Entry(Entry::InternalMoj),
                    I::Note(Note::Assumed(Assumption::InternalMojNoExperience)),
                ],
            ]
            .concat(),
            never: national(),
        },
        Situation {
            name: "A PSO short of 6 months with Level 5 and 120 credits: the Internal MoJ route",
            answers: "level=5&job=pso&service=2&credits5=yes&done=crime,cjs,penal&region=london&start=2027-07",
            must: [
                internal(),
                vec![I::Entry(Entry::InternalMoj), I::Ask(Ask::Recruitment)],
            ]
            .concat(),
            never: national(),
        },
        Situation {
            name: "CJL access route",
            answers: "level=4&exp=yes&l3vq=yes&job=none&region=north-west&start=2027-01",
            must: vec![
                I::Headline(Headline::CjlAccess),
                I::Step(Step::AccessLevel4),
                I::Step(Step::AccessLevel5),
                // Not employed by the Ministry of Justice: an employer "if you work" (001).
                I::Step(Step::AccessSponsor { employed: false }),
                I::Step(Step::AccessThenPqip),
                I::Step(Step::Eligibility),
                // What comes after the access study is the national route's (001, 000, 002).
                I::Step(Step::NationalCampaign),
                I::Step(Step::TickPsoBox),
                I::Step(Step::UniversityDecides),
                I::Step(Step::PqipLevel),
                I::Step(Step::IfNotPassed),
                I::Step(Step::JobLocation),
                providers(),
                I::Ask(Ask::Recruitment),
                I::Note(Note::Assumed(Assumption::AnyCjlProvider)),
                I::Note(Note::Assumed(Assumption::IntakeMonths)),
                // Access to 2028-04, applying, the PQiP from the January 2029 intake (at least six
                // months later), 21 months (policy.md).
                I::Qualify(Qualify {
                    by: ym(2030, 10),
                    months: 47,
                    on: Counting::AccessStart(ym(2027, 1)),
                }),
            ],
            never: vec![
                I::Step(Step::Employed { part_time: None }),
                I::Step(Step::Parts15 { full_time: true }),
                I::Step(Step::Parts21 { full_time: true }),
            ],
        },
        Situation {
            name: "PSO pathway, newcomer with Level 2 and no experience",
            answers: "level=2&exp=no&job=none&start=2027-01",
            must: vec![
                I::Headline(Headline::PsoNewcomer),
                I::Step(Step::ApplyAsPso),
                I::Step(Step::PsoInduction),
                I::Step(Step::PsoThenProgression),
                I::Change(Change::GainLevel5 {
                    with_experience: true,
                }),
                I::Change(Change::StudyCjl),
                I::Step(Step::Eligibility),
                providers(),
                // The Diploma to 2028-01, applying, the PQiP from 2028-07 (policy.md).
                I::Qualify(Qualify {
                    by: ym(2030, 4),
                    months: 41,
                    on: Counting::PsoStart(ym(2027, 1)),
                }),
                I::Note(Note::Assumed(Assumption::DiplomaTwelveMonths)),
            ],
            never: vec![
                I::Change(Change::GainExperience { opens: Opens::Pqip }),
                I::Step(Step::Employed { part_time: None }),
                I::Step(Step::KeepGoing {
                    more: 0,
                    opens: ym(2026, 11),
                }),
            ],
        },
        Situation {
            name: "Level 3 without experience: experience alone does not open the PQiP",
            answers: "level=3&exp=no&job=none&start=2027-01",
            must: vec![
                I::Change(Change::GainExperience {
                    opens: Opens::CjlAccess { has_vq: false },
                }),
                I::Change(Change::GainLevel5 {
                    with_experience: true,
                }),
            ],
            never: vec![I::Change(Change::GainExperience { opens: Opens::Pqip })],
        },
        Situation {
            name: "Level 5 without experience: experience opens the PQiP",
            answers: "level=5&exp=no&job=none&start=2027-01",
            must: vec![I::Change(Change::GainExperience { opens: Opens::Pqip })],
            never: vec![I::Change(Change::StudyCjl)],
        },
        Situation {
            name: "Serving PSO, Level 4, 3 months: keep going, Progression in 3 months",
            answers: "level=4&job=pso&service=3",
            must: vec![
                I::Headline(Headline::PsoServing),
                I::Figure(Figure::ProgressionIn {
                    months: 3,
                    opens: ym(2027, 2),
                }),
                I::Step(Step::KeepGoing {
                    more: 3,
                    opens: ym(2027, 2),
                }),
                I::Step(Step::InternalApplication),
                I::Ask(Ask::LineManager),
                I::Ask(Ask::Recruitment),
                I::Note(Note::Assumed(Assumption::PsoWorkIsExperience)),
                // Their journey starts now; they can apply in February, and the PQiP starts at the
                // first intake at least six months later, January 2028.
                I::Note(Note::Assumed(Assumption::IntakeMonths)),
                I::Note(Note::Assumed(Assumption::InternalRoutesSixMonths)),
                I::Qualify(Qualify {
                    by: ym(2029, 10),
                    months: 35,
                    on: Counting::Serving {
                        apply: Some(ym(2027, 2)),
                        intake: ym(2028, 1),
                        diploma: None,
                        estimated: false,
                    },
                }),
            ],
            never: vec![
                I::Headline(Headline::PsoNewcomer),
                I::Step(Step::ApplyAsPso),
                I::Step(Step::PsoInduction),
                I::Reason(Reason::NoExperience),
                I::Change(Change::GainExperience {
                    opens: Opens::CjlAccess { has_vq: false },
                }),
                I::Change(Change::StudyCjl),
                // Progression opens in 3 months; a Level 5 would take longer (001: a year).
                I::Change(Change::GainLevel5 {
                    with_experience: false,
                }),
                I::Change(Change::GainLevel5 {
                    with_experience: true,
                }),
            ],
        },
        Situation {
            name: "Serving PSO below Level 3: the Diploma first",
            answers: "level=2&job=pso&service=4",
            must: vec![
                I::Headline(Headline::PsoServing),
                I::Step(Step::FinishDiploma),
                I::Reason(Reason::PsoNeedsLevel3 { level: 2 }),
                I::Note(Note::Assumed(Assumption::DiplomaFallback)),
            ],
            never: vec![
                I::Step(Step::ApplyAsPso),
                I::Change(Change::GainLevel5 {
                    with_experience: false,
                }),
                I::Note(Note::Assumed(Assumption::DiplomaTwelveMonths)),
            ],
        },
        Situation {
            name: "Serving PSO at Level 2 with 14 months: the Diploma first, never Progression now",
            answers: "level=2&job=pso&service=14",
            must: vec![
                // Not sure when the Diploma ends: 6 months from now (policy.md).
                I::Figure(Figure::DiplomaThenProgression {
                    months: 6,
                    opens: ym(2027, 5),
                    diploma: ym(2027, 5),
                    expected: false,
                }),
                I::Qualify(Qualify {
                    by: ym(2029, 10),
                    months: 35,
                    on: Counting::Serving {
                        apply: Some(ym(2027, 5)),
                        intake: ym(2028, 1),
                        diploma: Some(ym(2027, 5)),
                        estimated: true,
                    },
                }),
                I::Step(Step::FinishDiploma),
            ],
            never: vec![I::Step(Step::KeepGoing {
                more: 0,
                opens: ym(2026, 11),
            })],
        },
        Situation {
            name: "Serving PSO at Level 2 who expects the Diploma in September 2027",
            answers: "level=2&job=pso&service=9&diploma=2027-09",
            must: vec![
                I::Figure(Figure::DiplomaThenProgression {
                    months: 10,
                    opens: ym(2027, 9),
                    diploma: ym(2027, 9),
                    expected: true,
                }),
                I::Qualify(Qualify {
                    by: ym(2030, 4),
                    months: 41,
                    on: Counting::Serving {
                        apply: Some(ym(2027, 9)),
                        intake: ym(2028, 7),
                        diploma: Some(ym(2027, 9)),
                        estimated: false,
                    },
                }),
            ],
            never: vec![I::Note(Note::Assumed(Assumption::DiplomaFallback))],
        },
        Situation {
            name: "Serving PSO with a degree: the national campaign is open now",
            answers: "level=6&job=pso&service=2&credits5=no&done=&region=london&start=2027-07",
            must: vec![
                I::Entry(Entry::National),
                I::Reason(Reason::LevelAndExperience {
                    level: 6,
                    pso_work: true,
                }),
                I::Note(Note::Assumed(Assumption::PsoWorkIsExperience)),
                I::Alternative(Pathway::PsoPathway),
                I::Step(Step::NationalCampaign),
                I::Step(Step::LearnerRole),
            ],
            // Already a PSO: the tick box for a PSO job is not for them.
            never: vec![I::Reason(Reason::NoExperience), I::Step(Step::TickPsoBox)],
        },
        Situation {
            name: "Other MoJ staff with Level 5 but no credits and no experience",
            answers: "level=5&job=moj&credits5=no&exp=no&start=2027-01",
            must: vec![
                I::Headline(Headline::PsoNewcomer),
                I::Change(Change::GainCredits),
                I::Change(Change::GainExperience { opens: Opens::Pqip }),
                I::Reason(Reason::MojWithoutCredits),
            ],
            never: vec![I::Change(Change::GainLevel5 {
                with_experience: true,
            })],
        },
        Situation {
            name: "Already qualified",
            answers: "qualified=dipps&qualyear=2005",
            must: vec![
                I::Headline(Headline::AlreadyQualified),
                I::Step(Step::ApplyForOfficerJobs),
                I::Ask(Ask::Recruitment),
            ],
            never: vec![
                I::Step(Step::NationalCampaign),
                I::Step(Step::TickPsoBox),
                I::Step(Step::ApplyAsPso),
                I::Step(Step::Eligibility),
            ],
        },
        Situation {
            name: "Social work with a probation component in 2001: our reading accepts it",
            answers: "qualified=sw-probation&qualyear=2001",
            must: vec![
                I::Headline(Headline::AlreadyQualified),
                I::Note(Note::Assumed(Assumption::SwProbationTo2001)),
                I::Reason(Reason::HoldsRecognised {
                    qualification: policy::HeldQualification::SwProbation,
                    year: 2001,
                    by_our_reading: true,
                }),
            ],
            never: vec![],
        },
        Situation {
            name: "A qualification not recognised for its year: the Alignment Process note",
            answers: "qualified=pqf&qualyear=2005&level=6&exp=yes&job=none&done=&region=london&start=2027-07",
            must: vec![I::Note(Note::AlignmentProcess), I::Headline(Headline::Pqip)],
            never: vec![I::Headline(Headline::AlreadyQualified)],
        },
        Situation {
            name: "A qualification from outside the UK",
            answers: "level=6&overseas=yes&done=&exp=yes&job=none&region=london&start=2027-07",
            must: vec![I::Note(Note::OverseasComparability)],
            never: vec![],
        },
        Situation {
            name: "A link's start too soon to apply for: said, and counted from the first intake",
            answers: "level=6&done=crime,cjs,penal,rehab&exp=yes&job=none&region=london&start=2027-03",
            must: vec![
                I::Note(Note::StartTooSoon {
                    given: ym(2027, 3),
                    intake: ym(2027, 7),
                }),
                I::Qualify(Qualify {
                    by: ym(2028, 10),
                    months: 23,
                    on: applying_now(ym(2027, 7), false),
                }),
            ],
            never: vec![],
        },
        Situation {
            name: "A campaign's own start month, later than the first intake, is kept",
            answers: "level=6&done=crime,cjs,penal,rehab&exp=yes&job=none&region=london&start=2027-09",
            must: vec![I::Qualify(Qualify {
                by: ym(2028, 12),
                months: 25,
                on: Counting::Intake {
                    apply: Some(ym(2027, 3)),
                    intake: ym(2027, 9),
                    applied: false,
                    finish_third: false,
                },
            })],
            never: vec![I::Note(Note::Assumed(Assumption::IntakeMonths))],
        },
        Situation {
            name: "CJL access route, part time: the PQiP's hours move the qualifying month",
            answers: "level=4&exp=yes&l3vq=yes&job=none&region=north-west&hours=25&start=2027-01",
            must: vec![
                // 21 months at 25 hours is over 30: capped, from the January 2029 intake.
                I::Change(Change::WorkFullTime {
                    months: 21,
                    shift: shift(ym(2030, 10), ym(2031, 7)),
                }),
                I::Qualify(Qualify {
                    by: ym(2031, 7),
                    months: 56,
                    on: Counting::AccessStart(ym(2027, 1)),
                }),
            ],
            never: vec![],
        },
    ];
    list.extend(second_review());
    // Full and part time for every PQiP entry: the hours in the advice are the person's own.
    for (entry, base) in [
        ("national", "level=6&exp=yes&job=none"),
        ("pso", "level=3&job=pso&service=9"),
        ("moj", "level=5&job=moj&credits5=yes&exp=no"),
    ] {
        let _ = entry;
        list.push(Situation {
            name: "PQiP at 22.2 hours, every entry",
            answers: Box::leak(
                format!("{base}&done=crime&region=wales&hours=22.2&start=2027-07").into_boxed_str(),
            ),
            must: vec![I::Step(Step::PartTimePlaces)],
            never: vec![I::Step(Step::Employed { part_time: None })],
        });
    }
    list
}

/// The second review's findings (issue 33), one situation a class: said to the wrong person, not
/// what the sources say, missing where the person needs it.
fn second_review() -> Vec<Situation> {
    use Item as I;
    vec![
        Situation {
            name: "A serving PSO on PSO Progression is never told they would be employed as a PSO",
            answers: "level=3&job=pso&service=8&done=&region=wales&start=2027-07",
            must: vec![
                I::Headline(Headline::PqipServing),
                I::Step(Step::PqipLevel),
                // 002's foreword called it a pilot; 000 describes it as open.
                I::Note(Note::Assumed(Assumption::ProgressionOpen)),
            ],
            never: vec![I::Headline(Headline::Pqip)],
        },
        Situation {
            name: "The access route for Ministry of Justice staff: their employer may pay",
            answers: "level=4&exp=yes&l3vq=yes&job=moj&region=london&start=2027-01",
            must: vec![I::Step(Step::AccessSponsor { employed: true })],
            never: vec![I::Step(Step::AccessSponsor { employed: false })],
        },
        Situation {
            name: "Level 4 with the vocational qualification, no experience: never asked to gain the qualification",
            answers: "level=4&exp=no&l3vq=yes&job=none&start=2027-01",
            must: vec![I::Change(Change::GainExperience {
                opens: Opens::CjlAccess { has_vq: true },
            })],
            never: vec![I::Change(Change::GainExperience {
                opens: Opens::CjlAccess { has_vq: false },
            })],
        },
        Situation {
            name: "A new PSO with a degree: Progression's Level 3 is met, and every new PSO takes the Diploma",
            answers: "level=6&exp=no&job=none&region=london&start=2027-01",
            must: vec![I::Dates(Dates::DiplomaBy {
                start: ym(2027, 1),
                finish: ym(2028, 1),
                has_level3: true,
            })],
            never: vec![I::Dates(Dates::DiplomaBy {
                start: ym(2027, 1),
                finish: ym(2028, 1),
                has_level3: false,
            })],
        },
        Situation {
            name: "A serving PSO at Level 2 on the PSO pathway sees the basics wherever the PQiP is a step",
            answers: "level=2&job=pso&service=20&region=wales",
            must: vec![
                I::Headline(Headline::PsoServing),
                I::Step(Step::Vetting),
                I::Step(Step::Eligibility),
            ],
            never: vec![I::Step(Step::ApplyAsPso)],
        },
        Situation {
            name: "A serving PSO with two modules gets the third-module tip others get",
            answers: "level=4&job=pso&service=3&done=crime,cjs&region=london",
            must: vec![
                // Progression in February 2027, the January 2028 intake: 15 months instead of 21.
                I::Change(Change::OtherModulePlan {
                    plan: ModulePlan::StartThirdNow,
                    more: 0,
                    to: 15,
                    shift: shift(ym(2029, 4), ym(2029, 10)),
                }),
                I::Note(Note::Assumed(Assumption::ProgressionOpen)),
            ],
            never: vec![],
        },
        Situation {
            name: "Part time, one module: the modules' months are the journey's, never 6",
            answers: "level=6&done=crime&exp=yes&job=none&region=london&hours=25&start=2027-07",
            must: vec![I::Reason(Reason::FewModulesDone {
                count: 1,
                module_months: 9,
            })],
            never: vec![I::Reason(Reason::FewModulesDone {
                count: 1,
                module_months: 6,
            })],
        },
        Situation {
            name: "A new PSO: what applying through PSO Progression will then involve",
            answers: "level=2&exp=no&job=none&start=2027-01",
            must: vec![
                I::Step(Step::LearnerRole),
                I::Step(Step::StudyAssessed),
                I::Step(Step::PqipLevel),
                I::Step(Step::IfNotPassedServing),
                I::Step(Step::JobLocation),
                I::Note(Note::Assumed(Assumption::ProgressionOpen)),
            ],
            // "The process is the same as for everyone" introduces the national campaign's steps
            // (the access route's); PSO Progression is not that (a fresh reader, December 2026).
            never: vec![
                I::Step(Step::TickPsoBox),
                I::Step(Step::NationalCampaign),
                I::Step(Step::WhenYouApply),
            ],
        },
        // A fresh reader's findings (December 2026).
        Situation {
            name: "A graduate without experience: a PSO job with modules studied alongside is sooner",
            answers: "level=6&done=&exp=no&job=none&region=north-east&hours=37",
            must: vec![
                I::Headline(Headline::PsoNewcomer),
                // PSO from July 2027, Progression from January 2028, the PQiP from July 2028: 21
                // months, or 15 with two modules finished by July 2027 and a third started.
                I::Change(Change::OtherModulePlan {
                    plan: ModulePlan::ModulesFirst,
                    more: 2,
                    to: 15,
                    shift: Shift {
                        by: ym(2029, 10),
                        instead: ym(2030, 4),
                    },
                }),
                I::Step(Step::ModuleCosts { employed: false }),
                I::Note(Note::Assumed(Assumption::ModulePace)),
                I::Ask(Ask::Recruitment),
            ],
            never: vec![I::Step(Step::WhenYouApply)],
        },
        Situation {
            name: "A serving PSO at Level 2: modules first are Level 5 study, not offered",
            answers: "level=2&job=pso&service=14&diploma=2027-09&region=wales",
            must: vec![I::Step(Step::FinishDiploma), I::Ask(Ask::Recruitment)],
            never: vec![
                I::Step(Step::ModuleCosts { employed: true }),
                I::Note(Note::Assumed(Assumption::ModulePace)),
                I::Step(Step::WhenYouApply),
            ],
        },
        Situation {
            name: "Part time on the PSO pathway: part-time places are not guaranteed",
            answers: "level=4&exp=yes&l3vq=no&job=none&region=east-of-england&hours=22.2",
            must: vec![
                I::Headline(Headline::PsoNewcomer),
                I::Step(Step::PartTimePlaces),
            ],
            never: vec![],
        },
        Situation {
            name: "Part time on the access route: part-time places are not guaranteed",
            answers: "level=4&exp=yes&l3vq=yes&job=none&region=wales&hours=22.2",
            must: vec![I::Headline(Headline::CjlAccess), I::Step(Step::PartTimePlaces)],
            never: vec![],
        },
        Situation {
            name: "The national campaign alone: no word of PSO Progression's standing",
            answers: "level=6&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2027-07",
            must: vec![I::Step(Step::PqipLevel)],
            never: vec![I::Note(Note::Assumed(Assumption::ProgressionOpen))],
        },
    ]
}

#[test]
fn every_situation_says_what_it_must_and_never_what_it_must_not() {
    // Each situation's words, in page order, for a reader to review against the seeds; and its
    // key sentences for the browser test, which opens each result by its link.
    let mut pages = String::new();
    let mut browser = Vec::new();
    for s in situations() {
        let a = answers(s.answers);
        let outcome = assess(&a, today());
        let advice = advise(&a, &outcome, today());
        let said = items(&outcome, &advice);
        for m in &s.must {
            assert!(
                said.contains(m),
                "{}: must say {m:?}; said {said:#?}",
                s.name
            );
        }
        for n in &s.never {
            assert!(!said.contains(n), "{}: must never say {n:?}", s.name);
        }
        // The same in words, in both languages: what must be there has words, and the words of
        // what must not be there are nowhere on the page.
        for lang in Lang::ALL {
            let t = messages(lang);
            let page: Vec<String> = said.iter().map(|i| words(t, i, outcome.job)).collect();
            let text = page.join("\n");
            // What must never show is each item's own words: a headline shared by two items
            // (the PQiP's, for a serving PSO too) is told apart by its summary.
            let quoted = |items: &[Item], never: bool| {
                let all: Vec<String> = items
                    .iter()
                    .flat_map(|i| match i {
                        Item::Headline(h) if never => vec![t.summary(*h).to_string()],
                        _ => sentences(t, i, outcome.job),
                    })
                    .map(|s| format!("{s:?}"))
                    .collect();
                format!("[{}]", all.join(","))
            };
            browser.push(format!(
                "{{\"name\":{:?},\"answers\":{:?},\"lang\":{:?},\"must\":{},\"never\":{}}}",
                s.name,
                s.answers,
                lang.code(),
                quoted(&s.must, false),
                quoted(&s.never, true)
            ));
            if lang == Lang::En {
                pages.push_str(&format!("## {}\n#{}\n", s.name, s.answers));
                if let Some(d) = advice.dates {
                    pages.push_str(&format!("- {}\n", t.dates(d)));
                }
                for (item, line) in said.iter().zip(&page) {
                    pages.push_str(&format!("- [{}] {line}\n", kind(item)));
                }
                pages.push('\n');
            }
            for m in &s.must {
                assert!(!words(t, m, outcome.job).is_empty(), "{}: {m:?}", s.name);
            }
            for n in &s.never {
                let forbidden = words(t, n, outcome.job);
                assert!(
                    !page.contains(&forbidden),
                    "{} ({lang:?}): shows {forbidden:?}",
                    s.name
                );
            }
            if a.hours.is_some_and(|h| !h.is_full_time()) {
                // Only "what would change this" may name full-time hours, as the alternative.
                let full = tenths(policy::FULL_TIME_TENTHS);
                for (item, line) in said.iter().zip(&page) {
                    if !matches!(item, Item::Change(Change::WorkFullTime { .. })) {
                        assert!(
                            !line.contains(&full),
                            "{} ({lang:?}): {full} hours in {line:?}",
                            s.name
                        );
                    }
                }
            }
            assert!(!text.is_empty());
        }
    }
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::create_dir_all(&target).expect("target dir");
    for lang in Lang::ALL {
        let mut all = String::new();
        for s in situations() {
            all.push_str(&format!(
                "## {}\n#{}\n\n{}\n\n",
                s.name,
                s.answers,
                page_text(s.answers, lang)
            ));
        }
        std::fs::write(target.join(format!("result-pages-{}.md", lang.code())), all)
            .expect("write the result pages");
    }
    std::fs::write(target.join("advice-pages-en.md"), pages).expect("write the pages");
    std::fs::write(
        target.join("advice-situations.json"),
        format!("[{}]", browser.join(",\n")),
    )
    .expect("write the situations for the browser test");
}

fn kind(item: &Item) -> &'static str {
    match item {
        Item::Headline(_) => "headline",
        Item::Step(_) => "what happens next",
        Item::Ask(_) => "who to ask",
        Item::Change(_) => "what would change this",
        Item::Note(_) => "note",
        Item::Reason(_) => "why",
        Item::Alternative(_) => "other route",
        Item::Figure(_) => "figure",
        Item::Entry(_) => "how you apply",
        Item::Qualify(_) => "when you could qualify",
        Item::Dates(_) => "dates",
    }
}

#[test]
fn a_serving_pso_is_never_asked_about_experience() {
    for fragment in [
        "level=4&job=pso",
        "level=6&job=pso&service=2",
        "level=1&job=pso",
    ] {
        assert!(
            !is_relevant(Question::Exp, &answers(fragment)),
            "{fragment}"
        );
    }
    assert!(is_relevant(Question::Exp, &answers("level=4&job=none")));
    assert!(is_relevant(Question::Service, &answers("level=1&job=pso")));
}

#[test]
fn the_level_3_vocational_question_is_only_for_levels_3_and_4() {
    for level in 0..=8u8 {
        let a = answers(&format!("level={level}&exp=yes&job=none"));
        assert_eq!(
            is_relevant(Question::L3vq, &a),
            (3..=4).contains(&level),
            "level {level}"
        );
    }
    // A link saying yes at Level 0 does not give the access route (it cannot be true).
    let a = answers("level=0&exp=yes&l3vq=yes&job=none");
    assert_ne!(
        assess(&a, today()).route,
        probation_route_finder::rules::assess::Route::CjlAccess
    );
}

#[test]
fn credits_are_asked_of_psos_only_when_progression_is_not_yet_open() {
    assert!(is_relevant(
        Question::Credits5,
        &answers("level=5&job=pso&service=2")
    ));
    assert!(!is_relevant(
        Question::Credits5,
        &answers("level=5&job=pso&service=6")
    ));
    assert!(!is_relevant(
        Question::Credits5,
        &answers("level=4&job=pso&service=2")
    ));
}

#[test]
fn the_sources_are_named_with_their_dates_and_nothing_claims_a_check() {
    for lang in Lang::ALL {
        let t = messages(lang);
        for s in Source::ALL {
            assert!(!t.source_name(s).is_empty());
            assert!(!t.published(s.published()).is_empty());
        }
        let statutory = t.published(Source::StatutoryGuidance.published());
        assert!(statutory.contains("2022"), "{statutory}");
        for message in [t.sources_intro(), t.footer_note(), t.likely_not_promise()] {
            assert!(
                !message.to_lowercase().contains("last checked"),
                "{message}"
            );
        }
        let caveat = t.university_caveat(false);
        assert!(
            caveat.contains("2024") && caveat.contains("2025"),
            "{caveat}"
        );
    }
}

#[test]
fn the_figure_and_the_course_providers_follow_the_route_and_the_region() {
    let advice_for = |fragment: &str| {
        let a = answers(fragment);
        advise(&a, &assess(&a, today()), today())
    };
    // Part time on the 15-month PQiP: the figure's full-time length is 15, not 21.
    let part_time_15 = advice_for(
        "level=6&done=crime,cjs,penal,rehab&exp=yes&job=none&region=london&hours=25&start=2027-01",
    );
    assert!(
        matches!(
            part_time_15.figure,
            Some(Figure::PqipMonths { full_time_months, part_time: Some(_), .. })
                if full_time_months == policy::PQIP_SHORT_MONTHS
        ),
        "{:?}",
        part_time_15.figure
    );
    // The CJL route names all three providers, whatever the region: none is tied to one (policy.md).
    let cjl = |region: &str| {
        advice_for(&format!(
            "level=4&exp=yes&l3vq=yes&job=none&region={region}&start=2027-01"
        ))
        .ask
    };
    use policy::University;
    for region in ["north-east", "north-west", "london"] {
        assert!(
            cjl(region).contains(&Ask::CourseProviders(University::CJL_PROVIDERS.to_vec())),
            "{region}"
        );
    }
}

#[test]
fn the_pso_figures_the_course_providers_and_the_university_follow_level_and_route() {
    let advice_for = |fragment: &str| {
        let a = answers(fragment);
        advise(&a, &assess(&a, today()), today())
    };
    // A serving PSO below Level 3 has the Diploma before Progression; at Level 3, only service.
    assert!(matches!(
        advice_for("level=2&job=pso&service=4").figure,
        Some(Figure::DiplomaThenProgression { .. })
    ));
    assert!(matches!(
        advice_for("level=3&job=pso&service=4").figure,
        Some(Figure::ProgressionIn { .. })
    ));
    // A new PSO with Level 3 counts the first months of service; below it, the Diploma.
    let level3 = advice_for("level=3&exp=no&job=none&start=2027-01");
    assert!(
        matches!(level3.figure, Some(Figure::FirstMonthsAsPso { months, .. }) if months == policy::PSO_PROGRESSION_MIN_SERVICE),
        "{:?}",
        level3.figure
    );
    assert!(matches!(
        advice_for("level=2&exp=no&job=none&start=2027-01").figure,
        Some(Figure::DiplomaMonths { .. })
    ));
    // The access courses' contacts for those below the PQiP's Level 5; at or above it, the
    // modules' contacts only when studying them alongside the PSO job gets them qualified sooner.
    let providers = |a: &Advice| a.ask.iter().any(|x| matches!(x, Ask::CourseProviders(_)));
    assert!(providers(&advice_for(
        "level=4&exp=no&job=none&start=2027-01"
    )));
    assert!(!providers(&advice_for(
        "level=5&done=crime,cjs,penal&exp=no&job=none&start=2027-01"
    )));
    assert!(providers(&advice_for(
        "level=5&done=&exp=no&job=none&start=2027-01"
    )));
    // The PQiP's university is named on the PQiP routes only.
    assert_eq!(
        advice_for(&format!(
            "{}&region=london",
            "level=6&done=crime,cjs,penal,rehab&exp=yes&job=none&start=2027-01"
        ))
        .pqip_university,
        Some(policy::University::Portsmouth)
    );
    assert_eq!(
        advice_for("level=4&exp=yes&l3vq=yes&job=none&region=london&start=2027-01").pqip_university,
        None
    );
}
