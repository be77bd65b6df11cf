//! index.html shows the start page while the app loads, so the heading is on screen as soon as the
//! HTML and CSS arrive (BENCHMARKS.md). It must be exactly what the app draws: this test fails when
//! they differ, and `PRERENDER=write cargo test --test fast prerender` writes it again.

use chrono::NaiveDate;
use probation_route_finder::nav::resolve;
use probation_route_finder::text::{messages, Lang};
use probation_route_finder::view::{self, PageContext};

const START: &str = "<!-- prerendered:start -->";
const END: &str = "<!-- prerendered:end -->";

/// The app's root as the shell mounts it, holding the English start page of a link with no
/// fragment; then the loading state shown instead of it for a link to another page.
fn start_page() -> String {
    // The start page shows no date that depends on today.
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let state = resolve("", today);
    let markup = view::app(&PageContext {
        state: &state,
        outcome: None,
        text: messages(Lang::En),
        today,
        submitted: None,
        base_url: "",
    });
    format!(
        r#"<div id="prerendered" class="{}"><div>{markup}</div></div>{}"#,
        view::root_class(&state.settings),
        view::loading()
    )
}

#[test]
fn index_html_holds_the_start_page_the_app_draws() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/index.html");
    let index = std::fs::read_to_string(path).expect("index.html");
    let (Some(a), Some(b)) = (index.find(START), index.find(END)) else {
        panic!("index.html has no {START} … {END} markers");
    };
    let held = &index[a + START.len()..b];
    let wanted = start_page();
    if std::env::var("PRERENDER").as_deref() == Ok("write") {
        let updated = format!("{}{wanted}{}", &index[..a + START.len()], &index[b..]);
        std::fs::write(path, updated).expect("write index.html");
        return;
    }
    assert!(
        held == wanted,
        "index.html's start page differs from the app's: run `PRERENDER=write cargo test --test fast prerender`"
    );
}
