//! Times `assess` over the whole answer space of the exhaustive test (native, release).
//! Run by `scripts/bench`; prints one line that the script reads.

use chrono::NaiveDate;
use probation_route_finder::rules::assess;
use probation_route_finder::rules::space::Space;
use std::time::Instant;

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let space = Space::new();
    let mut routes = [0u64; 5];
    let started = Instant::now();
    for head in Space::heads() {
        space.each(head, |a| {
            let o = assess(a, today);
            routes[o.route as usize] += 1;
        });
    }
    let elapsed = started.elapsed();
    let count: u64 = routes.iter().sum();
    println!(
        "assess: {count} combinations in {:.0} ms ({:.0} ns each, one thread); routes {routes:?}",
        elapsed.as_secs_f64() * 1000.0,
        elapsed.as_nanos() as f64 / count as f64
    );
}
