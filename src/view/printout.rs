//! The top of the result's printout: the tool's name and where to find it again, the answers the
//! result was worked out from and the day it was made, so a printed page can be read on its own
//! later. Hidden on screen (the answers are one Back away there), shown only in print.

use super::PageContext;
use crate::rules::assess::default_start;
use crate::rules::flow;
use maud::{html, Markup};

pub(super) fn summary(c: &PageContext) -> Markup {
    let t = c.text;
    let answers = &c.state.parsed.answers;
    html! {
        div.print-only {
            p.print-only__tool {
                strong { (t.service_name()) }
                br;
                (t.printout_address(c.base_url))
            }
            h2.heading-m.print-only__heading { (t.printout_heading()) }
            p { (t.printout_made(c.today)) }
            @if c.outcome.is_some() {
                p.print-only__link { (t.printout_link()) " " (super::result::kept_url(c)) }
            }
            dl.summary-list {
                @for q in flow::relevant(answers) {
                    div.summary-list__row {
                        dt.summary-list__key { (t.question(q).short) }
                        dd.summary-list__value { (t.answer_text(q, answers, default_start(c.today))) }
                    }
                }
            }
        }
    }
}
