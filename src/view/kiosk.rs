//! The countdown shown in kiosk mode before an idle reset (the timing lives in the shell).

use super::html::Html;
use crate::text::Messages;

/// The "Are you still there?" dialog with the seconds left.
pub fn idle_modal(t: &dyn Messages, seconds: u32) -> String {
    let mut h = Html::new();
    h.open("div", &[("class", "modal-overlay")])
        .open(
            "div",
            &[
                ("class", "modal"),
                ("role", "alertdialog"),
                ("aria-modal", "true"),
                ("aria-labelledby", "idle-title"),
                ("aria-describedby", "idle-body"),
            ],
        )
        .el(
            "h2",
            &[("class", "heading-m"), ("id", "idle-title")],
            t.idle_title(),
        )
        .el("p", &[("id", "idle-body")], &t.idle_body(seconds))
        .el(
            "button",
            &[
                ("type", "button"),
                ("id", "idle-still-here"),
                ("class", "button"),
                ("data-action", "still-here"),
            ],
            t.still_here(),
        )
        .close("div")
        .close("div");
    h.finish()
}
