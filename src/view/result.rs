//! The likely route as the headline, then its length, university, why, what would change it, the
//! other routes, next steps and sources. The `data-*` attributes sit on `<main>` (see frame.rs).

use super::frame::{bullets, heading};
use super::start::policy_date;
use super::{Action, PageContext};
use crate::nav::{fragment_for, Page};
use crate::rules::assess::{Outcome, Study};
use maud::{html, Markup, PreEscaped};

pub(super) fn page(c: &PageContext) -> Markup {
    let t = c.text;
    let Some(o) = c.outcome else {
        return heading("heading-l", t.result_heading());
    };
    let kiosk = c.state.settings.kiosk;
    html! {
        div.panel {
            p.panel__caption { (t.result_heading()) }
            h1.panel__title tabindex="-1" { (t.route_title(o.route)) }
            @if o.months > 0 {
                p.panel__body { (t.duration(o.months)) }
            }
        }
        p.body-l { (t.route_summary(o.route)) }
        @if let Some(e) = o.entry {
            p { strong { (t.entry_name(e)) } }
        }
        @if let (Some(s), Some(f)) = (o.start, o.finish) {
            p { (t.finish_line(s, f)) }
        }
        @if o.conditional.is_some() {
            div.warning-text { strong { (t.conditional_line()) } }
        }
        (study(c, o))
        @if kiosk { (qr(c)) }
        h2.heading-m { (t.why_heading()) }
        p { (t.why_intro()) }
        (bullets(o.reasons.iter().map(|r| t.reason(r))))
        @if !o.changes.is_empty() {
            h2.heading-m { (t.changes_heading()) }
            (bullets(o.changes.iter().map(|ch| t.change_text(ch))))
        }
        @for n in &o.notes { p.inset { (t.note(n)) } }
        @if !o.alternatives.is_empty() {
            h2.heading-m { (t.alternatives_heading()) }
            (bullets(o.alternatives.iter().map(|p| t.pathway_name(*p))))
        }
        h2.heading-m { (t.next_steps_heading()) }
        (bullets(t.next_steps(o.route)))
        p.inset { (t.likely_not_promise()) }
        h2.heading-m { (t.sources_heading()) }
        (bullets(t.sources()))
        (policy_date(c))
        div.button-group.no-print {
            button type="button" class="button button--secondary" data-action=(Action::Print) {
                (t.print())
            }
            // In kiosk mode the header's button starts again; elsewhere a link does, keeping the
            // settings.
            @if !kiosk {
                a href=(c.home()) class="link" { (t.start_again()) }
            }
        }
    }
}

fn study(c: &PageContext, o: &Outcome) -> Markup {
    let t = c.text;
    let Some(study) = o.study else {
        return html! {};
    };
    let (name, contact) = match study {
        Study::At(u) => (t.university_name(u), u.contact()),
        Study::AnyCjlProvider => (t.any_cjl_provider(), None),
    };
    html! {
        h2.heading-m { (t.university_heading()) }
        p { strong { (name) } }
        @if let Some(contact) = contact {
            ul.list {
                li {
                    (t.email_label()) ": "
                    a.link href={ "mailto:" (contact.email) } { (contact.email) }
                }
                li {
                    (t.phone_label()) ": "
                    a.link href={ "tel:" (contact.phone.replace(' ', "")) } { (contact.phone) }
                }
            }
        } @else {
            p { (t.no_contact()) }
        }
    }
}

/// The QR code of the result link without display settings, so it opens the normal app on a phone.
fn qr(c: &PageContext) -> Markup {
    let answers = &c.state.parsed.answers;
    let link = format!(
        "{}#{}",
        c.base_url,
        fragment_for(Page::Result, answers, &[], false, &Default::default())
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
