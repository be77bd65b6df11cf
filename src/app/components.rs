//! The few pieces every page shares.

use super::{focus, Ctx};
use crate::nav;
use crate::rules::Problem;
use crate::rules::Question;
use leptos::prelude::*;

/// The back link above the page, to the page before it in the questionnaire.
#[component]
pub fn BackLink(ctx: Ctx) -> impl IntoView {
    let href = move || {
        ctx.state.with(|s| {
            nav::back_from(s.page, &s.parsed.answers, s.from_check)
                .map(|(page, from)| format!("#{}", s.link(page, &s.parsed.answers, from)))
        })
    };
    move || {
        href().map(|h| {
            view! { <a href=h class="back-link">{ctx.text.back()}</a> }
        })
    }
}

/// "There is a problem": the error summary at the top of a question page. It links to the field;
/// the link moves focus there itself, since the fragment is the app's state, not an anchor.
#[component]
pub fn ErrorSummary(
    ctx: Ctx,
    question: Question,
    problem: Problem,
    field: String,
) -> impl IntoView {
    let selector = format!("#{field}");
    let jump = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus(selector.clone());
    };
    view! {
        <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 class="error-summary__title" id="error-summary-title">{ctx.text.error_summary_title()}</h2>
            <ul class="error-summary__list">
                <li><a href=format!("#{field}") on:click=jump>{ctx.text.problem(question, problem)}</a></li>
            </ul>
        </div>
    }
}

/// The link to the same page, with the same answers, in the other language.
#[component]
pub fn LanguageSwitch(ctx: Ctx) -> impl IntoView {
    let other = match ctx.text.lang_code() {
        "cy" => crate::text::Lang::En,
        _ => crate::text::Lang::Cy,
    };
    let name = crate::text::messages(other).language_name();
    let href = move || format!("#{}", ctx.state.with(|s| s.link_in(other)));
    view! {
        <nav class="language-switch" aria-label=ctx.text.language_label()>
            <a href=href lang=other.code() hreflang=other.code()>{name}</a>
        </nav>
    }
}
