//! From answers and today's date to the likely route, its length and dates, why, and what would
//! change it. The routes are tried in the order of policy.md; the first that applies is primary.

use super::answers::{Answers, Hours, Job, Modules};
use super::calendar::YearMonth;
use super::few::Few;
use super::journey::{self, Basis, Journey, ModulePlan};
use super::policy::{
    self, Assumption, HeldQualification, Module, Region, University, FULL_TIME_TENTHS,
    MODULES_FOR_SHORT_PQIP, PART_TIME_MAX_MONTHS, PQIP_EXTENDED_MONTHS, PQIP_MIN_LEVEL,
    PQIP_SHORT_MONTHS, PSO_PROGRESSION_MIN_LEVEL, PSO_PROGRESSION_MIN_SERVICE,
    SW_PROBATION_ANNEX_B_LAST_YEAR,
};
use chrono::NaiveDate;

/// How someone enters the PQiP (000, 001).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Entry {
    /// The national recruitment campaign (001).
    National,
    /// PSO Progression, for serving PSOs (000).
    PsoProgression,
    /// The Internal MoJ route, for any MoJ staff, PSOs included (000).
    InternalMoj,
}

impl Entry {
    pub fn slug(self) -> &'static str {
        match self {
            Entry::National => "national",
            Entry::PsoProgression => "pso-progression",
            Entry::InternalMoj => "internal-moj",
        }
    }
}

/// A way in, before its length is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pathway {
    AlreadyQualified,
    Pqip(Entry),
    CjlAccess,
    PsoPathway,
}

impl Pathway {
    pub fn entry(self) -> Option<Entry> {
        match self {
            Pathway::Pqip(entry) => Some(entry),
            Pathway::AlreadyQualified | Pathway::CjlAccess | Pathway::PsoPathway => None,
        }
    }
}

/// The route as the result page's `data-route` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Route {
    AlreadyQualified,
    Pqip15,
    Pqip21,
    CjlAccess,
    PsoPathway,
}

impl Route {
    pub const ALL: [Route; 5] = [
        Route::AlreadyQualified,
        Route::Pqip15,
        Route::Pqip21,
        Route::CjlAccess,
        Route::PsoPathway,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Route::AlreadyQualified => "already-qualified",
            Route::Pqip15 => "pqip-15",
            Route::Pqip21 => "pqip-21",
            Route::CjlAccess => "cjl-access",
            Route::PsoPathway => "pso-pathway",
        }
    }

    pub fn is_pqip(self) -> bool {
        matches!(self, Route::Pqip15 | Route::Pqip21)
    }
}

/// A condition the route's length depends on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// 15 months only if the third module is finished before the start.
    FinishThirdModule,
}

impl Condition {
    pub fn slug(self) -> &'static str {
        match self {
            Condition::FinishThirdModule => "finish-third-module",
        }
    }
}

/// Where the person would likely study.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Study {
    At(University),
    /// Any of the three CJL providers, by distance learning.
    AnyCjlProvider,
}

impl Study {
    pub fn slug(self) -> &'static str {
        match self {
            Study::At(u) => u.slug(),
            Study::AnyCjlProvider => "cjl-providers",
        }
    }
}

/// Why the result is what it is, one answer (or pair of answers) at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    HoldsRecognised {
        qualification: HeldQualification,
        year: u16,
        /// Recognised only by our reading ([`Assumption::SwProbationTo2001`]).
        by_our_reading: bool,
    },
    PsoWithService {
        level: u8,
        months: u16,
    },
    MojWithCredits {
        level: u8,
    },
    LevelAndExperience {
        level: u8,
        /// The experience is their work as a PSO ([`Assumption::PsoWorkIsExperience`]).
        pso_work: bool,
    },
    ModulesDone {
        count: u8,
    },
    TwoDoneThirdStarted,
    FewModulesDone {
        count: u8,
        /// The months the missing modules take on their journey: 6 full time, more part time.
        module_months: u16,
    },
    PartTime {
        hours: Hours,
        full_time_months: u16,
    },
    StudyInRegion {
        region: Region,
        university: University,
    },
    /// Any of the three access providers (001), none tied to a region.
    CjlAnyProvider,
    CjlLevelExperienceVq {
        level: u8,
    },
    LevelBelowPqip {
        level: u8,
    },
    NoExperience,
    NoLevel3Vq,
    PsoNeedsMoreService {
        months: u16,
    },
    PsoNeedsLevel3 {
        level: u8,
    },
    MojWithoutCredits,
}

/// What a change of length does to the qualifying month: `by` instead of `instead`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shift {
    pub by: YearMonth,
    pub instead: YearMonth,
}

/// What would change the result, and to what.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The other way through the modules (policy.md, "Modules before applying"): start the third
    /// now, or finish `more` modules first and start a third; the PQiP would take `to` months.
    OtherModulePlan {
        plan: ModulePlan,
        more: u8,
        to: u16,
        shift: Shift,
    },
    /// Finish the third module before the start, or it is `otherwise` months.
    FinishThirdBeforeStart { otherwise: u16, shift: Shift },
    /// Full time, the PQiP would take `months`.
    WorkFullTime { months: u16, shift: Shift },
    /// Relevant experience (paid or voluntary) would open `opens`.
    GainExperience { opens: Opens },
    /// A relevant Level 3 vocational qualification would open the CJL access route (they have the
    /// level and the experience).
    GainLevel3Vq,
    /// A Level 5 qualification would open the PQiP; `with_experience` when they would need
    /// relevant experience too.
    GainLevel5 { with_experience: bool },
    /// 120 credits at Level 5 would open the Internal MoJ route (000).
    GainCredits,
    /// The CJL qualifications can be studied on their own (001).
    StudyCjl,
}

/// What gaining relevant experience would open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opens {
    /// The PQiP national campaign: they have Level 5 or above.
    Pqip,
    /// The CJL access route, with a relevant Level 3 vocational qualification: they are at Level 3 or 4.
    /// `has_vq` when they said they already hold one.
    CjlAccess { has_vq: bool },
}

/// Advice that goes with the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    /// Qualifications from outside the UK need a UK ENIC Statement of Comparability (002 para 14).
    OverseasComparability,
    /// The qualification held is not the recognised one for the year it was gained (002 Annex B).
    NotRecognisedForYear {
        qualification: HeldQualification,
        year: u16,
    },
    /// One of our readings of the sources applies to this result.
    Assumed(Assumption),
    /// The fourth module is funded and due within the first 6 months (000, 001); `missing` names
    /// it when only one module is neither finished nor being studied.
    /// `part_time`: Part 1's months at their hours, when part time lengthens it.
    FourthModuleInFirstMonths {
        missing: Option<Module>,
        part_time: Option<u16>,
    },
    /// The 2021 Qualification Alignment Process was only for staff then in core roles (002 paras
    /// 11-12, 31-35): shown with [`Note::NotRecognisedForYear`].
    AlignmentProcess,
    /// The start month the answers give has passed (a link kept since it was made): the dates
    /// count from `from`, the default start, instead.
    StartPassed { given: YearMonth, from: YearMonth },
    /// No start given off the PQiP routes: the dates count from `from`, the default start, an
    /// estimate; they may be able to start sooner.
    StartEstimated { from: YearMonth },
    /// The PQiP start the answers give is sooner than applying allows, for someone who has not
    /// applied: the first intake they could join is `intake` (policy.md).
    StartTooSoon { given: YearMonth, intake: YearMonth },
}

/// The most items each list of an [`Outcome`] can hold. The rules add fewer for every combination
/// of answers: the exhaustive walk fails if any list is ever full.
pub const MAX_PATHWAYS: usize = 5;
pub const MAX_REASONS: usize = 6;
pub const MAX_CHANGES: usize = 6;
pub const MAX_NOTES: usize = 13;

/// Everything the result page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub route: Route,
    /// The person's job, which decides how the route is applied for and described.
    pub job: Job,
    pub entry: Option<Entry>,
    /// The route's own length: PQiP after part-time scaling, CJL access study, PSO diploma, or 0.
    pub months: u16,
    pub conditional: Option<Condition>,
    pub study: Option<Study>,
    pub start: Option<YearMonth>,
    pub finish: Option<YearMonth>,
    /// Other ways in that also apply, in policy order.
    pub alternatives: Few<Pathway, MAX_PATHWAYS>,
    pub reasons: Few<Reason, MAX_REASONS>,
    pub changes: Few<Change, MAX_CHANGES>,
    pub notes: Few<Note, MAX_NOTES>,
    /// From now to qualifying; `None` when already qualified.
    pub journey: Option<Journey>,
}

impl Outcome {
    /// The month they could qualify as a probation officer (`data-qualified`).
    pub fn qualified(&self) -> Option<YearMonth> {
        self.journey.map(|j| j.qualified)
    }
}

/// The default start: the first intake at least six months after this month (policy.md): in
/// December 2026, July 2027; in February 2027, January 2028.
pub fn default_start(today: NaiveDate) -> YearMonth {
    journey::first_intake(YearMonth::of(today))
}

/// The earliest PQiP start someone who has not applied could plan (policy.md): the same month as
/// [`default_start`]. A sooner start needs `applied=yes`.
pub fn earliest_pqip_start(today: NaiveDate) -> YearMonth {
    default_start(today)
}

/// Part-time scaling (000, [`Assumption::PartTimeProRata`]): pro rata in whole tenths of an hour,
/// rounded up, capped at 30 months.
pub fn scale_for_hours(full_time_months: u16, hours: Hours) -> u16 {
    let tenths = u32::from(hours.tenths().max(1));
    let scaled = (u32::from(full_time_months) * u32::from(FULL_TIME_TENTHS)).div_ceil(tenths);
    let capped = scaled.min(u32::from(PART_TIME_MAX_MONTHS.max(full_time_months)));
    u16::try_from(capped).unwrap_or(PART_TIME_MAX_MONTHS)
}

/// Every way in that applies, in policy order; the first is the primary route. Missing answers
/// count as "no" or "none", so this never fails.
pub fn pathways(answers: &Answers) -> Few<Pathway, MAX_PATHWAYS> {
    pathways_given(answers, holds_recognised(answers))
}

/// [`pathways`], with what they hold already worked out (`assess` needs it again).
fn pathways_given(
    answers: &Answers,
    held: Option<(HeldQualification, u16)>,
) -> Few<Pathway, MAX_PATHWAYS> {
    if held.is_some() {
        return [Pathway::AlreadyQualified].into_iter().collect();
    }
    let level = answers.level.unwrap_or(0);
    let job = answers.job.unwrap_or(Job::None);
    let credits = level >= PQIP_MIN_LEVEL && answers.credits5.unwrap_or(false);
    let mut found = Few::new();
    if job == Job::Pso
        && level >= PSO_PROGRESSION_MIN_LEVEL
        && answers.service.unwrap_or(0) >= PSO_PROGRESSION_MIN_SERVICE
    {
        found.push(Pathway::Pqip(Entry::PsoProgression));
    }
    // Open to all MoJ staff, PSOs included (000; policy.md route 3).
    if matches!(job, Job::Moj | Job::Pso) && credits {
        found.push(Pathway::Pqip(Entry::InternalMoj));
    }
    if level >= PQIP_MIN_LEVEL && has_experience(answers) {
        found.push(Pathway::Pqip(Entry::National));
    }
    // A serving PSO at Level 3 or 4 reaches PSO Progression after at most 6 months' service,
    // sooner than 15 months of access study: the access route is not their way in.
    if (PSO_PROGRESSION_MIN_LEVEL..PQIP_MIN_LEVEL).contains(&level)
        && job != Job::Pso
        && answers.exp.unwrap_or(false)
        && answers.l3vq.unwrap_or(false)
    {
        found.push(Pathway::CjlAccess);
    }
    // For a serving PSO the PSO pathway is "stay and apply through PSO Progression later": no
    // way in at all once Progression is open to them.
    if !found.contains(&Pathway::Pqip(Entry::PsoProgression)) {
        found.push(Pathway::PsoPathway);
    }
    found
}

/// Relevant experience: as answered, or a serving PSO's own work
/// ([`Assumption::PsoWorkIsExperience`]), whom the questionnaire does not ask.
pub fn has_experience(answers: &Answers) -> bool {
    answers.job == Some(Job::Pso) || answers.exp.unwrap_or(false)
}

/// For a serving PSO who cannot yet apply through PSO Progression: how many months from now until
/// they can, and the month. At Level 3 or above that is the missing service; below it, the Level
/// 3 Diploma as well (policy.md, "Serving PSOs below Level 3").
pub fn progression_opens(answers: &Answers, today: NaiveDate) -> Option<(u16, YearMonth)> {
    if answers.job != Some(Job::Pso) {
        return None;
    }
    let now = YearMonth::of(today);
    let (_, opens) = journey::serving_can_apply(answers, now);
    let more = u16::try_from(now.months_until(opens)).unwrap_or(0);
    (more > 0).then_some((more, opens))
}

/// The primary way in.
pub fn primary_pathway(answers: &Answers) -> Pathway {
    pathways(answers)
        .first()
        .copied()
        .unwrap_or(Pathway::PsoPathway)
}

fn holds_recognised(answers: &Answers) -> Option<(HeldQualification, u16)> {
    let qualification = answers.qualified_or_default();
    let year = answers.qualyear?;
    qualification
        .recognised_in(year)
        .then_some((qualification, year))
}

/// The likely route for these answers, starting from `today`.
pub fn assess(answers: &Answers, today: NaiveDate) -> Outcome {
    let held = holds_recognised(answers);
    let all = pathways_given(answers, held);
    let primary = all.first().copied().unwrap_or(Pathway::PsoPathway);
    let job = answers.job.unwrap_or(Job::None);
    let basis = Basis::of(answers, today);
    // Built in place and filled through `&mut`: the outcome is large enough that moving its
    // parts in shows in the benchmark.
    let mut outcome = Outcome {
        route: Route::PsoPathway,
        job,
        entry: primary.entry(),
        months: 0,
        conditional: None,
        study: None,
        start: Some(basis.start),
        finish: None,
        alternatives: all.iter().skip(1).copied().collect(),
        reasons: Few::new(),
        changes: Few::new(),
        notes: Few::new(),
        journey: journey::plan_with(primary, answers, &basis, ModulePlan::AsAnswered),
    };
    let notes = &mut outcome.notes;
    if answers.overseas_or_default()
        && answers.level.unwrap_or(0) > 0
        && primary != Pathway::AlreadyQualified
    {
        notes.push(Note::OverseasComparability);
    }
    if let (Some(year), q, None) = (answers.qualyear, answers.qualified_or_default(), held) {
        if q != HeldQualification::None {
            notes.push(Note::NotRecognisedForYear {
                qualification: q,
                year,
            });
            if q.era().is_some_and(|e| year < e.first) && year >= policy::QUALYEAR_FIRST {
                notes.push(Note::Assumed(Assumption::SocialWorkFrom1980));
            }
            notes.push(Note::AlignmentProcess);
        }
    }
    if job == Job::Pso && all.contains(&Pathway::Pqip(Entry::National)) {
        notes.push(Note::Assumed(Assumption::PsoWorkIsExperience));
    }
    match primary {
        Pathway::AlreadyQualified => already_qualified(held, &mut outcome),
        Pathway::Pqip(entry) => pqip(answers, entry, &basis, &mut outcome),
        Pathway::CjlAccess => cjl_access(answers, &mut outcome),
        Pathway::PsoPathway => pso_pathway(answers, &basis, &mut outcome),
    }
    if let Some(j) = outcome.journey {
        dates(answers, &basis, &j, &mut outcome);
    }
    outcome.finish = outcome.start.map(|s| s.plus_months(outcome.months));
    outcome
}

/// Where the contract's dates count from, and what the result says of the start (policy.md, "Links
/// keep their meaning"): the PQiP routes from their intake; a serving PSO on the PSO pathway from
/// now, their months being those until they can apply; the others from the start month.
fn dates(answers: &Answers, basis: &Basis, j: &Journey, out: &mut Outcome) {
    let serving = out.job == Job::Pso && out.route == Route::PsoPathway;
    let intake = j.pqip().map(|p| p.from);
    if out.route.is_pqip() {
        out.start = intake;
    }
    if serving {
        out.start = Some(basis.now);
        out.months = u16::try_from(basis.now.months_until(j.can_apply)).unwrap_or(0);
    } else if basis.given.is_none() && basis.passed.is_none() && !out.route.is_pqip() {
        out.notes.push(Note::StartEstimated { from: basis.start });
    } else if let Some(given) = basis.passed {
        out.notes.push(Note::StartPassed {
            given,
            from: basis.start,
        });
    } else if let (Some(given), Some(intake)) = (basis.given, intake) {
        if out.route.is_pqip() && given < intake && !basis.applied {
            out.notes.push(Note::StartTooSoon { given, intake });
        }
    }
    // An intake month of our choosing, not one they gave (each campaign advertises its own).
    if intake.is_some() && (intake != basis.given || !out.route.is_pqip()) {
        out.notes.push(Note::Assumed(Assumption::IntakeMonths));
    }
    let internal = matches!(out.entry, Some(Entry::PsoProgression | Entry::InternalMoj));
    if internal || serving {
        out.notes
            .push(Note::Assumed(Assumption::InternalRoutesSixMonths));
    }
    // Every journey through PSO Progression depends on it staying open (policy.md).
    if out.entry == Some(Entry::PsoProgression) || out.route == Route::PsoPathway {
        out.notes.push(Note::Assumed(Assumption::ProgressionOpen));
    }
    if serving
        && answers.level.unwrap_or(0) < PSO_PROGRESSION_MIN_LEVEL
        && answers.diploma.is_none()
    {
        out.notes.push(Note::Assumed(Assumption::DiplomaFallback));
    }
}

/// What a PQiP of `months` (as scaled) would make the qualifying month, from the same start.
fn shift(j: &Journey, months: u16) -> Option<Shift> {
    let pqip = j.pqip()?;
    Some(Shift {
        by: pqip.from.plus_months(months),
        instead: j.qualified,
    })
}

fn already_qualified(held: Option<(HeldQualification, u16)>, out: &mut Outcome) {
    out.route = Route::AlreadyQualified;
    out.start = None;
    if let Some((qualification, year)) = held {
        let by_our_reading = qualification == HeldQualification::SwProbation
            && year > SW_PROBATION_ANNEX_B_LAST_YEAR;
        out.reasons.push(Reason::HoldsRecognised {
            qualification,
            year,
            by_our_reading,
        });
        if by_our_reading {
            out.notes.push(Note::Assumed(Assumption::SwProbationTo2001));
        }
    }
}

fn pqip(answers: &Answers, entry: Entry, basis: &Basis, out: &mut Outcome) {
    let level = answers.level.unwrap_or(0);
    out.reasons.push(match entry {
        Entry::PsoProgression => Reason::PsoWithService {
            level,
            months: answers.service.unwrap_or(0),
        },
        Entry::InternalMoj => Reason::MojWithCredits { level },
        Entry::National => Reason::LevelAndExperience {
            level,
            pso_work: out.job == Job::Pso,
        },
    });
    // Why the internal routes are not theirs, where their job would have given them one (000).
    if entry == Entry::National {
        match out.job {
            Job::Pso => out.reasons.push(Reason::PsoNeedsMoreService {
                months: answers.service.unwrap_or(0),
            }),
            Job::Moj => out.reasons.push(Reason::MojWithoutCredits),
            Job::None => {}
        }
    }

    let done = answers.done.unwrap_or(Modules::NONE);
    // Named only when it is the one module not finished: with a third still in progress, the
    // fourth is whichever they do not finish first.
    let missing = match done.len() {
        3 => Module::ALL.into_iter().find(|m| !done.contains(*m)),
        _ => None,
    };
    let (full_time, condition) = journey::pqip_programme(answers);
    out.conditional = condition;
    match (full_time, condition) {
        (PQIP_SHORT_MONTHS, None) => {
            out.reasons.push(Reason::ModulesDone { count: done.len() });
            if done.len() == MODULES_FOR_SHORT_PQIP {
                out.notes.push(Note::FourthModuleInFirstMonths {
                    missing,
                    part_time: part_one_months(out),
                });
            }
        }
        (_, Some(Condition::FinishThirdModule)) => {
            out.reasons.push(Reason::TwoDoneThirdStarted);
            out.notes
                .push(Note::Assumed(Assumption::ThirdModuleInProgress));
            out.notes.push(Note::FourthModuleInFirstMonths {
                missing,
                part_time: part_one_months(out),
            });
        }
        _ => {
            let module_months = out.journey.map_or(0, |j| {
                j.pqip_parts()
                    .find(|p| p.kind == journey::PartKind::Modules)
                    .map_or(0, |p| p.months())
            });
            out.reasons.push(Reason::FewModulesDone {
                count: done.len(),
                module_months,
            })
        }
    }
    out.route = if full_time == PQIP_SHORT_MONTHS {
        Route::Pqip15
    } else {
        Route::Pqip21
    };

    if entry == Entry::InternalMoj && !has_experience(answers) {
        out.notes
            .push(Note::Assumed(Assumption::InternalMojNoExperience));
    }

    let hours = answers.hours_or_default();
    out.months = scale_for_hours(full_time, hours);
    if !hours.is_full_time() {
        out.reasons.push(Reason::PartTime {
            hours,
            full_time_months: full_time,
        });
        out.notes.push(Note::Assumed(Assumption::PartTimeProRata));
    }

    if let Some(region) = answers.region {
        let university = region.university();
        out.study = Some(Study::At(university));
        out.reasons
            .push(Reason::StudyInRegion { region, university });
    }
    let Some(j) = out.journey else { return };
    if out.conditional == Some(Condition::FinishThirdModule) {
        let otherwise = scale_for_hours(PQIP_EXTENDED_MONTHS, hours);
        if let Some(shift) = shift(&j, otherwise) {
            out.changes
                .push(Change::FinishThirdBeforeStart { otherwise, shift });
        }
    }
    // Having applied for an intake, another way through the modules would mean applying again.
    if !basis.applied {
        other_module_plan(Pathway::Pqip(entry), answers, basis, &j, out);
    }
    work_full_time(&j, out);
}

/// Starting the third module now, or finishing modules first (policy.md, "Modules before
/// applying"): a journey of its own, said as a change with its qualifying month.
fn other_module_plan(
    pathway: Pathway,
    answers: &Answers,
    basis: &Basis,
    j: &Journey,
    out: &mut Outcome,
) {
    let Some(plan) = ModulePlan::alternative_on(pathway, answers) else {
        return;
    };
    let done = answers.done.unwrap_or(Modules::NONE).len();
    // Said as a change only when it would get them qualified sooner; the routes compared show it
    // either way on the PQiP routes, and only then on the PSO pathway (compare.rs).
    let alternative = journey::plan_with(pathway, answers, basis, plan);
    let sooner = alternative.filter(|alt| alt.qualified < j.qualified);
    if let Some(alt) = sooner {
        out.changes.push(Change::OtherModulePlan {
            plan,
            more: policy::MODULES_FINISHED_BEFORE_THIRD.saturating_sub(done),
            to: alt.pqip_months(),
            shift: Shift {
                by: alt.qualified,
                instead: j.qualified,
            },
        });
    }
    let shown = sooner.is_some() || pathway != Pathway::PsoPathway;
    if plan == ModulePlan::ModulesFirst && shown {
        out.notes.push(Note::Assumed(Assumption::ModulePace));
    }
}

/// Part 1's months on their journey when part time lengthens it: the first 6 months full time (000,
/// 001, 002 para 28), in proportion at their hours (policy.md).
fn part_one_months(out: &Outcome) -> Option<u16> {
    let j = out.journey?;
    let part1 = j
        .pqip_parts()
        .find(|p| p.kind == journey::PartKind::Part1)?;
    (!j.hours.is_full_time()).then(|| part1.months())
}

/// Part time lengthens the PQiP on every route that ends in it (000).
fn work_full_time(j: &Journey, out: &mut Outcome) {
    if j.hours.is_full_time() {
        return;
    }
    if let Some(shift) = shift(j, j.pqip_full_time) {
        out.changes.push(Change::WorkFullTime {
            months: j.pqip_full_time,
            shift,
        });
    }
    // The PQiP routes give it with their own length; the others scale the PQiP at the end.
    if !out.route.is_pqip() {
        out.notes.push(Note::Assumed(Assumption::PartTimeProRata));
    }
}

fn cjl_access(answers: &Answers, out: &mut Outcome) {
    out.route = Route::CjlAccess;
    out.months = policy::CJL_LEVEL4_MONTHS + policy::CJL_LEVEL5_MONTHS;
    out.reasons.push(Reason::CjlLevelExperienceVq {
        level: answers.level.unwrap_or(0),
    });
    // All three providers, whatever the region: no source ties one to a region, and the
    // courses are at a distance (policy.md). The region's university is the later PQiP's.
    out.study = Some(Study::AnyCjlProvider);
    out.reasons.push(Reason::CjlAnyProvider);
    out.notes.push(Note::Assumed(Assumption::AnyCjlProvider));
    if let Some(j) = out.journey {
        work_full_time(&j, out);
    }
}

fn pso_pathway(answers: &Answers, basis: &Basis, out: &mut Outcome) {
    out.route = Route::PsoPathway;
    out.months = policy::PSO_DIPLOMA_MONTHS;
    let level = answers.level.unwrap_or(0);
    let exp = has_experience(answers);
    let job = out.job;
    match job {
        Job::Pso if level < PSO_PROGRESSION_MIN_LEVEL => {
            out.reasons.push(Reason::PsoNeedsLevel3 { level })
        }
        Job::Pso => out.reasons.push(Reason::PsoNeedsMoreService {
            months: answers.service.unwrap_or(0),
        }),
        Job::Moj if level >= PQIP_MIN_LEVEL => out.reasons.push(Reason::MojWithoutCredits),
        Job::Moj | Job::None => {}
    }
    if level < PQIP_MIN_LEVEL {
        out.reasons.push(Reason::LevelBelowPqip { level });
    }
    if !exp {
        out.reasons.push(Reason::NoExperience);
    } else if job != Job::Pso && (PSO_PROGRESSION_MIN_LEVEL..PQIP_MIN_LEVEL).contains(&level) {
        out.reasons.push(Reason::NoLevel3Vq);
    }

    if level < PSO_PROGRESSION_MIN_LEVEL && job != Job::Pso {
        out.notes
            .push(Note::Assumed(Assumption::DiplomaTwelveMonths));
    }
    if job == Job::Pso && level < PQIP_MIN_LEVEL {
        out.notes
            .push(Note::Assumed(Assumption::PsoWorkIsExperience));
    }
    // A serving PSO's months to Progression are the figure and the next step (advice.rs), not a
    // change.
    let access_level = (PSO_PROGRESSION_MIN_LEVEL..PQIP_MIN_LEVEL).contains(&level);
    if !exp {
        if level >= PQIP_MIN_LEVEL {
            out.changes
                .push(Change::GainExperience { opens: Opens::Pqip });
        } else if access_level {
            out.changes.push(Change::GainExperience {
                opens: Opens::CjlAccess {
                    has_vq: answers.l3vq == Some(true),
                },
            });
        }
    } else if access_level && job != Job::Pso {
        out.changes.push(Change::GainLevel3Vq);
    }
    if job == Job::Moj && level >= PQIP_MIN_LEVEL {
        out.changes.push(Change::GainCredits);
    }
    // A serving PSO can apply through PSO Progression within 6 months of service, or after the
    // Level 3 Diploma's year (policy.md); a Level 5, likely a year's study or more (001), would
    // never let them apply sooner, so it is not offered to them as a change.
    if level < PQIP_MIN_LEVEL && job != Job::Pso {
        out.changes.push(Change::GainLevel5 {
            with_experience: !exp,
        });
        out.changes.push(Change::StudyCjl);
    }
    let Some(j) = out.journey else { return };
    // The PQiP at the end of their journey could be the 15-month one as well (policy.md).
    other_module_plan(Pathway::PsoPathway, answers, basis, &j, out);
    work_full_time(&j, out);
}
