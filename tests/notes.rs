//! Each note on the result page, the offer to finish modules and the PSO pathway's reasons appear
//! exactly when their conditions hold: for each, answers that give it and the nearest answers that
//! must not. (The scenarios check routes and lengths; the mutation run showed no test pinned
//! these conditions.)

use chrono::NaiveDate;
use probation_route_finder::rules::assess::{assess, progression_opens, Change, Note, Reason};
use probation_route_finder::rules::policy::{Assumption, HeldQualification};
use probation_route_finder::rules::Answers;

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
    "level=6&done=crime,cjs,penal,rehab&exp=yes&job=none&region=london&start=2027-01";
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
}

#[test]
fn the_intake_months_are_assumed_only_without_a_start_month() {
    let intakes = |n: &Note| *n == Note::Assumed(Assumption::IntakeMonths);
    let without_start = PQIP.replace("&start=2027-01", "");
    assert!(has(&without_start, intakes));
    assert!(!has(PQIP, intakes), "a start in an intake month");
    assert!(
        !has(QUALIFIED, intakes),
        "already qualified: no start to assume"
    );
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
fn the_next_intake_after_a_stage_only_on_routes_with_a_stage_before_the_pqip() {
    let after_stage = |n: &Note| *n == Note::Assumed(Assumption::NextIntakeAfterStage);
    assert!(has(
        "level=4&exp=yes&l3vq=yes&job=none&region=london&start=2027-01",
        after_stage
    ));
    assert!(has("level=2&exp=no&job=none&start=2027-01", after_stage));
    assert!(!has(PQIP, after_stage), "the PQiP straight away");
    assert!(!has(QUALIFIED, after_stage), "already qualified");
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
fn progression_has_no_opening_month_once_the_service_is_there() {
    // Level 2 with more service than the Diploma takes: nothing more to wait for on service.
    assert_eq!(
        progression_opens(&answers("level=2&job=pso&service=24"), today()),
        None
    );
    assert!(progression_opens(&answers("level=3&job=pso&service=2"), today()).is_some());
}

#[test]
fn finishing_modules_is_offered_only_to_someone_with_fewer_than_three() {
    let finish = |fragment: &str| {
        any(&changes(fragment), |c| {
            matches!(c, Change::FinishModules { .. })
        })
    };
    let two_done = changes(&PQIP.replace("crime,cjs,penal,rehab", "crime,cjs"));
    assert!(
        any(&two_done, |c| matches!(
            c,
            Change::FinishModules { more: 1, .. }
        )),
        "one more module: {two_done:?}"
    );
    assert!(!finish(
        &PQIP.replace("crime,cjs,penal,rehab", "crime,cjs,penal")
    ));
    assert!(!finish(PQIP));
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
    // The intake months are assumed for a serving PSO (their journey starts now), not for a
    // newcomer who gave an intake month.
    let intakes = |n: &Note| *n == Note::Assumed(Assumption::IntakeMonths);
    assert!(has("level=4&job=pso&service=3", intakes));
    assert!(!has("level=2&exp=no&job=none&start=2027-01", intakes));
}

#[test]
fn the_pso_pathway_s_notes_and_changes_fit_the_person() {
    // A serving PSO's own notes are kept when the intake note is put last.
    let overseas = "level=4&job=pso&service=3&overseas=yes";
    assert!(has(overseas, |n| *n == Note::OverseasComparability));
    // The Diploma's 12 months are assumed only below Level 3.
    let diploma = |n: &Note| *n == Note::Assumed(Assumption::DiplomaTwelveMonths);
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
