//! The likely route as the headline, then its length, university, why, what would change it, the
//! other routes, next steps and sources. The `data-*` attributes sit on `<main>` (see shell.rs).

use super::html::Html;
use super::start::policy_date;
use super::View;
use crate::nav::{fragment_for, Page};
use crate::rules::assess::{Outcome, Study};

pub(super) fn page(h: &mut Html, v: &View) {
    let t = v.text;
    let Some(o) = v.outcome else {
        h.el(
            "h1",
            &[("class", "heading-l"), ("tabindex", "-1")],
            t.result_heading(),
        );
        return;
    };
    h.open("div", &[("class", "panel")])
        .el("p", &[("class", "panel__caption")], t.result_heading())
        .el(
            "h1",
            &[("class", "panel__title"), ("tabindex", "-1")],
            t.route_title(o.route),
        );
    if o.months > 0 {
        h.el("p", &[("class", "panel__body")], &t.duration(o.months));
    }
    h.close("div")
        .el("p", &[("class", "body-l")], t.route_summary(o.route));
    if let Some(e) = o.entry {
        h.open("p", &[])
            .el("strong", &[], t.entry_name(e))
            .close("p");
    }
    if let (Some(s), Some(f)) = (o.start, o.finish) {
        h.el("p", &[], &t.finish_line(s, f));
    }
    if o.conditional.is_some() {
        h.open("div", &[("class", "warning-text")])
            .el("strong", &[], t.conditional_line())
            .close("div");
    }
    study(h, v, o);
    if v.state.settings.kiosk {
        qr(h, v);
    }
    h.el("h2", &[("class", "heading-m")], t.why_heading())
        .el("p", &[], t.why_intro())
        .bullets(o.reasons.iter().map(|r| t.reason(r)));
    if !o.changes.is_empty() {
        h.el("h2", &[("class", "heading-m")], t.changes_heading())
            .bullets(o.changes.iter().map(|c| t.change_text(c)));
    }
    h.each(
        "p",
        &[("class", "inset")],
        o.notes.iter().map(|n| t.note(n)),
    );
    if !o.alternatives.is_empty() {
        h.el("h2", &[("class", "heading-m")], t.alternatives_heading())
            .bullets(o.alternatives.iter().map(|p| t.pathway_name(*p)));
    }
    h.el("h2", &[("class", "heading-m")], t.next_steps_heading())
        .bullets(t.next_steps(o.route))
        .el("p", &[("class", "inset")], t.likely_not_promise())
        .el("h2", &[("class", "heading-m")], t.sources_heading())
        .bullets(t.sources());
    policy_date(h, v);
    h.open("div", &[("class", "button-group no-print")]).el(
        "button",
        &[
            ("type", "button"),
            ("class", "button button--secondary"),
            ("data-action", "print"),
        ],
        t.print(),
    );
    // In kiosk mode the header's button starts again; elsewhere a link does, keeping the settings.
    if !v.state.settings.kiosk {
        h.el(
            "a",
            &[("href", &v.home()), ("class", "link")],
            t.start_again(),
        );
    }
    h.close("div");
}

fn study(h: &mut Html, v: &View, o: &Outcome) {
    let t = v.text;
    let Some(study) = o.study else { return };
    let (name, contact) = match study {
        Study::At(u) => (t.university_name(u), u.contact()),
        Study::AnyCjlProvider => (t.any_cjl_provider(), None),
    };
    h.el("h2", &[("class", "heading-m")], t.university_heading())
        .open("p", &[])
        .el("strong", &[], name)
        .close("p");
    match contact {
        Some(c) => {
            let mail = format!("mailto:{}", c.email);
            let tel = format!("tel:{}", c.phone.replace(' ', ""));
            h.open("ul", &[("class", "list")])
                .open("li", &[])
                .text(t.email_label())
                .text(": ")
                .el("a", &[("class", "link"), ("href", &mail)], c.email)
                .close("li")
                .open("li", &[])
                .text(t.phone_label())
                .text(": ")
                .el("a", &[("class", "link"), ("href", &tel)], c.phone)
                .close("li")
                .close("ul");
        }
        None => {
            h.el("p", &[], &t.no_contact());
        }
    }
}

/// The QR code of the result link without display settings, so it opens the normal app on a phone.
fn qr(h: &mut Html, v: &View) {
    let answers = &v.state.parsed.answers;
    let link = format!(
        "{}#{}",
        v.base_url,
        fragment_for(Page::Result, answers, &[], false, &Default::default())
    );
    h.open("figure", &[("class", "qr")])
        .open(
            "div",
            &[
                ("class", "qr__code"),
                ("role", "img"),
                ("aria-label", v.text.qr_alt()),
            ],
        )
        .trusted(&super::qr::svg(&link).unwrap_or_default())
        .close("div")
        .el(
            "figcaption",
            &[("class", "qr__caption")],
            v.text.qr_caption(),
        )
        .close("figure");
}
