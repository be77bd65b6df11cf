//! The checks of the sources: each with its date, and a seed number or a public address.

use super::*;

impl Check {
    pub(super) fn date(&mut self, text: &Key) -> Option<Date> {
        let t = text.get_ref().trim();
        let year = |s: &str| -> Option<i32> {
            (s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let date = if t == "undated" {
            Some(Date::Undated)
        } else if let Some(y) = t.strip_prefix("before ").and_then(year) {
            Some(Date::Before(y))
        } else if let Some(y) = year(t) {
            Some(Date::Year(y))
        } else if let Some((y, m)) = t.split_once('-') {
            match (year(y), m.parse::<u32>().ok().filter(|_| m.len() == 2)) {
                (Some(y), Some(m)) if (1..=12).contains(&m) => Some(Date::Month(y, m)),
                (Some(_), Some(m)) => {
                    self.at(
                        text.span(),
                        format!("{m} is not a month: months go from 01 (January) to 12 (December)"),
                    );
                    return None;
                }
                _ => None,
            }
        } else {
            None
        };
        if date.is_none() {
            self.at(
                text.span(),
                format!("\"{t}\" is not a date: write \"2022\", \"2021-01\", \"before 2021\" or \"undated\""),
            );
        }
        if let Some(Date::Year(y) | Date::Month(y, _) | Date::Before(y)) = date {
            self.year(i64::from(y), text.span());
        }
        date
    }

    pub(super) fn sources(&mut self, f: &File) -> Vec<Source> {
        let first = first_in_file(&f.sources);
        self.same_names(
            &f.sources,
            &SOURCES,
            "source",
            first.clone(),
            ": the app lists every source with its date, so each needs its [sources.<name>]",
        );
        let mut out = Vec::new();
        let mut seeds = BTreeSet::new();
        let mut read_latest: Option<(i32, u32)> = None;
        for (name, s) in &f.sources {
            let Some(v) = variant(&SOURCES, name.get_ref()) else {
                continue;
            };
            if s.document.get_ref().trim().is_empty() {
                self.at(s.document.span(), "say what the document is");
            }
            if let Some(seed) = &s.seed {
                let n = seed.get_ref();
                if n.len() != 3 || !n.chars().all(|c| c.is_ascii_digit()) {
                    self.at(
                        seed.span(),
                        format!("\"{n}\" is not a seed number: three digits, like \"002\""),
                    );
                } else if !seeds.insert(n.clone()) {
                    self.at(seed.span(), format!("two sources have the seed number {n}"));
                }
            }
            if let Some(address) = &s.address {
                let a = address.get_ref();
                if !a.starts_with("https://") || a.contains(char::is_whitespace) {
                    self.at(
                        address.span(),
                        format!("\"{a}\" is not a web address starting https://"),
                    );
                }
            } else if s.seed.is_none() {
                self.at(
                    name.span(),
                    format!("the source `{}` is neither a seed document (seed = \"...\") nor a public page (address = \"https://...\"): give one", name.get_ref()),
                );
            }
            let at = s.published.as_ref().map_or(name.span(), Spanned::span);
            let mut published = match &s.published {
                Some(date) => self.date(date).unwrap_or(Date::Undated),
                None => {
                    self.at(
                        name.span(),
                        format!("the source `{}` has no date: every source needs one, published = \"2022\", \"2021-01\", \"before 2021\" or \"undated\"", name.get_ref()),
                    );
                    Date::Undated
                }
            };
            if let Some(read) = &s.read {
                match (published, self.date(read)) {
                    (Date::Undated, Some(Date::Month(y, m))) => {
                        published = Date::UndatedRead(y, m);
                        read_latest = read_latest.max(Some((y, m)));
                    }
                    (Date::Undated, Some(_)) => self.at(
                        read.span(),
                        "give the month the page was read, like \"2026-12\"",
                    ),
                    (_, _) => self.at(
                        read.span(),
                        "`read` is only for an undated page: this one has a date",
                    ),
                }
            }
            match (name.get_ref().as_str(), published) {
                ("statutory-guidance", Date::Year(y) | Date::Month(y, _)) => self.put(
                    "STATUTORY_GUIDANCE_YEAR",
                    "sources.statutory-guidance.published",
                    "i32",
                    y.to_string(),
                ),
                // A date missing altogether is reported above.
                (_, _) if s.published.is_none() => {}
                ("statutory-guidance", _) => self.at(
                    at.clone(),
                    "the app states the statutory guidance's year: give it, like \"2022\"",
                ),
                ("news-2021", Date::Month(y, m)) => self.put(
                    "NEWS_2021",
                    "sources.news-2021.published",
                    "(i32, u32)",
                    format!("({y}, {m})"),
                ),
                ("news-2021", _) => self.at(
                    at.clone(),
                    "the app states the news post's month: give it, like \"2021-01\"",
                ),
                _ => {}
            }
            for (source, constant, key) in [
                (
                    "register-interest",
                    "REGISTER_INTEREST_URL",
                    "sources.register-interest.address",
                ),
                (
                    "how-to-apply",
                    "HOW_TO_APPLY_URL",
                    "sources.how-to-apply.address",
                ),
            ] {
                if name.get_ref() == source {
                    match &s.address {
                        Some(a) => self.put(constant, key, "&str", format!("{:?}", a.get_ref())),
                        None => self.at(
                            name.span(),
                            format!("the app links to `{source}`: it needs its address"),
                        ),
                    }
                }
            }
            out.push(Source {
                variant: v,
                seed: s.seed.as_ref().map(|x| x.get_ref().clone()),
                address: s.address.as_ref().map(|x| x.get_ref().clone()),
                published,
            });
        }
        match read_latest {
            Some((y, m)) => self.put(
                "PAGES_READ",
                "sources.*.read",
                "(i32, u32)",
                format!("({y}, {m})"),
            ),
            None => self.at(
                first,
                "no source says when it was read: the pages beyond the seeds need read = \"YYYY-MM\"",
            ),
        }
        out
    }
}
