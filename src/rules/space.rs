//! The discrete answer space: every combination of level, experience, Level 3 VQ, job (with
//! service months and credits), modules done and in progress, region, hours, held qualification and
//! start, over grids that cover both sides of every boundary. The exhaustive test checks the
//! invariants on all of it; the benchmark times `assess` over all of it.

use super::answers::{Answers, Hours, Job, Modules};
use super::calendar::YearMonth;
use super::policy::{HeldQualification, Region, LEVEL_MAX};

/// One slice of the space, to share the walk between threads.
pub type Head = (u8, bool, bool);

/// A job, its service months, credits, and when a serving PSO expects to finish the Diploma.
type JobAnswers = (Job, Option<u16>, Option<bool>, Option<YearMonth>);

/// The grids of the space.
pub struct Space {
    jobs: Vec<JobAnswers>,
    qualifications: Vec<(Option<HeldQualification>, Option<u16>)>,
    modules: Vec<(Modules, Modules)>,
    hours: Vec<Option<Hours>>,
    /// The start, and whether they have applied for that intake.
    starts: Vec<(Option<YearMonth>, Option<bool>)>,
}

impl Default for Space {
    fn default() -> Space {
        Space::new()
    }
}

impl Space {
    pub fn new() -> Space {
        // Service months only for PSOs, credits only for MoJ staff and PSOs short of 6 months
        // (the only PSOs asked); each grid covers both sides of its boundary (5 and 6 months),
        // the extremes, and both credit answers.
        // A serving PSO below Level 3 is asked when the Diploma ends: not sure (the fallback, on both
        // sides of its 12 months), or a month they gave.
        let mut jobs = vec![(Job::None, None, None, None)];
        jobs.extend([
            (Job::Pso, Some(0), Some(true), None),
            (Job::Pso, Some(5), Some(false), YearMonth::new(2027, 3)),
            (Job::Pso, Some(6), None, None),
            (Job::Pso, Some(13), None, YearMonth::new(2028, 9)),
            (Job::Pso, Some(600), None, None),
        ]);
        jobs.extend([true, false].map(|c| (Job::Moj, None, Some(c), None)));
        // Every held qualification with a year inside and a year just outside its era.
        let mut qualifications = vec![(None, None)];
        qualifications.extend(
            [
                (HeldQualification::Sw, 1996),
                (HeldQualification::Sw, 1997),
                (HeldQualification::SwProbation, 1998),
                (HeldQualification::SwProbation, 1999),
                (HeldQualification::Dipps, 1998),
                (HeldQualification::Dipps, 2011),
                (HeldQualification::Pqf, 2016),
                (HeldQualification::Pqf, 2009),
                (HeldQualification::Pqip, 2026),
                (HeldQualification::Pqip, 2015),
            ]
            .map(|(q, y)| (Some(q), Some(y))),
        );
        // Completed modules, and in-progress ones among the rest: 3^4 = 81 pairs.
        let mut modules = Vec::new();
        for done in 0..16u8 {
            for doing in (0..16u8).filter(|doing| done & doing == 0) {
                modules.push((Modules::from_bits(done), Modules::from_bits(doing)));
            }
        }
        Space {
            jobs,
            qualifications,
            modules,
            // Full time by default, both ends of the part-time band, and one between.
            hours: vec![
                None,
                Hours::from_tenths(222),
                Hours::from_tenths(259),
                Hours::from_tenths(296),
            ],
            // The default; a start too soon to apply for (a link), and the same having applied;
            // one far ahead.
            starts: vec![
                (None, None),
                (YearMonth::new(2027, 1), None),
                (YearMonth::new(2027, 1), Some(true)),
                (YearMonth::new(2036, 12), None),
            ],
        }
    }

    /// Level by experience by Level 3 VQ.
    pub fn heads() -> Vec<Head> {
        let mut heads = Vec::new();
        for level in 0..=LEVEL_MAX {
            for exp in [true, false] {
                for l3vq in [true, false] {
                    heads.push((level, exp, l3vq));
                }
            }
        }
        heads
    }

    /// Calls `f` with every complete set of answers that starts with `head`.
    pub fn each(&self, (level, exp, l3vq): Head, mut f: impl FnMut(&Answers)) {
        for &(job, service, credits5, diploma) in &self.jobs {
            for &(done, doing) in &self.modules {
                for region in Region::ALL {
                    for &hours in &self.hours {
                        for &(qualified, qualyear) in &self.qualifications {
                            for &(start, applied) in &self.starts {
                                f(&Answers {
                                    level: Some(level),
                                    overseas: Some(level % 2 == 0),
                                    done: Some(done),
                                    doing: Some(doing),
                                    exp: Some(exp),
                                    l3vq: Some(l3vq),
                                    job: Some(job),
                                    service,
                                    credits5,
                                    region: Some(region),
                                    hours,
                                    start,
                                    qualified,
                                    qualyear,
                                    applied,
                                    diploma,
                                });
                            }
                        }
                    }
                }
            }
        }
    }

    /// How many combinations the whole space holds.
    pub fn size(&self) -> u64 {
        let per_head = self.jobs.len()
            * self.modules.len()
            * Region::ALL.len()
            * self.hours.len()
            * self.qualifications.len()
            * self.starts.len();
        (per_head * Space::heads().len()) as u64
    }
}

#[cfg(test)]
mod tests {
    use super::{Space, LEVEL_MAX};
    use crate::rules::policy::PQIP_MIN_LEVEL;

    // The walk's own count, and the overseas answer on both sides of the note's boundary (it shows
    // above Level 0): the exhaustive walk trusts both.
    #[test]
    fn the_walk_visits_size_combinations_and_both_overseas_answers() {
        let space = Space::new();
        let mut count = 0u64;
        let mut overseas_at = [[false; 2]; LEVEL_MAX as usize + 1];
        for head in Space::heads() {
            space.each(head, |a| {
                count += 1;
                if let (Some(level), Some(overseas)) = (a.level, a.overseas) {
                    if let Some(seen) = overseas_at.get_mut(usize::from(level)) {
                        seen[usize::from(overseas)] = true;
                    }
                }
            });
        }
        assert_eq!(count, space.size());
        assert_eq!(count, 49_268_736, "README and TESTING.md give this figure");
        assert!(overseas_at[0][1], "overseas at Level 0");
        // Both answers below the PQiP's level and at or above it: the overseas note is checked
        // on every route the walk reaches.
        let pqip = usize::from(PQIP_MIN_LEVEL);
        for band in [&overseas_at[1..pqip], &overseas_at[pqip..]] {
            assert!(band.iter().any(|s| s[1]), "overseas in {band:?}");
            assert!(band.iter().any(|s| s[0]), "not overseas in {band:?}");
        }
    }

    // The exhaustive walk and the benchmark cover only what the heads name; they run outside the
    // mutation run, so this is what notices a head going missing.
    #[test]
    fn the_heads_name_every_level_experience_and_vq_once() {
        let heads = Space::heads();
        assert_eq!(heads.len(), (usize::from(LEVEL_MAX) + 1) * 4);
        for level in 0..=LEVEL_MAX {
            for exp in [true, false] {
                for l3vq in [true, false] {
                    assert!(heads.contains(&(level, exp, l3vq)), "{level} {exp} {l3vq}");
                }
            }
        }
    }
}
