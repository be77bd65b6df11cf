//! Reads the policy file (`policy/policy.toml`, or the file `POLICY_FILE` names), checks it, and
//! writes the Rust the rules include (`src/rules/policy.rs`), so the app carries the values and no
//! parser. A mistake in the file stops the build with a message naming its line.

#[path = "policy/reader/mod.rs"]
mod reader;

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=POLICY_FILE");
    println!("cargo:rerun-if-changed=policy/reader");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let (path, name) = match std::env::var_os("POLICY_FILE").filter(|p| !p.is_empty()) {
        Some(p) => {
            let path = manifest.join(&p);
            let name = PathBuf::from(&p).display().to_string();
            (path, name)
        }
        None => (
            manifest.join("policy/policy.toml"),
            "policy/policy.toml".to_string(),
        ),
    };
    println!("cargo:rerun-if-changed={}", path.display());
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => fail(&format!("{name}: cannot read the policy file: {e}")),
    };
    let rust = match reader::rust(&name, &text) {
        Ok(r) => r,
        Err(report) => fail(&report),
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("policy.rs");
    if let Err(e) = std::fs::write(&out, rust) {
        fail(&format!("cannot write {}: {e}", out.display()));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("\n{message}\n");
    std::process::exit(1)
}
