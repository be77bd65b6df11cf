//! What the tool does, who it is for, and the promise that nothing leaves the device.

use super::frame::{bullets, heading};
use super::PageContext;
use crate::nav::Page;
use crate::rules::Question;
use maud::{html, Markup, PreEscaped};

const START_ICON: &str = r#"<svg class="button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"></path></svg>"#;

pub(super) fn page(c: &PageContext) -> Markup {
    let t = c.text;
    let first = c.href(Page::Ask(Question::ALL[0]), &c.state.parsed.answers, false);
    html! {
        (heading("heading-xl", t.start_heading()))
        @for p in t.start_paragraphs() { p.body-l { (p) } }
        p { (t.start_list_intro()) }
        (bullets(t.start_list()))
        a href=(first) role="button" draggable="false" class="button button--start" {
            (t.start_button()) (PreEscaped(START_ICON))
        }
        // In a partner's frame the address bar is the partner's: the answers live only as long as
        // the page.
        p.inset {
            (if c.state.settings.embed { t.privacy_promise_embed() } else { t.privacy_promise() })
        }
    }
}
