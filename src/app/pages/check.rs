use crate::app::Ctx;
use crate::nav::Page;
use crate::rules::flow;
use leptos::prelude::*;

/// Check your answers: every answer that matters, each with a Change link that comes back here.
#[component]
pub fn CheckPage(ctx: Ctx) -> impl IntoView {
    let t = ctx.text;
    let state = ctx.state.get_untracked();
    let answers = state.parsed.answers.clone();
    let rows = flow::relevant(&answers)
        .into_iter()
        .map(|q| {
            let words = t.question(q);
            let href = format!("#{}", state.link(Page::Ask(q), &answers, true));
            view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">{words.short}</dt>
                    <dd class="summary-list__value">{t.answer_text(q, &answers)}</dd>
                    <dd class="summary-list__actions">
                        <a class="link" href=href>
                            {t.change()}<span class="visually-hidden">" "{t.short_in_sentence(q)}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let result = format!("#{}", state.link(Page::Result, &answers, false));
    view! {
        <h1 class="heading-l" tabindex="-1">{t.check_heading()}</h1>
        <dl class="summary-list">{rows}</dl>
        <a href=result role="button" draggable="false" class="button">{t.check_button()}</a>
    }
}
