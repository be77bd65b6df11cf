//! Every test file but the exhaustive walk, as modules of one test binary. One binary builds and
//! links once where fifteen each linked the library again: that was most of the time cargo-mutants
//! spent on each mutant (TESTING.md, "Mutation score"). `cargo test --test fast pages::` runs one
//! file.

mod common;

mod advice;
mod catalogue;
mod embedding;
mod flow;
mod fragment;
mod hostile;
mod journey;
mod languages;
mod nav;
mod notes;
mod pages;
mod policy_data;
mod policy_file;
mod prerender;
mod scenarios;
mod settings;
mod view;

/// With `autotests = false`, a test file that is not named above would never run: fail instead.
#[test]
fn every_test_file_is_a_module_here() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let this = include_str!("fast.rs");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/").flatten() {
        let path = entry.path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let is_rust = path.extension().is_some_and(|e| e == "rs");
        // The exhaustive walk is its own binary (Cargo.toml); this file is the root.
        if is_rust
            && stem != "fast"
            && stem != "exhaustive"
            && !this.contains(&format!("\nmod {stem};\n"))
        {
            missing.push(stem.to_string());
        }
    }
    assert!(
        missing.is_empty(),
        "not modules of tests/fast.rs: {missing:?}"
    );
}
