//! Check your answers: every answer that matters, each with a Change link that comes back here.

use super::frame::heading;
use super::PageContext;
use crate::nav::Page;
use crate::rules::assess::default_start;
use crate::rules::flow;
use maud::{html, Markup};

pub(super) fn page(c: &PageContext) -> Markup {
    let t = c.text;
    let answers = &c.state.parsed.answers;
    html! {
        (heading("heading-l", t.check_heading()))
        dl.summary-list {
            @for q in flow::relevant(answers) {
                div.summary-list__row {
                    dt.summary-list__key { (t.question(q).short) }
                    dd.summary-list__value { (t.answer_text(q, answers, default_start(c.today))) }
                    dd.summary-list__actions {
                        a.link href=(c.href(Page::Ask(q), answers, true)) {
                            (t.change())
                            span.visually-hidden { " " (t.short_in_sentence(q)) }
                        }
                    }
                }
            }
        }
        a href=(c.href(Page::Result, answers, false)) role="button" draggable="false"
            class="button" { (t.check_button()) }
    }
}
