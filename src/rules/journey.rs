//! The whole journey from now to qualifying as a probation officer (policy.md, "The whole
//! journey"): the stages in time order, each from the start of one month to the start of another,
//! and the month they could qualify. It is a journey a person could follow from today: a PQiP place
//! is won in a campaign that takes about six months, so every PQiP starts at the first intake at
//! least that long after the person can apply, with an `apply` stage before it; modules studied
//! before applying take time; and a serving PSO below Level 3 has a Diploma still to finish.
//!
//! Fixed-size, with no allocation: `assess` builds one for every combination of the answer space,
//! and the benchmark holds it under 100 ns a combination.

use super::answers::{Answers, Hours, Job, Modules};
use super::assess::{scale_for_hours, Condition, Pathway};
use super::calendar::YearMonth;
use super::policy::{
    self, University, DIPLOMA_OVERDUE_MONTHS, MODULES_FINISHED_BEFORE_THIRD,
    MODULES_FOR_SHORT_PQIP, MODULE_MONTHS, PQIP_EXTENDED_MODULE_MONTHS, PQIP_EXTENDED_MONTHS,
    PQIP_MIN_LEVEL, PQIP_PART1_MONTHS, PQIP_PART2_MONTHS, PQIP_SHORT_MONTHS, PSO_DIPLOMA_MONTHS,
    PSO_PROGRESSION_MIN_LEVEL, PSO_PROGRESSION_MIN_SERVICE, RECRUITMENT_MONTHS,
};
use chrono::NaiveDate;

/// A stage of the journey, as `data-stage` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StageKind {
    /// The CJL Level 4 access study, from three months (001).
    AccessLevel4,
    /// The CJL bespoke Level 5 distance-learning course, normally a year (001).
    AccessLevel5,
    /// Working as a PSO until PSO Progression opens: the 6 months' service (000).
    PsoService,
    /// Working as a PSO below Level 3, with the Level 3 Diploma (002 para 13; a new PSO's takes
    /// 12 months, a serving PSO's ends when they expect, [`Assumption::DiplomaFallback`]).
    ///
    /// [`Assumption::DiplomaFallback`]: super::policy::Assumption::DiplomaFallback
    Diploma,
    /// Knowledge modules studied before applying, on the modules-first journey
    /// ([`Assumption::ModulePace`]).
    ///
    /// [`Assumption::ModulePace`]: super::policy::Assumption::ModulePace
    Modules,
    /// From the month they can apply to the intake they could join: the campaign's application,
    /// online test, assessment centre and security clearance (001), about six months (policy.md).
    Apply,
    /// The PQiP; qualifying at its end (000).
    Pqip,
}

impl StageKind {
    pub const ALL: [StageKind; 7] = [
        StageKind::AccessLevel4,
        StageKind::AccessLevel5,
        StageKind::PsoService,
        StageKind::Diploma,
        StageKind::Modules,
        StageKind::Apply,
        StageKind::Pqip,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            StageKind::AccessLevel4 => "access-l4",
            StageKind::AccessLevel5 => "access-l5",
            StageKind::PsoService => "pso",
            StageKind::Diploma => "diploma",
            StageKind::Modules => "modules",
            StageKind::Apply => "apply",
            StageKind::Pqip => "pqip",
        }
    }
}

/// A part of the PQiP, shown inside its stage (002 paras 28-29).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartKind {
    /// The 21-month programme studies the missing knowledge modules first (002 para 29).
    Modules,
    Part1,
    Part2,
}

impl PartKind {
    pub const ALL: [PartKind; 3] = [PartKind::Modules, PartKind::Part1, PartKind::Part2];

    pub fn slug(self) -> &'static str {
        match self {
            PartKind::Modules => "modules",
            PartKind::Part1 => "part-1",
            PartKind::Part2 => "part-2",
        }
    }
}

/// Which way through the knowledge modules a PQiP journey goes (policy.md, "Modules before
/// applying").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ModulePlan {
    /// With the modules as answered, applying now.
    AsAnswered,
    /// Two finished and none started: start the third now, while applying. The 15-month
    /// programme needs it only started when they apply (001), so the intake is the same.
    StartThirdNow,
    /// Fewer than two finished: finish them (4 months each), start a third, then apply for the
    /// 15-month programme.
    ModulesFirst,
}

impl ModulePlan {
    /// The other way through the modules these answers have, beside applying with them as they
    /// are; `None` when they already lead to the 15-month programme.
    pub fn alternative(answers: &Answers) -> Option<ModulePlan> {
        let done = answers.done.unwrap_or(Modules::NONE);
        let started = answers.doing_or_default().without(done);
        match done.len() {
            d if d >= MODULES_FOR_SHORT_PQIP => None,
            d if d == MODULES_FINISHED_BEFORE_THIRD && !started.is_empty() => None,
            d if d == MODULES_FINISHED_BEFORE_THIRD => Some(ModulePlan::StartThirdNow),
            _ => Some(ModulePlan::ModulesFirst),
        }
    }

    /// The other way through the modules on `pathway`. On the PQiP routes, [`Self::alternative`].
    /// On the PSO pathway, whose PQiP comes after a PSO job: starting the third module with two
    /// finished; finishing modules first only at Level 5 or above, as the modules are Level 5
    /// study (002 para 30) and below it the access courses come first (001). Elsewhere, none.
    pub fn alternative_on(pathway: Pathway, answers: &Answers) -> Option<ModulePlan> {
        let plan = ModulePlan::alternative(answers)?;
        match pathway {
            Pathway::Pqip(_) => Some(plan),
            Pathway::PsoPathway => (plan == ModulePlan::StartThirdNow
                || answers.level.unwrap_or(0) >= PQIP_MIN_LEVEL)
                .then_some(plan),
            Pathway::CjlAccess | Pathway::AlreadyQualified => None,
        }
    }
}

/// A stretch of months: from the start of `from` to the start of `to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span<K> {
    pub kind: K,
    pub from: YearMonth,
    pub to: YearMonth,
}

impl<K> Span<K> {
    pub fn months(&self) -> u16 {
        u16::try_from(self.from.months_until(self.to)).unwrap_or(0)
    }
}

pub type Stage = Span<StageKind>;
pub type Part = Span<PartKind>;

/// The most stages any journey has: a serving PSO's Diploma, their remaining service, modules
/// they finish before applying, applying and the PQiP.
const MAX_STAGES: usize = 5;

/// What every journey of one person counts from (policy.md, "Routes compared"): the same start
/// month for every option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Basis {
    /// This month.
    pub now: YearMonth,
    /// The start month: the one the answers give, unless it has passed; otherwise the default
    /// start, the first intake at least six months from now.
    pub start: YearMonth,
    /// The start the answers give, when it is used.
    pub given: Option<YearMonth>,
    /// The start the answers give, when it has passed (a link kept since it was made): the
    /// journeys count from the default start instead.
    pub passed: Option<YearMonth>,
    /// They have applied for, or hold an offer for, the PQiP intake in the start they gave.
    pub applied: bool,
}

impl Basis {
    pub fn of(answers: &Answers, today: NaiveDate) -> Basis {
        let now = YearMonth::of(today);
        let (given, passed) = match answers.start {
            Some(s) if s < now => (None, Some(s)),
            s => (s, None),
        };
        Basis {
            now,
            start: given.unwrap_or_else(|| first_intake(now)),
            given,
            passed,
            applied: given.is_some() && answers.applied_or_default(),
        }
    }
}

/// The journey to qualifying.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Journey {
    stages: [Option<Stage>; MAX_STAGES],
    /// The PQiP programme of this journey, full time: 15 or 21 months.
    pub pqip_full_time: u16,
    /// The 15 months depend on finishing the third module before the PQiP starts.
    pub conditional: Option<Condition>,
    pub hours: Hours,
    /// The month they could apply for the PQiP (or did: `applied`).
    pub can_apply: YearMonth,
    /// The month they could qualify: the end of the PQiP stage.
    pub qualified: YearMonth,
    /// The CJL route only: the qualifying month if the Level 5 course covers three of the knowledge
    /// areas, so the PQiP is the 15-month one (001, 002 para 30); `None` when it already is.
    pub if_short_pqip: Option<YearMonth>,
    /// The likely PQiP university for their region (000); `None` when no region is given.
    pub university: Option<University>,
    pub plan: ModulePlan,
    /// They have already applied for the intake, or hold an offer for it.
    pub applied: bool,
}

impl Journey {
    /// The stages in time order; none has zero length.
    pub fn stages(&self) -> impl Iterator<Item = Stage> + '_ {
        self.stages.iter().flatten().copied()
    }

    /// The month the journey starts: its first stage's.
    pub fn start(&self) -> YearMonth {
        self.stages().next().map_or(self.qualified, |s| s.from)
    }

    pub fn pqip(&self) -> Option<Stage> {
        self.stages().find(|s| s.kind == StageKind::Pqip)
    }

    /// The months of the PQiP stage, part time scaled.
    pub fn pqip_months(&self) -> u16 {
        self.pqip().map_or(0, |s| s.months())
    }

    /// The parts of the PQiP stage, lengthened in proportion when part time (policy.md). The
    /// boundaries are rounded from the full-time ones, so the parts always fill the stage.
    /// Modules studied from now, before a PSO job that starts later, and carried on alongside it
    /// (the PSO pathway's other way through the modules, [`plan_with`]).
    pub fn modules_before_pso_job(&self) -> bool {
        let mut stages = self.stages();
        stages.next().is_some_and(|s| s.kind == StageKind::Modules)
            && stages.any(|s| matches!(s.kind, StageKind::PsoService | StageKind::Diploma))
    }

    pub fn pqip_parts(&self) -> impl Iterator<Item = Part> {
        let stage = self.pqip();
        let full = self.pqip_full_time;
        let modules = if full == PQIP_EXTENDED_MONTHS {
            PQIP_EXTENDED_MODULE_MONTHS
        } else {
            0
        };
        let lengths = [
            (PartKind::Modules, modules),
            (PartKind::Part1, PQIP_PART1_MONTHS),
            (PartKind::Part2, PQIP_PART2_MONTHS),
        ];
        // Part time, each part in proportion, rounded to the nearest month, and the last part
        // what is left: two parts of the same length full time stay the same length (a fresh
        // reader found 9 months of modules, then "Part 1: 8 months", December 2026).
        let mut from = stage.map(|s| s.from);
        lengths.into_iter().filter_map(move |(kind, months)| {
            let stage = stage?;
            let start = from?;
            let total = u32::from(stage.months());
            let scaled = (u32::from(months) * total * 2 + u32::from(full)) / (2 * u32::from(full));
            let to = if kind == PartKind::Part2 {
                stage.to
            } else {
                start
                    .plus_months(u16::try_from(scaled).unwrap_or(u16::MAX))
                    .min(stage.to)
            };
            from = Some(to);
            let part = Part {
                kind,
                from: start,
                to,
            };
            (part.months() > 0).then_some(part)
        })
    }
}

/// The PQiP programme the modules lead to, full time (000, 001, 002 para 30): 15 months with
/// three finished, or two finished and the third started (a condition), otherwise 21.
pub fn pqip_programme(answers: &Answers) -> (u16, Option<Condition>) {
    let done = answers.done.unwrap_or(Modules::NONE);
    let started = answers.doing_or_default().without(done);
    if done.len() >= MODULES_FOR_SHORT_PQIP {
        (PQIP_SHORT_MONTHS, None)
    } else if done.len() + 1 == MODULES_FOR_SHORT_PQIP && !started.is_empty() {
        (PQIP_SHORT_MONTHS, Some(Condition::FinishThirdModule))
    } else {
        (PQIP_EXTENDED_MONTHS, None)
    }
}

/// The first intake at least six months after `can_apply` (policy.md, "Applying takes about six
/// months"): able to apply in December 2026, the first intake at or after June 2027 is July 2027.
pub fn first_intake(can_apply: YearMonth) -> YearMonth {
    let earliest = can_apply.plus_months(RECRUITMENT_MONTHS);
    earliest
        .this_or_next_with_month_in(&policy::INTAKE_MONTHS)
        .unwrap_or(earliest)
}

/// When a serving PSO on the PSO pathway could apply through PSO Progression, and when their
/// Level 3 Diploma ends if they are below Level 3 (policy.md, "Serving PSOs below Level 3"): the
/// month they expect, not before now; when not sure, 12 months from when they started, or 6 months
/// from now once those have passed. Progression needs the 6 months' service too (000).
pub fn serving_can_apply(answers: &Answers, now: YearMonth) -> (Option<YearMonth>, YearMonth) {
    let service = answers.service.unwrap_or(0);
    let served = now.plus_months(PSO_PROGRESSION_MIN_SERVICE.saturating_sub(service));
    if answers.level.unwrap_or(0) >= PSO_PROGRESSION_MIN_LEVEL {
        return (None, served);
    }
    let diploma = match answers.diploma {
        Some(expected) => expected.max(now),
        None if service < PSO_DIPLOMA_MONTHS => now.plus_months(PSO_DIPLOMA_MONTHS - service),
        None => now.plus_months(DIPLOMA_OVERDUE_MONTHS),
    };
    (Some(diploma), diploma.max(served))
}

/// The journey for `pathway` with the modules as answered, counting from the answers' start (or
/// the default start). `None` when already qualified.
pub fn plan(pathway: Pathway, answers: &Answers, today: NaiveDate) -> Option<Journey> {
    plan_with(
        pathway,
        answers,
        &Basis::of(answers, today),
        ModulePlan::AsAnswered,
    )
}

/// The journey for `pathway` and, on a PQiP pathway, the way through the modules `modules`.
pub fn plan_with(
    pathway: Pathway,
    answers: &Answers,
    basis: &Basis,
    modules: ModulePlan,
) -> Option<Journey> {
    let hours = answers.hours_or_default();
    let (answered, answered_condition) = pqip_programme(answers);
    let mut b = Builder {
        stages: [None; MAX_STAGES],
        n: 0,
        hours,
    };
    let (full_time, condition, can_apply) = match pathway {
        Pathway::AlreadyQualified => return None,
        Pathway::Pqip(_) => {
            let (full, condition) = match modules {
                ModulePlan::AsAnswered => (answered, answered_condition),
                ModulePlan::StartThirdNow | ModulePlan::ModulesFirst => {
                    (PQIP_SHORT_MONTHS, Some(Condition::FinishThirdModule))
                }
            };
            let can_apply = match modules {
                ModulePlan::ModulesFirst => {
                    let done = answers.done.unwrap_or(Modules::NONE).len();
                    let more = MODULES_FINISHED_BEFORE_THIRD.saturating_sub(done);
                    b.push(
                        StageKind::Modules,
                        basis.now,
                        basis.now.plus_months(u16::from(more) * MODULE_MONTHS),
                    )
                }
                ModulePlan::AsAnswered | ModulePlan::StartThirdNow => basis.now,
            };
            // An intake already applied for is kept only with the modules as they were when
            // applying: the other ways through them mean applying again.
            let applied = basis.applied && modules == ModulePlan::AsAnswered;
            let (from, intake) = pqip_intake(basis, can_apply, applied, true);
            b.push(StageKind::Apply, from, intake);
            b.pqip(intake, full);
            return b.finish(answers, full, condition, can_apply, modules, applied);
        }
        Pathway::CjlAccess => {
            let l4 = basis.start.plus_months(policy::CJL_LEVEL4_MONTHS);
            b.push(StageKind::AccessLevel4, basis.start, l4);
            let can_apply = b.push(
                StageKind::AccessLevel5,
                l4,
                l4.plus_months(policy::CJL_LEVEL5_MONTHS),
            );
            (answered, answered_condition, can_apply)
        }
        Pathway::PsoPathway => {
            // The PQiP at the end of a PSO's journey may be the 15-month one too, if the modules
            // are studied first: started by the time they apply, or finished first.
            let (full, condition) = match modules {
                ModulePlan::AsAnswered => (answered, answered_condition),
                ModulePlan::StartThirdNow | ModulePlan::ModulesFirst => {
                    (PQIP_SHORT_MONTHS, Some(Condition::FinishThirdModule))
                }
            };
            let modules_done = match modules {
                ModulePlan::ModulesFirst => {
                    let done = answers.done.unwrap_or(Modules::NONE).len();
                    let more = MODULES_FINISHED_BEFORE_THIRD.saturating_sub(done);
                    basis.now.plus_months(u16::from(more) * MODULE_MONTHS)
                }
                ModulePlan::AsAnswered | ModulePlan::StartThirdNow => basis.now,
            };
            let can_apply = match answers.job {
                Some(Job::Pso) => {
                    let (diploma, can_apply) = serving_can_apply(answers, basis.now);
                    let worked = match diploma {
                        Some(d) => b.push(StageKind::Diploma, basis.now, d),
                        None => basis.now,
                    };
                    b.push(StageKind::PsoService, worked, can_apply)
                }
                Some(Job::Moj | Job::None) | None => {
                    // Modules studied first start now: a stage of their own until the PSO job
                    // starts, and carried on alongside it (the stage's name says so).
                    b.push(
                        StageKind::Modules,
                        basis.now.min(basis.start),
                        modules_done.min(basis.start),
                    );
                    let (kind, months) = if answers.level.unwrap_or(0) >= PSO_PROGRESSION_MIN_LEVEL
                    {
                        (StageKind::PsoService, PSO_PROGRESSION_MIN_SERVICE)
                    } else {
                        (StageKind::Diploma, PSO_DIPLOMA_MONTHS)
                    };
                    b.push(kind, basis.start, basis.start.plus_months(months))
                }
            };
            // Modules still under way when they could apply: they finish them first.
            let can_apply = b.push(StageKind::Modules, can_apply, can_apply.max(modules_done));
            (full, condition, can_apply)
        }
    };
    // After a stage of their own, they apply for the first intake they could join.
    let (from, intake) = pqip_intake(basis, can_apply, false, false);
    b.push(StageKind::Apply, from, intake);
    b.pqip(intake, full_time);
    let plan = match pathway {
        Pathway::PsoPathway => modules,
        _ => ModulePlan::AsAnswered,
    };
    let mut journey = b.finish(answers, full_time, condition, can_apply, plan, false)?;
    if pathway == Pathway::CjlAccess && full_time != PQIP_SHORT_MONTHS {
        journey.if_short_pqip = Some(intake.plus_months(scale_for_hours(PQIP_SHORT_MONTHS, hours)));
    }
    Some(journey)
}

/// The apply stage and the intake, for someone who can apply from `can_apply` (policy.md): the
/// first intake at least six months later; an intake the answers give, when it is no sooner (each
/// campaign advertises its own start date) or when they have already applied for it. Applying for
/// a later intake than the first they could join starts with that intake's campaign.
fn pqip_intake(
    basis: &Basis,
    can_apply: YearMonth,
    applied: bool,
    follow_given: bool,
) -> (YearMonth, YearMonth) {
    let earliest = first_intake(can_apply);
    match basis.given.filter(|_| follow_given) {
        Some(given) if applied => (basis.now.min(given), given),
        Some(given) if given > earliest => (given.minus_months(RECRUITMENT_MONTHS), given),
        _ => (can_apply, earliest),
    }
}

/// Lays stages end to end, dropping the empty ones.
struct Builder {
    stages: [Option<Stage>; MAX_STAGES],
    n: usize,
    hours: Hours,
}

impl Builder {
    /// Adds a stage from `from` to `to` (none when empty); returns `to`.
    fn push(&mut self, kind: StageKind, from: YearMonth, to: YearMonth) -> YearMonth {
        if to > from {
            if let Some(slot) = self.stages.get_mut(self.n) {
                *slot = Some(Stage { kind, from, to });
                self.n += 1;
            }
        }
        to
    }

    fn pqip(&mut self, intake: YearMonth, full_time: u16) {
        let months = scale_for_hours(full_time, self.hours);
        self.push(StageKind::Pqip, intake, intake.plus_months(months));
    }

    fn finish(
        self,
        answers: &Answers,
        pqip_full_time: u16,
        conditional: Option<Condition>,
        can_apply: YearMonth,
        plan: ModulePlan,
        applied: bool,
    ) -> Option<Journey> {
        let qualified = self.stages.iter().flatten().last()?.to;
        Some(Journey {
            stages: self.stages,
            pqip_full_time,
            conditional,
            hours: self.hours,
            can_apply,
            qualified,
            if_short_pqip: None,
            university: answers.region.map(|r| r.university()),
            plan,
            applied,
        })
    }
}
