//! The frame around every page: skip link, header, language switch, back link, the main region
//! (with the result's `data-*` attributes), footer.

use super::html::{when, Html};
use super::{check, question, result, start, View};
use crate::nav::{self, Page};
use crate::rules::Question;
use crate::settings::Settings;
use crate::text::{messages, Lang};

/// The class of the app's root element, which the shell sets.
pub fn root_class(settings: &Settings) -> &'static str {
    match (settings.embed, settings.kiosk) {
        (true, true) => "app app--embed app--kiosk",
        (true, false) => "app app--embed",
        (false, true) => "app app--kiosk",
        (false, false) => "app",
    }
}

/// The id of a question's first field, which the error summary links to.
pub fn first_field(q: Question) -> String {
    match q {
        Question::Service | Question::QualYear => q.key().to_string(),
        Question::Start => "start-month".to_string(),
        _ => format!("{}-0", q.key()),
    }
}

/// The "Start again" button of kiosk mode; the shell acts on `data-action`.
pub(super) fn start_again_button(h: &mut Html, v: &View) {
    h.el(
        "button",
        &[
            ("type", "button"),
            ("class", "button button--secondary kiosk-start-again"),
            ("data-action", "restart"),
        ],
        v.text.start_again(),
    );
}

/// Everything inside the app's root element.
pub fn app(v: &View) -> String {
    let t = v.text;
    let s = v.state;
    let settings = &s.settings;
    let mut h = Html::new();
    h.el(
        "a",
        &[
            ("href", "#main"),
            ("class", "skip-link"),
            ("data-action", "skip"),
        ],
        t.skip_link(),
    );
    if !settings.embed {
        h.open("header", &[("class", "header")])
            .open("div", &[("class", "width-container header__inner")])
            .el(
                "a",
                &[("class", "header__name"), ("href", &v.home())],
                t.service_name(),
            );
        if settings.kiosk {
            start_again_button(&mut h, v);
        }
        h.close("div").close("header");
    }
    h.open("div", &[("class", "width-container")]);
    if settings.embed && settings.kiosk {
        h.open("div", &[("class", "kiosk-bar")]);
        start_again_button(&mut h, v);
        h.close("div");
    }
    language_switch(&mut h, v);
    main(&mut h, v);
    h.close("div");
    let privacy = format!("#page=privacy{}", settings.to_fragment());
    let footer_class = if settings.embed {
        "footer footer--embed"
    } else {
        "footer"
    };
    h.open("footer", &[("class", footer_class)])
        .open("div", &[("class", "width-container")])
        .open("p", &[])
        .el("a", &[("href", &privacy)], t.privacy_link())
        .close("p");
    if !settings.embed {
        h.el("p", &[("class", "footer__note")], t.footer_note());
    }
    h.close("div").close("footer");
    h.finish()
}

/// The link to the same page, with the same answers, in the other language.
fn language_switch(h: &mut Html, v: &View) {
    let other = match v.text.lang_code() {
        "cy" => Lang::En,
        _ => Lang::Cy,
    };
    let href = format!("#{}", v.state.link_in(other));
    h.open(
        "nav",
        &[
            ("class", "language-switch"),
            ("aria-label", v.text.language_label()),
        ],
    )
    .el(
        "a",
        &[
            ("href", &href),
            ("lang", other.code()),
            ("hreflang", other.code()),
        ],
        messages(other).language_name(),
    )
    .close("nav");
}

fn main(h: &mut Html, v: &View) {
    let s = v.state;
    let o = v.outcome.filter(|_| s.page == Page::Result);
    let slug = |f: &dyn Fn(&crate::rules::Outcome) -> String| o.map(f).unwrap_or_default();
    let (route, entry, months, conditional, university, finish) = (
        slug(&|o| o.route.slug().to_string()),
        slug(&|o| o.entry.map(|e| e.slug()).unwrap_or_default().to_string()),
        slug(&|o| o.months.to_string()),
        slug(&|o| {
            o.conditional
                .map(|c| c.slug())
                .unwrap_or_default()
                .to_string()
        }),
        slug(&|o| o.study.map(|s| s.slug()).unwrap_or_default().to_string()),
        slug(&|o| o.finish.map(|f| f.to_string()).unwrap_or_default()),
    );
    let on = o.is_some();
    h.open(
        "main",
        &[
            ("id", "main"),
            ("class", "main"),
            ("tabindex", "-1"),
            (when(on, "data-outcome"), ""),
            (when(on, "data-route"), &route),
            (when(on, "data-entry"), &entry),
            (when(on, "data-months"), &months),
            (when(on, "data-conditional"), &conditional),
            (when(on, "data-university"), &university),
            (when(on, "data-finish"), &finish),
        ],
    );
    let answers = &s.parsed.answers;
    if let Some((page, from)) = nav::back_from(s.page, answers, s.from_check) {
        h.el(
            "a",
            &[
                ("href", &v.href(page, answers, from)),
                ("class", "back-link"),
            ],
            v.text.back(),
        );
    }
    match s.page {
        Page::Start => start::page(h, v),
        Page::Ask(q) => question::page(h, v, q),
        Page::Check => check::page(h, v),
        Page::Result => result::page(h, v),
        Page::Privacy => {
            h.el(
                "h1",
                &[("class", "heading-l"), ("tabindex", "-1")],
                v.text.privacy_heading(),
            )
            .each("p", &[], v.text.privacy_paragraphs());
        }
    }
    h.close("main");
}
