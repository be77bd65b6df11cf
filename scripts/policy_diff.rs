//! What a change to the policy file does to people's results. `scripts/policy-diff` builds this
//! program once under each policy file (`POLICY_FILE`, read by build.rs) and runs it:
//!
//! - `policy-diff outcomes OUT` writes one line per situation to OUT: every worked scenario in
//!   `tests/scenarios/*.toml` (on its own day, or on [`TODAY`]) and every [`EVERY`]th combination
//!   of the answer space (`rules::space`), on [`TODAY`], so both builds see the same situations.
//! - `policy-diff compare OLD NEW OLD_NAME NEW_NAME` reads two such files and says in plain words
//!   which situations change route, length, university or qualifying month, with counts.

use chrono::NaiveDate;
use probation_route_finder::rules::space::Space;
use probation_route_finder::rules::{assess, flow, Answers, Next, Outcome, YearMonth};
use probation_route_finder::text::{messages, Lang};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// The day the sample is worked out on, and the scenarios that do not fix one: fixed, so that a
/// difference is the policy's and not the calendar's.
const TODAY: (i32, u32, u32) = (2026, 12, 6);
/// One combination in this many is sampled: about half a million of the 49 million, spread over
/// every grid of the space (97 shares no factor with the grids' sizes).
const EVERY: u64 = 97;
/// How many kinds of each change to list, the most frequent first.
const KINDS_SHOWN: usize = 8;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["outcomes", out] => outcomes(Path::new(out)),
        ["compare", old, new, old_name, new_name] => compare(old, new, old_name, new_name),
        _ => Err("usage: policy-diff outcomes OUT | compare OLD NEW OLD_NAME NEW_NAME".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("policy-diff: {e}");
            ExitCode::FAILURE
        }
    }
}

fn day(y: i32, m: u32, d: u32) -> Result<NaiveDate, String> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| format!("no such day {y}-{m}-{d}"))
}

// ---- Outcomes under this build's policy ---------------------------------------------------------

/// A worked case: only what this program needs (`tests/scenarios.rs` reads the rest).
#[derive(Deserialize)]
struct ScenarioFile {
    #[serde(default)]
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    answers: String,
    today: Option<String>,
}

/// What the result page would show, in four fields: route, months, university, qualifying month
/// (the contract's `data-route`, `data-months`, `data-university`, `data-qualified`); and the
/// question the app would ask first when a link does not answer one this policy needs (the
/// result counts a missing answer as "no" or "none", as the rules do).
fn row(answers: &Answers, today: NaiveDate) -> Fields {
    let o: Outcome = assess(answers, today);
    let asks = match flow::next(answers) {
        Next::Question(q) => q.key(),
        _ => "",
    };
    [
        o.route.slug().to_string(),
        o.months.to_string(),
        o.study.map(|s| s.slug()).unwrap_or_default().to_string(),
        o.qualified().map(|q| q.to_string()).unwrap_or_default(),
        asks.to_string(),
    ]
}

type Fields = [String; 5];

fn outcomes(out: &Path) -> Result<(), String> {
    let today = day(TODAY.0, TODAY.1, TODAY.2)?;
    let mut text = String::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    for file in files {
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        let source = std::fs::read_to_string(&file).map_err(|e| format!("{name}: {e}"))?;
        let parsed: ScenarioFile = toml::from_str(&source).map_err(|e| format!("{name}: {e}"))?;
        for case in parsed.case {
            let day = match &case.today {
                Some(t) => NaiveDate::parse_from_str(t, "%Y-%m-%d")
                    .map_err(|e| format!("{name}: {:?}: {t}: {e}", case.name))?,
                None => today,
            };
            let read = Answers::from_fragment(&case.answers, day);
            let fields = if read.errors.is_empty() {
                row(&read.answers, day)
            } else {
                let keys: Vec<&str> = read.errors.iter().map(|e| e.question.key()).collect();
                let why = format!("error:{}", keys.join(","));
                [
                    why,
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]
            };
            let label = format!("{name}: {}", case.name).replace(['\t', '\n'], " ");
            line(&mut text, "scenario", &label, &case.answers, &fields);
        }
    }
    let space = Space::new();
    let mut index = 0u64;
    for head in Space::heads() {
        space.each(head, |answers| {
            if index.is_multiple_of(EVERY) {
                let fields = row(answers, today);
                line(&mut text, "sample", "", &answers.to_fragment(), &fields);
            }
            index += 1;
        });
    }
    let _ = writeln!(text, "total\t{index}");
    std::fs::write(out, text).map_err(|e| format!("{}: {e}", out.display()))
}

fn line(text: &mut String, kind: &str, label: &str, fragment: &str, fields: &Fields) {
    let _ = writeln!(text, "{kind}\t{label}\t{fragment}\t{}", fields.join("\t"));
}

// ---- The difference, in plain words -------------------------------------------------------------

struct Row {
    kind: String,
    label: String,
    fragment: String,
    route: String,
    months: String,
    university: String,
    qualified: String,
    asks: String,
}

/// The rows of an outcomes file, and the size of the space it sampled.
fn read(path: &str) -> Result<(Vec<Row>, u64), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut rows = Vec::new();
    let mut total = 0;
    for l in text.lines() {
        let f: Vec<&str> = l.split('\t').collect();
        match f[..] {
            ["total", n] => total = n.parse().map_err(|e| format!("{path}: {e}"))?,
            [kind, label, fragment, route, months, university, qualified, asks] => rows.push(Row {
                kind: kind.into(),
                label: label.into(),
                fragment: fragment.into(),
                route: route.into(),
                months: months.into(),
                university: university.into(),
                qualified: qualified.into(),
                asks: asks.into(),
            }),
            _ => return Err(format!("{path}: not an outcomes line: {l:?}")),
        }
    }
    Ok((rows, total))
}

fn route_words(slug: &str) -> String {
    match slug {
        "already-qualified" => "already qualified".into(),
        "pqip-15" => "the PQiP (15-month route)".into(),
        "pqip-21" => "the extended PQiP (21-month route)".into(),
        "cjl-access" => "the access route (CJL)".into(),
        "pso-pathway" => "the PSO pathway".into(),
        other => match other.split_once(':') {
            Some(("error", q)) => format!("no result: the answers to `{q}` are refused"),
            _ => other.into(),
        },
    }
}

fn university_words(slug: &str) -> String {
    match slug {
        "" => "none".into(),
        "sheffield-hallam" => "Sheffield Hallam".into(),
        "liverpool-john-moores" => "Liverpool John Moores".into(),
        "de-montfort" => "De Montfort".into(),
        "portsmouth" => "Portsmouth".into(),
        "cjl-providers" => "any of the access-route providers".into(),
        other => other.into(),
    }
}

fn months_words(m: &str) -> String {
    match m {
        "" | "0" => "none".into(),
        "1" => "1 month".into(),
        m => format!("{m} months"),
    }
}

fn month_words(ym: &str) -> String {
    // The app's own English month names.
    let names = messages(Lang::En).month_names();
    match parse_month(ym) {
        Some(m) => format!("{} {}", names[m.month() as usize - 1], m.year()),
        None => "none".into(),
    }
}

fn parse_month(ym: &str) -> Option<YearMonth> {
    let (y, m) = ym.split_once('-')?;
    YearMonth::new(y.parse().ok()?, m.parse().ok()?)
}

/// Months from `a` to `b`.
fn months_between(a: YearMonth, b: YearMonth) -> i64 {
    i64::from(b.year() - a.year()) * 12 + i64::from(b.month()) - i64::from(a.month())
}

fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn compare(old: &str, new: &str, old_name: &str, new_name: &str) -> Result<(), String> {
    let (before, total) = read(old)?;
    let (after, _) = read(new)?;
    if before.len() != after.len()
        || before
            .iter()
            .zip(&after)
            .any(|(a, b)| a.kind != b.kind || a.label != b.label)
    {
        return Err("the two builds did not work out the same situations".into());
    }
    let mut out = String::new();
    let (y, m, d) = TODAY;
    let _ = writeln!(out, "What changes from {old_name} to {new_name}");
    let _ = writeln!(
        out,
        "(worked out on {d} {}, a fixed day, unless a scenario gives its own)\n",
        month_words(&format!("{y}-{m:02}"))
    );

    // The worked scenarios, one by one.
    let pairs: Vec<(&Row, &Row)> = before.iter().zip(&after).collect();
    let scenarios: Vec<_> = pairs.iter().filter(|(a, _)| a.kind == "scenario").collect();
    let changed: Vec<_> = scenarios.iter().filter(|(a, b)| changes(a, b)).collect();
    let _ = writeln!(
        out,
        "Worked scenarios (tests/scenarios): {} of {} change.",
        count(changed.len()),
        count(scenarios.len())
    );
    for (a, b) in &changed {
        let _ = writeln!(out, "\n  {}\n    #{}", a.label, a.fragment);
        for (what, from, to) in differences(a, b) {
            let _ = writeln!(out, "    {what}: {from} -> {to}");
        }
    }

    // The sample, counted by kind of change.
    let sample: Vec<_> = pairs.iter().filter(|(a, _)| a.kind == "sample").collect();
    let changed: Vec<_> = sample.iter().filter(|(a, b)| changes(a, b)).collect();
    let percent = if sample.is_empty() {
        0.0
    } else {
        changed.len() as f64 * 100.0 / sample.len() as f64
    };
    let _ = writeln!(
        out,
        "\nA sample of every combination of answers (every {EVERY}th of {}: {} situations): {} change ({percent:.1}%).",
        count(total as usize),
        count(sample.len()),
        count(changed.len())
    );
    for what in ["route", "length", "university", "a link's first page"] {
        let mut kinds: BTreeMap<(String, String), (usize, &str)> = BTreeMap::new();
        for (a, b) in &changed {
            for (w, from, to) in differences(a, b) {
                if w == what {
                    let e = kinds.entry((from, to)).or_insert((0, &a.fragment));
                    e.0 += 1;
                }
            }
        }
        let n: usize = kinds.values().map(|(n, _)| n).sum();
        if n == 0 {
            // The sample answers every question: a new one is rare enough to say only when it happens.
            if what != "a link's first page" {
                let _ = writeln!(out, "\n  No {what} changes.");
            }
            continue;
        }
        let _ = writeln!(out, "\n  The {what} changes for {}:", count(n));
        let mut sorted: Vec<_> = kinds.into_iter().collect();
        sorted.sort_by(|x, y| y.1 .0.cmp(&x.1 .0).then(x.0.cmp(&y.0)));
        for ((from, to), (n, example)) in sorted.iter().take(KINDS_SHOWN) {
            let _ = writeln!(out, "    {:>9}  {from} -> {to}", count(*n));
            let _ = writeln!(out, "               for example #{example}");
        }
        if sorted.len() > KINDS_SHOWN {
            let _ = writeln!(
                out,
                "    and {} other kinds of change",
                sorted.len() - KINDS_SHOWN
            );
        }
    }
    qualifying(&mut out, &changed);
    let _ = writeln!(
        out,
        "\nRoute, length, university and qualifying month are what the result page shows (data-route,\n\
         data-months, data-university, data-qualified in contract.md). The length is the route's own\n\
         months: the PQiP's, the access study's, or on the PSO pathway the months before applying.\n\
         To see a situation's page, open the app's address followed by its #... example."
    );
    print!("{out}");
    Ok(())
}

/// Whether anything the comparison looks at changes.
fn changes(a: &Row, b: &Row) -> bool {
    !differences(a, b).is_empty()
}

/// Each field that changes, in words: what, from, to.
fn differences(a: &Row, b: &Row) -> Vec<(&'static str, String, String)> {
    let mut out = Vec::new();
    if a.route != b.route {
        out.push(("route", route_words(&a.route), route_words(&b.route)));
    }
    if a.months != b.months {
        out.push(("length", months_words(&a.months), months_words(&b.months)));
    }
    if a.university != b.university {
        out.push((
            "university",
            university_words(&a.university),
            university_words(&b.university),
        ));
    }
    if a.qualified != b.qualified {
        out.push((
            "qualifying month",
            month_words(&a.qualified),
            month_words(&b.qualified),
        ));
    }
    if a.asks != b.asks {
        let words = |q: &str| match q {
            "" => "the result at once".to_string(),
            q => format!("the question `{q}` first"),
        };
        out.push(("a link's first page", words(&a.asks), words(&b.asks)));
    }
    out
}

/// How the qualifying month moves: sooner or later, and by how much.
fn qualifying(out: &mut String, changed: &[&&(&Row, &Row)]) {
    let mut sooner = Vec::new();
    let mut later = Vec::new();
    let mut other = 0;
    for (a, b) in changed.iter().map(|p| **p) {
        match (parse_month(&a.qualified), parse_month(&b.qualified)) {
            (Some(x), Some(y)) if y < x => sooner.push(months_between(y, x)),
            (Some(x), Some(y)) if y > x => later.push(months_between(x, y)),
            (Some(_), Some(_)) => {}
            _ if a.qualified != b.qualified => other += 1,
            _ => {}
        }
    }
    let total = sooner.len() + later.len() + other;
    if total == 0 {
        let _ = writeln!(out, "\n  No qualifying month changes.");
        return;
    }
    let _ = writeln!(
        out,
        "\n  The qualifying month changes for {}:",
        count(total)
    );
    for (words, list) in [("sooner", &mut sooner), ("later", &mut later)] {
        if list.is_empty() {
            continue;
        }
        list.sort_unstable();
        let _ = writeln!(
            out,
            "    {:>9}  {words}, by {} to {} months (half of them by {} or less)",
            count(list.len()),
            list[0],
            list[list.len() - 1],
            list[(list.len() - 1) / 2]
        );
    }
    if other > 0 {
        let _ = writeln!(
            out,
            "    {:>9}  gain or lose a qualifying month altogether",
            count(other)
        );
    }
}
