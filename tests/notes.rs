//! Each note on the result page, the offer to finish modules and the PSO pathway's reasons appear
//! exactly when their conditions hold: for each, answers that give it and the nearest answers that
//! must not. (The scenarios check routes and lengths; the mutation run showed no test pinned
//! these conditions.)

use chrono::NaiveDate;
use probation_route_finder::rules::assess::{assess, progression_opens, Change, Note, Reason};
use probation_route_finder::rules::journey::ModulePlan;
use probation_route_finder::rules::policy::{Assumption, HeldQualification};
use probation_route_finder::rules::{Answers, YearMonth};
use probation_route_finder::text::{messages, Lang};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).expect("date")
}

fn answers(fragment: &str) -> Answers {
    let parsed = Answers::from_fragment(fragment, today());
    assert!(parsed.errors.is_empty(), "{fragment}: {:?}", parsed.errors);
    parsed.answers
}

fn notes(fragment: &str) -> Vec<Note> {
    assess(&answers(fragment), today()).notes.to_vec()
}

fn reasons(fragment: &str) -> Vec<Reason> {
    assess(&answers(fragment), today()).reasons.to_vec()
}

fn changes(fragment: &str) -> Vec<Change> {
    assess(&answers(fragment), today()).changes.to_vec()
}

/// Whether `list` has an item that `is` picks out.
fn any<T>(list: &[T], is: impl Fn(&T) -> bool) -> bool {
    list.iter().any(is)
}

/// Whether the outcome for `fragment` has a note that `is` picks out.
fn has(fragment: &str, is: impl Fn(&Note) -> bool) -> bool {
    notes(fragment).iter().any(is)
}

const PQIP: &str =
    "level=6&done=crime,cjs,penal,rehab&exp=yes&job=none&region=london&start=2027-07";
const QUALIFIED: &str = "qualified=pqip&qualyear=2020";

#[test]
fn qualifications_from_abroad_only_for_someone_with_one_and_not_yet_qualified() {
    let overseas = |n: &Note| *n == Note::OverseasComparability;
    assert!(has(&format!("{PQIP}&overseas=yes"), overseas));
    assert!(!has(PQIP, overseas), "not from abroad");
    assert!(
        !has(
            "level=0&overseas=yes&exp=no&job=none&start=2027-01",
            overseas
        ),
        "no qualification"
    );
    assert!(
        !has(&format!("{QUALIFIED}&overseas=yes"), overseas),
        "already qualified"
    );
}

#[test]
fn a_qualification_not_recognised_for_its_year_is_named_only_when_one_is_held() {
    let named = |n: &Note| matches!(n, Note::NotRecognisedForYear { .. });
    let alignment = |n: &Note| *n == Note::AlignmentProcess;
    let unrecognised = format!("qualified=sw-probation&qualyear=2010&{PQIP}");
    assert!(has(&unrecognised, named) && has(&unrecognised, alignment));
    assert!(!has(&format!("qualified=none&qualyear=2010&{PQIP}"), named));
    assert!(!has(QUALIFIED, named), "recognised for its year");
    // A PQiP gained in 2015, before the PQiP began: the page asks them to check the year (a
    // fresh reader, December 2026), in both languages.
    let early = Note::NotRecognisedForYear {
        qualification: HeldQualification::Pqip,
        year: 2015,
    };
    assert!(has(&format!("qualified=pqip&qualyear=2015&{PQIP}"), |n| *n
        == early));
    for lang in Lang::ALL {
        let words = messages(lang).note(&early);
        let first = HeldQualification::Pqip.era().map(|e| e.first.to_string());
        assert!(words.contains(&first.unwrap_or_default()), "{words}");
    }
    assert!(messages(Lang::En)
        .note(&early)
        .contains("change the year you gave"));
}

#[test]
fn pso_work_counts_as_experience_only_for_a_pso() {
    let pso_work = |n: &Note| *n == Note::Assumed(Assumption::PsoWorkIsExperience);
    assert!(has(
        "level=6&job=pso&service=2&credits5=no&done=&region=london&start=2027-01",
        pso_work
    ));
    assert!(!has(PQIP, pso_work), "not a PSO");
}

#[test]
fn the_intake_months_are_our_reading_only_where_we_chose_the_intake() {
    let intakes = |n: &Note| *n == Note::Assumed(Assumption::IntakeMonths);
    // After a stage of their own, the intake is the first they could join: our choosing.
    assert!(has(
        "level=4&exp=yes&l3vq=yes&job=none&region=london&start=2027-01",
        intakes
    ));
    assert!(has("level=2&exp=no&job=none&start=2027-01", intakes));
    // The default start is ours too; an intake they gave (each campaign advertises its own) is not.
    assert!(has(&PQIP.replace("&start=2027-07", ""), intakes));
    assert!(!has(PQIP, intakes), "the intake they gave");
    assert!(
        !has(&PQIP.replace("2027-07", "2027-09"), intakes),
        "September, as given"
    );
    assert!(!has(QUALIFIED, intakes), "already qualified");
}

#[test]
fn a_start_from_a_link_that_has_passed_or_is_too_soon_is_said_and_counted_from_today() {
    let ym = |y, m| YearMonth::new(y, m).expect("month");
    assert!(has(&PQIP.replace("2027-07", "2026-03"), |n| *n
        == Note::StartPassed {
            given: ym(2026, 3),
            from: ym(2027, 7)
        }));
    assert!(has(&PQIP.replace("2027-07", "2027-01"), |n| *n
        == Note::StartTooSoon {
            given: ym(2027, 1),
            intake: ym(2027, 7)
        }));
    // Having applied for it, January is their intake; off the PQiP, a start is the first step's.
    let start_note = |n: &Note| matches!(n, Note::StartTooSoon { .. } | Note::StartPassed { .. });
    assert!(!has(
        &PQIP.replace("2027-07", "2027-01&applied=yes"),
        start_note
    ));
    assert!(!has(
        "level=4&exp=yes&l3vq=yes&job=none&region=london&start=2027-01",
        start_note
    ));
    assert!(!has(PQIP, start_note));
}

#[test]
fn the_internal_routes_take_the_national_campaigns_six_months_by_our_reading() {
    let six = |n: &Note| *n == Note::Assumed(Assumption::InternalRoutesSixMonths);
    assert!(has("level=3&job=pso&service=8&done=&region=wales", six));
    assert!(has("level=4&job=pso&service=2", six), "Progression later");
    assert!(
        !has(PQIP, six),
        "the national campaign: the careers pages' own"
    );
}

#[test]
fn a_serving_pso_below_level_3_not_sure_of_the_diploma_gets_our_estimate() {
    let fallback = |n: &Note| *n == Note::Assumed(Assumption::DiplomaFallback);
    assert!(has("level=2&job=pso&service=4", fallback));
    assert!(!has("level=2&job=pso&service=4&diploma=2027-09", fallback));
    assert!(!has("level=3&job=pso&service=4", fallback));
    let twelve = |n: &Note| *n == Note::Assumed(Assumption::DiplomaTwelveMonths);
    assert!(
        has("level=2&exp=no&job=none&start=2027-01", twelve),
        "a new PSO"
    );
    assert!(!has("level=2&job=pso&service=4", twelve));
}

#[test]
fn the_social_work_degree_to_2001_is_our_reading_only_after_annex_b_s_last_year() {
    let reading = |n: &Note| *n == Note::Assumed(Assumption::SwProbationTo2001);
    assert!(has("qualified=sw-probation&qualyear=1999", reading));
    assert!(
        !has("qualified=sw-probation&qualyear=1998", reading),
        "Annex B's own years"
    );
    assert!(
        !has("qualified=dipps&qualyear=2005", reading),
        "another qualification"
    );
    let held = reasons("qualified=sw-probation&qualyear=1998");
    assert!(any(&held, |r| matches!(
        r,
        Reason::HoldsRecognised {
            qualification: HeldQualification::SwProbation,
            by_our_reading: false,
            ..
        }
    )));
}

#[test]
fn internal_without_experience_only_for_internal_applicants_without_it() {
    let assumed = |n: &Note| *n == Note::Assumed(Assumption::InternalMojNoExperience);
    let moj = "level=5&job=moj&credits5=yes&done=crime,cjs,penal&region=london&start=2027-01";
    assert!(has(&format!("{moj}&exp=no"), assumed));
    assert!(!has(&format!("{moj}&exp=yes"), assumed), "with experience");
    assert!(!has(PQIP, assumed), "the national campaign");
}

#[test]
fn progression_never_opens_below_level_3_before_the_diploma() {
    let ym = |y, m| YearMonth::new(y, m).expect("month");
    // Level 2 with more service than the Diploma's 12 months: the Diploma is still not finished
    // (it would make them Level 3), so we estimate 6 months from now (policy.md).
    assert_eq!(
        progression_opens(&answers("level=2&job=pso&service=24"), today()),
        Some((6, ym(2027, 5)))
    );
    // Within its 12 months: the rest of them.
    assert_eq!(
        progression_opens(&answers("level=2&job=pso&service=4"), today()),
        Some((8, ym(2027, 7)))
    );
    // The month they expect, with the 6 months' service too.
    assert_eq!(
        progression_opens(
            &answers("level=2&job=pso&service=1&diploma=2027-02"),
            today()
        ),
        Some((5, ym(2027, 4)))
    );
    assert_eq!(
        progression_opens(
            &answers("level=2&job=pso&service=9&diploma=2027-09"),
            today()
        ),
        Some((10, ym(2027, 9)))
    );
    assert!(progression_opens(&answers("level=3&job=pso&service=2"), today()).is_some());
    assert_eq!(
        progression_opens(&answers("level=3&job=pso&service=6"), today()),
        None
    );
}

#[test]
fn the_other_way_through_the_modules_is_offered_only_below_three() {
    let other = |fragment: &str| {
        changes(fragment).into_iter().find_map(|c| match c {
            Change::OtherModulePlan { plan, more, .. } => Some((plan, more)),
            _ => None,
        })
    };
    // Two finished: only start the third (001 asks it started, not finished).
    assert_eq!(
        other(&PQIP.replace("crime,cjs,penal,rehab", "crime,cjs")),
        Some((ModulePlan::StartThirdNow, 0))
    );
    // Fewer: finish them first, said as a change only when it is sooner. With the first intake
    // they could join, 8 months of modules lead to the same month as applying now; for an intake
    // of July 2028 they chose, the modules fit before it and the 15 months are sooner.
    let later = PQIP.replace("2027-07", "2028-07");
    assert_eq!(
        other(&later.replace("crime,cjs,penal,rehab", "crime")),
        Some((ModulePlan::ModulesFirst, 1))
    );
    assert_eq!(
        other(&later.replace("crime,cjs,penal,rehab", "")),
        Some((ModulePlan::ModulesFirst, 2))
    );
    assert_eq!(other(&PQIP.replace("crime,cjs,penal,rehab", "")), None);
    // Having applied: no other way through the modules (it would mean applying again).
    assert_eq!(
        other(
            &PQIP
                .replace("crime,cjs,penal,rehab", "crime,cjs")
                .replace("2027-07", "2027-07&applied=yes")
        ),
        None
    );
    assert_eq!(
        other(&PQIP.replace("crime,cjs,penal,rehab", "crime,cjs&doing=penal")),
        None,
        "the third already started"
    );
    assert_eq!(
        other(&PQIP.replace("crime,cjs,penal,rehab", "crime,cjs,penal")),
        None
    );
    assert_eq!(other(PQIP), None);
    let pace = |n: &Note| *n == Note::Assumed(Assumption::ModulePace);
    assert!(has(&PQIP.replace("crime,cjs,penal,rehab", "crime"), pace));
    assert!(!has(
        &PQIP.replace("crime,cjs,penal,rehab", "crime,cjs"),
        pace
    ));
}

#[test]
fn the_pso_pathway_s_reasons_fit_the_person() {
    // A serving PSO at Level 3 needs service, not Level 3.
    let level3 = reasons("level=3&job=pso&service=2");
    assert!(
        any(&level3, |r| matches!(r, Reason::PsoNeedsMoreService { .. })),
        "{level3:?}"
    );
    assert!(
        !any(&level3, |r| matches!(r, Reason::PsoNeedsLevel3 { .. })),
        "{level3:?}"
    );
    // Level 5 is the PQiP's level: not a reason against it.
    let level5 = reasons("level=5&exp=no&job=none&start=2027-01");
    assert!(
        !any(&level5, |r| matches!(r, Reason::LevelBelowPqip { .. })),
        "{level5:?}"
    );
    // The missing vocational qualification is a reason for a newcomer with experience, never
    // for a serving PSO.
    let newcomer = reasons("level=4&exp=yes&l3vq=no&job=none&start=2027-01");
    assert!(newcomer.contains(&Reason::NoLevel3Vq), "{newcomer:?}");
    let serving = reasons("level=4&job=pso&service=3");
    assert!(!serving.contains(&Reason::NoLevel3Vq), "{serving:?}");
    // The intake months are assumed for a serving PSO, whose journey starts now and ends at an
    // intake we choose.
    let intakes = |n: &Note| *n == Note::Assumed(Assumption::IntakeMonths);
    assert!(has("level=4&job=pso&service=3", intakes));
}

#[test]
fn the_pso_pathway_s_notes_and_changes_fit_the_person() {
    // A serving PSO's own notes are kept when the intake note is put last.
    let overseas = "level=4&job=pso&service=3&overseas=yes";
    assert!(has(overseas, |n| *n == Note::OverseasComparability));
    // Below Level 3 the Diploma's end is estimated (a serving PSO) or 12 months (a new PSO).
    let diploma = |n: &Note| *n == Note::Assumed(Assumption::DiplomaFallback);
    assert!(has("level=2&job=pso&service=4", diploma));
    assert!(!has("level=3&job=pso&service=2", diploma));
    // PSO work as experience is a serving PSO's note, not a newcomer's.
    let pso_work = |n: &Note| *n == Note::Assumed(Assumption::PsoWorkIsExperience);
    assert!(has("level=4&job=pso&service=3", pso_work));
    assert!(!has("level=2&exp=no&job=none&start=2027-01", pso_work));
    // The vocational qualification is the change for a newcomer with experience at Level 3 or 4,
    // and for no one below Level 3.
    assert!(
        changes("level=4&exp=yes&l3vq=no&job=none&start=2027-01").contains(&Change::GainLevel3Vq)
    );
    assert!(!changes("level=2&exp=yes&job=none&start=2027-01").contains(&Change::GainLevel3Vq));
    // Credits are the change for MoJ staff with a degree, not for others.
    assert!(
        changes("level=5&exp=no&job=moj&credits5=no&start=2027-01").contains(&Change::GainCredits)
    );
    assert!(!changes("level=5&exp=no&job=none&start=2027-01").contains(&Change::GainCredits));
}

#[test]
fn level_credits_and_part_time_reasons_are_given_once_and_only_when_true() {
    let below = |r: &Reason| matches!(r, Reason::LevelBelowPqip { .. });
    assert!(reasons("level=2&exp=no&job=none&start=2027-01")
        .iter()
        .any(below));
    let moj4 = reasons("level=4&exp=no&job=moj&start=2027-01");
    assert!(!moj4.contains(&Reason::MojWithoutCredits), "{moj4:?}");
    let part_time = notes(&PQIP.replace("&start", "&hours=25&start"));
    let pro_rata = part_time
        .iter()
        .filter(|n| **n == Note::Assumed(Assumption::PartTimeProRata))
        .count();
    assert_eq!(pro_rata, 1, "{part_time:?}");
}
