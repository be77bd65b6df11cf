//! The frame around every page: skip link, header, language switch, back link, the main region
//! (with the result's `data-*` attributes), footer.

use super::{check, printout, question, result, start, Action, PageContext};
use crate::nav::Page;
use crate::rules::{Outcome, Question};
use crate::settings::Settings;
use crate::text::Lang;
use maud::{html, Markup};

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

/// The "Start again" button of kiosk mode.
fn start_again_button(c: &PageContext) -> Markup {
    html! {
        button type="button" class="button button--secondary kiosk-start-again"
            data-action=(Action::Restart) { (c.text.start_again()) }
    }
}

/// Adviser mode's controls, always in view: on the result, the QR code to hand it over to a phone
/// (a student should not have to scroll through the result to find it), and "Start again".
fn kiosk_controls(c: &PageContext) -> Markup {
    html! {
        div.kiosk-controls {
            @if c.state.page == Page::Result && c.outcome.is_some() {
                details.kiosk-qr.no-print {
                    summary.button.button--secondary.kiosk-qr__control { (c.text.qr_control()) }
                    div.kiosk-qr__panel { (result::qr(c)) }
                }
            }
            (start_again_button(c))
        }
    }
}

/// A heading that the shell moves focus to when the page changes.
pub(super) fn heading(class: &str, text: &str) -> Markup {
    html! { h1 class=(class) tabindex="-1" { (text) } }
}

/// A bulleted list.
pub(super) fn bullets<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> Markup {
    html! {
        ul.list.list--bullet {
            @for item in items { li { (item.as_ref()) } }
        }
    }
}

/// Everything inside the app's root element.
pub fn app(c: &PageContext) -> String {
    let t = c.text;
    let settings = &c.state.settings;
    let privacy = format!("#{}", c.state.privacy_link());
    html! {
        a href="#main" class="skip-link" data-action=(Action::Skip) { (t.skip_link()) }
        @if !settings.embed {
            header.header {
                div.width-container.header__inner {
                    a.header__name href=(c.home()) { (t.service_name()) }
                    @if settings.kiosk { (kiosk_controls(c)) }
                }
            }
        }
        div.width-container {
            @if settings.embed && settings.kiosk {
                div.kiosk-bar { (kiosk_controls(c)) }
            }
            (setup_notice(c))
            (language_switch(c))
            (main(c))
        }
        footer class=(if settings.embed { "footer footer--embed" } else { "footer" }) {
            div.width-container {
                p { a href=(privacy) { (t.privacy_link()) } }
                @if !settings.embed {
                    p.footer__note { (t.footer_note()) }
                }
            }
        }
    }
    .into_string()
}

/// For the partner site's editor, in preview only (`preview=1`, which `embed.js` adds when the
/// partner page's address asks for it): the embed settings that could not be used and what is used
/// instead, or that every one could. Visitors never see it: a notice about the page's code means
/// nothing to them, and they learn of no mistake the tool has already worked round.
fn setup_notice(c: &PageContext) -> Markup {
    let t = c.text;
    let problems = &c.state.settings.setup;
    html! {
        @if c.state.settings.preview {
            div.setup-notice role="region" aria-labelledby="setup-notice-title" {
                h2.setup-notice__title id="setup-notice-title" { (t.setup_notice_title()) }
                @if problems.is_empty() {
                    p { (t.setup_notice_ok()) }
                } @else {
                    p { (t.setup_notice_intro()) }
                    ul.list.list--bullet {
                        @for p in problems { li { (t.setup_problem(*p)) } }
                    }
                    p { (t.setup_notice_guide()) }
                }
                p { (t.setup_notice_preview()) }
            }
        }
    }
}

/// The link to the same page, with the same answers, in the other language.
fn language_switch(c: &PageContext) -> Markup {
    let other = match c.text.lang_code() {
        "cy" => Lang::En,
        _ => Lang::Cy,
    };
    html! {
        nav.language-switch aria-label=(c.text.language_label()) {
            a href={ "#" (c.state.link_in(other)) } lang=(other.code()) hreflang=(other.code())
                data-action=(Action::Language) {
                (other.name())
            }
        }
    }
}

/// The contract's `data-*` values of the result (empty strings where it has none).
struct Attributes {
    route: &'static str,
    entry: &'static str,
    months: u16,
    conditional: &'static str,
    university: &'static str,
    finish: String,
    qualified: String,
}

impl Attributes {
    fn of(o: &Outcome) -> Attributes {
        Attributes {
            route: o.route.slug(),
            entry: o.entry.map(|e| e.slug()).unwrap_or_default(),
            months: o.months,
            conditional: o.conditional.map(|c| c.slug()).unwrap_or_default(),
            university: o.study.map(|s| s.slug()).unwrap_or_default(),
            finish: o.finish.map(|f| f.to_string()).unwrap_or_default(),
            qualified: o.qualified().map(|q| q.to_string()).unwrap_or_default(),
        }
    }
}

fn main(c: &PageContext) -> Markup {
    let s = c.state;
    let data = c
        .outcome
        .filter(|_| s.page == Page::Result)
        .map(Attributes::of);
    let answers = &s.parsed.answers;
    let back = s.back();
    html! {
        main id="main" class="main" tabindex="-1"
            data-outcome=[data.as_ref().map(|_| "")]
            data-route=[data.as_ref().map(|d| d.route)]
            data-entry=[data.as_ref().map(|d| d.entry)]
            data-months=[data.as_ref().map(|d| d.months)]
            data-conditional=[data.as_ref().map(|d| d.conditional)]
            data-university=[data.as_ref().map(|d| d.university)]
            data-finish=[data.as_ref().map(|d| &d.finish)]
            data-qualified=[data.as_ref().map(|d| &d.qualified)] {
            @if let Some((page, from)) = back {
                a href=(c.href(page, answers, from)) class="back-link" { (c.text.back()) }
            }
            @match s.page {
                Page::Start => (start::page(c)),
                Page::Ask(q) => (question::page(c, q)),
                Page::Check => (check::page(c)),
                Page::Result => {
                    (printout::summary(c))
                    (result::page(c))
                }
                Page::Privacy => {
                    (heading("heading-l", c.text.privacy_heading()))
                    @for p in c.text.privacy_paragraphs(c.state.settings.embed) { p { (p) } }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{bullets, heading};

    #[test]
    fn text_is_escaped() {
        let hostile = "<script>alert(\"x\")</script> & 'y'";
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 'y'";
        assert_eq!(
            bullets([hostile]).into_string(),
            format!("<ul class=\"list list--bullet\"><li>{escaped}</li></ul>")
        );
        assert_eq!(
            heading("a\" onclick=\"b", hostile).into_string(),
            format!("<h1 class=\"a&quot; onclick=&quot;b\" tabindex=\"-1\">{escaped}</h1>")
        );
    }
}
