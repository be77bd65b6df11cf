//! Every policy fact the calculator relies on, in one place, each with the source it comes from.
//!
//! Sources are the documents in `../shared/seeds/` (see [`Source`]). A fact marked
//! [`Assumption`] is our reading where the documents are silent or disagree: the result page says
//! so in plain words. When policy changes, change it here; `tests/policy_data.rs` checks that the
//! data stays complete and consistent.

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

    /// The seed file's number, as policy.md cites it; `None` for the official pages policy.md
    /// quotes beyond the seeds.
    pub fn seed(self) -> Option<&'static str> {
        match self {
            Source::CareersPage => Some("000"),
            Source::Faq => Some("001"),
            Source::StatutoryGuidance => Some("002"),
            Source::Framework2010 => Some("003"),
            Source::News2021 => Some("004"),
            Source::RegisterInterest | Source::HowToApply => None,
        }
    }

    /// The public address of a page beyond the seeds, where people can act on it (apply, or
    /// register interest for the next campaign).
    pub fn address(self) -> Option<&'static str> {
        match self {
            Source::RegisterInterest => Some(REGISTER_INTEREST_URL),
            Source::HowToApply => Some(HOW_TO_APPLY_URL),
            Source::CareersPage
            | Source::Faq
            | Source::StatutoryGuidance
            | Source::Framework2010
            | Source::News2021 => None,
        }
    }
}

impl Source {
    /// When the document was published, as far as it says: `None` for the undated careers pages.
    /// The FAQ is undated too, but visibly older than 2021 (it speaks of the NPS and CRCs).
    pub fn published(self) -> Published {
        match self {
            Source::CareersPage => Published::Undated,
            Source::RegisterInterest | Source::HowToApply => {
                Published::UndatedRead(PAGES_READ.0, PAGES_READ.1)
            }
            Source::Faq => Published::Before(NEWS_2021.0),
            Source::StatutoryGuidance => Published::Year(STATUTORY_GUIDANCE_YEAR),
            Source::Framework2010 => Published::Year(2010),
            Source::News2021 => Published::Month(NEWS_2021.0, NEWS_2021.1),
        }
    }
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

/// When policy.md read the official pages beyond the seeds: December 2026.
pub const PAGES_READ: (i32, u32) = (2026, 12);
/// The official careers site's page to register interest in the next campaign (policy.md).
pub const REGISTER_INTEREST_URL: &str =
    "https://www.traintobeaprobationofficer.com/register-your-interest/";
/// The official jobs site's "How to apply" page (policy.md).
pub const HOW_TO_APPLY_URL: &str = "https://prisonandprobationjobs.gov.uk/roles-at-hmpps/overview-of-the-probation-officer-role/how-to-apply";

/// The statutory guidance on probation qualifications (002) is from 2022.
pub const STATUTORY_GUIDANCE_YEAR: i32 = 2022;
/// The news post on the 2021 PQiP contracts (004): January 2021.
pub const NEWS_2021: (i32, u32) = (2021, 1);
/// The 2021 contracts' final intake was to be in 2024, or 2025 if extended (004); the region's
/// university may have changed since.
pub const CONTRACTS_FINAL_INTAKE: (i32, i32) = (2024, 2025);

/// Readings of the sources that are ours, not theirs. Each is shown to the user when it applies.
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

// ---- Qualification levels (RQF) ----------------------------------------------------------------

/// Highest RQF level a person can give (0 means none or entry level).
pub const LEVEL_MAX: u8 = 8;
/// PQiP needs a qualification at Level 5 or above, in any subject (001).
pub const PQIP_MIN_LEVEL: u8 = 5;
/// PSO Progression needs at least Level 3 (000).
pub const PSO_PROGRESSION_MIN_LEVEL: u8 = 3;
/// PSO Progression needs at least 6 months' effective service (000).
pub const PSO_PROGRESSION_MIN_SERVICE: u16 = 6;
/// The longest effective service a link may carry: 50 years, well past any real career.
pub const SERVICE_MAX: u16 = 600;
/// The Internal MoJ route needs 120 credits at Level 5 (000).
pub const INTERNAL_MOJ_CREDITS: u16 = 120;

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

/// Each module is about 200 hours of study (001).
pub const MODULE_STUDY_HOURS: u16 = 200;
/// Three or four modules completed give the 15-month PQiP (002 para 30, 000).
pub const MODULES_FOR_SHORT_PQIP: u8 = 3;
/// With exactly three, the fourth is funded and due within the first 6 months (000, 001).
pub const FOURTH_MODULE_DUE_MONTHS: u16 = 6;

// ---- Programme lengths -----------------------------------------------------------------------

/// The PQiP with three or four modules (000, 001, 002 para 30).
pub const PQIP_SHORT_MONTHS: u16 = 15;
/// The extended PQiP: the first 6 months are the missing modules (001, 002 para 29).
pub const PQIP_EXTENDED_MONTHS: u16 = 21;
/// The funded module months at the start of the extended PQiP, before Part 1 (001, 002 para 29).
pub const PQIP_EXTENDED_MODULE_MONTHS: u16 = 6;
/// Part 1 is the first six months of the 15-month PQiP (002 para 28).
pub const PQIP_PART1_MONTHS: u16 = 6;
/// Part 2 is the final nine months (002 para 28).
pub const PQIP_PART2_MONTHS: u16 = 9;
/// Part time takes "up to 30 months" (000). Scaling is [`Assumption::PartTimeProRata`].
pub const PART_TIME_MAX_MONTHS: u16 = 30;
/// Weekly hours in tenths: full time is 37 hours (000).
pub const FULL_TIME_TENTHS: u16 = 370;
/// Part time is 0.6 FTE (22.2 hours) at least (000).
pub const PART_TIME_MIN_TENTHS: u16 = 222;
/// Part time is 0.8 FTE (29.6 hours) at most (000).
pub const PART_TIME_MAX_TENTHS: u16 = 296;
/// The PQiP is "a level 6 equivalent qualification" (000), "at Honours Degree Level 6" (001): the
/// final year of an honours degree (002 para 28).
pub const PQIP_LEVEL: u8 = 6;
/// Its skills are assessed at work for "a Level 5 vocational qualification in Probation Practice"
/// (001; 000 "Diploma in Probation Practice").
pub const PQIP_VOCATIONAL_LEVEL: u8 = 5;
/// The CJL access study is "a short Level 4 study programme" (001) ...
pub const CJL_ACCESS_LEVEL: u8 = 4;
/// The CJL Level 4 access study takes "from three months" (001).
pub const CJL_LEVEL4_MONTHS: u16 = 3;
/// The bespoke CJL Level 5 course "normally takes a year" (001).
pub const CJL_LEVEL5_MONTHS: u16 = 12;
/// A new PSO's Level 3 Diploma in Probation Practice, ideally within 12 months (002 para 13).
pub const PSO_DIPLOMA_MONTHS: u16 = 12;
/// ... and at most three years in exceptional cases (002 Table One).
pub const PSO_DIPLOMA_MAX_YEARS: u16 = 3;

/// Intakes: "two intakes per year, one in summer and one at the start of each year" (001);
/// the months are [`Assumption::IntakeMonths`]. The 2021 contracts allowed up to four (004).
pub const INTAKE_MONTHS: [u32; 2] = [1, 7];

/// "The recruitment process usually takes six months. So, if you apply in January you can expect
/// to start in July" (official careers site, "Register your interest"; policy.md). Someone who can
/// apply from month E joins the first intake at least this many months later.
pub const RECRUITMENT_MONTHS: u16 = 6;
/// A module studied before applying takes about this many months ([`Assumption::ModulePace`]).
pub const MODULE_MONTHS: u16 = 4;
/// The 15-month PQiP needs the third module *started* when applying (001): two finished first.
pub const MODULES_FINISHED_BEFORE_THIRD: u8 = 2;
/// A serving PSO below Level 3 whose Diploma's first 12 months have passed: we take it as
/// finished this many months from now ([`Assumption::DiplomaFallback`]).
pub const DIPLOMA_OVERDUE_MONTHS: u16 = 6;
/// A successful applicant who cannot be placed may be deferred for up to 12 months (official
/// careers site, policy.md).
pub const DEFERRAL_MONTHS: u16 = 12;

/// The eligibility basics the newer official page lists (prisonandprobationjobs.gov.uk, "How to
/// apply"; policy.md): at least 18 years old, the right to work in the UK, and for vetting, having
/// lived in the UK for the last 3 years. Shown as information, never asked.
pub const MIN_AGE: u16 = 18;
pub const UK_RESIDENCE_YEARS: u16 = 3;
/// The newer official page lists "a minimum of a Level 3 qualification in any subject"; the seeds
/// say Level 5 (000, 001). The app follows the seeds and tells people at Level 3 or 4 with
/// experience what the newer page would mean for them.
pub const NEWER_PAGE_MIN_LEVEL: u8 = 3;

/// How many years ahead an intended start may be.
pub const START_YEARS_AHEAD: i32 = 10;

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

    /// Where PQiP learners of this region study (000).
    pub fn university(self) -> University {
        match self {
            Region::NorthEast | Region::YorkshireHumber => University::SheffieldHallam,
            Region::NorthWest | Region::GreaterManchester => University::LiverpoolJohnMoores,
            Region::KentSurreySussex | Region::EastOfEngland => University::DeMontfort,
            Region::EastMidlands
            | Region::WestMidlands
            | Region::London
            | Region::SouthCentral
            | Region::SouthWest
            | Region::Wales => University::Portsmouth,
        }
    }
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

    /// The three approved CJL providers (001).
    pub const CJL_PROVIDERS: [University; 3] = [
        University::DeMontfort,
        University::SheffieldHallam,
        University::Portsmouth,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            University::SheffieldHallam => "sheffield-hallam",
            University::LiverpoolJohnMoores => "liverpool-john-moores",
            University::DeMontfort => "de-montfort",
            University::Portsmouth => "portsmouth",
        }
    }

    /// Contacts from 001, for questions about the access courses and the knowledge modules (costs
    /// and time-scales), not PQiP applications. Liverpool John Moores teaches neither, so has none.
    pub fn course_contact(self) -> Option<Contact> {
        match self {
            University::DeMontfort => Some(Contact {
                email: "probation@dmu.ac.uk",
                phone: "0116 257 7700",
            }),
            University::SheffieldHallam => Some(Contact {
                email: "probation@shu.ac.uk",
                phone: "0114 225 2539",
            }),
            University::Portsmouth => Some(Contact {
                email: "CJL@port.ac.uk",
                phone: "02392 843 984",
            }),
            University::LiverpoolJohnMoores => None,
        }
    }

    pub fn is_cjl_provider(self) -> bool {
        University::CJL_PROVIDERS.contains(&self)
    }
}

/// Recruitment queries (001): for questions about applying.
pub const RECRUITMENT_PHONE: &str = "0808 164 9883";

// ---- The 2021 Qualification Alignment Process (002 paras 11-12, 31-35) ------------------------

/// The year of the Qualification Alignment Process.
pub const ALIGNMENT_YEAR: i32 = 2021;
/// Sign-off as "professionally qualified" needed over ten years' experience in offender
/// management or court roles (002 para 34).
pub const ALIGNMENT_SIGN_OFF_YEARS: u16 = 10;
/// The Alignment Qualification needed at least 21 months' such experience (002 para 34) ...
pub const ALIGNMENT_QUALIFICATION_MIN_MONTHS: u16 = 21;
/// ... and took four to six months (002 para 34).
pub const ALIGNMENT_QUALIFICATION_MONTHS: (u16, u16) = (4, 6);

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

/// The last year Annex B names for the social work degree with a probation component (002).
pub const SW_PROBATION_ANNEX_B_LAST_YEAR: u16 = 1998;
/// The first Diploma in Probation Studies cohort qualified in 2001 (002 Annex B): the last year we
/// accept the social work degree with a probation component ([`Assumption::SwProbationTo2001`]).
pub const SW_PROBATION_LAST_YEAR: u16 = 2001;

/// The earliest year a link may name as the year someone qualified.
pub const QUALYEAR_FIRST: u16 = 1950;
/// Social work qualifications were required "from the 1980s" (002 para 9, Annex B): we count them
/// from 1980 ([`Assumption::SocialWorkFrom1980`]); earlier ones are not recognised for their year.
pub const SW_FIRST_YEAR: u16 = 1980;

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

    /// The years in which it was the recognised qualification for Probation Officers (002 Annex B).
    pub fn era(self) -> Option<Era> {
        match self {
            HeldQualification::None => None,
            // "Pre 1996: ... a social work degree or post graduate social work qualification".
            HeldQualification::Sw => Some(Era {
                first: SW_FIRST_YEAR,
                last: Some(1996),
            }),
            // "1996 to 1998: ... a social work degree with a probation component"; being a social
            // work degree, it also counts in the earlier era; and up to the first DipPS cohort
            // ([`Assumption::SwProbationTo2001`]).
            HeldQualification::SwProbation => Some(Era {
                first: SW_FIRST_YEAR,
                last: Some(SW_PROBATION_LAST_YEAR),
            }),
            // "1998 to 2010: ... the Diploma in Probation Studies".
            HeldQualification::Dipps => Some(Era {
                first: 1998,
                last: Some(2010),
            }),
            // "2010 to 2016: The Probation Qualification Framework (PQF)".
            HeldQualification::Pqf => Some(Era {
                first: 2010,
                last: Some(2016),
            }),
            // "2016 to the present: The Professional Qualification in Probation (PQiP)".
            HeldQualification::Pqip => Some(Era {
                first: 2016,
                last: None,
            }),
        }
    }

    /// Whether holding this qualification, gained in `year`, is recognised (002 para 10).
    pub fn recognised_in(self, year: u16) -> bool {
        match self.era() {
            None => false,
            Some(era) => year >= era.first && era.last.is_none_or(|last| year <= last),
        }
    }
}
