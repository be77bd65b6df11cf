//! The countdown shown in kiosk mode before an idle reset (the timing lives in the shell).

use super::Action;
use crate::text::Messages;
use maud::html;

/// The "Are you still there?" dialog with the seconds left.
pub fn idle_modal(t: &dyn Messages, seconds: u32) -> String {
    html! {
        div.modal-overlay {
            div.modal role="alertdialog" aria-modal="true" aria-labelledby="idle-title"
                aria-describedby="idle-body" {
                h2.heading-m id="idle-title" { (t.idle_title()) }
                p id="idle-body" { (t.idle_body(seconds)) }
                button type="button" id="idle-still-here" class="button"
                    data-action=(Action::StillHere) { (t.still_here()) }
            }
        }
    }
    .into_string()
}
