//! `web/embed.js` reads a partner's `data-region` as people write it: a region's short form, or its
//! name as the tool writes it in English or Welsh. Its table of names must stay the catalogue's.

use probation_route_finder::rules::policy::Region;
use probation_route_finder::text::{messages, Lang};

#[test]
fn embed_js_knows_every_region_by_its_names_in_both_languages() {
    let js = include_str!("../web/embed.js");
    for r in Region::ALL {
        let key = format!("'{}': [", r.slug());
        let line = js
            .lines()
            .find(|l| l.trim_start().starts_with(&key))
            .unwrap_or_else(|| panic!("embed.js has no {key}"));
        for lang in Lang::ALL {
            let name = messages(lang).region_name(r);
            assert!(
                line.contains(&format!("'{name}'")) || line.contains(&format!("\"{name}\"")),
                "embed.js does not name {} as {name:?}: {line}",
                r.slug()
            );
        }
    }
    let entries = js.lines().filter(|l| l.contains("': ['")).count();
    assert_eq!(entries, Region::ALL.len(), "one line per region");
}
