//! Which question comes next. The questionnaire asks only what the answers so far make relevant:
//! no service months unless the person is a PSO, no start month for a serving PSO whose journey
//! starts now, and so on. Every route but "already qualified" ends in the PQiP, whose length
//! (modules, hours) and university (region) shape the whole journey, so those are asked of all.

use super::answers::{Answers, Job};
use super::assess::{primary_pathway, Pathway};
use super::policy::{PQIP_MIN_LEVEL, PSO_PROGRESSION_MIN_LEVEL, PSO_PROGRESSION_MIN_SERVICE};
use super::questions::Question;

/// What to show next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    Question(Question),
    Outcome,
}

/// What the start and hours questions are about for this person. The start is the first step of
/// their route: the PQiP itself, the access study, or a PSO job. The hours are those of the PQiP,
/// which on the CJL and PSO routes comes at the end of the journey (policy.md, "The whole
/// journey"), so those routes are asked in those terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    Pqip,
    CjlAccess,
    PsoJob,
}

/// The framing for the answers so far (those before the start and hours questions settle it).
pub fn framing(answers: &Answers) -> Framing {
    match primary_pathway(answers) {
        Pathway::AlreadyQualified | Pathway::Pqip(_) => Framing::Pqip,
        Pathway::CjlAccess => Framing::CjlAccess,
        Pathway::PsoPathway => Framing::PsoJob,
    }
}

/// Whether `question` matters, given the answers so far (missing ones count as "no" or "none").
pub fn is_relevant(question: Question, answers: &Answers) -> bool {
    if question == Question::Qualified {
        return true;
    }
    if question == Question::QualYear {
        return answers.qualified.is_some_and(|q| q.era().is_some());
    }
    // A recognised qualification settles everything else.
    let primary = primary_pathway(answers);
    if primary == Pathway::AlreadyQualified {
        return false;
    }
    let level = answers.level.unwrap_or(0);
    let job = answers.job;
    // The access route is for Levels 3 and 4: a relevant Level 3 vocational qualification is
    // itself Level 3, so below that the answer cannot be yes (policy.md).
    let access_level = (PSO_PROGRESSION_MIN_LEVEL..PQIP_MIN_LEVEL).contains(&level);
    match question {
        Question::Qualified | Question::QualYear | Question::Level | Question::Job => true,
        // A serving PSO's journey to PSO Progression starts now (policy.md).
        Question::Start => !(job == Some(Job::Pso) && primary == Pathway::PsoPathway),
        // A serving PSO's work is relevant experience: they are not asked.
        Question::Exp => job != Some(Job::Pso),
        Question::Overseas => level > 0,
        Question::Service => job == Some(Job::Pso),
        // The Diploma would make them Level 3: below it, it is still to finish (policy.md).
        Question::Diploma => job == Some(Job::Pso) && level < PSO_PROGRESSION_MIN_LEVEL,
        // Asked on the start page, with the month of the intake applied for.
        Question::Applied => false,
        // The Internal MoJ route is open to all MoJ staff, PSOs included; a PSO who can already
        // use PSO Progression gains nothing from it.
        Question::Credits5 => {
            level >= PQIP_MIN_LEVEL
                && match job {
                    Some(Job::Moj) => true,
                    Some(Job::Pso) => answers.service.unwrap_or(0) < PSO_PROGRESSION_MIN_SERVICE,
                    Some(Job::None) | None => false,
                }
        }
        Question::L3vq => access_level && job != Some(Job::Pso) && answers.exp == Some(true),
        Question::Done | Question::Hours | Question::Region => true,
        Question::Doing => answers.done.is_some_and(|d| d.len() == 2),
    }
}

/// Whether a link may leave `question` out for these answers. Beyond the contract's defaults: off
/// the PQiP routes the modules only shape the PQiP at the end of the journey, and a link without
/// them reads as none finished (the usual 21 months, policy.md); on the PSO pathway the region
/// only names the likely university of that PQiP. Both are asked on the way through, but links
/// made before the journey was drawn still open on their result.
pub fn has_default_here(question: Question, answers: &Answers) -> bool {
    let primary = primary_pathway(answers);
    question.has_default()
        || match question {
            Question::Done => !matches!(primary, Pathway::Pqip(_)),
            Question::Region => primary == Pathway::PsoPathway,
            _ => false,
        }
}

/// For a link or a partly answered form: the first relevant question that has no answer and no
/// default, or the outcome when there is none.
pub fn next(answers: &Answers) -> Next {
    Question::ALL
        .into_iter()
        .find(|&q| {
            !has_default_here(q, answers) && is_relevant(q, answers) && answers.value(q).is_none()
        })
        .map_or(Next::Outcome, Next::Question)
}

/// For someone walking the questionnaire: the next relevant question after `current` that has no
/// answer yet, including those with a default, so that everyone is offered every choice that
/// matters to them, and nobody is asked twice what a link or an earlier visit already answered.
pub fn after(current: Question, answers: &Answers) -> Next {
    Question::ALL
        .into_iter()
        .skip_while(|&q| q != current)
        .skip(1)
        .find(|&q| is_relevant(q, answers) && answers.value(q).is_none())
        .map_or(Next::Outcome, Next::Question)
}

/// The relevant question before `current`, for the back link; `None` on the first.
pub fn before(current: Question, answers: &Answers) -> Option<Question> {
    Question::ALL
        .into_iter()
        .take_while(|&q| q != current)
        .filter(|&q| is_relevant(q, answers))
        .last()
}

/// Every question that matters for these answers, in the order asked (for "check your answers").
pub fn relevant(answers: &Answers) -> Vec<Question> {
    Question::ALL
        .into_iter()
        .filter(|&q| is_relevant(q, answers))
        .collect()
}
