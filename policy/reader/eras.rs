//! The checks of the qualification eras (Annex B): one after the other, with no year left out
//! and none counted twice except the boundary years Annex B shares.

use super::*;

impl Check {
    /// Annex B's eras, one after the other, each starting in the year the one before it ends;
    /// every qualification but `none` has one.
    pub(super) fn eras(&mut self, f: &File) -> Vec<(&'static str, Option<Era>)> {
        self.era_names(f);
        // In the order of their first years.
        let mut chain: Vec<(&Key, &EraEntry)> = f
            .eras
            .iter()
            .filter(|(k, _)| {
                k.get_ref() != "none" && variant(&QUALIFICATIONS, k.get_ref()).is_some()
            })
            .collect();
        chain.sort_by_key(|(_, e)| {
            (
                *e.first.get_ref(),
                e.last.as_ref().map_or(u16::MAX, |l| *l.get_ref()),
            )
        });
        for (key, era) in &chain {
            self.era(key, era);
        }
        self.era_chain(&chain);
        self.era_years(f);
        QUALIFICATIONS
            .iter()
            .map(|&(name, v)| {
                let era = f.eras.iter().find(|(k, _)| k.get_ref() == name);
                let accepted = era.filter(|_| name != "none").map(|(_, e)| Era {
                    first: e
                        .accepted_from
                        .as_ref()
                        .map_or(*e.first.get_ref(), |a| *a.get_ref()),
                    last: e
                        .accepted_to
                        .as_ref()
                        .or(e.last.as_ref())
                        .map(|l| *l.get_ref()),
                });
                (v, accepted)
            })
            .collect()
    }

    /// Each qualification but `none` has an era, and no other.
    fn era_names(&mut self, f: &File) {
        let first_key = first_in_file(&f.eras);
        for key in f.eras.keys() {
            if key.get_ref() == "none" {
                self.at(key.span(), "`none` is no qualification: it has no era");
            } else if variant(&QUALIFICATIONS, key.get_ref()).is_none() {
                self.at(
                    key.span(),
                    format!(
                        "unknown qualification `{}`: the qualifications are {}",
                        key.get_ref(),
                        names(&QUALIFICATIONS).replace("none, ", "")
                    ),
                );
            }
        }
        for (name, _) in QUALIFICATIONS.iter().filter(|(n, _)| *n != "none") {
            if !f.eras.keys().any(|k| k.get_ref() == name) {
                self.at(
                    first_key.clone(),
                    format!("the qualification `{name}` has no era: add [eras.{name}]"),
                );
            }
        }
    }

    /// One era: it ends after it begins, and what we accept beyond Annex B only widens it.
    fn era(&mut self, key: &Key, e: &EraEntry) {
        self.cited(e.first.span(), &e.source, &e.assumption);
        let first = *e.first.get_ref();
        self.year(i64::from(first), e.first.span());
        if let Some(last) = &e.last {
            if *last.get_ref() < first {
                self.at(
                    last.span(),
                    format!(
                        "the `{}` era ends in {} before it begins in {first}",
                        key.get_ref(),
                        last.get_ref()
                    ),
                );
            }
        }
        if let Some(from) = &e.accepted_from {
            if *from.get_ref() > first {
                self.at(
                    from.span(),
                    format!("accepted_from ({}) is after the era's first year ({first}): it can only widen the era", from.get_ref()),
                );
            }
        }
        if let Some(to) = &e.accepted_to {
            match &e.last {
                None => self.at(
                    to.span(),
                    format!("the `{}` era has no last year, so accepted_to has nothing to widen", key.get_ref()),
                ),
                Some(last) if to.get_ref() < last.get_ref() => self.at(
                    to.span(),
                    format!("accepted_to ({}) is before the era's last year ({}): it can only widen the era", to.get_ref(), last.get_ref()),
                ),
                Some(_) => {}
            }
        }
    }

    /// Each era starts in the year the one before it ends; only the newest is open.
    fn era_chain(&mut self, chain: &[(&Key, &EraEntry)]) {
        for pair in chain.windows(2) {
            let ((prev_key, prev), (next_key, next)) = (pair[0], pair[1]);
            let next_first = *next.first.get_ref();
            let Some(prev_last) = prev.last.as_ref().map(|l| *l.get_ref()) else {
                self.at(
                    prev.first.span(),
                    format!("only the newest era can have no last year, but the `{}` era comes before the `{}` era (from {next_first})", prev_key.get_ref(), next_key.get_ref()),
                );
                continue;
            };
            if next_first > prev_last + 1 {
                let gap = if next_first - prev_last == 2 {
                    format!("{} is", prev_last + 1)
                } else {
                    format!("{} to {} are", prev_last + 1, next_first - 1)
                };
                self.at(
                    next.first.span(),
                    format!("the eras leave a gap: the `{}` era ends in {prev_last} and the `{}` era starts in {next_first}, so {gap} in no era. Each era starts in the year the one before it ends", prev_key.get_ref(), next_key.get_ref()),
                );
            } else if next_first == prev_last + 1 {
                self.at(
                    next.first.span(),
                    format!("the `{}` era starts in {next_first}, the year after the `{}` era ends: Annex B's eras share their boundary year (it accepts both), so start it in {prev_last}", next_key.get_ref(), prev_key.get_ref()),
                );
            } else if next_first < prev_last {
                self.at(
                    next.first.span(),
                    format!("the eras overlap: the `{}` era starts in {next_first}, before the `{}` era ends in {prev_last}. Annex B's eras share only their boundary year; to accept a qualification for more years, use accepted_from or accepted_to", next_key.get_ref(), prev_key.get_ref()),
                );
            }
        }
        if let Some((key, newest)) = chain.last() {
            if let Some(last) = &newest.last {
                self.at(
                    last.span(),
                    format!(
                        "the newest era (`{}`) is the qualification today: it has no last year",
                        key.get_ref()
                    ),
                );
            }
        }
    }

    /// The years the app's sentences state.
    fn era_years(&mut self, f: &File) {
        let get = |name: &str| {
            f.eras
                .iter()
                .find(|(k, _)| k.get_ref() == name)
                .map(|(_, e)| e)
        };
        if let Some(sw) = get("sw") {
            self.put(
                "SW_FIRST_YEAR",
                "eras.sw.first",
                "u16",
                sw.first.get_ref().to_string(),
            );
        }
        if let Some(swp) = get("sw-probation") {
            let annex_b_last = swp
                .last
                .as_ref()
                .map_or(*swp.first.get_ref(), |l| *l.get_ref());
            let last = swp
                .accepted_to
                .as_ref()
                .map_or(annex_b_last, |t| *t.get_ref());
            self.put(
                "SW_PROBATION_ANNEX_B_LAST_YEAR",
                "eras.sw-probation.last",
                "u16",
                annex_b_last.to_string(),
            );
            self.put(
                "SW_PROBATION_LAST_YEAR",
                "eras.sw-probation.accepted_to",
                "u16",
                last.to_string(),
            );
        }
    }
}
