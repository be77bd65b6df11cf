//! Both languages: every message exists in each (the `Messages` trait makes a missing one a
//! compile error), every Welsh message differs from its English one unless it is a name or a
//! number, and the pairs are written to `target/catalogue-strings.json` for the browser test that
//! checks no English is left on a Welsh page.

mod common;

use probation_route_finder::rules::answers::{Answers, Hours};
use probation_route_finder::rules::assess::{Change, Entry, Note, Pathway, Reason, Route};
use probation_route_finder::rules::policy::{
    Assumption, HeldQualification, Module, Region, University,
};
use probation_route_finder::rules::{Question, YearMonth};
use probation_route_finder::text::{messages, Lang, Messages};

/// Every message of a catalogue, with representative arguments, in a fixed order.
fn all(m: &dyn Messages) -> Vec<String> {
    let ym = YearMonth::new(2027, 1).expect("month");
    let hours = Hours::from_tenths(255).expect("hours");
    let mut v: Vec<String> = vec![
        m.service_name().into(),
        m.skip_link().into(),
        m.privacy_link().into(),
        m.footer_note().into(),
        m.start_heading().into(),
        m.start_list_intro().into(),
        m.start_button().into(),
        m.policy_date(ym),
        m.privacy_promise().into(),
        m.back().into(),
        m.continue_button().into(),
        m.error_summary_title().into(),
        m.error_prefix().into(),
        m.or().into(),
        m.hours_label().into(),
        m.month_label().into(),
        m.start_next(ym),
        m.start_other().into(),
        m.year_label().into(),
        m.check_heading().into(),
        m.change().into(),
        m.check_button().into(),
        m.result_heading().into(),
        m.duration(15),
        m.finish_line(ym, ym.plus_months(15)),
        m.conditional_line().into(),
        m.university_heading().into(),
        m.any_cjl_provider().into(),
        m.no_contact(),
        m.email_label().into(),
        m.phone_label().into(),
        m.why_heading().into(),
        m.why_intro().into(),
        m.changes_heading().into(),
        m.alternatives_heading().into(),
        m.next_steps_heading().into(),
        m.sources_heading().into(),
        m.likely_not_promise().into(),
        m.start_again().into(),
        m.print().into(),
        m.idle_title().into(),
        m.idle_body(30),
        m.still_here().into(),
        m.qr_caption().into(),
        m.qr_alt().into(),
        m.privacy_heading().into(),
        m.none_answer().into(),
        m.months_count(7),
        m.full_time().into(),
        m.part_time(hours),
        m.next_start_answer().into(),
        m.language_label().into(),
        m.page_title("x", true),
    ];
    v.extend(
        m.start_paragraphs()
            .iter()
            .chain(m.start_list())
            .chain(m.sources())
            .chain(m.privacy_paragraphs())
            .map(|s| s.to_string()),
    );
    v.extend(m.month_names().iter().map(|s| s.to_string()));
    v.extend([true, false].map(|b| m.yes_no(b).to_string()));
    for q in Question::ALL {
        let w = m.question(q);
        v.extend([w.title, w.hint, w.short, m.none_of_these(q)].map(String::from));
        for c in m.choices(q) {
            v.extend([c.label, c.hint].map(String::from));
        }
        if let Some((summary, lines)) = m.details(q) {
            v.push(summary.into());
            v.extend(lines.iter().map(|l| l.to_string()));
        }
        for p in common::every_problem() {
            v.push(m.problem(q, p));
        }
    }
    for r in Route::ALL {
        v.extend([m.route_title(r), m.route_summary(r)].map(String::from));
        v.extend(m.next_steps(r).iter().map(|s| s.to_string()));
    }
    for e in [Entry::National, Entry::PsoProgression, Entry::InternalMoj] {
        v.push(m.entry_name(e).into());
        v.push(m.pathway_name(Pathway::Pqip(e)).into());
    }
    v.extend(
        [
            Pathway::AlreadyQualified,
            Pathway::CjlAccess,
            Pathway::PsoPathway,
        ]
        .map(|p| m.pathway_name(p).to_string()),
    );
    for u in University::ALL {
        v.push(m.university_name(u).into());
    }
    for q in HeldQualification::ALL {
        v.push(m.qualification_name(q).into());
    }
    let reasons = [
        Reason::HoldsRecognised {
            qualification: HeldQualification::Dipps,
            year: 2005,
        },
        Reason::PsoWithService {
            level: 3,
            months: 8,
        },
        Reason::MojWithCredits { level: 5 },
        Reason::LevelAndExperience { level: 6 },
        Reason::ModulesDone { count: 3 },
        Reason::TwoDoneThirdStarted,
        Reason::FewModulesDone { count: 1 },
        Reason::PartTime {
            hours,
            full_time_months: 15,
        },
        Reason::StudyInRegion {
            region: Region::Wales,
            university: University::Portsmouth,
        },
        Reason::CjlAnyProvider {
            region: Region::NorthWest,
        },
        Reason::CjlLevelExperienceVq { level: 4 },
        Reason::LevelBelowPqip { level: 2 },
        Reason::NoExperience,
        Reason::NoLevel3Vq,
        Reason::PsoNeedsMoreService { months: 2 },
        Reason::PsoNeedsLevel3 { level: 2 },
        Reason::MojWithoutCredits,
    ];
    v.extend(reasons.iter().map(|r| m.reason(r)));
    let changes = [
        Change::FinishModules {
            more: 1,
            from: 21,
            to: 15,
        },
        Change::FinishThirdBeforeStart { otherwise: 21 },
        Change::WorkFullTime { months: 15 },
        Change::MoreService { more: 3 },
        Change::GainExperience,
        Change::GainLevel5,
        Change::StudyCjl,
        Change::ProgressAsPso,
    ];
    v.extend(changes.iter().map(|c| m.change_text(c)));
    let notes = [
        Note::OverseasComparability,
        Note::NotRecognisedForYear {
            qualification: HeldQualification::Sw,
            year: 2001,
        },
        Note::Assumed(Assumption::ThirdModuleInProgress),
        Note::Assumed(Assumption::PartTimeProRata),
        Note::Assumed(Assumption::IntakeMonths),
        Note::FourthModuleInFirstMonths,
    ];
    v.extend(notes.iter().map(|n| m.note(n)));
    let a = Answers {
        level: Some(5),
        job: Some(probation_route_finder::rules::answers::Job::Moj),
        ..Answers::default()
    };
    v.extend(Question::ALL.map(|q| m.answer_text(q, &a)));
    v.extend(Region::ALL.map(|r| m.region_name(r).to_string()));
    v.extend(Module::ALL.map(|x| m.module_name(x).to_string()));
    v
}

/// Messages that may read the same in both languages: empty hints, names, numbers, abbreviations.
fn may_match(s: &str) -> bool {
    s.is_empty() || ["PSO", "Surrey"].contains(&s) || s.chars().all(|c| !c.is_alphabetic())
}

#[test]
fn every_welsh_message_is_welsh() {
    let (en, cy) = (all(messages(Lang::En)), all(messages(Lang::Cy)));
    assert_eq!(en.len(), cy.len());
    let same: Vec<&String> = en
        .iter()
        .zip(&cy)
        .filter(|(e, c)| e == c && !may_match(e))
        .map(|(e, _)| e)
        .collect();
    assert!(same.is_empty(), "not translated: {same:?}");
    assert_eq!(
        messages(Lang::Cy).month(YearMonth::new(2028, 4).expect("m")),
        "Ebrill 2028"
    );
    assert!(messages(Lang::Cy)
        .route_summary(Route::Pqip15)
        .starts_with("Yn ôl eich atebion"));

    // For the browser test: each English message that has a different Welsh one.
    let pairs: Vec<String> = en
        .iter()
        .zip(&cy)
        .filter(|(e, c)| e != c && e.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .map(|(e, _)| format!("{e:?}"))
        .collect();
    let out =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/catalogue-english.json");
    std::fs::create_dir_all(out.parent().expect("parent")).expect("target dir");
    std::fs::write(&out, format!("[{}]", pairs.join(","))).expect("write catalogue dump");
    println!(
        "languages: {} messages in each; {} English messages written for the Welsh page check",
        en.len(),
        pairs.len()
    );
}

#[test]
fn browser_preference_picks_welsh_only_when_first() {
    assert_eq!(Lang::preferred(["cy-GB", "en-GB"]), Lang::Cy);
    assert_eq!(Lang::preferred(["CY"]), Lang::Cy);
    assert_eq!(Lang::preferred(["en-GB", "cy"]), Lang::En);
    assert_eq!(Lang::preferred([]), Lang::En);
    assert_eq!(Lang::from_code("cy"), Some(Lang::Cy));
    assert_eq!(Lang::from_code("fr"), None);
}
