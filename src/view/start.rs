//! What the tool does, who it is for, and the promise that nothing leaves the device.

use super::html::Html;
use super::View;
use crate::nav::Page;
use crate::rules::policy::POLICY_CHECKED;
use crate::rules::{Question, YearMonth};

const START_ICON: &str = r#"<svg class="button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"></path></svg>"#;

pub(super) fn page(h: &mut Html, v: &View) {
    let t = v.text;
    let first = v.href(Page::Ask(Question::ALL[0]), &v.state.parsed.answers, false);
    h.el(
        "h1",
        &[("class", "heading-xl"), ("tabindex", "-1")],
        t.start_heading(),
    )
    .each("p", &[("class", "body-l")], t.start_paragraphs())
    .el("p", &[], t.start_list_intro())
    .bullets(t.start_list())
    .open(
        "a",
        &[
            ("href", &first),
            ("role", "button"),
            ("draggable", "false"),
            ("class", "button button--start"),
        ],
    )
    .text(t.start_button())
    .trusted(START_ICON)
    .close("a")
    .el("p", &[("class", "inset")], t.privacy_promise());
    policy_date(h, v);
}

/// "Policy checked in …", at the foot of the start and result pages.
pub(super) fn policy_date(h: &mut Html, v: &View) {
    let checked = YearMonth::new(POLICY_CHECKED.0, POLICY_CHECKED.1);
    let line = checked.map(|c| v.text.policy_date(c)).unwrap_or_default();
    h.el("p", &[("class", "hint")], &line);
}
