//! The policy data is complete and consistent: every region has a university, slugs are unique
//! and match contract.md, eras follow Annex B in order, and the lengths agree with each other.

use probation_route_finder::rules::answers::Hours;
use probation_route_finder::rules::assess::{default_start, scale_for_hours, Route};
use probation_route_finder::rules::policy::*;
use std::collections::HashSet;

#[test]
fn regions_are_the_twelve_of_the_contract_each_with_a_university() {
    let slugs: Vec<&str> = Region::ALL.iter().map(|r| r.slug()).collect();
    assert_eq!(
        slugs,
        [
            "north-east",
            "yorkshire-humber",
            "north-west",
            "greater-manchester",
            "kent-surrey-sussex",
            "east-of-england",
            "east-midlands",
            "west-midlands",
            "london",
            "south-central",
            "south-west",
            "wales"
        ]
    );
    for r in Region::ALL {
        assert_eq!(Region::from_slug(r.slug()), Some(r));
        assert!(University::ALL.contains(&r.university()));
    }
    // Every university serves at least one region.
    let served: HashSet<University> = Region::ALL.iter().map(|r| r.university()).collect();
    assert_eq!(served.len(), University::ALL.len());
}

#[test]
fn universities_and_contacts() {
    let slugs: HashSet<&str> = University::ALL.iter().map(|u| u.slug()).collect();
    assert_eq!(slugs.len(), 4);
    for u in University::CJL_PROVIDERS {
        let c = u
            .course_contact()
            .unwrap_or_else(|| panic!("CJL provider {u:?} has no contact"));
        assert!(
            c.email.contains('@') && c.phone.chars().filter(char::is_ascii_digit).count() == 11
        );
    }
    assert!(!University::LiverpoolJohnMoores.is_cjl_provider());
    assert_eq!(
        RECRUITMENT_PHONE
            .chars()
            .filter(char::is_ascii_digit)
            .count(),
        11
    );
}

#[test]
fn modules_are_four_with_unique_slugs() {
    let slugs: Vec<&str> = Module::ALL.iter().map(|m| m.slug()).collect();
    assert_eq!(slugs, ["crime", "cjs", "penal", "rehab"]);
    const { assert!((MODULES_FOR_SHORT_PQIP as usize) < Module::ALL.len()) };
}

#[test]
fn eras_follow_annex_b_in_order_and_leave_no_gap() {
    let eras: Vec<Era> = [
        HeldQualification::Sw,
        HeldQualification::SwProbation,
        HeldQualification::Dipps,
        HeldQualification::Pqf,
        HeldQualification::Pqip,
    ]
    .iter()
    .map(|q| q.era().unwrap_or_else(|| panic!("{q:?} has no era")))
    .collect();
    for pair in eras.windows(2) {
        let last = pair[0].last.expect("only the newest era is open-ended");
        // Each era's last year is the next one's first, or overlaps it: no year is left without one.
        assert!(pair[1].first <= last, "{:?} then {:?}", pair[0], pair[1]);
    }
    assert_eq!(eras.last().and_then(|e| e.last), None);
    assert_eq!(HeldQualification::None.era(), None);
    for q in HeldQualification::ALL {
        assert_eq!(HeldQualification::from_slug(q.slug()), Some(q));
    }
}

#[test]
fn lengths_agree() {
    assert_eq!(
        PQIP_EXTENDED_MONTHS,
        PQIP_SHORT_MONTHS + PQIP_EXTENDED_MODULE_MONTHS
    );
    const {
        assert!(
            PART_TIME_MIN_TENTHS < PART_TIME_MAX_TENTHS && PART_TIME_MAX_TENTHS < FULL_TIME_TENTHS
        )
    };
    // 0.6 and 0.8 of full time.
    assert_eq!(
        u32::from(PART_TIME_MIN_TENTHS) * 10,
        u32::from(FULL_TIME_TENTHS) * 6
    );
    assert_eq!(
        u32::from(PART_TIME_MAX_TENTHS) * 10,
        u32::from(FULL_TIME_TENTHS) * 8
    );
    let min = Hours::from_tenths(PART_TIME_MIN_TENTHS).expect("minimum hours");
    assert_eq!(scale_for_hours(PQIP_SHORT_MONTHS, min), 25);
    assert_eq!(
        scale_for_hours(PQIP_EXTENDED_MONTHS, min),
        PART_TIME_MAX_MONTHS
    );
    assert_eq!(
        scale_for_hours(PQIP_SHORT_MONTHS, Hours::FULL_TIME),
        PQIP_SHORT_MONTHS
    );
    assert_eq!(Route::ALL.len(), 5);
}

#[test]
fn intakes_and_default_start() {
    assert!(INTAKE_MONTHS.iter().all(|m| (1..=12).contains(m)));
    let d = |y, m, day| chrono::NaiveDate::from_ymd_opt(y, m, day).expect("date");
    // The first intake at least six months after this month (policy.md, "Applying takes about
    // six months"), with the month boundaries: June, July, December, January.
    for (today, start) in [
        (d(2026, 11, 23), "2027-07"),
        (d(2026, 12, 6), "2027-07"),
        (d(2027, 1, 1), "2027-07"),
        (d(2027, 1, 31), "2027-07"),
        (d(2027, 2, 1), "2028-01"),
        (d(2027, 6, 30), "2028-01"),
        (d(2027, 7, 1), "2028-01"),
        (d(2027, 7, 31), "2028-01"),
        (d(2027, 8, 1), "2028-07"),
        (d(2027, 12, 31), "2028-07"),
    ] {
        assert_eq!(default_start(today).to_string(), start, "{today}");
    }
}

#[test]
fn sources_are_the_five_seeds_and_the_two_official_pages() {
    let seeds: Vec<Option<&str>> = Source::ALL.iter().map(|s| s.seed()).collect();
    assert_eq!(
        seeds,
        [
            Some("000"),
            Some("001"),
            Some("002"),
            Some("003"),
            Some("004"),
            None,
            None
        ]
    );
    // The pages beyond the seeds are where a person acts: each has its address.
    for s in Source::ALL {
        assert_eq!(s.seed().is_none(), s.address().is_some(), "{s:?}");
    }
}
