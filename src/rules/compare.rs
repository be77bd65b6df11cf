//! Routes compared (policy.md, "Routes compared"): every journey open to the person, each whole,
//! so that the result can show them side by side with the month each could qualify them, mark the
//! fastest and still name the likely route. The contract's `data-routes` and `data-option`.

use super::answers::{Answers, Job};
use super::assess::{has_experience, pathways, Entry, Pathway, Route};
use super::calendar::YearMonth;
use super::journey::{first_intake, plan_with, Basis, Journey, ModulePlan};
use super::policy::{self, NEWER_PAGE_MIN_LEVEL, PQIP_MIN_LEVEL, PQIP_SHORT_MONTHS};
use chrono::NaiveDate;

/// One journey open to the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RouteOption {
    pub pathway: Pathway,
    /// On a PQiP pathway, the way through the modules.
    pub plan: ModulePlan,
    pub route: Route,
    /// The journey's programme months, as `data-months` counts them.
    pub months: u16,
    pub journey: Journey,
    /// The primary route, as answered: the likely one.
    pub likely: bool,
    /// Qualifies them no later than any other option.
    pub fastest: bool,
}

impl RouteOption {
    pub fn qualified(&self) -> YearMonth {
        self.journey.qualified
    }

    pub fn entry(&self) -> Option<Entry> {
        self.pathway.entry()
    }

    /// A name for the option's `data-option`: its way in and way through the modules.
    pub fn slug(&self) -> &'static str {
        match (self.pathway, self.plan) {
            (Pathway::Pqip(_), ModulePlan::StartThirdNow) => "start-third-now",
            (Pathway::Pqip(_), ModulePlan::ModulesFirst) => "modules-first",
            (Pathway::Pqip(Entry::National), ModulePlan::AsAnswered) => "pqip-national",
            (Pathway::Pqip(Entry::PsoProgression), ModulePlan::AsAnswered) => {
                "pqip-pso-progression"
            }
            (Pathway::Pqip(Entry::InternalMoj), ModulePlan::AsAnswered) => "pqip-internal-moj",
            (Pathway::CjlAccess, _) => "cjl-access",
            (Pathway::PsoPathway, ModulePlan::AsAnswered) => "pso-pathway",
            (Pathway::PsoPathway, ModulePlan::StartThirdNow) => "pso-pathway-start-third-now",
            (Pathway::PsoPathway, ModulePlan::ModulesFirst) => "pso-pathway-modules-first",
            (Pathway::AlreadyQualified, _) => "already-qualified",
        }
    }
}

/// The routes open to the person, compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The likely route first, then its other way through the modules, then the other ways in,
    /// in policy order.
    pub options: Vec<RouteOption>,
    /// Someone at Level 3 or 4 with relevant experience: the month they could qualify if the newer
    /// official page's Level 3 minimum holds for the current campaign, applying now (policy.md,
    /// "Newer official pages that disagree with the seeds"). Not an option: the app follows the
    /// seeds.
    pub if_level_3_minimum: Option<IfLevel3>,
}

/// The PQiP if the newer page's Level 3 minimum holds: its intake, and the month it qualifies them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IfLevel3 {
    pub intake: YearMonth,
    pub qualified: YearMonth,
}

impl Comparison {
    /// The first fastest option, when it qualifies them sooner than the likely route.
    pub fn faster(&self) -> Option<&RouteOption> {
        let likely = self.likely()?.qualified();
        self.options
            .iter()
            .find(|o| o.fastest && o.qualified() < likely)
    }

    pub fn likely(&self) -> Option<&RouteOption> {
        self.options.iter().find(|o| o.likely)
    }
}

/// Every journey open to someone with these answers; empty when already qualified.
pub fn compare(answers: &Answers, today: NaiveDate) -> Comparison {
    let basis = Basis::of(answers, today);
    let ways = pathways(answers);
    // Someone whose likely route is the PQiP gave the start of an intake, not of a PSO job: the
    // other routes count from that intake as the rules take it (the first they could join, unless
    // a later one was chosen), never from a month too soon to apply for, nor an intake already
    // applied for.
    let others = match ways.first() {
        Some(Pathway::Pqip(_)) => {
            let earliest = first_intake(basis.now);
            let start = match basis.given {
                Some(given) if !basis.applied => given.max(earliest),
                _ => earliest,
            };
            Basis { start, ..basis }
        }
        _ => basis,
    };
    let mut options = Vec::new();
    for (n, &pathway) in ways.iter().enumerate() {
        let basis = match pathway {
            Pathway::Pqip(_) => &basis,
            _ => &others,
        };
        let option = |plan: ModulePlan| {
            plan_with(pathway, answers, basis, plan).map(|journey| RouteOption {
                pathway,
                plan,
                route: route_of(pathway, &journey),
                months: months_of(pathway, answers, &journey, basis.now),
                journey,
                likely: n == 0 && plan == ModulePlan::AsAnswered,
                fastest: false,
            })
        };
        let as_answered = option(ModulePlan::AsAnswered);
        options.extend(as_answered);
        // The other way through the modules goes with the likely route only: the other ways into
        // the PQiP would repeat it with the same dates.
        // Having applied for an intake, another way through the modules would mean applying again.
        let alternative = ModulePlan::alternative_on(pathway, answers).filter(|_| !basis.applied);
        if let (0, Some(plan)) = (n, alternative) {
            // On the PSO pathway, the modules studied alongside the job: shown only when they get
            // the person qualified sooner (assess.rs says it as a change then).
            let shown = option(plan).filter(|o| {
                pathway != Pathway::PsoPathway
                    || as_answered.is_some_and(|a| o.qualified() < a.qualified())
            });
            options.extend(shown);
        }
    }
    if let Some(first) = options.iter().map(RouteOption::qualified).min() {
        for o in &mut options {
            o.fastest = o.qualified() == first;
        }
    }
    Comparison {
        if_level_3_minimum: if_level_3_minimum(answers, &basis, &ways),
        options,
    }
}

fn route_of(pathway: Pathway, journey: &Journey) -> Route {
    match pathway {
        Pathway::AlreadyQualified => Route::AlreadyQualified,
        Pathway::Pqip(_) if journey.pqip_full_time == PQIP_SHORT_MONTHS => Route::Pqip15,
        Pathway::Pqip(_) => Route::Pqip21,
        Pathway::CjlAccess => Route::CjlAccess,
        Pathway::PsoPathway => Route::PsoPathway,
    }
}

/// `data-months` as the contract counts it for each route: the PQiP's own months; the access
/// study's; a serving PSO's months until they can apply; a new PSO's Diploma.
fn months_of(pathway: Pathway, answers: &Answers, journey: &Journey, now: YearMonth) -> u16 {
    match pathway {
        Pathway::AlreadyQualified => 0,
        Pathway::Pqip(_) => journey.pqip_months(),
        Pathway::CjlAccess => policy::CJL_LEVEL4_MONTHS + policy::CJL_LEVEL5_MONTHS,
        Pathway::PsoPathway if answers.job == Some(Job::Pso) => {
            u16::try_from(now.months_until(journey.can_apply)).unwrap_or(0)
        }
        Pathway::PsoPathway => policy::PSO_DIPLOMA_MONTHS,
    }
}

/// Applying through the national campaign, with the modules as answered, for someone at Level 3
/// or 4 with relevant experience whose likely route is not already the PQiP. Like every option it
/// counts from the same start (policy.md, "Routes compared"): the PQiP from the start they gave
/// for their access course or PSO job, or the first intake they could join if that is sooner.
fn if_level_3_minimum(answers: &Answers, basis: &Basis, ways: &[Pathway]) -> Option<IfLevel3> {
    let level = answers.level.unwrap_or(0);
    let applies = (NEWER_PAGE_MIN_LEVEL..PQIP_MIN_LEVEL).contains(&level)
        && has_experience(answers)
        && !matches!(
            ways.first(),
            Some(Pathway::Pqip(_) | Pathway::AlreadyQualified)
        );
    if !applies {
        return None;
    }
    let from_start = Basis {
        applied: false,
        ..*basis
    };
    plan_with(
        Pathway::Pqip(Entry::National),
        answers,
        &from_start,
        ModulePlan::AsAnswered,
    )
    .map(|j| IfLevel3 {
        intake: j.pqip().map_or(j.qualified, |s| s.from),
        qualified: j.qualified,
    })
}
