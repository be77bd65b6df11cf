//! Every policy fact the calculator relies on, each with the source it comes from.
//!
//! The facts are in the policy file, `policy/policy.toml`, so that the people who own the policy
//! can change them without Rust: numbers, dates, contacts, each region's university, the
//! qualification eras, the sources and their dates. Each names its source (the documents in
//! `../shared/seeds/` and the official pages beyond them, see [`Source`]) and, where it is our
//! reading where the documents are silent or disagree, the [`Assumption`] it rests on: the result
//! page says so in plain words. `build.rs` reads and checks the file when the app is built and
//! generates the constants and the methods marked below, included at the end of this file, so the
//! app carries the values and not the file (README, "Changing the policy").
//!
//! What stays here is the shape the facts hang on: the lists (sources, readings, modules,
//! regions, universities, qualifications) with their names in links, and the limits of what a
//! link may say. `tests/policy_data.rs` checks that the data stays complete and consistent.

/// The documents the rules come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// `000`: the PQiP careers page (2022 onwards).
    CareersPage,
    /// `001`: FAQs and contact.
    Faq,
    /// `002`: statutory guidance on probation qualifications (2022).
    StatutoryGuidance,
    /// `003`: the 2010 Probation Qualifications Framework leaflet (historical).
    Framework2010,
    /// `004`: a news post on the 2021 PQiP contracts (January 2021).
    News2021,
    /// Beyond the seeds: the official careers site's "Register your interest" page
    /// (traintobeaprobationofficer.com, undated, read December 2026): recruitment takes six months.
    RegisterInterest,
    /// Beyond the seeds: prisonandprobationjobs.gov.uk, "How to apply" (undated, read December
    /// 2026): the eligibility basics, and a Level 3 minimum that disagrees with the seeds.
    HowToApply,
}

impl Source {
    pub const ALL: [Source; 7] = [
        Source::CareersPage,
        Source::Faq,
        Source::StatutoryGuidance,
        Source::Framework2010,
        Source::News2021,
        Source::RegisterInterest,
        Source::HowToApply,
    ];

    // `seed`, `address` and `published` are generated from the policy file's `[sources]`.
}

/// How old a source document is, as far as it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Published {
    Undated,
    /// Undated, and read by us in this year and month.
    UndatedRead(i32, u32),
    /// Undated, but written before this year.
    Before(i32),
    Year(i32),
    Month(i32, u32),
}

/// Readings of the sources that are ours, not theirs. Each is shown to the user when it applies.
/// The policy file names each (`[assumptions]`), and each fact that rests on one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assumption {
    /// 001 says a third module *started* is enough for 15 months; 002 says three *completed*.
    /// We read it as: 15 months only if the third is finished before the programme starts.
    ThirdModuleInProgress,
    /// 000 says part time "could take up to 30 months"; we scale pro rata and cap at 30.
    PartTimeProRata,
    /// 001 says intakes are "one in summer and one at the start of each year"; we take January and July.
    IntakeMonths,
    /// Annex B (002) names a social work degree with a probation component for 1996 to 1998; the
    /// first Diploma in Probation Studies cohort qualified in 2001, so we accept it up to 2001.
    SwProbationTo2001,
    /// A serving PSO's work with people on probation counts as the relevant experience the PQiP
    /// asks for (001 describes it; no source says so in terms).
    PsoWorkIsExperience,
    /// No source ties a CJL provider to a region: any of the three can be chosen.
    AnyCjlProvider,
    /// 000 lists only the level and the credits for the Internal MoJ route, not the relevant
    /// experience the PQiP asks of national applicants (001): we do not ask it of them.
    InternalMojNoExperience,
    /// A new PSO's Level 3 Diploma takes 12 months: "ideally" within them (002 para 13).
    DiplomaTwelveMonths,
    /// 002 says social work qualifications were required "from the 1980s": we read it as 1980 on.
    SocialWorkFrom1980,
    /// The careers pages (000) describe PSO Progression as open; the 2022 statutory guidance's
    /// foreword calls it a pilot "being evaluated" (002): we take it as open, and say it may change.
    ProgressionOpen,
    /// The official careers pages say recruitment "usually takes six months" for the national
    /// campaign; no source gives the internal routes' timing, so we take the same six months.
    InternalRoutesSixMonths,
    /// Modules studied before applying take 4 months each (about 200 hours each, 001; about 12
    /// hours a week alongside other commitments: our estimate).
    ModulePace,
    /// A serving PSO below Level 3 who is not sure when the Level 3 Diploma will be finished: 12
    /// months from when they started, or 6 months from now once those 12 months have passed.
    DiplomaFallback,
}

// ---- Limits of the answers (not policy) -------------------------------------------------------

/// Highest RQF level a person can give (0 means none or entry level).
pub const LEVEL_MAX: u8 = 8;
/// The longest effective service a link may carry: 50 years, well past any real career.
pub const SERVICE_MAX: u16 = 600;
/// How many years ahead an intended start may be.
pub const START_YEARS_AHEAD: i32 = 10;
/// The earliest year a link may name as the year someone qualified.
pub const QUALYEAR_FIRST: u16 = 1950;

// ---- Knowledge modules -----------------------------------------------------------------------

/// The four knowledge modules. 001 and 002 name them differently; the UI shows both names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Module {
    /// Crime and Criminal Behaviour (001) / Criminology (002 para 30).
    Crime,
    /// Criminal Justice System (001) / Community Justice (002 para 30).
    Cjs,
    /// Penal Policy and Punishment of Offenders (001) / Penology (002 para 30).
    Penal,
    /// Rehabilitation of Offenders (001, 002 para 30).
    Rehab,
}

impl Module {
    pub const ALL: [Module; 4] = [Module::Crime, Module::Cjs, Module::Penal, Module::Rehab];

    pub fn slug(self) -> &'static str {
        match self {
            Module::Crime => "crime",
            Module::Cjs => "cjs",
            Module::Penal => "penal",
            Module::Rehab => "rehab",
        }
    }

    pub fn from_slug(s: &str) -> Option<Module> {
        Module::ALL.into_iter().find(|m| m.slug() == s)
    }
}

// ---- Regions and universities ----------------------------------------------------------------

/// The 12 probation regions: eleven in England and one for Wales (004).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Region {
    NorthEast,
    YorkshireHumber,
    NorthWest,
    GreaterManchester,
    KentSurreySussex,
    EastOfEngland,
    EastMidlands,
    WestMidlands,
    London,
    SouthCentral,
    SouthWest,
    Wales,
}

impl Region {
    pub const ALL: [Region; 12] = [
        Region::NorthEast,
        Region::YorkshireHumber,
        Region::NorthWest,
        Region::GreaterManchester,
        Region::KentSurreySussex,
        Region::EastOfEngland,
        Region::EastMidlands,
        Region::WestMidlands,
        Region::London,
        Region::SouthCentral,
        Region::SouthWest,
        Region::Wales,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Region::NorthEast => "north-east",
            Region::YorkshireHumber => "yorkshire-humber",
            Region::NorthWest => "north-west",
            Region::GreaterManchester => "greater-manchester",
            Region::KentSurreySussex => "kent-surrey-sussex",
            Region::EastOfEngland => "east-of-england",
            Region::EastMidlands => "east-midlands",
            Region::WestMidlands => "west-midlands",
            Region::London => "london",
            Region::SouthCentral => "south-central",
            Region::SouthWest => "south-west",
            Region::Wales => "wales",
        }
    }

    pub fn from_slug(s: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.slug() == s)
    }

    // `university` is generated from the policy file's `[regions.university]`.
}

/// The universities that deliver the PQiP (000) and the CJL access study (001).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum University {
    SheffieldHallam,
    LiverpoolJohnMoores,
    DeMontfort,
    Portsmouth,
}

/// How to reach a university, as the sources give it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contact {
    pub email: &'static str,
    pub phone: &'static str,
}

impl University {
    pub const ALL: [University; 4] = [
        University::SheffieldHallam,
        University::LiverpoolJohnMoores,
        University::DeMontfort,
        University::Portsmouth,
    ];

    // `CJL_PROVIDERS` and `course_contact` are generated from the policy file's `access.providers`
    // and `[universities]`.

    pub fn slug(self) -> &'static str {
        match self {
            University::SheffieldHallam => "sheffield-hallam",
            University::LiverpoolJohnMoores => "liverpool-john-moores",
            University::DeMontfort => "de-montfort",
            University::Portsmouth => "portsmouth",
        }
    }

    pub fn is_cjl_provider(self) -> bool {
        University::CJL_PROVIDERS.contains(&self)
    }
}

// ---- Recognised qualifications by era (002 Annex B) -------------------------------------------

/// A qualification a person may already hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HeldQualification {
    None,
    /// Professional Qualification in Probation.
    Pqip,
    /// Probation Qualifications Framework.
    Pqf,
    /// Diploma in Probation Studies.
    Dipps,
    /// Social work degree with a probation component.
    SwProbation,
    /// Social work degree or postgraduate social work qualification.
    Sw,
}

/// The first and last year a qualification was the recognised one; `None` last means "to date".
/// A boundary year accepts both eras (policy.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Era {
    pub first: u16,
    pub last: Option<u16>,
}

impl HeldQualification {
    pub const ALL: [HeldQualification; 6] = [
        HeldQualification::None,
        HeldQualification::Pqip,
        HeldQualification::Pqf,
        HeldQualification::Dipps,
        HeldQualification::SwProbation,
        HeldQualification::Sw,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            HeldQualification::None => "none",
            HeldQualification::Pqip => "pqip",
            HeldQualification::Pqf => "pqf",
            HeldQualification::Dipps => "dipps",
            HeldQualification::SwProbation => "sw-probation",
            HeldQualification::Sw => "sw",
        }
    }

    pub fn from_slug(s: &str) -> Option<HeldQualification> {
        HeldQualification::ALL.into_iter().find(|q| q.slug() == s)
    }

    // `era` is generated from the policy file's `[eras]`.

    /// Whether holding this qualification, gained in `year`, is recognised (002 para 10).
    pub fn recognised_in(self, year: u16) -> bool {
        match self.era() {
            None => false,
            Some(era) => year >= era.first && era.last.is_none_or(|last| year <= last),
        }
    }
}

// The facts: constants and the methods above, generated by build.rs from the policy file.
include!(concat!(env!("OUT_DIR"), "/policy.rs"));
