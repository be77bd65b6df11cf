//! Shared by the catalogue tests: one example of every kind of problem, reason, change, note and
//! advice item, and every message of a catalogue built from them. Each list sits beside an
//! exhaustive `match`, so a new variant stops the tests compiling until it has an example.
#![allow(dead_code)]

use probation_route_finder::nav::{resolve, Page};
use probation_route_finder::rules::advice::{Ask, Counting, Dates, Figure, Headline, Step};
use probation_route_finder::rules::answers::{Answers, Hours, Job, Modules};
use probation_route_finder::rules::assess::assess;
use probation_route_finder::rules::assess::{Change, Entry, Note, Opens, Pathway, Reason, Shift};
use probation_route_finder::rules::compare::compare;
use probation_route_finder::rules::flow::Framing;
use probation_route_finder::rules::journey::{plan, Journey, ModulePlan, PartKind, StageKind};
use probation_route_finder::rules::policy::{
    Assumption, HeldQualification, Module, Published, Region, Source, University,
};
use probation_route_finder::rules::{Problem, Question, YearMonth};
use probation_route_finder::settings::SetupProblem;
use probation_route_finder::text::{messages, Lang, Messages};
use probation_route_finder::view::{self, PageContext};

/// The whole result page the app would draw for a link's answers on `today`.
pub fn result_page(fragment: &str, lang: Lang, today: chrono::NaiveDate) -> String {
    let mut state = resolve(fragment, today);
    state.page = Page::Result;
    let outcome = assess(&state.parsed.answers, today);
    view::app(&PageContext {
        state: &state,
        outcome: Some(&outcome),
        text: messages(lang),
        today,
        submitted: None,
        base_url: "https://example.test/",
    })
}

fn ym(y: i32, m: u32) -> YearMonth {
    YearMonth::new(y, m).expect("month")
}

fn shift() -> Shift {
    Shift {
        by: ym(2028, 4),
        instead: ym(2028, 10),
    }
}

/// A full-time and a part-time journey through every kind of stage between them: the CJL route,
/// a new PSO below Level 3 and one above, a serving PSO below Level 3, a PQiP applicant who has
/// applied, and both other ways through the modules.
pub fn example_journeys() -> Vec<Journey> {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
    let mut all = Vec::new();
    for (pathway, level, job) in [
        (Pathway::CjlAccess, 3, Job::None),
        (Pathway::PsoPathway, 2, Job::None),
        (Pathway::PsoPathway, 4, Job::None),
        (Pathway::PsoPathway, 2, Job::Pso),
    ] {
        for hours in [None, Some(part_time())] {
            let a = Answers {
                level: Some(level),
                job: Some(job),
                service: Some(2),
                hours,
                ..Answers::default()
            };
            all.extend(plan(pathway, &a, today));
        }
    }
    let applied = Answers {
        level: Some(6),
        exp: Some(true),
        job: Some(Job::None),
        start: YearMonth::new(2027, 1),
        applied: Some(true),
        ..Answers::default()
    };
    all.extend(plan(Pathway::Pqip(Entry::National), &applied, today));
    for done in [
        Modules::NONE,
        Modules::NONE.with(Module::Crime).with(Module::Cjs),
    ] {
        let a = Answers {
            done: Some(done),
            ..applied.clone()
        };
        let options = compare(&a, today).options;
        all.extend(
            options
                .iter()
                .filter(|o| o.plan != ModulePlan::AsAnswered)
                .map(|o| o.journey),
        );
    }
    all
}

fn part_time() -> Hours {
    Hours::from_tenths(255).expect("hours")
}

/// Every `Problem` variant once.
pub fn every_problem() -> Vec<Problem> {
    let month = ym(2026, 11);
    let all = vec![
        Problem::Empty,
        Problem::NotAChoice,
        Problem::NotAWholeNumber,
        Problem::OutOfRange { min: 0, max: 8 },
        Problem::HoursNotANumber,
        Problem::HoursTooPrecise,
        Problem::HoursBelowPartTime,
        Problem::HoursAbovePartTime,
        Problem::HoursAboveFullTime,
        Problem::NoPartTimeHours,
        Problem::NotAMonth,
        Problem::NotAMonthOfTheYear,
        Problem::NotAYear { example: 2026 },
        Problem::TooSoonToApply { earliest: month },
        Problem::MonthInPast { earliest: month },
        Problem::MonthOutOfRange {
            first: month,
            last: month,
        },
        Problem::UnknownModule,
        Problem::DoneAndDoing,
        Problem::GivenTwice,
        Problem::BadEncoding,
    ];
    for p in &all {
        match p {
            Problem::Empty
            | Problem::NotAChoice
            | Problem::NotAWholeNumber
            | Problem::OutOfRange { .. }
            | Problem::HoursNotANumber
            | Problem::HoursTooPrecise
            | Problem::HoursBelowPartTime
            | Problem::HoursAbovePartTime
            | Problem::HoursAboveFullTime
            | Problem::NoPartTimeHours
            | Problem::NotAMonth
            | Problem::NotAMonthOfTheYear
            | Problem::NotAYear { .. }
            | Problem::TooSoonToApply { .. }
            | Problem::MonthInPast { .. }
            | Problem::MonthOutOfRange { .. }
            | Problem::UnknownModule
            | Problem::DoneAndDoing
            | Problem::GivenTwice
            | Problem::BadEncoding => {}
        }
    }
    all
}

pub fn every_reason() -> Vec<Reason> {
    let all = vec![
        Reason::HoldsRecognised {
            qualification: HeldQualification::Dipps,
            year: 2005,
            by_our_reading: false,
        },
        Reason::HoldsRecognised {
            qualification: HeldQualification::SwProbation,
            year: 2000,
            by_our_reading: true,
        },
        Reason::PsoWithService {
            level: 3,
            months: 8,
        },
        Reason::MojWithCredits { level: 5 },
        Reason::LevelAndExperience {
            level: 6,
            pso_work: false,
        },
        Reason::LevelAndExperience {
            level: 6,
            pso_work: true,
        },
        Reason::ModulesDone { count: 3 },
        Reason::ModulesDone { count: 4 },
        Reason::TwoDoneThirdStarted,
        Reason::FewModulesDone {
            count: 0,
            module_months: 6,
        },
        Reason::FewModulesDone {
            count: 1,
            module_months: 8,
        },
        Reason::FewModulesDone {
            count: 2,
            module_months: 6,
        },
        Reason::PartTime {
            hours: part_time(),
            full_time_months: 15,
        },
        Reason::StudyInRegion {
            region: Region::Wales,
            university: University::Portsmouth,
        },
        Reason::CjlAnyProvider,
        Reason::CjlLevelExperienceVq { level: 4 },
        Reason::LevelBelowPqip { level: 0 },
        Reason::LevelBelowPqip { level: 2 },
        Reason::NoExperience,
        Reason::NoLevel3Vq,
        Reason::PsoNeedsMoreService { months: 1 },
        Reason::PsoNeedsMoreService { months: 2 },
        Reason::PsoNeedsLevel3 { level: 2 },
        Reason::MojWithoutCredits,
    ];
    for r in &all {
        match r {
            Reason::HoldsRecognised { .. }
            | Reason::PsoWithService { .. }
            | Reason::MojWithCredits { .. }
            | Reason::LevelAndExperience { .. }
            | Reason::ModulesDone { .. }
            | Reason::TwoDoneThirdStarted
            | Reason::FewModulesDone { .. }
            | Reason::PartTime { .. }
            | Reason::StudyInRegion { .. }
            | Reason::CjlAnyProvider
            | Reason::CjlLevelExperienceVq { .. }
            | Reason::LevelBelowPqip { .. }
            | Reason::NoExperience
            | Reason::NoLevel3Vq
            | Reason::PsoNeedsMoreService { .. }
            | Reason::PsoNeedsLevel3 { .. }
            | Reason::MojWithoutCredits => {}
        }
    }
    all
}

pub fn every_change() -> Vec<Change> {
    let all = vec![
        Change::OtherModulePlan {
            plan: ModulePlan::StartThirdNow,
            more: 0,
            to: 15,
            shift: shift(),
        },
        Change::OtherModulePlan {
            plan: ModulePlan::ModulesFirst,
            more: 1,
            to: 15,
            shift: shift(),
        },
        Change::OtherModulePlan {
            plan: ModulePlan::ModulesFirst,
            more: 2,
            to: 23,
            shift: shift(),
        },
        Change::FinishThirdBeforeStart {
            otherwise: 21,
            shift: shift(),
        },
        Change::WorkFullTime {
            months: 15,
            shift: shift(),
        },
        Change::GainExperience { opens: Opens::Pqip },
        Change::GainExperience {
            opens: Opens::CjlAccess { has_vq: false },
        },
        Change::GainExperience {
            opens: Opens::CjlAccess { has_vq: true },
        },
        Change::GainLevel3Vq,
        Change::GainLevel5 {
            with_experience: true,
        },
        Change::GainLevel5 {
            with_experience: false,
        },
        Change::GainCredits,
        Change::StudyCjl,
    ];
    for c in &all {
        match c {
            Change::OtherModulePlan { .. }
            | Change::FinishThirdBeforeStart { .. }
            | Change::WorkFullTime { .. }
            | Change::GainExperience { .. }
            | Change::GainLevel3Vq
            | Change::GainLevel5 { .. }
            | Change::GainCredits
            | Change::StudyCjl => {}
        }
    }
    all
}

pub fn every_note() -> Vec<Note> {
    let mut all = vec![
        Note::OverseasComparability,
        Note::NotRecognisedForYear {
            qualification: HeldQualification::Sw,
            year: 2001,
        },
        // Before the qualification's first year: a slip to check.
        Note::NotRecognisedForYear {
            qualification: HeldQualification::Pqip,
            year: 2015,
        },
        Note::AlignmentProcess,
        Note::FourthModuleInFirstMonths {
            missing: Some(Module::Rehab),
            part_time: None,
        },
        Note::FourthModuleInFirstMonths {
            missing: None,
            part_time: Some(8),
        },
        Note::StartEstimated { from: ym(2027, 7) },
        Note::StartPassed {
            given: ym(2026, 7),
            from: ym(2027, 7),
        },
        Note::StartTooSoon {
            given: ym(2027, 1),
            intake: ym(2027, 7),
        },
    ];
    let assumptions = [
        Assumption::ThirdModuleInProgress,
        Assumption::PartTimeProRata,
        Assumption::IntakeMonths,
        Assumption::SwProbationTo2001,
        Assumption::PsoWorkIsExperience,
        Assumption::AnyCjlProvider,
        Assumption::InternalMojNoExperience,
        Assumption::DiplomaTwelveMonths,
        Assumption::SocialWorkFrom1980,
        Assumption::ProgressionOpen,
        Assumption::InternalRoutesSixMonths,
        Assumption::ModulePace,
        Assumption::DiplomaFallback,
    ];
    for a in assumptions {
        match a {
            Assumption::ThirdModuleInProgress
            | Assumption::PartTimeProRata
            | Assumption::IntakeMonths
            | Assumption::SwProbationTo2001
            | Assumption::PsoWorkIsExperience
            | Assumption::AnyCjlProvider
            | Assumption::InternalMojNoExperience
            | Assumption::DiplomaTwelveMonths
            | Assumption::SocialWorkFrom1980
            | Assumption::ProgressionOpen
            | Assumption::InternalRoutesSixMonths
            | Assumption::ModulePace
            | Assumption::DiplomaFallback => all.push(Note::Assumed(a)),
        }
    }
    for n in &all {
        match n {
            Note::OverseasComparability
            | Note::NotRecognisedForYear { .. }
            | Note::AlignmentProcess
            | Note::FourthModuleInFirstMonths { .. }
            | Note::StartPassed { .. }
            | Note::StartEstimated { .. }
            | Note::StartTooSoon { .. }
            | Note::Assumed(_) => {}
        }
    }
    all
}

pub fn every_step() -> Vec<Step> {
    let all = vec![
        Step::ApplyForOfficerJobs,
        Step::NationalCampaign,
        Step::ApplicationContinues,
        Step::ModuleCosts { employed: true },
        Step::ModuleCosts { employed: false },
        Step::TickPsoBox,
        Step::InternalApplication,
        Step::LearnerRole,
        Step::Employed { part_time: None },
        Step::Employed {
            part_time: Some(part_time()),
        },
        Step::PartTimePlaces,
        Step::Parts15 { full_time: true },
        Step::Parts15 { full_time: false },
        Step::Parts21 { full_time: true },
        Step::Parts21 { full_time: false },
        Step::UniversityDecides,
        Step::StudyAssessed,
        Step::IfNotPassed,
        Step::IfNotPassedServing,
        Step::JobLocation,
        Step::Vetting,
        Step::Eligibility,
        Step::AccessLevel4,
        Step::AccessLevel5,
        Step::AccessSponsor { employed: true },
        Step::AccessSponsor { employed: false },
        Step::AccessThenPqip,
        Step::PqipLevel,
        Step::WhenYouApply,
        Step::ApplyAsPso,
        Step::PsoInduction,
        Step::PsoThenProgression,
        Step::KeepGoing {
            more: 2,
            opens: ym(2027, 1),
        },
        Step::KeepGoing {
            more: 1,
            opens: ym(2026, 12),
        },
        Step::FinishDiploma,
    ];
    for s in &all {
        match s {
            Step::ApplyForOfficerJobs
            | Step::NationalCampaign
            | Step::ApplicationContinues
            | Step::ModuleCosts { .. }
            | Step::TickPsoBox
            | Step::InternalApplication
            | Step::LearnerRole
            | Step::Employed { .. }
            | Step::PartTimePlaces
            | Step::Parts15 { .. }
            | Step::Parts21 { .. }
            | Step::UniversityDecides
            | Step::StudyAssessed
            | Step::IfNotPassed
            | Step::IfNotPassedServing
            | Step::JobLocation
            | Step::Vetting
            | Step::Eligibility
            | Step::AccessLevel4
            | Step::AccessLevel5
            | Step::AccessSponsor { .. }
            | Step::AccessThenPqip
            | Step::PqipLevel
            | Step::WhenYouApply
            | Step::ApplyAsPso
            | Step::PsoInduction
            | Step::PsoThenProgression
            | Step::KeepGoing { .. }
            | Step::FinishDiploma => {}
        }
    }
    all
}

pub fn every_headline() -> Vec<Headline> {
    let all = vec![
        Headline::AlreadyQualified,
        Headline::Pqip,
        Headline::PqipServing,
        Headline::CjlAccess,
        Headline::PsoNewcomer,
        Headline::PsoServing,
    ];
    for h in &all {
        match h {
            Headline::AlreadyQualified
            | Headline::Pqip
            | Headline::PqipServing
            | Headline::CjlAccess
            | Headline::PsoNewcomer
            | Headline::PsoServing => {}
        }
    }
    all
}

pub fn every_figure() -> Vec<Figure> {
    let all = vec![
        Figure::PqipMonths {
            months: 15,
            full_time_months: 15,
            part_time: None,
            conditional: false,
        },
        Figure::PqipMonths {
            months: 23,
            full_time_months: 15,
            part_time: Some(part_time()),
            conditional: true,
        },
        Figure::AccessMonths { months: 15 },
        Figure::DiplomaMonths { months: 12 },
        Figure::ProgressionIn {
            months: 2,
            opens: ym(2027, 1),
        },
        Figure::ProgressionIn {
            months: 1,
            opens: ym(2026, 12),
        },
        Figure::FirstMonthsAsPso {
            months: 6,
            opens: ym(2027, 7),
        },
        Figure::DiplomaThenProgression {
            months: 8,
            opens: ym(2027, 7),
            diploma: ym(2027, 5),
            expected: true,
        },
        Figure::DiplomaThenProgression {
            months: 8,
            opens: ym(2027, 7),
            diploma: ym(2027, 7),
            expected: false,
        },
    ];
    for f in &all {
        match f {
            Figure::PqipMonths { .. }
            | Figure::AccessMonths { .. }
            | Figure::DiplomaMonths { .. }
            | Figure::ProgressionIn { .. }
            | Figure::FirstMonthsAsPso { .. }
            | Figure::DiplomaThenProgression { .. } => {}
        }
    }
    all
}

pub fn every_dates() -> Vec<Dates> {
    let (start, finish) = (ym(2027, 1), ym(2028, 4));
    let all = vec![
        Dates::AccessDone { start, finish },
        Dates::DiplomaBy {
            start,
            finish,
            has_level3: false,
        },
        Dates::DiplomaBy {
            start,
            finish,
            has_level3: true,
        },
    ];
    for d in &all {
        match d {
            Dates::AccessDone { .. } | Dates::DiplomaBy { .. } => {}
        }
    }
    all
}

pub fn every_ask() -> Vec<Ask> {
    let all = vec![
        Ask::Recruitment,
        Ask::LineManager,
        Ask::CourseProviders(vec![University::Portsmouth]),
        Ask::CourseProviders(University::CJL_PROVIDERS.to_vec()),
    ];
    for a in &all {
        match a {
            Ask::Recruitment | Ask::LineManager | Ask::CourseProviders(_) => {}
        }
    }
    all
}

pub fn every_published() -> Vec<Published> {
    let all = vec![
        Published::Undated,
        Published::UndatedRead(2026, 12),
        Published::Before(2021),
        Published::Year(2022),
        Published::Month(2021, 1),
    ];
    for p in &all {
        match p {
            Published::Undated
            | Published::UndatedRead(..)
            | Published::Before(_)
            | Published::Year(_)
            | Published::Month(..) => {}
        }
    }
    all
}

/// Every message of a catalogue, with representative arguments, in a fixed order.
pub fn every_message(m: &dyn Messages) -> Vec<String> {
    let month = ym(2027, 1);
    let mut v: Vec<String> = vec![
        m.service_name().into(),
        m.skip_link().into(),
        m.privacy_link().into(),
        m.footer_note().into(),
        m.start_heading().into(),
        m.start_list_intro().into(),
        m.start_button().into(),
        m.privacy_promise().into(),
        m.back().into(),
        m.continue_button().into(),
        m.error_summary_title().into(),
        m.error_prefix().into(),
        m.or().into(),
        m.hours_label().into(),
        m.month_label().into(),
        m.start_other(Framing::Pqip).into(),
        m.start_other(Framing::PsoJob).into(),
        m.start_applied().label,
        m.start_applied().hint,
        m.applied_answer().into(),
        m.routes_heading().into(),
        m.routes_intro(),
        m.option_qualify(ym(2029, 4), false),
        m.option_qualify(ym(2029, 4), true),
        m.likely_label().into(),
        m.fastest_label().into(),
        m.joint_fastest_label().into(),
        m.faster_in_panel("x", ym(2029, 4)),
        m.if_level_3_minimum(ym(2027, 7), ym(2029, 4)),
        m.link_made(chrono::NaiveDate::from_ymd_opt(2026, 12, 6).expect("date")),
        m.calendar_description(chrono::NaiveDate::from_ymd_opt(2026, 12, 6).expect("date")),
        m.printout_link().into(),
        m.at_least_months(3),
        m.register_interest().into(),
        m.how_to_apply().into(),
        m.year_label().into(),
        m.check_heading().into(),
        m.change().into(),
        m.check_button().into(),
        m.result_heading().into(),
        m.university_heading().into(),
        m.pqip_university_label().into(),
        m.university_caveat(true),
        m.university_caveat(false),
        m.ask_heading().into(),
        m.recruitment_name().into(),
        m.line_manager().into(),
        m.email_label().into(),
        m.phone_label().into(),
        m.why_heading().into(),
        m.why_intro().into(),
        m.changes_heading().into(),
        m.next_steps_heading().into(),
        m.sources_heading().into(),
        m.sources_intro().into(),
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
        m.months_count(1),
        m.months_count(7),
        m.part_time(part_time()),
        m.language_label().into(),
        m.page_title("x", true),
    ];
    v.extend(
        m.start_paragraphs()
            .iter()
            .chain(m.start_list())
            .chain(m.privacy_paragraphs(false))
            .chain(m.privacy_paragraphs(true))
            .map(|s| s.to_string()),
    );
    v.extend(m.month_names().iter().map(|s| s.to_string()));
    for framing in [Framing::Pqip, Framing::CjlAccess, Framing::PsoJob] {
        v.push(m.start_next(month, framing));
        for q in Question::ALL {
            let w = m.question_for(q, framing);
            v.extend([w.title, w.hint]);
        }
    }
    for q in Question::ALL {
        let w = m.question(q);
        v.extend([w.title, w.hint, w.short, m.none_of_these(q).into()]);
        for c in m.choices(q) {
            v.extend([c.label, c.hint]);
        }
        if let Some((summary, lines)) = m.details(q) {
            v.push(summary.into());
            v.extend(lines);
        }
        for p in every_problem() {
            v.push(m.problem(q, p, None));
        }
    }
    v.push(m.problem(Question::Done, Problem::UnknownModule, Some("crime,foo")));
    for h in every_headline() {
        v.extend([m.headline(h).to_string(), m.summary(h).to_string()]);
    }
    for f in every_figure() {
        let (big, detail) = m.figure(f);
        v.extend([big, detail]);
    }
    v.extend(every_dates().into_iter().map(|d| m.dates(d)));
    v.extend(every_step().into_iter().map(|s| m.step(s)));
    v.extend(every_ask().iter().map(|a| m.ask_label(a)));
    for e in [Entry::National, Entry::PsoProgression, Entry::InternalMoj] {
        v.push(m.entry_name(e).into());
        v.push(m.pathway_name(Pathway::Pqip(e), Job::None));
    }
    for job in Job::ALL {
        for p in [
            Pathway::AlreadyQualified,
            Pathway::CjlAccess,
            Pathway::PsoPathway,
        ] {
            v.push(m.pathway_name(p, job));
        }
    }
    v.extend(University::ALL.map(|u| m.university_name(u).to_string()));
    v.extend(HeldQualification::ALL.map(|q| m.qualification_name(q).to_string()));
    v.extend(Source::ALL.map(|s| m.source_name(s).to_string()));
    v.extend(every_published().into_iter().map(|p| m.published(p)));
    v.extend(every_reason().iter().map(|r| m.reason(r)));
    v.extend(every_change().iter().map(|c| m.change_text(c)));
    v.extend(every_note().iter().map(|n| m.note(n)));
    let a = Answers {
        level: Some(5),
        job: Some(Job::Moj),
        exp: Some(true),
        credits5: Some(false),
        ..Answers::default()
    };
    v.extend(Question::ALL.map(|q| m.answer_text(q, &a, month)));
    v.extend(Region::ALL.map(|r| m.region_name(r)));
    v.extend(Module::ALL.map(|x| m.module_name(x)));
    v.extend([
        m.qualify_by(month),
        m.qualify_in(41, Counting::AccessStart(month)),
        m.qualify_in(41, Counting::PsoStart(month)),
        m.qualify_in(
            24,
            Counting::Serving {
                apply: None,
                intake: month,
                diploma: None,
                estimated: false,
            },
        ),
        m.qualify_in(
            24,
            Counting::Serving {
                apply: Some(month),
                intake: ym(2027, 7),
                diploma: Some(month),
                estimated: true,
            },
        ),
        m.qualify_in(
            24,
            Counting::Serving {
                apply: Some(month),
                intake: ym(2027, 7),
                diploma: Some(month),
                estimated: false,
            },
        ),
        m.duration(1),
        m.duration(12),
        m.duration(41),
        m.duration(60),
        m.journey_heading().into(),
        m.journey_intro(false),
        m.journey_intro(true),
        m.span(month, ym(2027, 4)),
        m.journey_today().into(),
        m.journey_qualified().into(),
        m.if_short_pqip(month, ym(2027, 7)),
        m.calendar_button().into(),
        m.calendar_hint().into(),
        m.calendar_qualify().into(),
    ]);
    for j in example_journeys() {
        for s in StageKind::ALL {
            v.push(m.stage_name(s, &j));
            v.push(m.calendar_stage(s, &j));
        }
    }
    for applied in [false, true] {
        for finish_third in [false, true] {
            for apply in [None, Some(month)] {
                let on = Counting::Intake {
                    apply,
                    intake: ym(2027, 7),
                    applied,
                    finish_third,
                };
                v.push(m.qualify_in(30, on));
            }
        }
    }
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
    for fragment in [
        "level=4&exp=yes&l3vq=yes&job=none&done=crime&region=london",
        "level=6&exp=yes&job=moj&credits5=yes&done=crime,cjs&region=london",
        "level=2&job=pso&service=3&region=london",
        "level=5&job=pso&service=2&credits5=yes&done=crime&region=london",
    ] {
        let a = probation_route_finder::rules::Answers::from_fragment(fragment, today).answers;
        for o in compare(&a, today).options {
            let job = a.job.unwrap_or(Job::None);
            v.push(m.option_name(&o, job));
            v.push(m.option_involves(&o, job));
            if let Some(first) = o.journey.stages().next() {
                v.push(m.option_first_step(first, &o.journey));
            }
        }
    }
    v.extend(PartKind::ALL.map(|p| m.part_name(p).to_string()));
    // Partners and advisers.
    v.extend([
        m.privacy_promise_embed().into(),
        m.setup_notice_title().into(),
        m.setup_notice_intro().into(),
        m.setup_notice_guide().into(),
        m.setup_notice_ok().into(),
        m.setup_notice_preview().into(),
        m.qr_show().into(),
        m.qr_control().into(),
        m.qr_failed().into(),
        m.printout_heading().into(),
        m.printout_made(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("date")),
        m.printout_address("https://example.test/"),
        m.loading().into(),
        m.loading_slow().into(),
    ]);
    v.extend(SetupProblem::ALL.map(|p| m.setup_problem(p)));
    v
}
