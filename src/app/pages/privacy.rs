use crate::app::Ctx;
use leptos::prelude::*;

/// What happens to the answers: nothing leaves the device.
#[component]
pub fn PrivacyPage(ctx: Ctx) -> impl IntoView {
    let t = ctx.text;
    view! {
        <h1 class="heading-l" tabindex="-1">{t.privacy_heading()}</h1>
        {t.privacy_paragraphs().iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
    }
}
