//! Pages for a wide set of links, in both languages and every display mode: every page for hostile
//! values and empty ones, with every question's form sent back with a problem; the check and result
//! pages for every scenario's answers (valid answers: those are the pages they change).
//!
//! Always: no value from a link or a form becomes markup, and every page has one heading and one
//! main region. With `PAGES_DIR=/some/folder`, it also writes each link's pages there, one file per
//! link, language and mode, so that a change to how pages are written (such as the move to maud)
//! can be compared page by page with `diff -r` against a copy written before it.

use chrono::NaiveDate;
use probation_route_finder::nav::{resolve, Page, State};
use probation_route_finder::rules::{assess, Problem, Question};
use probation_route_finder::text::{messages, Lang};
use probation_route_finder::view::{self, read_answer, Form, PageContext, Submitted};
use std::collections::HashSet;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

/// Text that must never reach a page unescaped.
const HOSTILE: &str = "<script>alert('x')</script>\"&amp;'<img src=x>";

/// Links with bad, hostile and empty values, besides the scenarios' answers.
const LINKS: &[&str] = &[
    "",
    "page=",
    "page=intro",
    "page=privacy",
    "page=check",
    "page=result",
    "level=",
    "level=&done=&exp=&job=&region=",
    "level=5&done=",
    "level=5&done=&doing=",
    "level=9",
    "level=5&level=6",
    "service=%3Cscript%3Ealert(1)%3C%2Fscript%3E&job=pso",
    "service=%22%3E%3Cimg%20src%3Dx%3E&job=pso",
    "service=%27%20onmouseover%3D%27x&job=pso",
    "service=a%26b%3Dc&job=pso",
    "qualified=pqf&qualyear=%3Cb%3E%26%22%27",
    "hours=%3Cscript%3E&level=6&done=crime,cjs,penal,rehab&exp=yes&job=none&region=london",
    "hours=40&level=6&done=crime&exp=no&job=none&region=wales",
    "start=2027-13&level=6&done=crime&exp=no&job=none&region=wales",
    "start=%3Cscript%3E%27%22%26",
    "region=mars%27%22%26%3C",
    "done=crime,%3Cscript%3E",
    "done=crime&doing=crime",
    "exp=%FF",
    "foo=%3Cscript%3E&bar",
    "lang=%3Cscript%3E&level=5",
    "brand=%22%3E%3Cscript%3E&level=5",
    "brand=1d70b8&level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2027-01",
    "from=check&page=level&level=5",
    "page=result&level=5",
];

/// The display settings, each added to every link.
const MODES: &[(&str, &str)] = &[
    ("plain", ""),
    ("embed", "embed=1"),
    ("kiosk", "mode=kiosk"),
    ("embed-kiosk", "embed=1&mode=kiosk"),
];

/// Every scenario's answers, in file order.
fn scenario_links() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/scenarios")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut links = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("scenario file");
        let doc: toml::Table = text.parse().expect("scenario toml");
        for case in doc
            .get("case")
            .and_then(|c| c.as_array())
            .into_iter()
            .flatten()
        {
            if let Some(a) = case.get("answers").and_then(|a| a.as_str()) {
                links.push(a.to_string());
            }
        }
    }
    links
}

/// Every page a link can show, whether or not the flow would reach it.
fn every_page() -> Vec<Page> {
    let mut all = vec![Page::Start];
    all.extend(Question::ALL.map(Page::Ask));
    all.extend([Page::Check, Page::Result, Page::Privacy]);
    all
}

fn form(pairs: &[(&str, &str)]) -> Form {
    Form(
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect(),
    )
}

/// Forms for `q` that come back with a problem: empty, a hostile value, hostile values in the
/// part-time and start-month boxes.
fn sent_forms(q: Question, state: &State) -> Vec<Submitted> {
    let key = q.key();
    let forms = [
        form(&[]),
        form(&[(key, HOSTILE)]),
        form(&[
            ("hours", "part"),
            ("hours-part", HOSTILE),
            ("start", "other"),
            ("start-month", HOSTILE),
            ("start-year", "2027"),
            (key, "none"),
            (key, HOSTILE),
        ]),
    ];
    forms
        .into_iter()
        .map(|form| {
            let mut answers = state.parsed.answers.clone();
            let problem = match read_answer(q, &form, today()) {
                Ok(Some(v)) => answers.set(q, &v, today()).err(),
                Ok(None) => None,
                Err(p) => Some(p),
            };
            Submitted {
                question: q,
                problem: problem.unwrap_or(Problem::NotAChoice),
                form,
            }
        })
        .collect()
}

fn draw(state: &State, lang: Lang, submitted: Option<&Submitted>) -> String {
    let outcome = (state.page == Page::Result).then(|| assess(&state.parsed.answers, today()));
    view::app(&PageContext {
        state,
        outcome: outcome.as_ref(),
        text: messages(lang),
        today: today(),
        submitted,
        base_url: "https://example.test/tools/",
    })
}

/// The elements and attributes the pages are written with: anything else came from a value.
const TAGS: &str = "a br button dd details div dl dt fieldset figcaption figure footer form h1 h2 \
    h3 header input label legend li line main nav ol p path rect section span strong summary svg ul";
const ATTRIBUTES: &str = "autocomplete aria-describedby aria-hidden aria-invalid aria-label aria-labelledby \
    aria-modal checked class d data-from data-journey data-part data-stage data-to download \
    draggable fill focusable for height hidden href hreflang id inputmode lang name novalidate \
    preserveAspectRatio rel role shape-rendering spellcheck tabindex target type value vector-effect \
    viewBox width x x1 x2 xmlns y y1 y2";

// Looked up for every tag of some 9,000 pages: split once. (Splitting the string for each
// lookup was half of this test's time, and this test most of the mutation run's.)
static KNOWN_TAGS: LazyLock<HashSet<&str>> = LazyLock::new(|| TAGS.split_whitespace().collect());
static KNOWN_ATTRIBUTES: LazyLock<HashSet<&str>> =
    LazyLock::new(|| ATTRIBUTES.split_whitespace().collect());

/// Each start tag's name and attribute names, and each end tag as `/name`. Values are
/// double-quoted, so a value ends at the next `"`; one that broke out of its quotes shows up as an
/// attribute of its own.
fn tags(page: &str) -> Vec<(&str, Vec<&str>)> {
    let mut found = Vec::new();
    let mut rest = page;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        if rest.starts_with('/') {
            let end = rest.find('>').unwrap_or(rest.len());
            found.push((&rest[..end], Vec::new()));
            rest = &rest[end..];
            continue;
        }
        let end = rest.find([' ', '>', '/']).unwrap_or(rest.len());
        let name = &rest[..end];
        rest = &rest[end..];
        let mut attributes = Vec::new();
        loop {
            rest = rest.trim_start_matches([' ', '/']);
            if rest.is_empty() || rest.starts_with('>') {
                break;
            }
            let end = rest.find(['=', ' ', '>']).unwrap_or(rest.len());
            attributes.push(&rest[..end]);
            rest = &rest[end..];
            if let Some(quoted) = rest.strip_prefix("=\"") {
                rest = quoted.find('"').map_or("", |close| &quoted[close + 1..]);
            } else if let Some(bare) = rest.strip_prefix('=') {
                // The pages quote every value: an unquoted one came from outside.
                attributes.push("=");
                rest = bare.trim_start_matches(|c| c != ' ' && c != '>');
            }
        }
        found.push((name, attributes));
    }
    found
}

/// The pages' checks; `Err` names what went wrong. One pass over the tags: searching the page
/// again for each count was an eighth of this test's time.
fn check(page: &str) -> Result<(), String> {
    let (mut h1, mut main, mut main_end) = (0, 0, 0);
    for (tag, attributes) in tags(page) {
        match tag {
            "/main" => {
                main_end += 1;
                continue;
            }
            _ if tag.starts_with('/') => continue,
            "h1" => h1 += 1,
            "main" => main += 1,
            _ => {}
        }
        if !KNOWN_TAGS.contains(tag) {
            return Err(format!("a value became the element {tag}"));
        }
        for a in attributes {
            if !(KNOWN_ATTRIBUTES.contains(a) || a.starts_with("data-")) {
                return Err(format!("a value became the attribute {a} of {tag}"));
            }
        }
    }
    if h1 != 1 {
        return Err("not exactly one h1".into());
    }
    if main != 1 || main_end != 1 {
        return Err("not exactly one main".into());
    }
    Ok(())
}

#[test]
fn every_page_for_every_link_escapes_what_it_shows() {
    let out = std::env::var_os("PAGES_DIR").map(PathBuf::from);
    if let Some(dir) = &out {
        std::fs::create_dir_all(dir).expect("PAGES_DIR");
    }
    let summary = vec![Page::Check, Page::Result];
    let links: Vec<(usize, String, Vec<Page>)> = LINKS
        .iter()
        .map(|l| (l.to_string(), every_page()))
        .chain(scenario_links().into_iter().map(|l| (l, summary.clone())))
        .enumerate()
        .map(|(i, (link, pages))| (i, link, pages))
        .collect();
    // Some 9,000 pages: each core draws every n-th link (the first links have the most pages).
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let (count, failures) = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..cores)
            .map(|k| {
                let share: Vec<_> = links.iter().skip(k).step_by(cores).collect();
                let out = out.as_deref();
                scope.spawn(move || draw_links(&share, out))
            })
            .collect();
        workers
            .into_iter()
            .fold((0, Vec::new()), |(n, mut all), worker| {
                let (count, failures) = worker.join().expect("a share of the links");
                all.extend(failures);
                (n + count, all)
            })
    });
    for lang in Lang::ALL {
        for seconds in [30, 1, 0] {
            let modal = view::idle_modal(messages(lang), seconds);
            if let Some(dir) = &out {
                let name = format!("idle-{}-{seconds}.html", lang.code());
                std::fs::write(dir.join(name), modal).expect("write modal");
            }
        }
    }
    assert!(count > 8_000, "only {count} pages drawn");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Draws and checks the given pages of each numbered link, in both languages and every mode: how
/// many pages, and what was wrong with them.
fn draw_links(links: &[&(usize, String, Vec<Page>)], out: Option<&Path>) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    let mut count = 0;
    for (i, link, pages) in links.iter().copied() {
        for lang in Lang::ALL {
            for (mode, display) in MODES {
                let fragment = [link.as_str(), display, &lang_key(lang)]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join("&");
                let mut file = format!("# {fragment}\n");
                let base = resolve(&fragment, today());
                for &page in pages {
                    let state = State {
                        page,
                        ..base.clone()
                    };
                    let mut sent = vec![None];
                    if let (Page::Ask(q), "plain") = (page, *mode) {
                        sent.extend(sent_forms(q, &state).into_iter().map(Some));
                    }
                    for (n, submitted) in sent.iter().enumerate() {
                        let html = draw(&state, lang, submitted.as_ref());
                        count += 1;
                        if let Err(why) = check(&html) {
                            failures.push(format!("{fragment} {page:?} form {n}: {why}"));
                        }
                        if out.is_some() {
                            let _ = writeln!(file, "## {} form {n}\n{html}", page.id());
                        }
                    }
                }
                if let Some(dir) = out {
                    let name = format!("{i:03}-{}-{mode}.html", lang.code());
                    std::fs::write(dir.join(name), file).expect("write page");
                }
            }
        }
    }
    (count, failures)
}

/// The link's language key, as the switch writes it; English is also the browser's default here.
fn lang_key(lang: Lang) -> String {
    match lang {
        Lang::En => String::new(),
        Lang::Cy => "lang=cy".to_string(),
    }
}

/// The checks themselves fail on what they guard against.
#[test]
fn the_checks_fail_on_a_broken_page() {
    assert_eq!(check("<main><h1>A</h1><p class=\"x\">B</p></main>"), Ok(()));
    for broken in [
        "<main><p>A</p></main>",
        "<main><h1>A</h1><h1>B</h1></main>",
        "<main><h1>A</h1></main><main></main>",
        "<main><h1>A</h1>",
        "<main><h1>A</h1><img src=x></main>",
        "<main><h1>A</h1><p class=\"\" onmouseover=\"x\"></p></main>",
        "<main><h1>A</h1><p class=x></p></main>",
    ] {
        assert!(check(broken).is_err(), "passed: {broken}");
    }
}
