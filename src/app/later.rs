//! The rest of a long page, shown once its top has been painted.
//!
//! On a slow phone most of a result link's start-up went on laying out and painting the whole
//! result (bench/profile.mjs at 4× CPU: about 290 ms of layout and 100 ms of paint) before its
//! heading could be seen. The view puts everything below the answer in a `<template data-later>`,
//! which the browser parses but neither lays out nor paints; after the next frame its content
//! takes the template's place.
//!
//! `data-outcome` on `<main>`, which partners and the tests wait for before they read the page,
//! is taken off until then, so it still means the whole result is there.

use leptos::prelude::{request_animation_frame, set_timeout};
use std::time::Duration;
use wasm_bindgen::JsCast;

/// After a frame, or after this long when the browser holds frames back (a hidden tab, or a
/// partner's frame off screen).
const AT_THE_LATEST: Duration = Duration::from_millis(500);

/// Shows the rest of the page just drawn into `page` once its top has been painted.
pub fn reveal(page: &web_sys::Element) {
    let template = page
        .query_selector("template[data-later]")
        .ok()
        .flatten()
        .and_then(|t| t.dyn_into::<web_sys::HtmlTemplateElement>().ok());
    let Some(template) = template else {
        return;
    };
    let main = page.query_selector("main[data-outcome]").ok().flatten();
    if let Some(main) = &main {
        let _ = main.remove_attribute("data-outcome");
    }
    let show = move || {
        // Once only, and never into a page drawn since (which replaced this template).
        if !template.is_connected() {
            return;
        }
        let _ = template.replace_with_with_node_1(&template.content());
        if let Some(main) = &main {
            let _ = main.set_attribute("data-outcome", "");
        }
    };
    let soon = show.clone();
    // A timeout set in a frame callback runs after that frame is painted.
    request_animation_frame(move || set_timeout(soon, Duration::ZERO));
    set_timeout(show, AT_THE_LATEST);
}
