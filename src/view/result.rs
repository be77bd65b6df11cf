//! The result, for the person reading it: the headline and the figure with what it covers, the
//! dates, how they would apply, where they would study, what happens next, who to ask, why, what
//! would change it, the other routes and the sources. What is said is chosen by
//! [`crate::rules::advice`]; the `data-*` attributes sit on `<main>` (see frame.rs).

use super::frame::{bullets, heading};
use super::{Action, PageContext};
use crate::nav::{kept_link, kept_start};
use crate::rules::advice::{advise, Advice, Ask, Headline};
use crate::rules::assess::{Entry, Note, Outcome, Pathway};
use crate::rules::compare::{compare, Comparison, RouteOption};
use crate::rules::policy::Assumption;
use crate::rules::policy::{Source, HOW_TO_APPLY_URL, RECRUITMENT_PHONE, REGISTER_INTEREST_URL};
use crate::settings::Settings;
use crate::text::Lang;
use maud::{html, Markup};

pub(super) fn page(c: &PageContext) -> Markup {
    let t = c.text;
    let Some(o) = c.outcome else {
        return heading("heading-l", t.result_heading());
    };
    let answers = &c.state.parsed.answers;
    let advice = advise(answers, o, c.today);
    let kiosk = c.state.settings.kiosk;
    let internal = advice.ask.contains(&Ask::LineManager);
    let routes = compare(answers, c.today);
    let made = c.state.on.filter(|on| *on < c.today);
    html! {
        div.panel {
            p.panel__caption { (t.result_heading()) }
            h1.panel__title tabindex="-1" { (t.headline(advice.headline)) }
            @if let Some(q) = advice.qualify {
                p.panel__body { (t.qualify_by(q.by)) }
                p.panel__detail { (t.qualify_in(q.months, q.on)) }
            }
            // The CJL route's month assumes the 21-month PQiP; the other is as likely.
            @if let Some(j) = o.journey {
                @if let Some(by) = j.if_short_pqip {
                    p.panel__detail { (t.if_short_pqip(by, j.qualified)) }
                }
            }
            @if let Some(faster) = routes.faster() {
                p.panel__detail.panel__faster {
                    (t.faster_in_panel(&t.option_name(faster, o.job), faster.qualified()))
                }
            }
        }
        // Said at the top, where a link opened later is read first; not again among the notes.
        @if made.is_some() || o.notes.iter().any(is_start_note) {
            div.inset.inset--link {
                @if let Some(on) = made { p { (t.link_made(on)) } }
                @for n in o.notes.iter().filter(|n| is_start_note(n)) { p { (t.note(n)) } }
            }
        }
        (compared(c, o, &routes))
        p.body-l { (t.summary(advice.headline)) }
        @if let Some(e) = o.entry {
            p { strong { (t.entry_name(e)) } }
        }
        @if let Some(f) = advice.figure {
            @let (big, detail) = t.figure(f);
            p.figure { strong { (big) } }
            p { (detail) }
        }
        @if let Some(d) = advice.dates {
            p { (t.dates(d)) }
        }
        @if let Some(j) = &o.journey {
            (super::journey::section(c, j, !o.route.is_pqip(), internal))
        }
        @if let Some(u) = advice.pqip_university {
            h2.heading-m { (t.university_heading()) }
            p { strong { (t.university_name(u)) } }
            p.hint { (t.university_caveat(internal)) }
        }
        // Adviser mode has it in the header, always in view (frame.rs).
        @if !kiosk {
            details.details.no-print data-qr {
                summary.details__summary { span.details__summary-text { (t.qr_show()) } }
                div.details__text { (qr(c)) }
            }
        }
        h2.heading-m { (t.next_steps_heading()) }
        (bullets(advice.steps.iter().map(|s| t.step(*s))))
        (ask(c, &advice, act_links(o, &advice)))
        (why(c, o))
        @if advice.headline != Headline::AlreadyQualified || !o.notes.is_empty() {
            @for n in o.notes.iter().filter(|n| !is_start_note(n)) { p.inset { (t.note(n)) } }
        }
        p.inset { (t.likely_not_promise()) }
        h2.heading-m { (t.sources_heading()) }
        p { (t.sources_intro()) }
        ul.list.list--bullet.sources {
            @for s in Source::ALL {
                li { (t.source_name(s)) " (" (t.published(s.published())) ")" }
            }
        }
        div.button-group.no-print {
            button type="button" class="button button--secondary" data-action=(Action::Print) {
                (t.print())
            }
            // In kiosk mode the header's button starts again; elsewhere a link does, keeping the
            // settings.
            @if !kiosk {
                a href=(c.home()) class="link" data-action=(Action::Restart) { (t.start_again()) }
            }
        }
    }
}

/// What the result says at its top, under the answer, as it decides how to read the rest: the
/// start it counts from, a qualification not recognised for its year, one from abroad.
fn is_start_note(n: &Note) -> bool {
    matches!(
        n,
        Note::StartPassed { .. }
            | Note::StartTooSoon { .. }
            | Note::StartEstimated { .. }
            | Note::NotRecognisedForYear { .. }
            | Note::OverseasComparability
    )
}

/// Every route open to them, side by side (policy.md, "Routes compared"): what each involves, its
/// first step and the month it could get them qualified; the fastest marked, the likely route
/// named. The contract's `data-routes` and `data-option`.
fn compared(c: &PageContext, o: &Outcome, routes: &Comparison) -> Markup {
    let t = c.text;
    let several = routes.options.len() > 1;
    let fastest = if routes.options.iter().filter(|o| o.fastest).count() > 1 {
        t.joint_fastest_label()
    } else {
        t.fastest_label()
    };
    // Soonest first, so the fastest is seen first on a phone; the likely route keeps its tag.
    // An insertion, not `sort`: the standard sort's code is kilobytes of wasm for five items.
    let mut shown: Vec<&RouteOption> = Vec::new();
    for o in &routes.options {
        let at = shown.iter().position(|s| s.qualified() > o.qualified());
        shown.insert(at.unwrap_or(shown.len()), o);
    }
    html! {
        section.routes data-routes="" hidden[routes.options.is_empty()]
            aria-labelledby="routes-heading" {
            @if !routes.options.is_empty() {
                h2.heading-m id="routes-heading" {
                    @if several { (t.routes_heading()) } @else { (t.likely_label()) }
                }
                @if several { p.hint { (t.routes_intro()) } }
                ul.routes__list {
                    @for option in shown {
                        li class={ "route-card" @if option.fastest && several { " route-card--fastest" } }
                            data-option=(option.slug()) data-route=(option.route.slug())
                            data-entry=(option.entry().map(|e| e.slug()).unwrap_or_default())
                            data-months=(option.months) data-qualified=(option.qualified())
                            data-fastest=[option.fastest.then_some("")]
                            data-likely=[option.likely.then_some("")] {
                            @if several && (option.likely || option.fastest) {
                                p.route-card__tags {
                                    @if option.likely { strong.tag { (t.likely_label()) } " " }
                                    @if option.fastest {
                                        strong.tag.tag--fastest { (fastest) }
                                    }
                                }
                            }
                            h3.heading-s.route-card__name { (t.option_name(option, o.job)) }
                            p.route-card__when {
                                strong {
                                    (t.option_qualify(
                                        option.qualified(),
                                        option.journey.conditional.is_some(),
                                    ))
                                }
                            }
                            p { (t.option_involves(option, o.job)) }
                            @if let Some(first) = option.journey.stages().next() {
                                p.route-card__first { (t.option_first_step(first, &option.journey)) }
                            }
                            ol.route-card__stages {
                                @for s in option.journey.stages() {
                                    li {
                                        (t.stage_name(s.kind, &option.journey)) ": "
                                        (t.stage_months(s.kind, s.months())) ", "
                                        (t.span(s.from, s.to))
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if let Some(l3) = routes.if_level_3_minimum {
                p.inset { (t.if_level_3_minimum(l3.intake, l3.qualified)) }
            }
            // A faster route through PSO Progression depends on it staying open (policy.md).
            @if progression_faster(o, routes) {
                p.inset { (t.note(&Note::Assumed(Assumption::ProgressionOpen))) }
            }
        }
    }
}

/// Whether the fastest route goes through PSO Progression while the likely one does not: the
/// Progression note is said by the comparison then.
fn progression_faster(o: &Outcome, routes: &Comparison) -> bool {
    let progression = Note::Assumed(Assumption::ProgressionOpen);
    routes.faster().is_some_and(|f| {
        matches!(
            f.pathway,
            Pathway::PsoPathway | Pathway::Pqip(Entry::PsoProgression)
        )
    }) && !o.notes.contains(&progression)
}

/// Why, and what would change it.
fn why(c: &PageContext, o: &Outcome) -> Markup {
    let t = c.text;
    html! {
        h2.heading-m { (t.why_heading()) }
        p { (t.why_intro()) }
        (bullets(o.reasons.iter().map(|r| t.reason(r))))
        @if !o.changes.is_empty() {
            h2.heading-m { (t.changes_heading()) }
            (bullets(o.changes.iter().map(|ch| t.change_text(ch))))
        }
    }
}

/// The official pages beside the recruitment line, for someone still to qualify who would apply
/// through the national campaign: registering interest in the next one, unless they have already
/// applied, and how to apply. The internal routes are applied for through the line manager.
fn act_links(o: &Outcome, advice: &Advice) -> &'static [Official] {
    let applied = o.journey.is_some_and(|j| j.applied);
    match advice.headline {
        Headline::AlreadyQualified => &[],
        _ if advice.ask.contains(&Ask::LineManager) => &[],
        _ if applied => &[Official::HowToApply],
        _ => &[Official::RegisterInterest, Official::HowToApply],
    }
}

/// An official page to act on.
#[derive(Clone, Copy)]
enum Official {
    RegisterInterest,
    HowToApply,
}

/// Who to ask, each labelled with what they can answer, the recruitment line with `act`'s
/// official pages.
fn ask(c: &PageContext, advice: &Advice, act: &[Official]) -> Markup {
    let t = c.text;
    let phone = |number: &str| {
        html! {
            li {
                (t.phone_label()) ": "
                a.link href={ "tel:" (number.replace(' ', "")) } { (number) }
            }
        }
    };
    html! {
        h2.heading-m { (t.ask_heading()) }
        @for a in &advice.ask {
            p { strong { (t.ask_label(a)) } }
            @match a {
                Ask::Recruitment => {
                    p { (t.recruitment_name()) }
                    ul.list.contact { (phone(RECRUITMENT_PHONE)) }
                    // Where to act: plain links, nothing sent until followed, and no referrer.
                    @if !act.is_empty() { ul.list.list--bullet.act-links {
                        @for official in act {
                            @let (url, words) = match official {
                                Official::RegisterInterest => (REGISTER_INTEREST_URL, t.register_interest()),
                                Official::HowToApply => (HOW_TO_APPLY_URL, t.how_to_apply()),
                            };
                            li {
                                a.link href=(url) target="_blank" rel="noreferrer noopener" {
                                    (words)
                                }
                            }
                        }
                    } }
                }
                Ask::LineManager => p { (t.line_manager()) },
                Ask::CourseProviders(list) => {
                    @for u in list {
                        p { (t.university_name(*u)) }
                        @if let Some(contact) = u.course_contact() {
                            ul.list.contact {
                                li {
                                    (t.email_label()) ": "
                                    a.link href={ "mailto:" (contact.email) } { (contact.email) }
                                }
                                (phone(contact.phone))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The QR code of the result link, with its caption. The link has no display settings, so it opens
/// the normal app on a phone, but in the language on screen when that is not English; it keeps its
/// meaning when opened later (the start it used and the day: `nav::kept_link`).
///
/// The code itself is drawn into `data-qr-link`'s element the first time its control is opened,
/// by index.html's first script with the QR encoder's own wasm (src/qr.rs): most people never open
/// it. If that cannot load (offline, before the app was ever kept for offline use), the hidden
/// message says so.
pub(super) fn qr(c: &PageContext) -> Markup {
    html! {
        figure.qr {
            div.qr__code role="img" aria-label=(c.text.qr_alt()) data-qr-link=(kept_url(c)) {}
            figcaption.qr__caption { (c.text.qr_caption()) }
            p.qr__failed hidden { (c.text.qr_failed()) }
        }
    }
}

/// The address of this result to keep or pass on: the QR code's, the printout's and the calendar
/// file's.
pub(super) fn kept_url(c: &PageContext) -> String {
    let lang = Lang::from_code(c.text.lang_code()).filter(|l| *l != Lang::En);
    let settings = Settings {
        lang: c.state.settings.lang.or(lang),
        ..Default::default()
    };
    let start = c.outcome.and_then(kept_start);
    format!(
        "{}#{}",
        c.base_url,
        kept_link(&c.state.parsed.answers, start, c.today, &settings)
    )
}
