//! What the result page says around the numbers, chosen for the person reading it: their route,
//! how they would apply (entry), their hours and their job. Typed, so a test can say what each
//! situation must and must never show in any language; the catalogue only gives the words.
//!
//! Each item names the seed it comes from (policy.md cites the same).

use super::answers::{Answers, Hours, Job};
use super::assess::{progression_opens, Change, Condition, Entry, Outcome, Route, Study};
use super::calendar::YearMonth;
use super::policy::{University, PQIP_EXTENDED_MONTHS, PQIP_SHORT_MONTHS};
use chrono::NaiveDate;

/// The heading of the result: the route as this person would take it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Headline {
    AlreadyQualified,
    /// Training for the PQiP, however they enter it.
    Pqip,
    /// Training for the PQiP as a serving PSO: they already are one, and move into a learner role.
    PqipServing,
    CjlAccess,
    /// Apply to be a PSO first (not a PSO yet).
    PsoNewcomer,
    /// Already a PSO: stay in the role and apply through PSO Progression when it opens.
    PsoServing,
}

/// The figure under the heading, with what it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// The PQiP's length for them; `full_time_months` is the programme it is (15 or 21).
    PqipMonths {
        months: u16,
        full_time_months: u16,
        part_time: Option<Hours>,
        conditional: bool,
    },
    /// Access study before they can apply for the PQiP (001).
    AccessMonths { months: u16 },
    /// The Level 3 Diploma a new PSO takes, ideally in the first year (002 para 13).
    DiplomaMonths { months: u16 },
    /// A serving PSO: months until PSO Progression opens, and the month (000).
    ProgressionIn { months: u16, opens: YearMonth },
    /// A new PSO at Level 3 or above: the 6 months' service PSO Progression needs, from the start
    /// (000); they have the level already.
    FirstMonthsAsPso { months: u16, opens: YearMonth },
    /// A serving PSO below Level 3: until the Diploma is finished (the month they expect, or
    /// [`super::policy::Assumption::DiplomaFallback`]) and they have the service, PSO
    /// Progression (000) does not open.
    DiplomaThenProgression {
        months: u16,
        opens: YearMonth,
        diploma: YearMonth,
        expected: bool,
    },
}

/// The answer to "how long until I am a probation officer?": the month they could qualify at the
/// end of the whole journey, how long from now, and what it counts on (policy.md, "The whole
/// journey"). The headline never leaves out its condition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Qualify {
    pub by: YearMonth,
    /// Whole months from this month.
    pub months: u16,
    pub on: Counting,
}

/// What the qualifying month counts on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counting {
    /// The PQiP routes: applying from `apply` (`None`: now), or having applied, and starting at
    /// `intake`; on the 15-month route with two modules finished, finishing the third before the
    /// start.
    Intake {
        apply: Option<YearMonth>,
        intake: YearMonth,
        applied: bool,
        finish_third: bool,
    },
    /// Starting the access course in this month.
    AccessStart(YearMonth),
    /// Starting as a PSO in this month.
    PsoStart(YearMonth),
    /// A serving PSO: applying through PSO Progression from `apply` (`None`: now) and starting at
    /// `intake`; below Level 3, once the Diploma ends in `diploma`, as they expect it or
    /// (`estimated`) as we estimate it (policy.md, "Serving PSOs below Level 3").
    Serving {
        apply: Option<YearMonth>,
        intake: YearMonth,
        diploma: Option<YearMonth>,
        estimated: bool,
    },
}

/// The sentence with the first stage's dates, saying what finishes. On the PQiP routes the
/// qualifying month says it all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dates {
    /// Finishing the access study; then they can apply for the PQiP (001).
    AccessDone { start: YearMonth, finish: YearMonth },
    /// A new PSO's Level 3 Diploma, ideally within the first 12 months (002 para 13).
    /// `has_level3`: their qualification already meets PSO Progression's Level 3; every new PSO
    /// takes the Diploma all the same (002 para 13).
    DiplomaBy {
        start: YearMonth,
        finish: YearMonth,
        has_level3: bool,
    },
}

/// One step of "what happens next".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Look for probation officer jobs (002 Annex B, para 10).
    ApplyForOfficerJobs,
    /// National campaign: written application, online test, assessment centre (001).
    NationalCampaign,
    /// Already applied: the campaign's stages go on, then security clearance (001).
    ApplicationContinues,
    /// Modules studied before applying: the universities set their costs and time-scales, and an
    /// employer may pay (001): theirs when `employed`, otherwise if they work.
    ModuleCosts { employed: bool },
    /// The PQiP application's tick box for a PSO role if not successful (000).
    TickPsoBox,
    /// Internal routes: line manager and the HMPPS intranet (000).
    InternalApplication,
    /// Successful staff move into a PSO PQiP-learner role (001).
    LearnerRole,
    /// Employed as a PSO on a permanent contract at these hours, with some study time and more in
    /// their own time (000, 001). `None` is full time.
    Employed { part_time: Option<Hours> },
    /// Part-time places depend on the region and may need specific days (000).
    PartTimePlaces,
    /// 15 months: Part 1 then Part 2; Part 1 must be passed first (002 para 28). Month counts
    /// are given only full time.
    Parts15 { full_time: bool },
    /// 21 months: the missing modules first, then Part 1 and Part 2 (002 paras 28-29).
    Parts21 { full_time: bool },
    /// The university decides 15 or 21 months after the assessment centre (002 para 30).
    UniversityDecides,
    /// The PQiP is a Level 6 qualification, the level of an honours degree's final year (000, 001,
    /// 002 para 28).
    PqipLevel,
    /// The journeys after a stage of their own (the access route, a PSO job): what applying for the
    /// PQiP will then involve, in the steps after this one.
    WhenYouApply,
    /// Internal routes: previous study is assessed to offer the right length (001).
    StudyAssessed,
    /// Failing: back to a PSO role, or asked to leave (001).
    IfNotPassed,
    /// Failing, for someone already a PSO: back to their PSO role, or asked to leave (001).
    IfNotPassedServing,
    /// The job offer may not be where they trained (000).
    JobLocation,
    /// HMPPS security clearance: declare everything; a conviction does not bar, not declaring
    /// one would (001).
    Vetting,
    /// The basics a newer official page lists: at least 18, the right to work in the UK, and for
    /// vetting, the last 3 years lived in the UK (policy.md). Information, never asked.
    Eligibility,
    /// The Level 4 access study, from three months (001).
    AccessLevel4,
    /// Then the bespoke Level 5 distance-learning course, normally a year (001).
    AccessLevel5,
    /// The universities give the costs and time-scales; an employer may pay for some or all of it
    /// (001): theirs when `employed` (Ministry of Justice staff), otherwise if they work.
    AccessSponsor { employed: bool },
    /// After it, apply for the PQiP: 15 months if the Level 5 covers three knowledge areas,
    /// otherwise 21 (001, 002 para 30).
    AccessThenPqip,
    /// Apply for PSO jobs; no qualification needed (001).
    ApplyAsPso,
    /// Induction with Gateway to Practice, and the Level 3 Diploma, ideally in the first 12
    /// months and at most three years (001, 002 para 13 and Table One).
    PsoInduction,
    /// Level 3 and 6 months' service open PSO Progression (000).
    PsoThenProgression,
    /// A serving PSO at Level 3 or above: keep going; Progression opens in `opens` (000).
    KeepGoing { more: u16, opens: YearMonth },
    /// A serving PSO below Level 3: finish the Level 3 Diploma (002 para 13, 000).
    FinishDiploma,
}

/// Who to ask, labelled for what they answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ask {
    /// The recruitment line: questions about applying (001).
    Recruitment,
    /// Internal routes: the line manager and the HMPPS intranet (000).
    LineManager,
    /// The universities that teach the access courses and the knowledge modules: their costs and
    /// time-scales (001). Not for PQiP applications.
    CourseProviders(Vec<University>),
}

/// Everything the result says around the numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    pub headline: Headline,
    pub qualify: Option<Qualify>,
    pub figure: Option<Figure>,
    pub dates: Option<Dates>,
    /// The likely PQiP university for their region (000), which may have changed (004).
    pub pqip_university: Option<University>,
    pub steps: Vec<Step>,
    pub ask: Vec<Ask>,
}

/// The advice for these answers and their outcome. `today` places a serving PSO's dates.
pub fn advise(answers: &Answers, outcome: &Outcome, today: NaiveDate) -> Advice {
    let job = outcome.job;
    let serving = job == Job::Pso;
    let mut steps = Vec::new();
    let mut ask = Vec::new();
    let dated = |f: fn(YearMonth, YearMonth) -> Dates| {
        outcome.start.zip(outcome.finish).map(|(s, e)| f(s, e))
    };
    // Part-time places are not guaranteed (000), on every route that ends in the PQiP.
    let part_time = !answers.hours_or_default().is_full_time();
    let part_time_places = move |steps: &mut Vec<Step>| {
        if part_time {
            steps.push(Step::PartTimePlaces);
        }
    };
    // The PQiP through PSO Progression, the same for a serving PSO and for someone who starts as
    // one (001, 000); the basics are shown wherever the PQiP is a step (policy.md).
    let after_progression = move |steps: &mut Vec<Step>| {
        steps.extend([Step::LearnerRole, Step::StudyAssessed, Step::PqipLevel]);
        part_time_places(steps);
        steps.extend([
            Step::IfNotPassedServing,
            Step::JobLocation,
            Step::Vetting,
            Step::Eligibility,
        ]);
    };
    let (headline, figure, dates) = match outcome.route {
        Route::AlreadyQualified => {
            steps.extend([Step::ApplyForOfficerJobs, Step::Vetting]);
            ask.push(Ask::Recruitment);
            (Headline::AlreadyQualified, None, None)
        }
        Route::Pqip15 | Route::Pqip21 => {
            let hours = answers.hours_or_default();
            let part_time = (!hours.is_full_time()).then_some(hours);
            let full_time_months = match outcome.route {
                Route::Pqip15 => PQIP_SHORT_MONTHS,
                _ => PQIP_EXTENDED_MONTHS,
            };
            // Someone who has applied is not told to apply: their application goes on (001).
            let applied = outcome.journey.is_some_and(|j| j.applied);
            let internal = match outcome.entry {
                Some(Entry::National) | None if applied => {
                    steps.push(Step::ApplicationContinues);
                    if serving {
                        steps.push(Step::LearnerRole);
                    }
                    ask.push(Ask::Recruitment);
                    false
                }
                // A serving PSO has no use for the tick box for a PSO job, and moves into a
                // learner role like internal applicants (001).
                Some(Entry::National) | None if serving => {
                    steps.extend([Step::NationalCampaign, Step::LearnerRole]);
                    ask.push(Ask::Recruitment);
                    false
                }
                Some(Entry::National) | None => {
                    steps.extend([Step::NationalCampaign, Step::TickPsoBox]);
                    ask.push(Ask::Recruitment);
                    false
                }
                // The recruitment line too: every page says to confirm with it (001).
                Some(Entry::PsoProgression | Entry::InternalMoj) => {
                    steps.extend([Step::InternalApplication, Step::LearnerRole]);
                    ask.extend([Ask::LineManager, Ask::Recruitment]);
                    true
                }
            };
            steps.extend([Step::Employed { part_time }, Step::PqipLevel]);
            part_time_places(&mut steps);
            steps.push(match outcome.route {
                Route::Pqip15 => Step::Parts15 {
                    full_time: part_time.is_none(),
                },
                _ => Step::Parts21 {
                    full_time: part_time.is_none(),
                },
            });
            // The assessment centre is the national campaign's (001); for the internal routes the
            // FAQ says only that previous study is assessed.
            steps.push(if internal {
                Step::StudyAssessed
            } else {
                Step::UniversityDecides
            });
            steps.push(if serving {
                Step::IfNotPassedServing
            } else {
                Step::IfNotPassed
            });
            steps.extend([Step::JobLocation, Step::Vetting, Step::Eligibility]);
            // Modules could still be studied before applying, which is what the universities'
            // contacts answer (001).
            if outcome.route == Route::Pqip21
                || outcome.conditional == Some(Condition::FinishThirdModule)
            {
                ask.push(Ask::CourseProviders(University::CJL_PROVIDERS.to_vec()));
            }
            module_costs(answers, outcome, job, false, &mut steps);
            let figure = Figure::PqipMonths {
                months: outcome.months,
                full_time_months,
                part_time,
                conditional: outcome.conditional.is_some(),
            };
            let headline = if serving {
                Headline::PqipServing
            } else {
                Headline::Pqip
            };
            (headline, Some(figure), None)
        }
        Route::CjlAccess => {
            // After the access study they apply like anyone with Level 5: what comes next is the
            // national route's (001, 000, 002 para 30).
            steps.extend([
                Step::AccessLevel4,
                Step::AccessLevel5,
                Step::AccessSponsor {
                    employed: job == Job::Moj,
                },
                Step::AccessThenPqip,
                Step::WhenYouApply,
                Step::NationalCampaign,
                Step::TickPsoBox,
                Step::UniversityDecides,
                Step::PqipLevel,
            ]);
            part_time_places(&mut steps);
            steps.extend([
                Step::IfNotPassed,
                Step::JobLocation,
                Step::Vetting,
                Step::Eligibility,
            ]);
            let providers = match outcome.study {
                Some(Study::At(u)) if u.is_cjl_provider() => vec![u],
                _ => University::CJL_PROVIDERS.to_vec(),
            };
            ask.push(Ask::CourseProviders(providers));
            ask.push(Ask::Recruitment);
            let figure = Figure::AccessMonths {
                months: outcome.months,
            };
            (Headline::CjlAccess, Some(figure), dated(access_done))
        }
        Route::PsoPathway if serving => {
            let opens = progression_opens(answers, today);
            if answers.level.unwrap_or(0) >= super::policy::PSO_PROGRESSION_MIN_LEVEL {
                if let Some((more, opens)) = opens {
                    steps.push(Step::KeepGoing { more, opens });
                }
            } else {
                steps.push(Step::FinishDiploma);
            }
            // The modules the PQiP at the end of their journey could do without (001).
            if module_costs(answers, outcome, job, true, &mut steps) {
                ask.push(Ask::CourseProviders(University::CJL_PROVIDERS.to_vec()));
            }
            // Applying through PSO Progression, then as on the internal routes (001, 000).
            steps.push(Step::InternalApplication);
            after_progression(&mut steps);
            ask.extend([Ask::LineManager, Ask::Recruitment]);
            let below_level_3 =
                answers.level.unwrap_or(0) < super::policy::PSO_PROGRESSION_MIN_LEVEL;
            let diploma = super::journey::serving_can_apply(answers, YearMonth::of(today)).0;
            let figure = opens.map(|(months, opens)| match diploma {
                Some(diploma) if below_level_3 => Figure::DiplomaThenProgression {
                    months,
                    opens,
                    diploma,
                    expected: answers.diploma.is_some(),
                },
                _ => Figure::ProgressionIn { months, opens },
            });
            (Headline::PsoServing, figure, None)
        }
        Route::PsoPathway => {
            // Once a PSO, they apply through PSO Progression: then as on the internal routes.
            steps.extend([
                Step::ApplyAsPso,
                Step::PsoInduction,
                Step::PsoThenProgression,
            ]);
            // The modules the PQiP at the end of their journey could do without (001).
            let modules = module_costs(answers, outcome, job, true, &mut steps);
            after_progression(&mut steps);
            ask.push(Ask::Recruitment);
            if modules || answers.level.unwrap_or(0) < super::policy::PQIP_MIN_LEVEL {
                ask.push(Ask::CourseProviders(University::CJL_PROVIDERS.to_vec()));
            }
            // With Level 3 already, the 6 months' service is what stands before Progression.
            let first = outcome.journey.and_then(|j| j.stages().next());
            let figure = match first {
                Some(s) if s.kind == super::journey::StageKind::PsoService => {
                    Figure::FirstMonthsAsPso {
                        months: s.months(),
                        opens: s.to,
                    }
                }
                _ => Figure::DiplomaMonths {
                    months: outcome.months,
                },
            };
            let has_level3 = answers.level.unwrap_or(0) >= super::policy::PSO_PROGRESSION_MIN_LEVEL;
            let dates = outcome
                .start
                .zip(outcome.finish)
                .map(|(start, finish)| Dates::DiplomaBy {
                    start,
                    finish,
                    has_level3,
                });
            (Headline::PsoNewcomer, Some(figure), dates)
        }
    };
    let pqip_university = match (outcome.route.is_pqip(), outcome.study) {
        (true, Some(Study::At(u))) => Some(u),
        _ => None,
    };
    let now = YearMonth::of(today);
    let qualify = outcome.journey.map(|j| Qualify {
        by: j.qualified,
        months: u16::try_from(now.months_until(j.qualified)).unwrap_or(0),
        on: counting(outcome, &j, now),
    });
    Advice {
        headline,
        qualify,
        figure,
        dates,
        pqip_university,
        steps,
        ask,
    }
}

/// What the qualifying month counts on, for the route as answered.
pub fn counting(outcome: &Outcome, j: &super::journey::Journey, now: YearMonth) -> Counting {
    match outcome.route {
        Route::Pqip15 | Route::Pqip21 => Counting::Intake {
            apply: j
                .stages()
                .find(|s| s.kind == super::journey::StageKind::Apply)
                .map(|s| s.from)
                .filter(|from| *from > now),
            intake: j.pqip().map_or(j.qualified, |s| s.from),
            applied: j.applied,
            finish_third: j.conditional.is_some(),
        },
        Route::CjlAccess => Counting::AccessStart(j.start()),
        Route::PsoPathway if outcome.job == Job::Pso => Counting::Serving {
            apply: Some(j.can_apply).filter(|from| *from > now),
            intake: j.pqip().map_or(j.qualified, |s| s.from),
            diploma: j
                .stages()
                .find(|s| s.kind == super::journey::StageKind::Diploma)
                .map(|s| s.to),
            estimated: outcome.notes.contains(&super::assess::Note::Assumed(
                super::policy::Assumption::DiplomaFallback,
            )),
        },
        Route::PsoPathway | Route::AlreadyQualified => Counting::PsoStart(j.start()),
    }
}

/// Where another way through the modules is offered (start the third now, or finish some first),
/// who sets their costs and who may pay (001); whether it was said. On the PQiP routes it is
/// offered whenever there is one (the routes compared show it); on the PSO pathway, when it gets
/// them qualified sooner (assess.rs says it as a change then).
fn module_costs(
    answers: &Answers,
    outcome: &Outcome,
    job: Job,
    pso_pathway: bool,
    steps: &mut Vec<Step>,
) -> bool {
    use super::journey::ModulePlan;
    let applied = !pso_pathway && answers.applied_or_default() && answers.start.is_some();
    let offered = match ModulePlan::alternative(answers) {
        _ if applied => false,
        _ if pso_pathway => outcome
            .changes
            .iter()
            .any(|c| matches!(c, Change::OtherModulePlan { .. })),
        Some(ModulePlan::ModulesFirst | ModulePlan::StartThirdNow) => true,
        Some(ModulePlan::AsAnswered) | None => false,
    };
    if offered {
        steps.push(Step::ModuleCosts {
            employed: job != Job::None,
        });
    }
    offered
}

fn access_done(start: YearMonth, finish: YearMonth) -> Dates {
    Dates::AccessDone { start, finish }
}
