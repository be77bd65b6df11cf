//! Check your answers: every answer that matters, each with a Change link that comes back here.

use super::html::Html;
use super::View;
use crate::nav::Page;
use crate::rules::flow;

pub(super) fn page(h: &mut Html, v: &View) {
    let t = v.text;
    let answers = &v.state.parsed.answers;
    h.el(
        "h1",
        &[("class", "heading-l"), ("tabindex", "-1")],
        t.check_heading(),
    )
    .open("dl", &[("class", "summary-list")]);
    for q in flow::relevant(answers) {
        let href = v.href(Page::Ask(q), answers, true);
        h.open("div", &[("class", "summary-list__row")])
            .el("dt", &[("class", "summary-list__key")], t.question(q).short)
            .el(
                "dd",
                &[("class", "summary-list__value")],
                &t.answer_text(q, answers),
            )
            .open("dd", &[("class", "summary-list__actions")])
            .open("a", &[("class", "link"), ("href", &href)])
            .text(t.change())
            .el(
                "span",
                &[("class", "visually-hidden")],
                &format!(" {}", t.short_in_sentence(q)),
            )
            .close("a")
            .close("dd")
            .close("div");
    }
    let result = v.href(Page::Result, answers, false);
    h.close("dl").el(
        "a",
        &[
            ("href", &result),
            ("role", "button"),
            ("draggable", "false"),
            ("class", "button"),
        ],
        t.check_button(),
    );
}
