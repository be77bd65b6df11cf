//! Links written to harm: values of a megabyte and more, keys repeated tens of thousands of times.
//! Every page stays small.

use chrono::NaiveDate;
use probation_route_finder::nav::{resolve, Page, State};
use probation_route_finder::rules::fragment::MAX_VALUE_BYTES;
use probation_route_finder::rules::{assess, Answers, Problem, Question};
use probation_route_finder::text::{messages, Lang};
use probation_route_finder::view::{self, PageContext};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

fn draw(state: &State, lang: Lang) -> String {
    let outcome = (state.page == Page::Result).then(|| assess(&state.parsed.answers, today()));
    view::app(&PageContext {
        state,
        outcome: outcome.as_ref(),
        text: messages(lang),
        today: today(),
        submitted: None,
        base_url: "https://example.test/",
    })
}

/// Every page a link can show, whether or not the flow would reach it.
fn every_page() -> Vec<Page> {
    let mut all = vec![Page::Start, Page::Check, Page::Result, Page::Privacy];
    all.extend(Question::ALL.map(Page::Ask));
    all
}

/// The largest page drawn for `fragment`, in either language: its size and which it is.
fn largest_page(fragment: &str) -> (usize, String) {
    let base = resolve(fragment, today());
    let mut largest = (0, String::new());
    for lang in Lang::ALL {
        for page in every_page() {
            let state = State {
                page,
                ..base.clone()
            };
            let size = draw(&state, lang).len();
            if size > largest.0 {
                largest = (size, format!("{} {}", page.id(), lang.code()));
            }
        }
    }
    largest
}

const FULL: &str =
    "level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&hours=25&start=2027-01";

/// A value of 1.5 MB: the audit's largest.
fn huge(unit: &str) -> String {
    unit.repeat(1_500_000 / unit.len())
}

/// No page, for any link, is much larger than the largest page of a plain link: a value from a
/// link is shown back and kept in every link the page writes, so an unread cap on it made a link
/// with a 1.5 MB value draw 13.5 MB of markup.
#[test]
fn every_page_is_small_whatever_the_link() {
    let (normal, which) = largest_page(FULL);
    // Room for a bad value in each of the page's links, and its message, many times over.
    let limit = normal + 16 * 1024;
    let mut links = Vec::new();
    for q in Question::ALL {
        for unit in ["1", "%C5%B5", "%E2%80%AE", "<script>", "%"] {
            links.push(format!("{FULL}&{}={}", q.key(), huge(unit)));
            links.push(format!("{}={}&{FULL}", q.key(), huge(unit)));
        }
        // 50,000 repeats of the key, all different and all the same.
        let same = format!("{}=x&", q.key()).repeat(50_000);
        let different: String = (0..50_000).map(|i| format!("{}={i}&", q.key())).collect();
        links.push(format!("{same}{FULL}"));
        links.push(format!("{different}{FULL}"));
    }
    for key in [
        "page",
        "from",
        "lang",
        "brand",
        "mode",
        "embed",
        "setup",
        "preset-region",
        "home",
    ] {
        links.push(format!("{FULL}&{key}={}", huge("a")));
        links.push(format!("{FULL}&{}", format!("{key}=x&").repeat(50_000)));
    }
    links.push(format!("{FULL}&{}=1", huge("k")));
    let mut largest = 0;
    for link in &links {
        let (size, page) = largest_page(link);
        largest = largest.max(size);
        assert!(
            size <= limit,
            "{size} bytes for the {page} page of a link of {} bytes starting {:?} (a plain link's largest page, {which}, is {normal})",
            link.len(),
            &link[..link.len().min(60)]
        );
    }
    println!(
        "largest page: {largest} bytes for {} hostile links; {normal} for a plain one",
        links.len()
    );
}

/// A value longer than the cap is not read; one as long as the cap is.
#[test]
fn a_value_is_read_up_to_the_cap_and_not_beyond() {
    let at_cap = format!("service={}", "9".repeat(MAX_VALUE_BYTES));
    let beyond = format!("service={}", "9".repeat(MAX_VALUE_BYTES + 1));
    let problem = |f: &str| Answers::from_fragment(f, today()).error_for(Question::Service);
    assert!(matches!(
        problem(&at_cap),
        Some(Problem::OutOfRange { .. } | Problem::NotAWholeNumber)
    ));
    assert_eq!(problem(&beyond), Some(Problem::BadEncoding));
    // Every answer there is fits well inside it.
    let longest = "done=crime,cjs,penal,rehab&region=kent-surrey-sussex&qualified=sw-probation";
    let parsed = Answers::from_fragment(longest, today());
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    for part in longest.split('&') {
        assert!(part.len() < MAX_VALUE_BYTES / 2, "{part}");
    }
}
