//! The checks of the facts: each value, and the rules that tie values together.

use super::*;

impl Check {
    pub(super) fn at(&mut self, at: Range<usize>, message: impl Into<String>) {
        self.problems.push(Problem {
            at,
            message: message.into(),
        });
    }

    /// Every name in `entries` is one of `table`'s, and every one of `table`'s is there; the
    /// missing ones are reported at `missing_at`.
    pub(super) fn same_names<const N: usize, V>(
        &mut self,
        entries: &BTreeMap<Key, V>,
        table: &[(&'static str, &'static str); N],
        what: &str,
        missing_at: Range<usize>,
        missing_hint: &str,
    ) {
        for key in entries.keys() {
            if variant(table, key.get_ref()).is_none() {
                self.unknown(key, table, what);
            }
        }
        for (name, _) in table {
            if !entries.keys().any(|k| k.get_ref() == name) {
                self.at(
                    missing_at.clone(),
                    format!("the {what} `{name}` is missing{missing_hint}"),
                );
            }
        }
    }

    /// `name` is not one of `table`'s.
    pub(super) fn unknown<const N: usize>(
        &mut self,
        name: &Key,
        table: &[(&'static str, &'static str); N],
        what: &str,
    ) {
        let hint = did_you_mean(name.get_ref(), table);
        let plural = match what.strip_suffix('y') {
            Some(stem) => format!("{stem}ies"),
            None => format!("{what}s"),
        };
        self.at(
            name.span(),
            format!(
                "unknown {what} `{}`{hint}: the {plural} are {}",
                name.get_ref(),
                names(table)
            ),
        );
    }

    /// A fact's `source` and `assumption` name a known source and reading, and it has one of them.
    pub(super) fn cited(
        &mut self,
        at: Range<usize>,
        source: &Option<Spanned<Cites>>,
        assumption: &Option<Spanned<String>>,
    ) {
        match source {
            Some(cites) => {
                if cites.get_ref().0.is_empty() {
                    self.at(cites.span(), "the source list is empty: name at least one source");
                }
                for (text, span) in &cites.get_ref().0 {
                    let name = text
                        .split(|c: char| c.is_whitespace() || c == ',')
                        .next()
                        .unwrap_or("");
                    if variant(&SOURCES, name).is_none() {
                        let hint = did_you_mean(name, &SOURCES);
                        self.at(
                            span.clone().unwrap_or_else(|| cites.span()),
                            format!(
                                "unknown source `{name}`{hint}: a source starts with one of the names under [sources], {}",
                                names(&SOURCES)
                            ),
                        );
                    }
                }
            }
            None if assumption.is_none() => self.at(
                at,
                "this fact has no source: add source = \"...\" (one of the [sources]), or the assumption it rests on",
            ),
            None => {}
        }
        if let Some(a) = assumption {
            if variant(&ASSUMPTIONS, a.get_ref()).is_none() {
                let hint = did_you_mean(a.get_ref(), &ASSUMPTIONS);
                self.at(
                    a.span(),
                    format!(
                        "unknown assumption `{}`{hint}: the assumptions are the names under [assumptions]",
                        a.get_ref()
                    ),
                );
            }
        }
    }

    pub(super) fn fact<T: Copy>(&mut self, f: &Fact<T>) -> T {
        self.cited(f.value.span(), &f.source, &f.assumption);
        f.get()
    }

    /// Hours a week, in tenths of an hour; `None` when it is not a number of hours.
    pub(super) fn hours(&mut self, f: &Fact<f64>) -> Option<u16> {
        let v = self.fact(f);
        let tenths = (v * 10.0).round();
        // 168 hours in a week.
        if (v * 10.0 - tenths).abs() > 1e-6 || !(1.0..=1680.0).contains(&tenths) {
            self.at(
                f.value.span(),
                format!(
                    "{v} is not a number of hours a week with at most one decimal place, like 22.2"
                ),
            );
            return None;
        }
        Some(tenths as u16)
    }

    pub(super) fn file(&mut self, f: &File) -> Policy {
        let levels = self.levels(f);
        self.lengths(f);
        let providers = self.access(f);
        self.modules(&f.modules);
        self.recruitment(&f.recruitment);
        self.part_time(&f.part_time, levels.extended_months);
        self.history(f);
        let region_university = self.regions(f);
        let contacts = self.universities(f, &providers);
        let eras = self.eras(f);
        self.assumptions(f);
        let sources = self.sources(f);
        Policy {
            consts: std::mem::take(&mut self.consts),
            sources,
            region_university,
            contacts,
            providers,
            eras,
        }
    }

    /// A constant of the generated Rust, from the fact at `key` in the file.
    pub(super) fn put(&mut self, name: &'static str, key: &'static str, ty: &str, value: String) {
        self.consts.push(Const {
            name,
            key,
            ty: ty.to_string(),
            value,
        });
    }

    /// A whole-number fact, checked by `rule`, as the constant `name`.
    pub(super) fn num<T: Copy + Into<i64> + RustType>(
        &mut self,
        name: &'static str,
        key: &'static str,
        f: &Fact<T>,
        rule: Rule,
    ) -> T {
        let v = self.fact(f);
        let n: i64 = v.into();
        let at = f.value.span();
        match rule {
            Rule::Level if n > i64::from(LEVEL_MAX) => self.at(
                at,
                format!("level {n} is not an RQF level: levels go from 0 to {LEVEL_MAX}"),
            ),
            Rule::AtLeastOne if n < 1 => self.at(at, format!("{key} must be at least 1")),
            Rule::Year => self.year(n, at),
            _ => {}
        }
        self.put(name, key, T::NAME, n.to_string());
        v
    }

    /// The levels each route needs, and the PQiP's lengths.
    pub(super) fn levels(&mut self, f: &File) -> Levels {
        use Rule::*;
        let (p, pso) = (&f.pqip, &f.pso);
        let pqip = self.num("PQIP_MIN_LEVEL", "pqip.min_level", &p.min_level, Level);
        self.num("PQIP_LEVEL", "pqip.level", &p.level, Level);
        self.num(
            "PQIP_VOCATIONAL_LEVEL",
            "pqip.vocational_level",
            &p.vocational_level,
            Level,
        );
        let short = self.num(
            "PQIP_SHORT_MONTHS",
            "pqip.short_months",
            &p.short_months,
            AtLeastOne,
        );
        let extended = self.num(
            "PQIP_EXTENDED_MONTHS",
            "pqip.extended_months",
            &p.extended_months,
            AtLeastOne,
        );
        let modules = self.num(
            "PQIP_EXTENDED_MODULE_MONTHS",
            "pqip.extended_module_months",
            &p.extended_module_months,
            AtLeastOne,
        );
        let part1 = self.num(
            "PQIP_PART1_MONTHS",
            "pqip.part1_months",
            &p.part1_months,
            AtLeastOne,
        );
        let part2 = self.num(
            "PQIP_PART2_MONTHS",
            "pqip.part2_months",
            &p.part2_months,
            AtLeastOne,
        );
        if u32::from(part1) + u32::from(part2) != u32::from(short) {
            self.at(
                p.short_months.value.span(),
                format!(
                    "the PQiP is {short} months, but its two parts add up to {part1} + {part2} = {} (part1_months and part2_months)",
                    u32::from(part1) + u32::from(part2)
                ),
            );
        }
        if u32::from(short) + u32::from(modules) != u32::from(extended) {
            self.at(
                p.extended_months.value.span(),
                format!(
                    "the extended PQiP is {extended} months, but short_months + extended_module_months = {short} + {modules} = {}",
                    u32::from(short) + u32::from(modules)
                ),
            );
        }
        let progression = self.num(
            "PSO_PROGRESSION_MIN_LEVEL",
            "pso.progression_min_level",
            &pso.progression_min_level,
            Level,
        );
        if progression > pqip {
            self.at(
                pso.progression_min_level.value.span(),
                format!("PSO Progression's minimum level ({progression}) is above the PQiP's own (pqip.min_level, {pqip})"),
            );
        }
        self.num(
            "NEWER_PAGE_MIN_LEVEL",
            "recruitment.newer_page_min_level",
            &f.recruitment.newer_page_min_level,
            Level,
        );
        self.num("CJL_ACCESS_LEVEL", "access.level", &f.access.level, Level);
        Levels {
            extended_months: extended,
        }
    }

    /// How long the other stages take.
    pub(super) fn lengths(&mut self, f: &File) {
        use Rule::*;
        let pso = &f.pso;
        self.num(
            "PSO_PROGRESSION_MIN_SERVICE",
            "pso.progression_min_service_months",
            &pso.progression_min_service_months,
            AtLeastOne,
        );
        self.num(
            "PSO_DIPLOMA_MONTHS",
            "pso.diploma_months",
            &pso.diploma_months,
            AtLeastOne,
        );
        self.num(
            "PSO_DIPLOMA_MAX_YEARS",
            "pso.diploma_max_years",
            &pso.diploma_max_years,
            AtLeastOne,
        );
        self.num(
            "DIPLOMA_OVERDUE_MONTHS",
            "pso.diploma_overdue_months",
            &pso.diploma_overdue_months,
            AtLeastOne,
        );
        self.num(
            "INTERNAL_MOJ_CREDITS",
            "internal_moj.min_credits",
            &f.internal_moj.min_credits,
            AtLeastOne,
        );
        self.num(
            "CJL_LEVEL4_MONTHS",
            "access.level4_months",
            &f.access.level4_months,
            AtLeastOne,
        );
        self.num(
            "CJL_LEVEL5_MONTHS",
            "access.level5_months",
            &f.access.level5_months,
            AtLeastOne,
        );
    }

    /// The access route's providers, in the order the app lists them.
    pub(super) fn access(&mut self, f: &File) -> Vec<&'static str> {
        let list = &f.access.providers;
        self.cited(list.value.span(), &list.source, &list.assumption);
        let mut providers = Vec::new();
        for p in list.value.get_ref() {
            match variant(&UNIVERSITIES, p.get_ref()) {
                Some(v) if providers.contains(&v) => {
                    self.at(p.span(), format!("`{}` is listed twice", p.get_ref()))
                }
                Some(v) => providers.push(v),
                None => self.unknown(p, &UNIVERSITIES, "university"),
            }
        }
        if list.value.get_ref().is_empty() {
            self.at(
                list.value.span(),
                "the access route needs at least one provider",
            );
        }
        providers
    }

    pub(super) fn modules(&mut self, m: &Modules) {
        use Rule::*;
        self.num(
            "MODULE_STUDY_HOURS",
            "modules.study_hours",
            &m.study_hours,
            AtLeastOne,
        );
        self.num(
            "MODULE_MONTHS",
            "modules.months_each",
            &m.months_each,
            AtLeastOne,
        );
        let short = self.num(
            "MODULES_FOR_SHORT_PQIP",
            "modules.for_short_pqip",
            &m.for_short_pqip,
            Any,
        );
        if !(1..MODULE_COUNT).contains(&short) {
            self.at(
                m.for_short_pqip.value.span(),
                format!(
                    "{short} modules: it must be from 1 to {}, fewer than the {MODULE_COUNT} modules (with exactly this many, the rest is funded and due early)",
                    MODULE_COUNT - 1
                ),
            );
        }
        let before = self.num(
            "MODULES_FINISHED_BEFORE_THIRD",
            "modules.finished_before_third",
            &m.finished_before_third,
            Any,
        );
        if u16::from(before) + 1 != u16::from(short) {
            self.at(
                m.finished_before_third.value.span(),
                format!("{before} finished: it must be one fewer than modules.for_short_pqip ({short}), as the next one only has to be started"),
            );
        }
        self.num(
            "FOURTH_MODULE_DUE_MONTHS",
            "modules.fourth_due_months",
            &m.fourth_due_months,
            AtLeastOne,
        );
    }

    pub(super) fn recruitment(&mut self, r: &Recruitment) {
        use Rule::*;
        let phone = r.phone.value.get_ref();
        self.cited(r.phone.value.span(), &r.phone.source, &r.phone.assumption);
        self.phone(phone, r.phone.value.span());
        self.put(
            "RECRUITMENT_PHONE",
            "recruitment.phone",
            "&str",
            format!("{phone:?}"),
        );

        let intakes = &r.intake_months;
        self.cited(intakes.value.span(), &intakes.source, &intakes.assumption);
        let mut months: Vec<i64> = Vec::new();
        for month in intakes.value.get_ref() {
            let v = *month.get_ref();
            if !(1..=12).contains(&v) {
                self.at(
                    month.span(),
                    format!("{v} is not a month: months go from 1 (January) to 12 (December)"),
                );
            } else if months.last().is_some_and(|&last| v <= last) {
                self.at(
                    month.span(),
                    format!("month {v} is out of order: list the intake months once each, in calendar order"),
                );
            }
            months.push(v);
        }
        if months.is_empty() {
            self.at(
                intakes.value.span(),
                "there must be at least one intake month",
            );
        }
        let list: Vec<String> = months.iter().map(i64::to_string).collect();
        self.put(
            "INTAKE_MONTHS",
            "recruitment.intake_months",
            &format!("[u32; {}]", months.len()),
            format!("[{}]", list.join(", ")),
        );
        self.num(
            "RECRUITMENT_MONTHS",
            "recruitment.months",
            &r.months,
            AtLeastOne,
        );
        self.num(
            "DEFERRAL_MONTHS",
            "recruitment.deferral_months",
            &r.deferral_months,
            AtLeastOne,
        );
        self.num("MIN_AGE", "recruitment.min_age", &r.min_age, AtLeastOne);
        self.num(
            "UK_RESIDENCE_YEARS",
            "recruitment.uk_residence_years",
            &r.uk_residence_years,
            AtLeastOne,
        );
    }

    pub(super) fn part_time(&mut self, pt: &PartTime, extended_months: u16) {
        let hours = [
            (
                "FULL_TIME_TENTHS",
                "part_time.full_time_hours",
                &pt.full_time_hours,
            ),
            ("PART_TIME_MIN_TENTHS", "part_time.min_hours", &pt.min_hours),
            ("PART_TIME_MAX_TENTHS", "part_time.max_hours", &pt.max_hours),
        ]
        .map(|(name, key, fact)| {
            let tenths = self.hours(fact);
            self.put(name, key, "u16", tenths.unwrap_or(0).to_string());
            tenths
        });
        if let [Some(full), Some(min), Some(max)] = hours {
            if min >= max {
                self.at(
                    pt.min_hours.value.span(),
                    format!("the part-time limits are out of order: min_hours ({}) must be less than max_hours ({})", tenths(min), tenths(max)),
                );
            }
            if max >= full {
                self.at(
                    pt.max_hours.value.span(),
                    format!("the part-time limits are out of order: max_hours ({}) must be less than full_time_hours ({})", tenths(max), tenths(full)),
                );
            }
        }
        let cap = self.num(
            "PART_TIME_MAX_MONTHS",
            "part_time.max_months",
            &pt.max_months,
            Rule::Any,
        );
        if cap < extended_months {
            self.at(
                pt.max_months.value.span(),
                format!("the part-time limits are out of order: the cap ({cap} months) is shorter than the extended PQiP full time ({extended_months} months)"),
            );
        }
    }

    /// The Alignment Process and the 2021 contracts.
    pub(super) fn history(&mut self, f: &File) {
        use Rule::*;
        let a = &f.alignment;
        self.num("ALIGNMENT_YEAR", "alignment.year", &a.year, Year);
        self.num(
            "ALIGNMENT_SIGN_OFF_YEARS",
            "alignment.sign_off_years",
            &a.sign_off_years,
            AtLeastOne,
        );
        self.num(
            "ALIGNMENT_QUALIFICATION_MIN_MONTHS",
            "alignment.qualification_min_months",
            &a.qualification_min_months,
            AtLeastOne,
        );
        let (from, to) = self.fact(&a.qualification_months);
        if from < 1 || from > to {
            self.at(
                a.qualification_months.value.span(),
                format!("[{from}, {to}]: give the fewest months first, then the most"),
            );
        }
        self.put(
            "ALIGNMENT_QUALIFICATION_MONTHS",
            "alignment.qualification_months",
            "(u16, u16)",
            format!("({from}, {to})"),
        );
        let contracts = &f.contracts.final_intake;
        let (last, extended) = self.fact(contracts);
        self.year(i64::from(last), contracts.value.span());
        self.year(i64::from(extended), contracts.value.span());
        if last > extended {
            self.at(
                contracts.value.span(),
                format!("[{last}, {extended}]: give the final intake's year first, then its year if extended"),
            );
        }
        self.put(
            "CONTRACTS_FINAL_INTAKE",
            "contracts.final_intake",
            "(i32, i32)",
            format!("({last}, {extended})"),
        );
    }

    pub(super) fn year(&mut self, year: i64, at: Range<usize>) {
        if !(1900..=2100).contains(&year) {
            self.at(at, format!("{year} does not look like a year"));
        }
    }

    pub(super) fn phone(&mut self, phone: &str, at: Range<usize>) {
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        if digits != 11 || phone.chars().any(|c| !c.is_ascii_digit() && c != ' ') {
            self.at(
                at,
                format!("\"{phone}\" is not a UK phone number: 11 digits, spaces allowed"),
            );
        }
    }
}

fn tenths(t: u16) -> String {
    if t.is_multiple_of(10) {
        (t / 10).to_string()
    } else {
        format!("{}.{}", t / 10, t % 10)
    }
}

/// " (did you mean `x`?)" when a known name differs from `name` by a letter or a dash.
fn did_you_mean<const N: usize>(name: &str, table: &[(&'static str, &'static str); N]) -> String {
    close_match(name, table)
        .map(|m| format!(" (did you mean `{m}`?)"))
        .unwrap_or_default()
}

fn close_match<const N: usize>(
    name: &str,
    table: &[(&'static str, &'static str); N],
) -> Option<&'static str> {
    let squash = |s: &str| s.replace(['-', '_', ' '], "").to_lowercase();
    table.iter().map(|(n, _)| *n).find(|n| {
        let (a, b) = (squash(n), squash(name));
        a == b || edit_distance(&a, &b) == 1
    })
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

// ---- The Rust the rules include -----------------------------------------------------------------
