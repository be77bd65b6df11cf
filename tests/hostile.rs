//! Links written to harm: values of a megabyte and more, keys repeated tens of thousands of times,
//! direction controls. Every page stays small, and no value from a link can turn the app's own
//! words around. (tests/e2e/hostile.test.mjs sends generated links like these to the browser.)

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

/// The direction controls (the explicit embeddings, overrides, isolates and marks).
const CONTROLS: [char; 12] = [
    '\u{061C}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}',
    '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
];

/// Percent-encoded, as a link carries it.
fn encoded(s: &str) -> String {
    s.bytes().map(|b| format!("%{b:02X}")).collect()
}

/// A link's value can hold controls that make the text after it read right to left: in the app's
/// message about an unknown module, "0800 123 4567" written backwards inside the value turned the
/// sentence into one giving a made-up phone number. The value is shown without its controls, and
/// a name inside a sentence is isolated from it (U+2068 … U+2069), so that not even right-to-left
/// letters can move the words or numbers around it.
#[test]
fn no_value_from_a_link_can_turn_the_app_s_words_around() {
    let spoof = "\u{202E}7654 321 0080 llac\u{202C}";
    let rtl = "\u{05D0}\u{05D1}";
    for (link, q) in [
        (
            format!("level=5&done=crime,{}", encoded(spoof)),
            Question::Done,
        ),
        (
            format!("level=5&done=crime&doing={}", encoded(spoof)),
            Question::Doing,
        ),
        (format!("level=5&done={}", encoded(rtl)), Question::Done),
        (
            format!("job=pso&level=3&service={}", encoded(spoof)),
            Question::Service,
        ),
        (
            format!("qualified=pqf&qualyear={}", encoded(spoof)),
            Question::QualYear,
        ),
        (
            format!("level=5&done=crime&start={}", encoded(spoof)),
            Question::Start,
        ),
        (format!("level=5&hours={}", encoded(spoof)), Question::Hours),
        (format!("region={}", encoded(spoof)), Question::Region),
    ] {
        let state = resolve(&link, today());
        assert_eq!(state.page, Page::Ask(q), "{link}");
        for lang in Lang::ALL {
            let html = draw(&state, lang);
            // The controls in the markup are those of the app's own isolates, in pairs.
            let opened = html.matches('\u{2068}').count();
            let closed = html.matches('\u{2069}').count();
            assert_eq!(opened, closed, "{link}");
            for c in CONTROLS
                .into_iter()
                .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
            {
                assert!(!html.contains(c), "{link} in {lang:?}: U+{:04X}", c as u32);
            }
            // A module named back is isolated from the sentence.
            if matches!(q, Question::Done | Question::Doing) {
                let isolated = "\u{2068}7654 321 0080 llac\u{2069}";
                let rtl_isolated = format!("\u{2068}{rtl}\u{2069}");
                assert!(
                    html.contains(isolated) || html.contains(&rtl_isolated),
                    "{link} in {lang:?}"
                );
            }
        }
    }
}
