//! Reads the policy file, `policy/policy.toml`, with serde, checks it, and turns it into the Rust the
//! rules use. `build.rs` runs it when the app is built, so the app carries the values and no
//! parser; `tests/policy_file.rs` feeds it broken files. A problem is reported with the file's
//! name, its line and column, and what is wrong, in words for someone who has never seen Rust.
//!
//! The lists the facts are about (regions, universities, qualifications, sources, readings) are
//! code, in `src/rules/policy.rs`: the file maps their names to facts. The tables below give the
//! names the file may use; `tests/policy_file.rs` checks they are the code's own, and the
//! generated code matches on every variant, so one missing here does not compile.

// Shared by build.rs and a test, each using a part of it.
#![allow(dead_code)]

mod check;
mod eras;
mod generate;
mod lists;
mod sources;

use serde::de::{Deserializer, SeqAccess, Visitor};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{self, Write as _};
use std::ops::Range;
use toml::Spanned;

/// Region names (`Region::slug`) and their variants, in `Region::ALL`'s order.
pub const REGIONS: [(&str, &str); 12] = [
    ("north-east", "NorthEast"),
    ("yorkshire-humber", "YorkshireHumber"),
    ("north-west", "NorthWest"),
    ("greater-manchester", "GreaterManchester"),
    ("kent-surrey-sussex", "KentSurreySussex"),
    ("east-of-england", "EastOfEngland"),
    ("east-midlands", "EastMidlands"),
    ("west-midlands", "WestMidlands"),
    ("london", "London"),
    ("south-central", "SouthCentral"),
    ("south-west", "SouthWest"),
    ("wales", "Wales"),
];

/// University names (`University::slug`) and their variants, in `University::ALL`'s order.
pub const UNIVERSITIES: [(&str, &str); 4] = [
    ("sheffield-hallam", "SheffieldHallam"),
    ("liverpool-john-moores", "LiverpoolJohnMoores"),
    ("de-montfort", "DeMontfort"),
    ("portsmouth", "Portsmouth"),
];

/// Qualification names (`HeldQualification::slug`) and their variants, in its `ALL`'s order.
/// `none` has no era.
pub const QUALIFICATIONS: [(&str, &str); 6] = [
    ("none", "None"),
    ("pqip", "Pqip"),
    ("pqf", "Pqf"),
    ("dipps", "Dipps"),
    ("sw-probation", "SwProbation"),
    ("sw", "Sw"),
];

/// The names the file gives the sources, and their variants, in `Source::ALL`'s order.
pub const SOURCES: [(&str, &str); 7] = [
    ("careers-page", "CareersPage"),
    ("faq", "Faq"),
    ("statutory-guidance", "StatutoryGuidance"),
    ("framework-2010", "Framework2010"),
    ("news-2021", "News2021"),
    ("register-interest", "RegisterInterest"),
    ("how-to-apply", "HowToApply"),
];

/// The names the file gives our readings, and their `Assumption` variants.
pub const ASSUMPTIONS: [(&str, &str); 13] = [
    ("third-module-in-progress", "ThirdModuleInProgress"),
    ("part-time-pro-rata", "PartTimeProRata"),
    ("intake-months", "IntakeMonths"),
    ("sw-probation-to-2001", "SwProbationTo2001"),
    ("pso-work-is-experience", "PsoWorkIsExperience"),
    ("any-cjl-provider", "AnyCjlProvider"),
    ("internal-moj-no-experience", "InternalMojNoExperience"),
    ("diploma-twelve-months", "DiplomaTwelveMonths"),
    ("social-work-from-1980", "SocialWorkFrom1980"),
    ("progression-open", "ProgressionOpen"),
    ("internal-routes-six-months", "InternalRoutesSixMonths"),
    ("module-pace", "ModulePace"),
    ("diploma-fallback", "DiplomaFallback"),
];

/// The highest RQF level (`policy::LEVEL_MAX`).
pub const LEVEL_MAX: u8 = 8;
/// How many knowledge modules there are (`Module::ALL`).
pub const MODULE_COUNT: u8 = 4;

/// Reads and checks the policy file's `text`, and gives the Rust the rules include, or every
/// problem found, each naming `name`, the line and column.
pub fn rust(name: &str, text: &str) -> Result<String, String> {
    let file: File = toml::from_str(text).map_err(|e| {
        let message = e.message().trim().to_string();
        let hint = missing_field_hint(&message);
        report(
            name,
            text,
            &[Problem {
                at: e.span().unwrap_or(0..0),
                message: format!("{message}{hint}"),
            }],
        )
    })?;
    let mut check = Check {
        problems: Vec::new(),
        consts: Vec::new(),
    };
    let policy = check.file(&file);
    if check.problems.is_empty() {
        Ok(generate::generate(&policy))
    } else {
        Err(report(name, text, &check.problems))
    }
}

/// A problem and where it is, as a byte range of the file.
struct Problem {
    at: Range<usize>,
    message: String,
}

/// Every problem as `name:line:column: message`, with the line itself under it.
fn report(name: &str, text: &str, problems: &[Problem]) -> String {
    let mut sorted: Vec<&Problem> = problems.iter().collect();
    sorted.sort_by_key(|p| p.at.start);
    let mut out = String::new();
    for p in sorted {
        let start = p.at.start.min(text.len());
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line = text[..start].matches('\n').count() + 1;
        let column = text[line_start..start].chars().count() + 1;
        let source_line = text[line_start..].lines().next().unwrap_or("");
        let _ = writeln!(out, "{name}:{line}:{column}: {}", p.message);
        let _ = writeln!(out, "    {line} | {source_line}");
    }
    let count = problems.len();
    let _ = write!(
        out,
        "{name}: {count} problem{} in the policy file: the app was not built.",
        if count == 1 { "" } else { "s" }
    );
    out
}

/// A plain-words hint for a missing key, after serde's own message.
fn missing_field_hint(message: &str) -> &'static str {
    let field = message
        .strip_prefix("missing field `")
        .and_then(|m| m.split('`').next());
    match field {
        Some("value") => ": every fact needs its value, name = { value = ..., source = \"...\" }",
        Some("document") => ": say what the document is, document = \"...\"",
        Some("first") => ": every era needs its first year, first = 2016",
        Some("university") => ": the regions' universities are under [regions.university]",
        Some("email") | Some("phone") => ": a course_contact needs an email and a phone number",
        Some(_) => ": it is needed (compare with the same part of policy/policy.toml)",
        None => "",
    }
}

// ---- What the file holds ------------------------------------------------------------------------

type Key = Spanned<String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    pqip: Pqip,
    pso: Pso,
    internal_moj: InternalMoj,
    access: Access,
    modules: Modules,
    recruitment: Recruitment,
    part_time: PartTime,
    alignment: Alignment,
    contracts: Contracts,
    regions: Regions,
    universities: BTreeMap<Key, UniversityEntry>,
    eras: BTreeMap<Key, EraEntry>,
    assumptions: BTreeMap<Key, Spanned<String>>,
    sources: BTreeMap<Key, SourceEntry>,
}

/// One fact: its value, the document it comes from, and our reading when it is one.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fact<T> {
    value: Spanned<T>,
    source: Option<Spanned<Cites>>,
    assumption: Option<Spanned<String>>,
}

impl<T: Copy> Fact<T> {
    fn get(&self) -> T {
        *self.value.get_ref()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pqip {
    min_level: Fact<u8>,
    level: Fact<u8>,
    vocational_level: Fact<u8>,
    short_months: Fact<u16>,
    extended_months: Fact<u16>,
    extended_module_months: Fact<u16>,
    part1_months: Fact<u16>,
    part2_months: Fact<u16>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pso {
    progression_min_level: Fact<u8>,
    progression_min_service_months: Fact<u16>,
    diploma_months: Fact<u16>,
    diploma_max_years: Fact<u16>,
    diploma_overdue_months: Fact<u16>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InternalMoj {
    min_credits: Fact<u16>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Access {
    level: Fact<u8>,
    level4_months: Fact<u16>,
    level5_months: Fact<u16>,
    providers: Fact<Vec<Key>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Modules {
    study_hours: Fact<u16>,
    months_each: Fact<u16>,
    for_short_pqip: Fact<u8>,
    finished_before_third: Fact<u8>,
    fourth_due_months: Fact<u16>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Recruitment {
    phone: Fact<String>,
    // Any whole number, so that a month 13 or 0 gets its own message.
    intake_months: Fact<Vec<Spanned<i64>>>,
    months: Fact<u16>,
    deferral_months: Fact<u16>,
    min_age: Fact<u16>,
    uk_residence_years: Fact<u16>,
    newer_page_min_level: Fact<u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PartTime {
    full_time_hours: Fact<f64>,
    min_hours: Fact<f64>,
    max_hours: Fact<f64>,
    max_months: Fact<u16>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Alignment {
    year: Fact<i32>,
    sign_off_years: Fact<u16>,
    qualification_min_months: Fact<u16>,
    qualification_months: Fact<(u16, u16)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Contracts {
    final_intake: Fact<(i32, i32)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Regions {
    source: Option<Spanned<Cites>>,
    assumption: Option<Spanned<String>>,
    university: BTreeMap<Key, Key>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UniversityEntry {
    course_contact: Option<ContactEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactEntry {
    email: Key,
    phone: Key,
    source: Option<Spanned<Cites>>,
    assumption: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EraEntry {
    first: Spanned<u16>,
    last: Option<Spanned<u16>>,
    accepted_from: Option<Spanned<u16>>,
    accepted_to: Option<Spanned<u16>>,
    source: Option<Spanned<Cites>>,
    assumption: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceEntry {
    document: Key,
    seed: Option<Key>,
    address: Option<Key>,
    published: Option<Key>,
    read: Option<Key>,
}

/// A `source`: one citation ("faq", "statutory-guidance para 30") or a list of them. A single one
/// has no span of its own: the problem is reported at the `source` value's.
struct Cites(Vec<(String, Option<Range<usize>>)>);

impl<'de> Deserialize<'de> for Cites {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Cites, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Cites;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a source's name in quotes, or a list of them in [ ]")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Cites, E> {
                Ok(Cites(vec![(s.to_string(), None)]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Cites, A::Error> {
                let mut cites = Vec::new();
                while let Some(c) = seq.next_element::<Key>()? {
                    let span = c.span();
                    cites.push((c.into_inner(), Some(span)));
                }
                Ok(Cites(cites))
            }
        }
        d.deserialize_any(V)
    }
}

// ---- The checked policy -------------------------------------------------------------------------

/// When a source was published, as the file says.
#[derive(Clone, Copy, PartialEq)]
enum Date {
    Undated,
    UndatedRead(i32, u32),
    Before(i32),
    Year(i32),
    Month(i32, u32),
}

struct Source {
    variant: &'static str,
    seed: Option<String>,
    address: Option<String>,
    published: Date,
}

struct Contact {
    email: String,
    phone: String,
}

struct Era {
    first: u16,
    last: Option<u16>,
}

/// A constant of the generated Rust: its name, the fact's key in the file, its type and value.
struct Const {
    name: &'static str,
    key: &'static str,
    ty: String,
    value: String,
}

/// What one part of the checks needs from another.
struct Levels {
    extended_months: u16,
}

/// What a whole number must be.
#[derive(Clone, Copy)]
enum Rule {
    Any,
    AtLeastOne,
    Level,
    Year,
}

/// The Rust type of a constant.
trait RustType {
    const NAME: &'static str;
}

impl RustType for u8 {
    const NAME: &'static str = "u8";
}

impl RustType for u16 {
    const NAME: &'static str = "u16";
}

impl RustType for i32 {
    const NAME: &'static str = "i32";
}

/// Everything the rules need, checked.
struct Policy {
    consts: Vec<Const>,
    sources: Vec<Source>,
    region_university: Vec<(&'static str, &'static str)>,
    contacts: Vec<(&'static str, Option<Contact>)>,
    providers: Vec<&'static str>,
    eras: Vec<(&'static str, Option<Era>)>,
}

struct Check {
    problems: Vec<Problem>,
    consts: Vec<Const>,
}

/// Where the first of a table's entries is in the file, to report one that is missing there.
fn first_in_file<V>(entries: &BTreeMap<Key, V>) -> Range<usize> {
    entries
        .keys()
        .map(Spanned::span)
        .min_by_key(|span| span.start)
        .unwrap_or(0..0)
}

fn names<const N: usize>(table: &[(&str, &str); N]) -> String {
    table.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
}

fn variant<const N: usize>(
    table: &[(&'static str, &'static str); N],
    name: &str,
) -> Option<&'static str> {
    table.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}
