//! Runs every worked case in `tests/scenarios/*.toml`, and in `$SCENARIOS_DIR/*.toml` when set,
//! through the same parsing and rules the app uses (format: `../shared/contract.md`).

use chrono::NaiveDate;
use probation_route_finder::rules::{assess, flow, Answers, Next};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    answers: String,
    today: Option<String>,
    route: String,
    entry: String,
    months: u16,
    university: String,
    finish: String,
    conditional: Option<String>,
    /// `data-qualified`: the month at the end of the whole journey.
    qualified_by: Option<String>,
}

/// What the app would put in the result's data attributes for this case, or why it shows no result.
fn check(case: &Case) -> Result<(), String> {
    let today = match &case.today {
        Some(t) => {
            NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|e| format!("bad today {t:?}: {e}"))?
        }
        None => today_utc(),
    };
    let parsed = Answers::from_fragment(&case.answers, today);
    if !parsed.errors.is_empty() {
        return Err(format!("the answers have errors: {:?}", parsed.errors));
    }
    if let Next::Question(q) = flow::next(&parsed.answers) {
        return Err(format!(
            "the answers are incomplete: the app would ask {:?}",
            q.key()
        ));
    }
    let outcome = assess(&parsed.answers, today);
    let got = [
        ("route", outcome.route.slug().to_string()),
        (
            "entry",
            outcome
                .entry
                .map(|e| e.slug())
                .unwrap_or_default()
                .to_string(),
        ),
        ("months", outcome.months.to_string()),
        (
            "university",
            outcome
                .study
                .map(|s| s.slug())
                .unwrap_or_default()
                .to_string(),
        ),
        (
            "finish",
            outcome.finish.map(|f| f.to_string()).unwrap_or_default(),
        ),
        (
            "conditional",
            outcome
                .conditional
                .map(|c| c.slug())
                .unwrap_or_default()
                .to_string(),
        ),
        (
            "qualified_by",
            outcome
                .qualified()
                .map(|q| q.to_string())
                .unwrap_or_default(),
        ),
    ];
    let want = [
        ("route", Some(case.route.clone())),
        ("entry", Some(case.entry.clone())),
        ("months", Some(case.months.to_string())),
        ("university", Some(case.university.clone())),
        ("finish", Some(case.finish.clone())),
        ("conditional", case.conditional.clone()),
        ("qualified_by", case.qualified_by.clone()),
    ];
    let wrong: Vec<String> = got
        .iter()
        .zip(want.iter())
        .filter_map(|((field, got), (_, want))| match want {
            Some(want) if want != got => Some(format!("{field}: expected {want:?}, got {got:?}")),
            _ => None,
        })
        .collect();
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(wrong.join("; "))
    }
}

/// Today's date (UTC), for cases that do not fix one.
fn today_utc() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|t| t.date_naive())
        .unwrap_or_default()
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read scenario folder {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

/// Runs every case of every file; returns how many ran and a line per failure naming the case.
fn run(dirs: &[PathBuf]) -> (usize, Vec<String>) {
    let mut count = 0;
    let mut failures = Vec::new();
    for file in dirs.iter().flat_map(|d| toml_files(d)) {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let parsed: File = match toml::from_str(&text) {
            Ok(f) => f,
            Err(e) => {
                failures.push(format!("{}: not a scenario file: {e}", file.display()));
                continue;
            }
        };
        for case in &parsed.case {
            count += 1;
            if let Err(why) = check(case) {
                failures.push(format!("{} / {:?}: {why}", file.display(), case.name));
            }
        }
    }
    (count, failures)
}

#[test]
fn every_scenario_matches() {
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios")];
    if let Some(extra) = std::env::var_os("SCENARIOS_DIR") {
        dirs.push(PathBuf::from(extra));
    }
    let (count, failures) = run(&dirs);
    println!(
        "scenarios: {count} cases checked, {} failed",
        failures.len()
    );
    assert!(
        count >= 40,
        "expected at least 40 scenario cases, found {count}"
    );
    assert!(
        failures.is_empty(),
        "{} scenario(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_wrong_case_fails_and_is_named() {
    let dir = std::env::temp_dir().join(format!("scenario-selftest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(
        dir.join("wrong.toml"),
        r#"
[[case]]
name = "Deliberately wrong: three modules is not 21 months"
answers = "level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2027-01"
route = "pqip-21"
entry = "national"
months = 21
university = "portsmouth"
finish = "2028-10"

[[case]]
name = "Deliberately incomplete"
answers = "level=5&exp=yes"
route = "pqip-15"
entry = "national"
months = 15
university = "portsmouth"
finish = "2028-04"
"#,
    )
    .expect("write case");
    let (count, failures) = run(std::slice::from_ref(&dir));
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(count, 2);
    assert_eq!(failures.len(), 2, "{failures:?}");
    assert!(
        failures[0].contains("Deliberately wrong")
            && failures[0].contains("route: expected \"pqip-21\", got \"pqip-15\"")
    );
    assert!(
        failures[1].contains("Deliberately incomplete")
            && failures[1].contains("would ask \"job\"")
    );
}
