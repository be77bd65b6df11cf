//! Times `assess` over the whole answer space of the exhaustive test (native, release).
//! Run by `scripts/bench`; prints one line that the script reads.
//!
//! The whole space is walked five times and the median pass is the figure: on a shared virtual
//! machine one pass of the same binary has taken anywhere from 73 to 255 ns a combination.

use chrono::NaiveDate;
use probation_route_finder::rules::assess;
use probation_route_finder::rules::space::Space;
use std::hint::black_box;
use std::time::Instant;

const PASSES: usize = 5;

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let space = Space::new();
    let heads = Space::heads();
    let mut routes = [0u64; 5];
    let mut passes = Vec::with_capacity(PASSES);
    for _ in 0..PASSES {
        routes = [0; 5];
        let started = Instant::now();
        for &head in &heads {
            space.each(head, |a| {
                // Every field is kept, so no part of the outcome can be optimised away.
                let o = black_box(assess(a, today));
                routes[o.route as usize] += 1;
            });
        }
        passes.push(started.elapsed());
    }
    let count: u64 = routes.iter().sum();
    let ns = |d: &std::time::Duration| d.as_nanos() as f64 / count as f64;
    let each: Vec<String> = passes.iter().map(|d| format!("{:.0}", ns(d))).collect();
    passes.sort();
    let median = passes[PASSES / 2];
    println!(
        "assess: {count} combinations, the median of {PASSES} passes in {:.0} ms ({:.0} ns each, \
         one thread; passes {} ns); routes {routes:?}",
        median.as_secs_f64() * 1000.0,
        ns(&median),
        each.join(", ")
    );
}
