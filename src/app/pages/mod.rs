//! One file per page.

mod check;
mod privacy;
mod question;
mod result;
mod start;

use super::Ctx;
use crate::nav::{Page, State};
use leptos::prelude::*;

/// The page the state asks for.
pub fn render(ctx: Ctx) -> AnyView {
    let page = ctx.state.with(|s| s.page);
    match page {
        Page::Start => start::StartPage(start::StartPageProps { ctx }).into_any(),
        Page::Ask(question) => {
            question::QuestionPage(question::QuestionPageProps { ctx, question }).into_any()
        }
        Page::Check => check::CheckPage(check::CheckPageProps { ctx }).into_any(),
        Page::Result => result::ResultPage(result::ResultPageProps { ctx }).into_any(),
        Page::Privacy => privacy::PrivacyPage(privacy::PrivacyPageProps { ctx }).into_any(),
    }
}

/// The page's name for the window title.
pub fn title(ctx: Ctx, state: &State) -> String {
    let t = ctx.text;
    match state.page {
        Page::Start => t.start_heading().to_string(),
        Page::Ask(q) => t.question(q).title.to_string(),
        Page::Check => t.check_heading().to_string(),
        Page::Result => t.result_heading().to_string(),
        Page::Privacy => t.privacy_heading().to_string(),
    }
}
