use crate::app::Ctx;
use crate::nav::Page;
use crate::rules::policy::POLICY_CHECKED;
use crate::rules::{Question, YearMonth};
use leptos::prelude::*;

/// What the tool does, who it is for, and the promise that nothing leaves the device.
#[component]
pub fn StartPage(ctx: Ctx) -> impl IntoView {
    let t = ctx.text;
    let checked = YearMonth::new(POLICY_CHECKED.0, POLICY_CHECKED.1);
    let first = ctx.state.with_untracked(|s| {
        format!(
            "#{}",
            s.link(Page::Ask(Question::ALL[0]), &s.parsed.answers, false)
        )
    });
    view! {
        <h1 class="heading-xl" tabindex="-1">{t.start_heading()}</h1>
        {t.start_paragraphs().iter().map(|p| view! { <p class="body-l">{*p}</p> }).collect_view()}
        <p>{t.start_list_intro()}</p>
        <ul class="list list--bullet">
            {t.start_list().iter().map(|i| view! { <li>{*i}</li> }).collect_view()}
        </ul>
        <a href=first role="button" draggable="false" class="button button--start">
            {t.start_button()}
            <svg class="button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"></path>
            </svg>
        </a>
        <p class="inset">{t.privacy_promise()}</p>
        <p class="hint">{checked.map(|c| t.policy_date(c))}</p>
    }
}
