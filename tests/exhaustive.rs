//! Walks the whole discrete answer space and checks the invariants every outcome must keep.

use chrono::NaiveDate;
use probation_route_finder::rules::answers::Job;
use probation_route_finder::rules::answers::{Hours, Modules};
use probation_route_finder::rules::assess::{pathways, scale_for_hours, Pathway, Route, Study};
use probation_route_finder::rules::compare::compare;
use probation_route_finder::rules::flow::{self, Next};
use probation_route_finder::rules::journey::{Stage, StageKind};
use probation_route_finder::rules::policy::{
    HeldQualification, Region, PQIP_MIN_LEVEL, PSO_PROGRESSION_MIN_LEVEL, RECRUITMENT_MONTHS,
};
use probation_route_finder::rules::space::{Head, Space};
use probation_route_finder::rules::{assess, Answers, Outcome, Question, YearMonth};

const TODAY: (i32, u32, u32) = (2026, 11, 23);

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2).expect("valid date")
}

fn key_fields(o: &Outcome) -> impl PartialEq + std::fmt::Debug {
    (
        o.route,
        o.entry,
        o.months,
        o.study,
        o.finish,
        o.conditional,
        o.alternatives,
        o.journey,
    )
}

/// The whole journey (policy.md; contract `data-journey`): stages in order with no gap or overlap,
/// from the start month (this month for a serving PSO, and on the PQiP routes the month they apply
/// from) to the qualifying month at the end of the PQiP, whose length is the route's own on the
/// PQiP routes; none when already qualified. A journey a person could follow from today: no PQiP
/// starts less than six months from now unless they have applied for it, an `apply` stage comes
/// right before every PQiP, and a serving PSO below Level 3 never applies before the Diploma.
fn check_journey(full: &Answers, o: &Outcome) -> Result<(), String> {
    let Some(j) = o.journey else {
        return match o.route {
            Route::AlreadyQualified => Ok(()),
            r => Err(format!("no journey on {r:?}")),
        };
    };
    if o.route == Route::AlreadyQualified {
        return Err("a journey when already qualified".into());
    }
    let stages: Vec<Stage> = j.stages().collect();
    let (first, last) = match (stages.first(), stages.last()) {
        (Some(f), Some(l)) => (f, l),
        _ => return Err("a journey with no stages".into()),
    };
    let now = YearMonth::of(today());
    if o.route.is_pqip() {
        if first.from < now || Some(first.from) > o.start {
            return Err(format!(
                "PQiP journey starts {} for {:?}",
                first.from, o.start
            ));
        }
    } else if Some(first.from) != o.start {
        return Err(format!("journey starts {} not {:?}", first.from, o.start));
    }
    let applied = full.applied == Some(true) && full.start.is_some_and(|s| s >= now);
    if last.from < now.plus_months(RECRUITMENT_MONTHS) && !(applied && o.route.is_pqip()) {
        return Err(format!("a PQiP from {} without an application", last.from));
    }
    match stages.iter().rev().nth(1) {
        Some(apply) if apply.kind == StageKind::Apply => {}
        None if applied => {}
        other => return Err(format!("no apply stage before the PQiP: {other:?}")),
    }
    if full.job == Some(Job::Pso)
        && o.route == Route::PsoPathway
        && full.level.unwrap_or(0) < PSO_PROGRESSION_MIN_LEVEL
    {
        let diploma = stages.iter().find(|s| s.kind == StageKind::Diploma);
        let apply = stages.iter().find(|s| s.kind == StageKind::Apply);
        match (diploma, apply) {
            (Some(d), Some(a)) if a.from >= d.to => {}
            (None, Some(_)) if full.diploma.is_some_and(|d| d <= now) => {}
            other => {
                return Err(format!(
                    "below Level 3, applying before the Diploma: {other:?}"
                ))
            }
        }
    }
    for s in &stages {
        if s.from < now {
            return Err(format!("a stage in the past: {s:?}"));
        }
    }
    for pair in stages.windows(2) {
        if pair[0].to != pair[1].from {
            return Err(format!("stages {:?} then {:?}", pair[0], pair[1]));
        }
    }
    if stages.iter().any(|s| s.months() == 0) {
        return Err(format!("an empty stage in {stages:?}"));
    }
    if last.kind != StageKind::Pqip || last.to != j.qualified {
        return Err(format!("last stage {last:?}, qualified {}", j.qualified));
    }
    let ft = j.pqip_full_time;
    if ft != 15 && ft != 21 {
        return Err(format!("a {ft}-month PQiP"));
    }
    let pqip_months = last.months();
    if o.route.is_pqip() {
        if pqip_months != o.months || Some(j.qualified) != o.finish {
            return Err(format!(
                "PQiP stage {pqip_months} months vs route {}",
                o.months
            ));
        }
    } else if pqip_months != scale_for_hours(ft, full.hours_or_default()) {
        return Err(format!(
            "PQiP stage {pqip_months} months for {ft} at {:?}",
            full.hours
        ));
    }
    if o.route == Route::CjlAccess {
        let l5 = stages.iter().find(|s| s.kind == StageKind::AccessLevel5);
        if l5.map(|s| s.to) != o.finish {
            return Err("the access study does not end at data-finish".into());
        }
        if (ft == 21) != j.if_short_pqip.is_some() {
            return Err("the 15-month month missing or extra on the CJL route".into());
        }
    }
    if j.qualified < YearMonth::of(today()) {
        return Err("qualified before today".into());
    }
    let parts: Vec<_> = j.pqip_parts().collect();
    let filled = parts.first().map(|p| p.from) == Some(last.from)
        && parts.last().map(|p| p.to) == Some(last.to)
        && parts.windows(2).all(|w| w[0].to == w[1].from)
        && parts.len() == if ft == 21 { 3 } else { 2 };
    if !filled {
        return Err(format!("parts {parts:?} do not fill {last:?}"));
    }
    Ok(())
}

/// Checks one complete set of answers; returns a description of the first broken invariant.
fn check(full: &Answers) -> Result<(), String> {
    let o = assess(full, today());
    let ways = pathways(full);

    // Every list the rules fill has room to spare (src/rules/few.rs): none lost an item.
    if ways.overflowed()
        || o.alternatives.overflowed()
        || o.reasons.overflowed()
        || o.changes.overflowed()
        || o.notes.overflowed()
    {
        return Err(format!("a full list: {o:?}"));
    }

    // Exactly one primary route, consistent with the list of ways in.
    let primary = *ways.first().ok_or("no pathway at all")?;
    if o.alternatives.contains(&primary) || o.alternatives.len() + 1 != ways.len() {
        return Err(format!(
            "primary {primary:?} vs alternatives {:?}",
            o.alternatives
        ));
    }
    let expected_route = match primary {
        Pathway::AlreadyQualified => vec![Route::AlreadyQualified],
        Pathway::Pqip(_) => vec![Route::Pqip15, Route::Pqip21],
        Pathway::CjlAccess => vec![Route::CjlAccess],
        Pathway::PsoPathway => vec![Route::PsoPathway],
    };
    if !expected_route.contains(&o.route) || o.entry != primary.entry() {
        return Err(format!(
            "route {:?}/{:?} for pathway {primary:?}",
            o.route, o.entry
        ));
    }

    // Lengths.
    let months_ok = match o.route {
        Route::Pqip15 | Route::Pqip21 => (15..=30).contains(&o.months),
        Route::CjlAccess => o.months == 15,
        // A new PSO's Diploma; a serving PSO's months until they can apply (contract.md).
        Route::PsoPathway if full.job == Some(Job::Pso) => {
            o.journey.map(|j| j.can_apply) == o.start.map(|s| s.plus_months(o.months))
        }
        Route::PsoPathway => o.months == 12,
        Route::AlreadyQualified => o.months == 0,
    };
    if !months_ok {
        return Err(format!("{} months for {:?}", o.months, o.route));
    }
    if o.route == Route::Pqip15 && full.hours_or_default().is_full_time() && o.months != 15 {
        return Err("full-time pqip-15 is not 15 months".into());
    }
    if o.conditional.is_some() && o.route != Route::Pqip15 {
        return Err("a condition on a route other than pqip-15".into());
    }

    // A university exactly for the PQiP and CJL routes, and the right one.
    let region = full.region.ok_or("test answers lack a region")?;
    match (o.route, o.study) {
        (Route::Pqip15 | Route::Pqip21, Some(Study::At(u))) if u == region.university() => {}
        // All three providers, none tied to a region (policy.md).
        (Route::CjlAccess, Some(Study::AnyCjlProvider)) => {}
        (Route::AlreadyQualified | Route::PsoPathway, None) => {}
        other => return Err(format!("university {other:?} in {region:?}")),
    }

    // finish = start + months; nothing dated when already qualified.
    match (o.route, o.start, o.finish) {
        (Route::AlreadyQualified, None, None) => {}
        (Route::AlreadyQualified, ..) => return Err("dates on already-qualified".into()),
        (_, Some(s), Some(f)) if s.plus_months(o.months) == f => {}
        (_, s, f) => return Err(format!("start {s:?} + {} != finish {f:?}", o.months)),
    }

    // Reasons are always given; PQiP below Level 5 only through PSO Progression.
    if o.reasons.is_empty() {
        return Err("no reasons".into());
    }
    if o.route.is_pqip()
        && full.level.unwrap_or(0) < PQIP_MIN_LEVEL
        && o.entry.map(|e| e.slug()) != Some("pso-progression")
    {
        return Err("PQiP below Level 5 outside PSO Progression".into());
    }

    check_journey(full, &o)?;
    check_options(full, &o)?;

    // The next-question function, starting from what a link with only defaults would hold,
    // reaches the outcome in at most one step per question, and to the same outcome.
    let mut walked = Answers {
        qualified: full.qualified,
        overseas: full.overseas,
        doing: full.doing,
        hours: full.hours,
        start: full.start,
        applied: full.applied,
        diploma: full.diploma,
        ..Answers::default()
    };
    // What a link may leave out here (flow::has_default_here) is kept, as the defaults are.
    if flow::has_default_here(Question::Done, full) {
        walked.done = full.done;
    }
    if flow::has_default_here(Question::Region, full) {
        walked.region = full.region;
    }
    let mut steps = 0;
    while let Next::Question(q) = flow::next(&walked) {
        steps += 1;
        if steps > Question::ALL.len() {
            return Err(format!("next() did not reach the outcome (stuck on {q:?})"));
        }
        copy(q, full, &mut walked)?;
    }
    if key_fields(&assess(&walked, today())) != key_fields(&o) {
        return Err(format!(
            "asking only what next() asks changes the outcome: {walked:?}"
        ));
    }

    // Walking page by page with after(), as a person does, ends on the same outcome too.
    let mut paged = Answers::default();
    let mut at = Question::ALL[0];
    let mut asked = Vec::new();
    for step in 0.. {
        if step > Question::ALL.len() {
            return Err("after() did not reach the outcome".into());
        }
        asked.push(at);
        copy(at, full, &mut paged)?;
        // The start page also says whether they have applied for that intake.
        if at == Question::Start {
            paged.applied = full.applied;
        }
        match flow::after(at, &paged) {
            Next::Question(q) => at = q,
            Next::Outcome => break,
        }
    }
    if key_fields(&assess(&paged, today())) != key_fields(&o) {
        return Err(format!(
            "the page-by-page walk changes the outcome: {paged:?}"
        ));
    }

    // A question with a contract default is asked on the page-by-page walk exactly when it is
    // needed: when some other value of that answer, every other answer kept, changes the outcome.
    // The outcome here is all of it (notes and reasons too, which the walks above do not compare),
    // so a question asked in vain, or a note that only a link can bring, is caught. Trying every
    // value costs a dozen assessments, so this runs on two of the twelve regions, one whose
    // university is a CJL provider and one whose is not: a region decides only where to study.
    let sampled = |cjl: bool| {
        Region::ALL
            .into_iter()
            .find(|r| r.university().is_cjl_provider() == cjl)
    };
    if sampled(true) != Some(region) && sampled(false) != Some(region) {
        return Ok(());
    }
    // Whether they have applied is answered with the start, on its page: its values are tried
    // with the start's.
    for q in Question::ALL
        .into_iter()
        .filter(|q| flow::has_default_here(*q, full) && *q != Question::Applied)
    {
        let is_asked = asked.contains(&q);
        let needed = variants(q, full).find(|v| v != full && assess(v, today()) != o);
        match (is_asked, needed) {
            (true, None) => {
                return Err(format!(
                    "asked {q:?} on the walk, but no value of it changes the outcome"
                ))
            }
            (false, Some(v)) => {
                return Err(format!(
                    "{q:?} is not asked on the walk, but {:?} changes the outcome",
                    v.value(q)
                ))
            }
            _ => {}
        }
    }
    Ok(())
}

/// The full answers with question `q`, which has a contract default, changed to each value it can
/// take (absent included). The held qualification changes together with its year, the follow-up
/// that is asked only after it: one in its era, so that every qualification counts.
fn variants(q: Question, full: &Answers) -> impl Iterator<Item = Answers> + '_ {
    let mut out: Vec<Answers> = Vec::new();
    let with = |f: &dyn Fn(&mut Answers)| {
        let mut a = full.clone();
        f(&mut a);
        a
    };
    match q {
        Question::Qualified => {
            for h in HeldQualification::ALL {
                let year = h.era().map(|e| e.first);
                out.push(with(&|a| (a.qualified, a.qualyear) = (Some(h), year)));
            }
            out.push(with(&|a| (a.qualified, a.qualyear) = (None, None)));
        }
        Question::Overseas => {
            for v in [None, Some(true), Some(false)] {
                out.push(with(&|a| a.overseas = v));
            }
        }
        Question::Doing => {
            let done = full.done.unwrap_or(Modules::NONE);
            out.push(with(&|a| a.doing = None));
            for bits in 0..16 {
                let doing = Modules::from_bits(bits);
                if !doing.overlaps(done) {
                    out.push(with(&|a| a.doing = Some(doing)));
                }
            }
        }
        Question::Region => {
            out.push(with(&|a| a.region = None));
            for r in Region::ALL {
                out.push(with(&|a| a.region = Some(r)));
            }
        }
        Question::Done => {
            out.push(with(&|a| a.done = None));
            for bits in 0..16 {
                out.push(with(&|a| a.done = Some(Modules::from_bits(bits))));
            }
        }
        Question::Hours => {
            out.push(with(&|a| a.hours = None));
            for tenths in [222, 259, 296, 370] {
                out.push(with(&|a| a.hours = Hours::from_tenths(tenths)));
            }
        }
        Question::Start => {
            out.push(with(&|a| (a.start, a.applied) = (None, None)));
            for (y, m) in [(2027, 1), (2027, 7), (2027, 9), (2036, 12)] {
                out.push(with(&|a| {
                    (a.start, a.applied) = (YearMonth::new(y, m), None)
                }));
                out.push(with(&|a| {
                    (a.start, a.applied) = (YearMonth::new(y, m), Some(true))
                }));
            }
        }
        Question::Diploma => {
            out.push(with(&|a| a.diploma = None));
            for (y, m) in [(2026, 11), (2027, 3), (2029, 1)] {
                out.push(with(&|a| a.diploma = YearMonth::new(y, m)));
            }
        }
        _ => {}
    }
    out.into_iter()
}

/// Routes compared (policy.md; contract `data-routes`): the likely route is one of the options,
/// the same journey as the outcome's; every option's qualifying month is its journey's end; the
/// fastest are those that qualify first.
fn check_options(full: &Answers, o: &Outcome) -> Result<(), String> {
    let c = compare(full, today());
    let Some(j) = o.journey else {
        return if c.options.is_empty() {
            Ok(())
        } else {
            Err("options when already qualified".into())
        };
    };
    let likely: Vec<_> = c.options.iter().filter(|x| x.likely).collect();
    match likely.as_slice() {
        [l] if l.journey == j && l.route == o.route && l.months == o.months => {}
        other => return Err(format!("the likely option {other:?} is not the outcome")),
    }
    let first = c.options.iter().map(|x| x.qualified()).min();
    let now = YearMonth::of(today());
    for x in &c.options {
        // Each option a journey from today too: its stages in order, none overlapping the next
        // (a gap, such as waiting for an intake chosen years ahead, is allowed: contract.md),
        // none empty or in the past.
        let stages: Vec<Stage> = x.journey.stages().collect();
        if stages.windows(2).any(|p| p[0].to > p[1].from)
            || stages.iter().any(|s| s.from < now || s.months() == 0)
        {
            return Err(format!(
                "an option's stages do not follow on from today: {x:?}"
            ));
        }
        if x.qualified() != x.journey.qualified
            || x.journey.pqip().map(|p| p.to) != Some(x.qualified())
        {
            return Err(format!("an option's month is not its journey's end: {x:?}"));
        }
        if x.fastest != (Some(x.qualified()) == first) {
            return Err(format!("fastest wrongly marked: {x:?}"));
        }
    }
    if c.options.len()
        != o.alternatives.len()
            + 1
            + usize::from(
                c.options.iter().any(|x| {
                    x.plan != probation_route_finder::rules::journey::ModulePlan::AsAnswered
                }),
            )
    {
        return Err(format!(
            "{} options for {:?}",
            c.options.len(),
            o.alternatives
        ));
    }
    Ok(())
}

/// Copies one answer; a question asked that the full answers lack means the flow asked too much.
fn copy(q: Question, from: &Answers, to: &mut Answers) -> Result<(), String> {
    match from.value(q) {
        Some(v) => to
            .set(q, &v, today())
            .map_err(|p| format!("{q:?}={v}: {p:?}")),
        None if q.has_default() => Ok(()),
        None => Err(format!("asked {q:?}, which these answers do not need")),
    }
}

#[test]
fn every_combination_keeps_the_invariants() {
    let space = Space::new();
    let heads = Space::heads();
    // Two threads: the machine has two cores.
    let halves: Vec<&[Head]> = heads.chunks(heads.len().div_ceil(2)).collect();
    let results: Vec<(u64, u64, Vec<String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = halves
            .iter()
            .map(|chunk| {
                let space = &space;
                s.spawn(move || {
                    let (mut count, mut failed, mut failures) = (0u64, 0u64, Vec::new());
                    for &head in chunk.iter() {
                        space.each(head, |a| {
                            count += 1;
                            if let Err(e) = check(a) {
                                failed += 1;
                                if failures.len() < 10 {
                                    failures.push(format!("{}: {e}", a.to_fragment()));
                                }
                            }
                        });
                    }
                    (count, failed, failures)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("worker panicked"))
            .collect()
    });
    let count: u64 = results.iter().map(|r| r.0).sum();
    let failed: u64 = results.iter().map(|r| r.1).sum();
    let failures: Vec<&String> = results.iter().flat_map(|r| &r.2).collect();
    println!("exhaustive: {count} combinations checked, {failed} failed");
    assert_eq!(count, space.size(), "the walk missed part of the space");
    assert!(
        count > 1_000_000,
        "the walk covered only {count} combinations"
    );
    assert!(
        failures.is_empty(),
        "invariants broken:\n{}",
        failures
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}
