//! The result, for the person reading it: the headline and the figure with what it covers, the
//! dates, how they would apply, where they would study, what happens next, who to ask, why, what
//! would change it, the other routes and the sources. What is said is chosen by
//! [`crate::rules::advice`]; the `data-*` attributes sit on `<main>` (see frame.rs).

use super::frame::{bullets, heading};
use super::{Action, PageContext};
use crate::nav::{fragment_for, Page};
use crate::rules::advice::{advise, Advice, Ask, Headline};
use crate::rules::assess::{Outcome, Pathway};
use crate::rules::journey::plan;
use crate::rules::policy::{Source, RECRUITMENT_PHONE};
use crate::rules::YearMonth;
use crate::settings::Settings;
use crate::text::Lang;
use maud::{html, Markup, PreEscaped};

pub(super) fn page(c: &PageContext) -> Markup {
    let t = c.text;
    let Some(o) = c.outcome else {
        return heading("heading-l", t.result_heading());
    };
    let advice = advise(&c.state.parsed.answers, o, c.today);
    let kiosk = c.state.settings.kiosk;
    let internal = advice.ask.contains(&Ask::LineManager);
    let others = others(c, o);
    html! {
        div.panel {
            p.panel__caption { (t.result_heading()) }
            h1.panel__title tabindex="-1" { (t.headline(advice.headline)) }
            @if let Some(q) = advice.qualify {
                p.panel__body { (t.qualify_by(q.by)) }
                p.panel__detail { (t.qualify_in(q.months, q.start)) }
            }
            // The CJL route's month assumes the 21-month PQiP; the other is as likely.
            @if let Some(j) = o.journey {
                @if let Some(by) = j.if_short_pqip {
                    p.panel__detail { (t.if_short_pqip(by, j.qualified)) }
                }
            }
            @if others.iter().any(|x| x.sooner) {
                p.panel__detail { (t.quicker_route()) }
            }
        }
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
        @if kiosk {
            (qr(c))
        } @else {
            // Empty until opened (app/events.rs draws [`qr`] into it then): encoding the code
            // was four fifths of the time it took to draw a result, and most people never open it.
            details.details.no-print data-qr {
                summary.details__summary { span.details__summary-text { (t.qr_show()) } }
                div.details__text {}
            }
        }
        h2.heading-m { (t.next_steps_heading()) }
        (bullets(advice.steps.iter().map(|s| t.step(*s))))
        (ask(c, &advice))
        (why(c, o))
        @if advice.headline != Headline::AlreadyQualified || !o.notes.is_empty() {
            @for n in &o.notes { p.inset { (t.note(n)) } }
        }
        @if !o.alternatives.is_empty() {
            h2.heading-m { (t.alternatives_heading()) }
            (bullets(others.iter().map(|x| {
                let name = t.pathway_name(x.pathway, o.job);
                match x.qualified {
                    Some(by) => format!("{name}: {}", t.alternative_qualify(by, x.sooner)),
                    None => name,
                }
            })))
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

/// Another route open to them, and when it would qualify them.
struct Other {
    pathway: Pathway,
    qualified: Option<YearMonth>,
    /// Sooner than the route the page gives: the panel then points to it.
    sooner: bool,
}

/// The other routes, each planned once: the list and the panel's pointer to a quicker one must
/// agree.
fn others(c: &PageContext, o: &Outcome) -> Vec<Other> {
    o.alternatives
        .iter()
        .map(|&pathway| {
            let qualified = plan(pathway, &c.state.parsed.answers, c.today).map(|j| j.qualified);
            let sooner = match (qualified, o.qualified()) {
                (Some(other), Some(this)) => other < this,
                _ => false,
            };
            Other {
                pathway,
                qualified,
                sooner,
            }
        })
        .collect()
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

/// Who to ask, each labelled with what they can answer.
fn ask(c: &PageContext, advice: &Advice) -> Markup {
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
/// the normal app on a phone, but in the language on screen when that is not English.
pub fn qr(c: &PageContext) -> Markup {
    let answers = &c.state.parsed.answers;
    let lang = Lang::from_code(c.text.lang_code()).filter(|l| *l != Lang::En);
    let settings = Settings {
        lang: c.state.settings.lang.or(lang),
        ..Default::default()
    };
    let link = format!(
        "{}#{}",
        c.base_url,
        fragment_for(Page::Result, answers, &[], false, &settings)
    );
    html! {
        figure.qr {
            div.qr__code role="img" aria-label=(c.text.qr_alt()) {
                (PreEscaped(super::qr::svg(&link).unwrap_or_default()))
            }
            figcaption.qr__caption { (c.text.qr_caption()) }
        }
    }
}
