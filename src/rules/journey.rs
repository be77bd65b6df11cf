//! The whole journey from now to qualifying as a probation officer (policy.md, "The whole
//! journey"): the stages in time order, each from the start of one month to the start of another,
//! and the month they could qualify. The CJL and PSO routes do not end at their first stage, so
//! this is what answers "how long until I am a probation officer?" for them.
//!
//! Fixed-size, with no allocation: `assess` builds one for every combination of the answer space,
//! and the benchmark holds it under 100 ns a combination.

use super::answers::{Answers, Hours, Job, Modules};
use super::assess::{default_start, scale_for_hours, Condition, Pathway};
use super::calendar::YearMonth;
use super::policy::{
    self, University, MODULES_FOR_SHORT_PQIP, PQIP_EXTENDED_MODULE_MONTHS, PQIP_EXTENDED_MONTHS,
    PQIP_PART1_MONTHS, PQIP_PART2_MONTHS, PQIP_SHORT_MONTHS, PSO_PROGRESSION_MIN_LEVEL,
    PSO_PROGRESSION_MIN_SERVICE,
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
    /// Working as a PSO below Level 3, with the Level 3 Diploma ([`Assumption::DiplomaTwelveMonths`]).
    ///
    /// [`Assumption::DiplomaTwelveMonths`]: super::policy::Assumption::DiplomaTwelveMonths
    Diploma,
    /// Between being able to apply and the next intake (policy.md: the next January or July).
    WaitForIntake,
    /// The PQiP; qualifying at its end (000).
    Pqip,
}

impl StageKind {
    pub const ALL: [StageKind; 6] = [
        StageKind::AccessLevel4,
        StageKind::AccessLevel5,
        StageKind::PsoService,
        StageKind::Diploma,
        StageKind::WaitForIntake,
        StageKind::Pqip,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            StageKind::AccessLevel4 => "access-l4",
            StageKind::AccessLevel5 => "access-l5",
            StageKind::PsoService => "pso",
            StageKind::Diploma => "diploma",
            StageKind::WaitForIntake => "wait",
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

/// The most stages any journey has: access Level 4, Level 5, the wait and the PQiP.
const MAX_STAGES: usize = 4;

/// The journey to qualifying.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Journey {
    stages: [Option<Stage>; MAX_STAGES],
    /// The PQiP programme these answers lead to, full time: 15 or 21 months.
    pub pqip_full_time: u16,
    pub hours: Hours,
    /// The month they could qualify: the end of the PQiP stage.
    pub qualified: YearMonth,
    /// The CJL route only: the qualifying month if the Level 5 course covers three of the knowledge
    /// areas, so the PQiP is the 15-month one (001, 002 para 30); `None` when it already is.
    pub if_short_pqip: Option<YearMonth>,
    /// The likely PQiP university for their region (000); `None` when no region is given.
    pub university: Option<University>,
}

impl Journey {
    fn new(stages: &[Stage], pqip_full_time: u16, answers: &Answers) -> Option<Journey> {
        let mut kept = [None; MAX_STAGES];
        for (n, s) in stages.iter().filter(|s| s.months() > 0).enumerate() {
            *kept.get_mut(n)? = Some(*s);
        }
        let qualified = kept.iter().flatten().last()?.to;
        Some(Journey {
            stages: kept,
            pqip_full_time,
            hours: answers.hours_or_default(),
            qualified,
            if_short_pqip: None,
            university: answers.region.map(|r| r.university()),
        })
    }

    /// The stages in time order; none has zero length.
    pub fn stages(&self) -> impl Iterator<Item = Stage> + '_ {
        self.stages.iter().flatten().copied()
    }

    /// The month the journey starts: the start month, or this month for a serving PSO.
    pub fn start(&self) -> YearMonth {
        self.stages().next().map_or(self.qualified, |s| s.from)
    }

    pub fn pqip(&self) -> Option<Stage> {
        self.stages().find(|s| s.kind == StageKind::Pqip)
    }

    /// The parts of the PQiP stage, lengthened in proportion when part time (policy.md). The
    /// boundaries are rounded from the full-time ones, so the parts always fill the stage.
    pub fn pqip_parts(&self) -> impl Iterator<Item = Part> {
        let stage = self.pqip();
        let full = self.pqip_full_time;
        let modules = if full == PQIP_EXTENDED_MONTHS {
            PQIP_EXTENDED_MODULE_MONTHS
        } else {
            0
        };
        let bounds = [
            (PartKind::Modules, 0, modules),
            (PartKind::Part1, modules, modules + PQIP_PART1_MONTHS),
            (
                PartKind::Part2,
                modules + PQIP_PART1_MONTHS,
                modules + PQIP_PART1_MONTHS + PQIP_PART2_MONTHS,
            ),
        ];
        bounds.into_iter().filter_map(move |(kind, a, b)| {
            let stage = stage?;
            let total = u32::from(stage.months());
            // Rounded to the nearest month; the last boundary is the stage's end.
            let at = |m: u16| {
                let scaled = (u32::from(m) * total * 2 + u32::from(full)) / (2 * u32::from(full));
                stage
                    .from
                    .plus_months(u16::try_from(scaled).unwrap_or(u16::MAX))
            };
            let part = Part {
                kind,
                from: at(a),
                to: at(b),
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

/// The first intake strictly after `month` (policy.md: after 2028-04 it is 2028-07; after 2028-07
/// it is 2029-01).
pub fn next_intake(month: YearMonth) -> YearMonth {
    month
        .next_with_month_in(&policy::INTAKE_MONTHS)
        .unwrap_or(month)
}

/// For a PSO (new or serving) who cannot yet apply: the months until PSO Progression opens, from
/// their first month as a PSO (policy.md): the missing service at Level 3 or above, otherwise the
/// Level 3 Diploma's months less the service.
pub fn months_to_progression(level: u8, service: u16) -> (StageKind, u16) {
    if level >= PSO_PROGRESSION_MIN_LEVEL {
        (
            StageKind::PsoService,
            PSO_PROGRESSION_MIN_SERVICE.saturating_sub(service),
        )
    } else {
        (
            StageKind::Diploma,
            policy::PSO_DIPLOMA_MONTHS.saturating_sub(service),
        )
    }
}

/// The journey for `pathway`, which need not be the primary one (the alternatives are compared
/// by their qualifying months). `None` when already qualified.
pub fn plan(pathway: Pathway, answers: &Answers, today: NaiveDate) -> Option<Journey> {
    let start = answers.start.unwrap_or_else(|| default_start(today));
    plan_from(pathway, answers, today, start)
}

/// [`plan`] with the start month already worked out (`assess` has it).
pub(crate) fn plan_from(
    pathway: Pathway,
    answers: &Answers,
    today: NaiveDate,
    start: YearMonth,
) -> Option<Journey> {
    let hours = answers.hours_or_default();
    let (full_time, _) = pqip_programme(answers);
    let pqip_from = |from: YearMonth, full: u16| Stage {
        kind: StageKind::Pqip,
        from,
        to: from.plus_months(scale_for_hours(full, hours)),
    };
    match pathway {
        Pathway::AlreadyQualified => None,
        Pathway::Pqip(_) => Journey::new(&[pqip_from(start, full_time)], full_time, answers),
        Pathway::CjlAccess => {
            let l4 = Stage {
                kind: StageKind::AccessLevel4,
                from: start,
                to: start.plus_months(policy::CJL_LEVEL4_MONTHS),
            };
            let l5 = Stage {
                kind: StageKind::AccessLevel5,
                from: l4.to,
                to: l4.to.plus_months(policy::CJL_LEVEL5_MONTHS),
            };
            let intake = next_intake(l5.to);
            let wait = Stage {
                kind: StageKind::WaitForIntake,
                from: l5.to,
                to: intake,
            };
            let mut journey = Journey::new(
                &[l4, l5, wait, pqip_from(intake, full_time)],
                full_time,
                answers,
            )?;
            if full_time != PQIP_SHORT_MONTHS {
                journey.if_short_pqip = Some(pqip_from(intake, PQIP_SHORT_MONTHS).to);
            }
            Some(journey)
        }
        Pathway::PsoPathway => {
            // A serving PSO's journey starts now, with the service they have; a new PSO's when
            // they start the job.
            let (from, service) = match answers.job {
                Some(Job::Pso) => (YearMonth::of(today), answers.service.unwrap_or(0)),
                Some(Job::Moj | Job::None) | None => (start, 0),
            };
            let (kind, months) = months_to_progression(answers.level.unwrap_or(0), service);
            let pso = Stage {
                kind,
                from,
                to: from.plus_months(months),
            };
            let intake = next_intake(pso.to);
            let wait = Stage {
                kind: StageKind::WaitForIntake,
                from: pso.to,
                to: intake,
            };
            Journey::new(
                &[pso, wait, pqip_from(intake, full_time)],
                full_time,
                answers,
            )
        }
    }
}
