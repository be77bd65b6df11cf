use crate::app::Ctx;
use crate::rules::assess::{Outcome, Study};
use crate::rules::policy::{University, POLICY_CHECKED};
use crate::rules::YearMonth;
use crate::text::Messages;
use leptos::prelude::*;

/// The likely route as the headline, then its length, university, why, what would change it, the
/// other routes, next steps and sources. The `data-*` attributes sit on `<main>` (see app.rs).
#[component]
pub fn ResultPage(ctx: Ctx) -> impl IntoView {
    let t = ctx.text;
    let Some(o) = ctx.outcome.get_untracked() else {
        return view! { <h1 class="heading-l" tabindex="-1">{t.result_heading()}</h1> }.into_any();
    };
    let print = move |_| {
        let _ = gloo::utils::window().print();
    };
    let checked = YearMonth::new(POLICY_CHECKED.0, POLICY_CHECKED.1);
    // In kiosk mode the header's button starts again; elsewhere a link does, keeping the settings.
    let start_again = ctx.state.with_untracked(|s| {
        (!s.settings.kiosk).then(|| {
            let home = format!("#{}", s.settings.to_fragment().trim_start_matches('&'));
            view! { <a href=home class="link">{t.start_again()}</a> }
        })
    });
    view! {
        <div class="panel">
            <p class="panel__caption">{t.result_heading()}</p>
            <h1 class="panel__title" tabindex="-1">{t.route_title(o.route)}</h1>
            {(o.months > 0).then(|| view! { <p class="panel__body">{t.duration(o.months)}</p> })}
        </div>
        <p class="body-l">{t.route_summary(o.route)}</p>
        {o.entry.map(|e| view! { <p><strong>{t.entry_name(e)}</strong></p> })}
        {o.start.zip(o.finish).map(|(s, f)| view! { <p>{t.finish_line(s, f)}</p> })}
        {o.conditional.map(|_| view! { <div class="warning-text"><strong>{t.conditional_line()}</strong></div> })}
        {study(t, &o)}
        {ctx.state.with_untracked(|s| s.settings.kiosk).then(|| view! { <crate::app::qr::ResultQr ctx=ctx/> })}
        <h2 class="heading-m">{t.why_heading()}</h2>
        <p>{t.why_intro()}</p>
        <ul class="list list--bullet">
            {o.reasons.iter().map(|r| view! { <li>{t.reason(r)}</li> }).collect_view()}
        </ul>
        {(!o.changes.is_empty()).then(|| view! {
            <h2 class="heading-m">{t.changes_heading()}</h2>
            <ul class="list list--bullet">
                {o.changes.iter().map(|c| view! { <li>{t.change_text(c)}</li> }).collect_view()}
            </ul>
        })}
        {o.notes.iter().map(|n| view! { <p class="inset">{t.note(n)}</p> }).collect_view()}
        {(!o.alternatives.is_empty()).then(|| view! {
            <h2 class="heading-m">{t.alternatives_heading()}</h2>
            <ul class="list list--bullet">
                {o.alternatives.iter().map(|p| view! { <li>{t.pathway_name(*p)}</li> }).collect_view()}
            </ul>
        })}
        <h2 class="heading-m">{t.next_steps_heading()}</h2>
        <ul class="list list--bullet">
            {t.next_steps(o.route).iter().map(|s| view! { <li>{*s}</li> }).collect_view()}
        </ul>
        <p class="inset">{t.likely_not_promise()}</p>
        <h2 class="heading-m">{t.sources_heading()}</h2>
        <ul class="list list--bullet">
            {t.sources().iter().map(|s| view! { <li>{*s}</li> }).collect_view()}
        </ul>
        <p class="hint">{checked.map(|c| t.policy_date(c))}</p>
        <div class="button-group no-print">
            <button type="button" class="button button--secondary" on:click=print>{t.print()}</button>
            {start_again}
        </div>
    }
    .into_any()
}

fn study(t: &'static dyn Messages, o: &Outcome) -> Option<impl IntoView> {
    let study = o.study?;
    let (name, contact) = match study {
        Study::At(u) => (t.university_name(u).to_string(), contact(t, u)),
        Study::AnyCjlProvider => (t.any_cjl_provider().to_string(), None),
    };
    let fallback = contact.is_none().then(|| view! { <p>{t.no_contact()}</p> });
    Some(view! {
        <h2 class="heading-m">{t.university_heading()}</h2>
        <p><strong>{name}</strong></p>
        {contact}
        {fallback}
    })
}

fn contact(t: &'static dyn Messages, u: University) -> Option<impl IntoView> {
    let c = u.contact()?;
    let tel = format!("tel:{}", c.phone.replace(' ', ""));
    Some(view! {
        <ul class="list">
            <li>{t.email_label()}": "<a class="link" href=format!("mailto:{}", c.email)>{c.email}</a></li>
            <li>{t.phone_label()}": "<a class="link" href=tel>{c.phone}</a></li>
        </ul>
    })
}
