//! English. Plain words, short sentences; never "you are eligible", always "based on your answers".
//! Every number in a sentence is filled in from `rules::policy` (`tests/catalogue.rs` checks); the
//! comment by each sentence, or its item in `rules::advice`, names the seed it comes from.

use super::{tenths, Messages, OptionWords, ProblemMessage, QuestionText};
use crate::rules::advice::{Ask, Counting, Dates, Figure, Headline, Step};
use crate::rules::answers::{Hours, Job};
use crate::rules::assess::{Change, Entry, Note, Opens, Pathway, Reason};
use crate::rules::compare::RouteOption;
use crate::rules::flow::Framing;
use crate::rules::journey::{Journey, ModulePlan, PartKind, Stage, StageKind};
use crate::rules::policy::{
    self as p, Assumption, HeldQualification, Module, Published, Region, Source, University,
};
use crate::rules::questions::{
    DIPLOMA_MONTH, DIPLOMA_UNSURE, FULL_TIME, PART_TIME, START_APPLIED, START_NEXT, START_OTHER,
    YES,
};
use crate::rules::{Question, YearMonth};
use crate::settings::{SetupProblem, AA_CONTRAST_X100, BRAND_DIGITS};
use chrono::NaiveDate;

pub struct English;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The start choice for someone off the PQiP routes who does not know their month.
const NOT_SURE: &str = "Not sure";

const COUNTS: [&str; 13] = [
    "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

fn plural(n: u16, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

fn words(label: &str, hint: &str) -> OptionWords {
    OptionWords {
        label: label.into(),
        hint: hint.into(),
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_ascii_uppercase().to_string() + chars.as_str()
    })
}

/// "University of Portsmouth" takes "the" in a sentence; the others are named as they are.
fn in_sentence(name: &str) -> String {
    if name.starts_with("University of") {
        format!("the {name}")
    } else {
        name.to_string()
    }
}

impl English {
    /// A level in a sentence: "a Level 4 qualification", or no qualifications at all.
    fn level_qualification(&self, level: u8) -> String {
        if level == 0 {
            "no qualifications, or entry level ones".into()
        } else {
            format!("a Level {level} qualification")
        }
    }

    /// The intake months, joined by " or " or " and ".
    fn intake_months(&self, joiner: &str) -> String {
        let names: Vec<&str> = p::INTAKE_MONTHS
            .iter()
            .filter_map(|m| MONTHS.get((*m as usize).saturating_sub(1)).copied())
            .collect();
        names.join(joiner)
    }

    /// A module as 001 names it, with the name 002 gives it.
    fn module_words(&self, name: &str, guidance_name: &str) -> OptionWords {
        OptionWords {
            label: name.into(),
            hint: format!(
                "Probably the module the {} guidance calls {guidance_name}",
                p::STATUTORY_GUIDANCE_YEAR
            ),
        }
    }

    fn providers_count(&self) -> &'static str {
        self.count_word(University::CJL_PROVIDERS.len())
    }
}

impl Messages for English {
    fn lang_code(&self) -> &'static str {
        "en"
    }
    fn service_name(&self) -> &'static str {
        "Become a probation officer: find your route"
    }
    fn skip_link(&self) -> &'static str {
        "Skip to main content"
    }
    fn privacy_link(&self) -> &'static str {
        "Privacy"
    }
    fn footer_note(&self) -> &'static str {
        "This tool is not run by HM Prison and Probation Service. It gives a likely route based on public information."
    }

    fn start_heading(&self) -> &'static str {
        "Find your route to becoming a probation officer"
    }
    fn start_paragraphs(&self) -> &'static [&'static str] {
        &["Answer a few questions to find out how you could train as a probation officer in England or Wales, and how long it is likely to take."]
    }
    fn start_list_intro(&self) -> &'static str {
        "You will find out:"
    }
    fn start_list(&self) -> &'static [&'static str] {
        &[
            "which route is likely for you",
            "how many months the training takes, and when you could finish",
            "which university you would probably study with",
            "what could make your route shorter",
        ]
    }
    fn start_button(&self) -> &'static str {
        "Start now"
    }
    fn privacy_promise(&self) -> &'static str {
        "Nothing you enter leaves your device. Your answers are kept only in this page's web address."
    }

    fn back(&self) -> &'static str {
        "Back"
    }
    fn continue_button(&self) -> &'static str {
        "Continue"
    }
    fn error_summary_title(&self) -> &'static str {
        "There is a problem"
    }
    fn error_prefix(&self) -> &'static str {
        "Error:"
    }
    fn question(&self, q: Question) -> QuestionText {
        let (title, hint, short): (String, String, String) = match q {
            Question::Qualified => (
                "Do you already have a probation qualification?".into(),
                "Choose the qualification you got when you qualified as a probation officer.".into(),
                "Probation qualification".into(),
            ),
            Question::QualYear => (
                "What year did you qualify?".into(),
                "The year is on your certificate.".into(),
                "Year you qualified".into(),
            ),
            Question::Level => (
                "What is the highest level of qualification you have?".into(),
                "Choose the highest level you have finished. It can be in any subject.".into(),
                "Highest qualification".into(),
            ),
            Question::Overseas => (
                "Did you get this qualification outside the UK?".into(),
                String::new(),
                "Qualification from outside the UK".into(),
            ),
            Question::Job => (
                "Do you work for the Probation Service or the Ministry of Justice now?".into(),
                String::new(),
                "Current job".into(),
            ),
            // 000: "at least 6 months effective service", a term the seeds do not define: the line
            // manager knows what counts.
            Question::Service => (
                "How many months have you worked as a PSO?".into(),
                format!("Count the whole months you have worked as a PSO. PSO Progression needs {} months of \u{2018}effective service\u{2019}, and the careers pages do not say what counts, such as time off: ask your line manager.", p::PSO_PROGRESSION_MIN_SERVICE),
                "Months as a PSO".into(),
            ),
            // 000: PSO Progression needs Level 3; 002 para 13: the Diploma, ideally within 12
            // months, at most 3 years. The fallback is our estimate (policy.md).
            Question::Diploma => (
                format!(
                    "When do you expect to finish your Level {} Diploma in Probation Practice?",
                    p::PSO_PROGRESSION_MIN_LEVEL
                ),
                format!(
                    "PSO Progression needs a Level {} qualification, which the Diploma gives you. New PSOs take it ideally within {} months, and at most {} years. Your line manager can tell you when you are likely to finish.",
                    p::PSO_PROGRESSION_MIN_LEVEL,
                    p::PSO_DIPLOMA_MONTHS,
                    p::PSO_DIPLOMA_MAX_YEARS
                ),
                "Diploma finished by".into(),
            ),
            // 000: Internal MOJ needs "at least 120 credits attained at level 5".
            Question::Credits5 => (
                format!(
                    "Does your qualification include at least {} credits at Level {}?",
                    p::INTERNAL_MOJ_CREDITS,
                    p::PQIP_MIN_LEVEL
                ),
                "Your certificate or transcript shows the credits and their level.".into(),
                format!("Credits at Level {}", p::PQIP_MIN_LEVEL),
            ),
            // 001: "working with offenders or with other individuals exhibiting challenging
            // behaviour and/or whose lives are in crisis".
            Question::Exp => (
                "Have you worked with people who have offended, or people whose lives are in crisis?".into(),
                "This can be paid or voluntary, in any setting. It includes people whose behaviour is challenging.".into(),
                "Relevant experience".into(),
            ),
            // 001: the access route needs "a relevant Level 3 vocational qualification"; the
            // universities answer questions about the access courses.
            Question::L3vq => (
                format!(
                    "Do you have a relevant Level {} vocational qualification?",
                    p::PSO_PROGRESSION_MIN_LEVEL
                ),
                "A vocational qualification is a work-related one. The careers pages do not say which ones count as relevant: you can ask the universities that run the access route.".into(),
                "Relevant vocational qualification".into(),
            ),
            // 001: the four areas, "either within your Level 5 or above qualification, or through
            // completion of the required knowledge modules"; each about 200 hours.
            Question::Done => (
                "Which of these knowledge modules have you finished?".into(),
                format!(
                    "You may have covered them within a Level {} or higher qualification, such as a degree, or by taking the modules. Select every one you have covered, not only the one your qualification is named after. Most modules take about {} hours of study.",
                    p::PQIP_MIN_LEVEL,
                    p::MODULE_STUDY_HOURS
                ),
                "Modules finished".into(),
            ),
            Question::Doing => (
                "Are you studying any of the other modules now?".into(),
                "Select all that apply.".into(),
                "Modules you are studying".into(),
            ),
            // 004: twelve regions, "one covering the whole of Wales".
            Question::Region => (
                "Which region do you want to work in?".into(),
                "Wales is one region.".into(),
                "Region".into(),
            ),
            // 001: PQiP learners are "employed on permanent Probation Service Officer contracts".
            Question::Hours => (
                "How many hours a week do you want to work?".into(),
                "Trainees are employed as Probation Services Officers while they train.".into(),
                "Hours a week".into(),
            ),
            // 001: a campaign of application, online test and assessment centre, then clearance;
            // "usually two intakes per year, one in summer and one at the start of each year".
            // The six months: the official careers pages (policy.md).
            Question::Start => (
                "When could you start the PQiP?".into(),
                format!(
                    "Applying takes about {}: an application, an online test, an assessment centre, then security clearance. Each recruitment campaign advertises its own start date. There are usually {} intakes a year, at the start of the year and in summer.",
                    self.months_count(p::RECRUITMENT_MONTHS),
                    self.count_word(p::INTAKE_MONTHS.len())
                ),
                "Start".into(),
            ),
            Question::Applied => (
                "Have you already applied for this intake, or do you have an offer?".into(),
                String::new(),
                "Already applied".into(),
            ),
        };
        QuestionText { title, hint, short }
    }
    // The two intakes a year (001) are the PQiP's; off the PQiP routes the start is the access
    // study or a PSO job, whose dates the seeds do not give, so the default month is named as our
    // estimate (policy.md: the next January or July). The hours are the PQiP's, at the journey's
    // end: employed as a PSO with some study time (001), and study in their own time (000).
    fn framed(&self, q: Question, framing: Framing) -> Option<(String, String)> {
        let dates = "We will work out your dates from the month you choose.";
        let not_sure = format!(
            "If you are not sure, choose \u{201c}{}\u{201d}: we count from the first {} at least {} from now.",
            NOT_SURE,
            self.intake_months(" or "),
            self.months_count(p::RECRUITMENT_MONTHS)
        );
        match (q, framing) {
            (_, Framing::Pqip) => None,
            (Question::Start, Framing::CjlAccess) => Some((
                "When could you start the access route?".into(),
                format!("Your answers so far point to the access route: a short Level {} course, then a Level {} course, before you apply for the PQiP. {dates} The universities that run it can tell you when it starts. {not_sure} This is our estimate, not a date the course starts.", p::CJL_ACCESS_LEVEL, p::PQIP_MIN_LEVEL),
            )),
            (Question::Start, Framing::PsoJob) => Some((
                "When could you start work as a Probation Services Officer (PSO)?".into(),
                format!("Your answers so far point to starting as a PSO, then applying for the PQiP from your PSO role. {dates} {not_sure} This is our estimate, not a date when PSO jobs start."),
            )),
            (Question::Hours, Framing::CjlAccess | Framing::PsoJob) => Some((
                "When you train on the PQiP, how many hours a week do you want to work?".into(),
                "The PQiP is the last stage of your journey. Its trainees are employed as Probation Services Officers, with some study time at work, and also study in their own time.".into(),
            )),
            _ => None,
        }
    }
    fn option(&self, q: Question, value: &str) -> OptionWords {
        match (q, value) {
            (Question::Qualified, v) => match HeldQualification::from_slug(v) {
                Some(HeldQualification::None) => words("No, I do not", ""),
                Some(held) => words(&capitalised(self.qualification_name(held)), ""),
                None => OptionWords::default(),
            },
            // The examples for Levels 1 to 4 and 8 are the RQF's own (general knowledge, not
            // policy); those for Levels 5 to 7 are 001's.
            (Question::Level, v) => match v.parse::<u8>() {
                Ok(0) => words("No qualifications, or entry level", ""),
                Ok(level) => OptionWords {
                    label: format!("Level {level}"),
                    hint: match level {
                        1 => "For example, GCSEs at grades 3 to 1 (D to G)".into(),
                        2 => "For example, GCSEs at grades 9 to 4 (A* to C)".into(),
                        3 => format!("For example, A levels, a BTEC National or a Level {level} diploma"),
                        4 => "For example, a Higher National Certificate (HNC) or a Certificate of Higher Education".into(),
                        5 => format!("For example, an HND, a Foundation Degree, a Diploma of Higher Education (DipHE), a Level {level} vocational qualification or a Higher Apprenticeship"),
                        6 => "For example, a bachelor's degree".into(),
                        7 => "For example, a master's degree".into(),
                        _ => "For example, a doctorate (PhD)".into(),
                    },
                },
                Err(_) => OptionWords::default(),
            },
            (
                Question::Overseas
                | Question::Credits5
                | Question::Exp
                | Question::L3vq
                | Question::Applied,
                YES,
            ) => words("Yes", ""),
            (
                Question::Overseas
                | Question::Credits5
                | Question::Exp
                | Question::L3vq
                | Question::Applied,
                _,
            ) => words("No", ""),
            (Question::Job, v) => match v {
                "pso" => words("Probation Services Officer (PSO) in the Probation Service", ""),
                "moj" => words("Another job in the Ministry of Justice", ""),
                _ => words(
                    "Neither of these",
                    "This includes working somewhere else, studying, or not working",
                ),
            },
            // 001 names the modules one way, 002 para 30 another: both, so people can match
            // their transcript.
            (Question::Done | Question::Doing, v) => match Module::from_slug(v) {
                Some(Module::Crime) => self.module_words("Crime and Criminal Behaviour", "Criminology"),
                Some(Module::Cjs) => self.module_words("Criminal Justice System", "Community Justice"),
                Some(Module::Penal) => {
                    self.module_words("Penal Policy and Punishment of Offenders", "Penology")
                }
                Some(Module::Rehab) => words("Rehabilitation of Offenders", ""),
                None => OptionWords::default(),
            },
            (Question::Region, v) => words(
                match Region::from_slug(v) {
                    Some(Region::NorthEast) => "North East",
                    Some(Region::YorkshireHumber) => "Yorkshire and the Humber",
                    Some(Region::NorthWest) => "North West",
                    Some(Region::GreaterManchester) => "Greater Manchester",
                    Some(Region::KentSurreySussex) => "Kent, Surrey and Sussex",
                    Some(Region::EastOfEngland) => "East of England",
                    Some(Region::EastMidlands) => "East Midlands",
                    Some(Region::WestMidlands) => "West Midlands",
                    Some(Region::London) => "London",
                    Some(Region::SouthCentral) => "South Central",
                    Some(Region::SouthWest) => "South West",
                    Some(Region::Wales) => "Wales",
                    None => "",
                },
                "",
            ),
            // 000: full time 37 hours; part time 0.6 to 0.8 FTE, where the region has places.
            (Question::Hours, FULL_TIME) => OptionWords {
                label: format!("Full time ({} hours a week)", tenths(p::FULL_TIME_TENTHS)),
                hint: String::new(),
            },
            (Question::Hours, PART_TIME) => OptionWords {
                label: "Part time".into(),
                hint: format!(
                    "Between {} and {} hours a week. Part-time places may be available in your region, but are not guaranteed.",
                    tenths(p::PART_TIME_MIN_TENTHS),
                    tenths(p::PART_TIME_MAX_TENTHS)
                ),
            },
            (Question::Start, START_NEXT) => words("The first intake I could join", ""),
            (Question::Start, START_APPLIED) => self.start_applied(),
            (Question::Start, START_OTHER) => words(self.start_other(Framing::Pqip), ""),
            (Question::Diploma, DIPLOMA_UNSURE) => words(
                NOT_SURE,
                &format!(
                    "We estimate {} from when you started as a PSO, or {} from now if that has passed.",
                    self.months_count(p::PSO_DIPLOMA_MONTHS),
                    self.months_count(p::DIPLOMA_OVERDUE_MONTHS)
                ),
            ),
            (Question::Diploma, DIPLOMA_MONTH) => words("I expect to finish in", ""),
            _ => OptionWords::default(),
        }
    }
    fn details(&self, q: Question) -> Option<(&'static str, Vec<String>)> {
        match q {
            // 002 para 14: UK ENIC's Statement of Comparability.
            Question::Level => Some((
                "I do not know my level",
                vec![
                    "Look at your certificate: many say the level on them.".into(),
                    "You can also ask the college, university or training provider that gave it to you.".into(),
                    "If you got it outside the UK, UK ENIC can tell you what it compares to.".into(),
                ],
            )),
            // 001: "How can someone gain relevant experience".
            Question::Exp => Some((
                "What counts as experience",
                vec![
                    "Work with people who have offended, or with people whose behaviour is challenging or whose lives are in crisis.".into(),
                    "It can be paid or voluntary, in many kinds of setting, inside or outside criminal justice.".into(),
                    "Experience is a factor in recruitment, but there is no formal weighting for how much you have.".into(),
                ],
            )),
            _ => None,
        }
    }
    fn none_of_these(&self, q: Question) -> &'static str {
        match q {
            Question::Doing => "No, I am not studying any others",
            _ => "I have not finished any of these",
        }
    }
    fn or(&self) -> &'static str {
        "or"
    }
    fn hours_label(&self) -> &'static str {
        "Hours a week"
    }
    fn month_label(&self) -> &'static str {
        "Month"
    }
    fn start_next(&self, next: YearMonth, framing: Framing) -> String {
        match framing {
            Framing::Pqip => format!("If I apply now: {}", self.month(next)),
            Framing::CjlAccess | Framing::PsoJob => {
                format!("{NOT_SURE}: count from {}", self.month(next))
            }
        }
    }
    fn start_other(&self, framing: Framing) -> &'static str {
        match framing {
            Framing::Pqip => "A later intake",
            Framing::CjlAccess | Framing::PsoJob => "A different month",
        }
    }
    // policy.md: a sooner start is only realistic for someone who has applied or holds an offer.
    fn start_applied(&self) -> OptionWords {
        words(
            "I have already applied for an intake, or I have an offer",
            "Enter the month the intake starts, as the campaign or your offer gives it.",
        )
    }
    fn applied_answer(&self) -> &'static str {
        "you have applied or have an offer"
    }
    fn year_label(&self) -> &'static str {
        "Year"
    }
    fn problem_words(&self, m: ProblemMessage, title: &str) -> String {
        use ProblemMessage as M;
        match m {
            M::UnknownModule(name) => format!("“{name}” is not one of the knowledge modules. Select the modules from the list"),
            M::ModulesDoneMissing => "Select the modules you have finished, or select that you have not finished any".into(),
            M::ModulesDoneAndDoing => "A module cannot be both finished and being studied. Select only the ones you are studying now".into(),
            M::ModulesDoingMissing => "Select the modules you are studying, or select that you are not studying any".into(),
            M::HoursMissing => "Select full time or part time".into(),
            M::HoursPartTimeMissing => format!(
                "Enter your part-time hours a week, from {} to {}",
                tenths(p::PART_TIME_MIN_TENTHS),
                tenths(p::PART_TIME_MAX_TENTHS)
            ),
            M::HoursNotANumber => format!(
                "Enter your hours a week as a number, from {} to {}",
                tenths(p::PART_TIME_MIN_TENTHS),
                tenths(p::PART_TIME_MAX_TENTHS)
            ),
            M::HoursTooPrecise => "Enter the hours with no more than one number after the point".into(),
            M::HoursBelowPartTime => format!(
                "Part time is at least {min} hours a week. Enter {min} or more",
                min = tenths(p::PART_TIME_MIN_TENTHS)
            ),
            M::HoursAbovePartTime => format!(
                "Part time is at most {max} hours a week. Enter {max} or fewer, or choose full time for {} hours",
                tenths(p::FULL_TIME_TENTHS),
                max = tenths(p::PART_TIME_MAX_TENTHS)
            ),
            M::HoursAboveFullTime => format!(
                "Full time on the PQiP is {} hours a week. Choose full time, or enter part-time hours from {} to {}",
                tenths(p::FULL_TIME_TENTHS),
                tenths(p::PART_TIME_MIN_TENTHS),
                tenths(p::PART_TIME_MAX_TENTHS)
            ),
            M::StartInPast { earliest } => format!(
                "The start cannot be in the past. Enter {} or later",
                self.month(earliest)
            ),
            M::StartOutOfRange { first, last } => format!(
                "The start must be between {} and {}",
                self.month(first),
                self.month(last)
            ),
            M::StartNotAMonth => "Enter the month, as its name or its number, and the year of the start".into(),
            M::MonthBox => format!(
                "Enter the month as its name, or as a number from {} to {}",
                1,
                MONTHS.len()
            ),
            M::YearBox { example } => format!("Enter the year in full, such as {example}"),
            M::StartTooSoon { earliest } => format!(
                "Applying takes about {}, so the first intake you could join is {}. Enter {} or later, or choose that you have already applied",
                self.months_count(p::RECRUITMENT_MONTHS),
                self.month(earliest),
                self.month(earliest)
            ),
            M::DiplomaInPast { earliest } => format!(
                "Enter when you expect to finish: {} or later. If you have finished it, you have a Level {} qualification: change your answer to the highest level",
                self.month(earliest),
                p::PSO_PROGRESSION_MIN_LEVEL
            ),
            M::DiplomaOutOfRange { first, last } => format!(
                "Enter a month between {} and {}",
                self.month(first),
                self.month(last)
            ),
            M::DiplomaNotAMonth => "Enter the month, as its name or its number, and the year you expect to finish, or choose that you are not sure".into(),
            M::ServiceOutOfRange { max } => format!("Enter a number of months up to {max}"),
            M::ServiceMissing => "Enter how many months you have worked as a PSO".into(),
            M::ServiceNotANumber => "Enter the months as a whole number".into(),
            M::YearOutOfRange { min, max } => format!("Enter a year between {min} and {max}"),
            M::YearMissing => "Enter the year you qualified".into(),
            M::YearNotANumber => "Enter the year in full, as it is on your certificate".into(),
            M::GivenTwice => format!("The link gives different answers for {title}. Choose one"),
            M::Unreadable => format!("The link's answer for {title} could not be read. Choose again"),
            M::Missing => format!("Select an answer for {title}"),
            M::NotAChoice => format!("The answer for {title} is not one of the choices. Choose one"),
        }
    }

    fn check_heading(&self) -> &'static str {
        "Check your answers"
    }
    fn change(&self) -> &'static str {
        "Change"
    }
    fn check_button(&self) -> &'static str {
        "See your route"
    }
    fn result_heading(&self) -> &'static str {
        "Your likely route"
    }
    fn headline(&self, h: Headline) -> &'static str {
        match h {
            Headline::AlreadyQualified => "You can apply for probation officer jobs",
            Headline::Pqip | Headline::PqipServing => "Train as a probation officer through the Professional Qualification in Probation (PQiP)",
            Headline::CjlAccess => "Take the Community Justice Learning access route, then apply for the PQiP",
            Headline::PsoNewcomer => "Start as a Probation Services Officer (PSO)",
            Headline::PsoServing => "Stay in your PSO role, then apply through PSO Progression",
        }
    }
    fn summary(&self, h: Headline) -> &'static str {
        match h {
            // 002 para 10 and Annex B.
            Headline::AlreadyQualified => "Based on your answers, you already hold the qualification that was recognised when you qualified. You do not need to train again.",
            // 000, 001: learners are employed as PSOs and qualify at the end.
            Headline::Pqip => "Based on your answers, you could train as a probation officer. You would be employed as a Probation Services Officer (PSO) while you study for the PQiP, and qualify when you finish it.",
            // 001: successful staff move into a PSO PQiP-learner role.
            Headline::PqipServing => "Based on your answers, you could train as a probation officer from your PSO role. You would move into a PQiP learner role, still employed as a PSO, and qualify when you finish the PQiP.",
            // 001: the access route.
            Headline::CjlAccess => "Based on your answers, you could study for the qualification the PQiP needs through Community Justice Learning: a short access course, then a distance-learning course with a university. After that you could apply for the PQiP.",
            // 001: "you don't need a qualification to apply".
            Headline::PsoNewcomer => "Based on your answers, you could start by applying to be a Probation Services Officer (PSO). You do not need a qualification to apply. PSOs work with people on probation, and can later apply to train as probation officers.",
            // 000: PSO Progression, for serving PSOs.
            Headline::PsoServing => "Based on your answers, your way in is PSO Progression, the internal route for serving PSOs: you stay in your role and apply for the PQiP once you meet its conditions.",
        }
    }
    fn figure(&self, f: Figure) -> (String, String) {
        match f {
            Figure::PqipMonths {
                months,
                full_time_months,
                part_time,
                conditional,
            } => {
                let condition = if conditional {
                    ", if you finish your third module before you start"
                } else {
                    ""
                };
                let detail = match part_time {
                    None => format!("The {full_time_months}-month programme, full time{condition}. You qualify at the end."),
                    Some(h) => format!("The {full_time_months}-month programme, part time at {h} hours a week{condition}. You qualify at the end."),
                };
                (format!("{months} months of training"), detail)
            }
            Figure::AccessMonths { months } => (
                format!("About {months} months of access study"),
                format!(
                    "A Level {} course from {} months, then a Level {} course that normally takes a year. Then you could apply for the PQiP.",
                    p::CJL_ACCESS_LEVEL,
                    p::CJL_LEVEL4_MONTHS,
                    p::PQIP_MIN_LEVEL
                ),
            ),
            Figure::DiplomaMonths { months } => (
                plural(months, "month", "months"),
                format!(
                    "For the Level {} Diploma in Probation Practice, which new PSOs take, ideally in their first {} months.",
                    p::PSO_PROGRESSION_MIN_LEVEL,
                    p::PSO_DIPLOMA_MONTHS
                ),
            ),
            Figure::ProgressionIn { months, opens } => (
                plural(months, "month", "months"),
                format!(
                    "Of service to go before you could apply through PSO Progression, in {}.",
                    self.month(opens)
                ),
            ),
            Figure::FirstMonthsAsPso { months, opens } => (
                plural(months, "month", "months"),
                format!(
                    "Of service as a PSO before you could apply through PSO Progression, in {}. Your qualification already meets the Level {} it asks for.",
                    self.month(opens),
                    p::PSO_PROGRESSION_MIN_LEVEL
                ),
            ),
            Figure::DiplomaThenProgression { months, opens, diploma, expected } => (
                plural(months, "month", "months"),
                format!(
                    "Until you could apply through PSO Progression, in {}. It needs the Level {} Diploma in Probation Practice, which {} {}, and {} of service.",
                    self.month(opens),
                    p::PSO_PROGRESSION_MIN_LEVEL,
                    if expected { "you expect to finish in" } else { "we estimate you finish in" },
                    self.month(diploma),
                    self.months_count(p::PSO_PROGRESSION_MIN_SERVICE)
                ),
            ),
        }
    }
    fn dates(&self, d: Dates) -> String {
        match d {
            Dates::AccessDone { start, finish } => format!(
                "If you start in {}, you could finish the access study in {}. Then you could apply for the PQiP.",
                self.month(start),
                self.month(finish)
            ),
            Dates::DiplomaBy { start, finish, has_level3: false } => format!(
                "If you start as a PSO in {}, you could finish the Level {} Diploma by {}.",
                self.month(start),
                p::PSO_PROGRESSION_MIN_LEVEL,
                self.month(finish)
            ),
            // 002 para 13: every new PSO takes the Diploma, whatever they hold.
            Dates::DiplomaBy { start, finish, has_level3: true } => format!(
                "Every new PSO also takes the Level {} Diploma in Probation Practice, whatever their qualifications: if you start in {}, you could finish it by {}.",
                p::PSO_PROGRESSION_MIN_LEVEL,
                self.month(start),
                self.month(finish)
            ),
        }
    }
    fn entry_name(&self, e: Entry) -> &'static str {
        match e {
            Entry::National => "How you apply: the national recruitment campaign",
            Entry::PsoProgression => "How you apply: PSO Progression, the internal route for serving PSOs",
            Entry::InternalMoj => "How you apply: the Internal Ministry of Justice route, for Ministry of Justice staff",
        }
    }
    fn pathway_name(&self, path: Pathway, job: Job) -> String {
        match path {
            Pathway::AlreadyQualified => "Apply for probation officer jobs".into(),
            Pathway::Pqip(Entry::National) => {
                "The PQiP, through the national recruitment campaign".into()
            }
            Pathway::Pqip(Entry::PsoProgression) => "The PQiP, through PSO Progression".into(),
            Pathway::Pqip(Entry::InternalMoj) => {
                "The PQiP, through the Internal Ministry of Justice route".into()
            }
            Pathway::CjlAccess => "The Community Justice Learning access route".into(),
            Pathway::PsoPathway if job == Job::Pso => {
                "Stay in your PSO role and apply through PSO Progression later".into()
            }
            Pathway::PsoPathway => "Apply to be a Probation Services Officer (PSO)".into(),
        }
    }
    fn university_heading(&self) -> &'static str {
        "Where you would probably study"
    }
    fn pqip_university_label(&self) -> &'static str {
        "Where you would probably study for the PQiP"
    }
    fn university_name(&self, u: University) -> &'static str {
        match u {
            University::SheffieldHallam => "Sheffield Hallam University",
            University::LiverpoolJohnMoores => "Liverpool John Moores University",
            University::DeMontfort => "De Montfort University",
            University::Portsmouth => "University of Portsmouth",
        }
    }
    // 000 gives the region's university; 004: the 2021 contracts' final intake.
    fn university_caveat(&self, internal: bool) -> String {
        let (last, extended) = p::CONTRACTS_FINAL_INTAKE;
        format!(
            "The careers pages link each region to a university. The contracts advertised in {} were to take their last learners in {last}, or {extended} if extended, so this may have changed: check with {}.",
            self.published(Source::News2021.published()),
            if internal { "your line manager" } else { "the recruitment line" }
        )
    }
    fn ask_heading(&self) -> &'static str {
        "Who to ask"
    }
    fn ask_label(&self, a: &Ask) -> String {
        match a {
            Ask::Recruitment => "Questions about applying: the recruitment line".into(),
            Ask::LineManager => "Questions about the internal routes".into(),
            // 001: the providers give "costs and precise time-scales".
            Ask::CourseProviders(list) if list.len() == 1 => "Questions about the access courses and the knowledge modules, such as their costs and how long they take. This university teaches them; it does not handle PQiP applications.".into(),
            Ask::CourseProviders(list) => format!(
                "Questions about the access courses and the knowledge modules, such as their costs and how long they take. These {} universities teach them; they do not handle PQiP applications.",
                self.count_word(list.len())
            ),
        }
    }
    fn recruitment_name(&self) -> &'static str {
        "Recruitment queries"
    }
    fn line_manager(&self) -> &'static str {
        "Talk to your line manager, or look on the HMPPS intranet."
    }
    fn email_label(&self) -> &'static str {
        "Email"
    }
    fn phone_label(&self) -> &'static str {
        "Phone"
    }
    fn why_heading(&self) -> &'static str {
        "Why"
    }
    fn why_intro(&self) -> &'static str {
        "Based on your answers:"
    }
    fn reason(&self, r: &Reason) -> String {
        let five = p::PQIP_MIN_LEVEL;
        let three = p::PSO_PROGRESSION_MIN_LEVEL;
        let modules = self.count_word(Module::ALL.len());
        match *r {
            Reason::HoldsRecognised { qualification, year, by_our_reading: false } => format!(
                "you got the {} in {year}, when it was the recognised qualification for probation officers",
                self.qualification_name(qualification)
            ),
            Reason::HoldsRecognised { qualification, year, by_our_reading: true } => format!(
                "you got the {} in {year}, which by our reading still counts (the reading is below). Confirm this with the recruitment line before you rely on it",
                self.qualification_name(qualification)
            ),
            Reason::PsoWithService { level, months } => format!(
                "you are a PSO with a Level {level} qualification and {} of service (PSO Progression needs Level {three} and {})",
                self.months_count(months),
                self.months_count(p::PSO_PROGRESSION_MIN_SERVICE)
            ),
            Reason::MojWithCredits { level } => format!(
                "you work for the Ministry of Justice and have a Level {level} qualification with {} credits at Level {five}",
                p::INTERNAL_MOJ_CREDITS
            ),
            Reason::LevelAndExperience { level, pso_work: false } => format!(
                "you have a Level {level} qualification and relevant experience (the PQiP needs Level {five} or above, and experience)"
            ),
            Reason::LevelAndExperience { level, pso_work: true } => format!(
                "you have a Level {level} qualification, and your work as a PSO is relevant experience (the PQiP needs Level {five} or above, and experience)"
            ),
            Reason::ModulesDone { count } if usize::from(count) >= Module::ALL.len() => format!(
                "you have finished all {modules} knowledge modules, so the programme is likely to be {} months",
                p::PQIP_SHORT_MONTHS
            ),
            Reason::ModulesDone { count } => format!(
                "you have finished {} of the {modules} knowledge modules, so the programme is likely to be {} months",
                self.count_word(usize::from(count)),
                p::PQIP_SHORT_MONTHS
            ),
            Reason::TwoDoneThirdStarted => format!(
                "you have finished {} modules and started a third",
                self.count_word(usize::from(p::MODULES_FOR_SHORT_PQIP - 1))
            ),
            Reason::FewModulesDone { count, module_months } => format!(
                "{}. With fewer than {}, the first {} months are spent on the missing modules, so it is likely to be the {}-month programme",
                if count == 0 {
                    "you have not finished any of the knowledge modules".to_string()
                } else {
                    format!("you have finished {} of the {modules} knowledge modules", self.count_word(usize::from(count)))
                },
                self.count_word(usize::from(p::MODULES_FOR_SHORT_PQIP)),
                module_months,
                p::PQIP_EXTENDED_MONTHS
            ),
            Reason::PartTime { hours, full_time_months } => format!(
                "you want to work {hours} hours a week, so the {full_time_months}-month programme takes longer"
            ),
            Reason::StudyInRegion { region, university } => format!(
                "the careers pages link {} to {}",
                self.region_name(region),
                in_sentence(self.university_name(university))
            ),
            Reason::CjlAnyProvider => format!(
                "the FAQ lists {} universities that teach the access courses, not one for each region: they are under “{}”",
                self.providers_count(),
                self.ask_heading()
            ),
            Reason::CjlLevelExperienceVq { level } => format!(
                "you have {}, below the Level {five} the PQiP needs, but you have relevant experience and a relevant Level {three} vocational qualification",
                self.level_qualification(level)
            ),
            Reason::LevelBelowPqip { level } => format!(
                "you have {}. Applying for the PQiP through the national campaign needs Level {five} or above",
                self.level_qualification(level)
            ),
            Reason::NoExperience => "you have not yet worked with people who have offended, or people whose behaviour is challenging or whose lives are in crisis. Applying through the national campaign needs this experience".into(),
            Reason::NoLevel3Vq => format!(
                "you do not have a relevant Level {three} vocational qualification, which the access route needs"
            ),
            Reason::PsoNeedsMoreService { months } => format!(
                "you are a PSO with {} of service. PSO Progression needs {}",
                self.months_count(months),
                self.months_count(p::PSO_PROGRESSION_MIN_SERVICE)
            ),
            Reason::PsoNeedsLevel3 { level } => format!(
                "you are a PSO with {}. PSO Progression needs Level {three}, which the Level {three} Diploma in Probation Practice gives you",
                self.level_qualification(level)
            ),
            Reason::MojWithoutCredits => format!(
                "the Internal Ministry of Justice route needs {} credits at Level {five}",
                p::INTERNAL_MOJ_CREDITS
            ),
        }
    }
    fn changes_heading(&self) -> &'static str {
        "What would change this"
    }
    fn change_text(&self, c: &Change) -> String {
        let five = p::PQIP_MIN_LEVEL;
        let three = p::PSO_PROGRESSION_MIN_LEVEL;
        match *c {
            // 001: the 15-month route needs the third module started; each about 200 hours.
            Change::OtherModulePlan { plan: ModulePlan::StartThirdNow, to, shift, .. } => format!(
                "Start your third knowledge module before you apply: the {}-month programme needs it only started then. Our reading is that you finish it before the PQiP starts. It would take {to} months: you could qualify in {} instead of {}.",
                p::PQIP_SHORT_MONTHS,
                self.month(shift.by),
                self.month(shift.instead)
            ),
            Change::OtherModulePlan { more, to, shift, .. } => format!(
                "Finish {} first (about {} hours of study{each}; we estimate {}{each}), start a third, then apply: the PQiP would take {to} months if you finish the third before it starts, and you could qualify in {} instead of {}.",
                if more == 1 {
                    "one knowledge module".to_string()
                } else {
                    format!("{} knowledge modules", self.count_word(usize::from(more)))
                },
                p::MODULE_STUDY_HOURS,
                self.months_count(p::MODULE_MONTHS),
                self.month(shift.by),
                self.month(shift.instead),
                each = if more == 1 { "" } else { " each" },
            ),
            Change::FinishThirdBeforeStart { otherwise, shift } => format!(
                "If you do not finish your third module before you start, the PQiP is likely to take {otherwise} months: you would qualify in {} instead of {}.",
                self.month(shift.by),
                self.month(shift.instead)
            ),
            Change::WorkFullTime { months, shift } => format!(
                "Working full time ({} hours a week), the PQiP would take {months} months: you could qualify in {} instead of {}.",
                tenths(p::FULL_TIME_TENTHS),
                self.month(shift.by),
                self.month(shift.instead)
            ),
            Change::GainExperience { opens: Opens::Pqip } => "Relevant experience, paid or voluntary, would let you apply for the PQiP.".into(),
            Change::GainExperience { opens: Opens::CjlAccess { has_vq: false } } => format!(
                "Relevant experience, paid or voluntary, with a relevant Level {three} vocational qualification, would open the Community Justice Learning access route to the PQiP."
            ),
            Change::GainExperience { opens: Opens::CjlAccess { has_vq: true } } => format!(
                "Relevant experience, paid or voluntary, would open the Community Justice Learning access route to the PQiP: it needs that as well as the relevant Level {three} vocational qualification you have."
            ),
            Change::GainLevel3Vq => format!(
                "A relevant Level {three} vocational qualification would open the Community Justice Learning access route to the PQiP."
            ),
            Change::GainLevel5 { with_experience: true } => format!(
                "A Level {five} qualification in any subject, with relevant experience, would let you apply for the PQiP."
            ),
            Change::GainLevel5 { with_experience: false } => format!(
                "A Level {five} qualification in any subject would let you apply for the PQiP."
            ),
            Change::GainCredits => format!(
                "If your qualification includes at least {} credits at Level {five}, you could apply through the Internal Ministry of Justice route.",
                p::INTERNAL_MOJ_CREDITS
            ),
            // 001: the CJL qualifications can be taken in their own right; the access route is for
            // people with experience and a relevant Level 3 vocational qualification.
            Change::StudyCjl => format!(
                "The Community Justice Learning Level {} and Level {five} courses can also be studied in their own right, without applying for the PQiP. As a way into the PQiP, the access route is for people with relevant experience and a relevant Level {three} vocational qualification.",
                p::CJL_ACCESS_LEVEL
            ),
        }
    }
    fn note(&self, n: &Note) -> String {
        match *n {
            Note::OverseasComparability => "Your qualification is from outside the UK. Ask UK ENIC for a Statement of Comparability, which says what it compares to in the UK. Our reading: the guidance asks this of staff, and we assume you need it too. This result assumes your qualification compares to the level you gave.".into(),
            // A year before the qualification's first is more likely a slip than a fact.
            Note::NotRecognisedForYear { qualification, year } => match qualification.era() {
                Some(era) if year < era.first => format!(
                    "The {} was the recognised qualification for probation officers from {}, not in {year}. If you gained it later, change the year you gave. Until then, this result looks at the other routes.",
                    self.qualification_name(qualification),
                    era.first
                ),
                _ => format!(
                    "The {} was not the recognised qualification for probation officers in {year}, so this result looks at the other routes.",
                    self.qualification_name(qualification)
                ),
            },
            // 002 paras 11-12, 31-35.
            Note::AlignmentProcess => format!(
                "In {} the Qualification Alignment Process let staff without the recognised qualification be signed off with over {} years' experience in offender management or court roles, or take an Alignment Qualification of {} to {} months with at least {} months' experience. It was only open to staff then working as probation officers or above, not PSOs. If you work in the Probation Service, ask your line manager or HR whether anything like it applies to you now.",
                p::ALIGNMENT_YEAR,
                p::ALIGNMENT_SIGN_OFF_YEARS,
                p::ALIGNMENT_QUALIFICATION_MONTHS.0,
                p::ALIGNMENT_QUALIFICATION_MONTHS.1,
                p::ALIGNMENT_QUALIFICATION_MIN_MONTHS
            ),
            Note::FourthModuleInFirstMonths { missing, part_time } => {
                let module = match missing {
                    // Rehabilitation of Offenders has one name in both.
                    Some(m) if self.module_name(m) == self.module_guidance_name(m) => format!(
                        "the module you have not finished ({})",
                        self.module_name(m)
                    ),
                    Some(m) => format!(
                        "the module you have not finished ({}, which the {} guidance calls {})",
                        self.module_name(m),
                        p::STATUTORY_GUIDANCE_YEAR,
                        self.module_guidance_name(m)
                    ),
                    None => "your fourth module".into(),
                };
                let due = match part_time {
                    None => format!("in the first {} months", p::FOURTH_MODULE_DUE_MONTHS),
                    // 000 and 001 give the full-time figure; part time, Part 1 is longer.
                    Some(part1) => format!(
                        "in the first {} months of the full-time programme: at your hours, likely during Part 1, about {} (our reading)",
                        p::FOURTH_MODULE_DUE_MONTHS,
                        self.months_count(part1)
                    ),
                };
                format!("The programme pays for {module}. You must finish it {due}.")
            }
            Note::StartEstimated { from } => format!(
                "You did not give a start month, so the dates count from {}: our estimate, the first {} at least {} from now. If you could start sooner, change your answer to the start question.",
                self.month(from),
                self.intake_months(" or "),
                self.months_count(p::RECRUITMENT_MONTHS)
            ),
            Note::StartPassed { given, from } => format!(
                "The start month in this link, {}, has passed. The dates here count from {} instead.",
                self.month(given),
                self.month(from)
            ),
            Note::StartTooSoon { given, intake } => format!(
                "{} is less than {} away. Unless you have already applied for that intake or have an offer, the first intake you could join is {}, and the dates here count from it.",
                self.month(given),
                self.months_count(p::RECRUITMENT_MONTHS),
                self.month(intake)
            ),
            Note::Assumed(Assumption::ThirdModuleInProgress) => "Our reading: the careers FAQs say you need to have started your third module, but the statutory guidance counts only modules you have finished. We assume you need to finish it before you start.".into(),
            Note::Assumed(Assumption::PartTimeProRata) => format!(
                "Our reading: the careers pages say part time takes up to {} months. We worked the length out in proportion to your hours, up to that maximum.",
                p::PART_TIME_MAX_MONTHS
            ),
            Note::Assumed(Assumption::IntakeMonths) => format!(
                "Our reading: the careers FAQs say there are usually {} intakes a year, at the start of the year and in summer. We used {}. Each campaign advertises its own start date, and some have started in other months.",
                self.count_word(p::INTAKE_MONTHS.len()),
                self.intake_months(" and ")
            ),
            Note::Assumed(Assumption::SwProbationTo2001) => format!(
                "Our reading: the guidance names this qualification up to {}, but the first Diploma in Probation Studies students qualified in {}, so we count it up to then.",
                p::SW_PROBATION_ANNEX_B_LAST_YEAR,
                p::SW_PROBATION_LAST_YEAR
            ),
            Note::Assumed(Assumption::PsoWorkIsExperience) => "Our reading: your work as a PSO counts as the relevant experience the PQiP asks for.".into(),
            Note::Assumed(Assumption::InternalMojNoExperience) => "Our reading: the careers pages list only the level and the credits for the Internal Ministry of Justice route, not relevant experience. Check with your line manager whether you need it.".into(),
            Note::Assumed(Assumption::DiplomaTwelveMonths) => format!(
                "Our reading: we assume you finish the Level {} Diploma {} months after you started as a PSO, as the guidance hopes. It can take longer.",
                p::PSO_PROGRESSION_MIN_LEVEL,
                p::PSO_DIPLOMA_MONTHS
            ),
            Note::Assumed(Assumption::InternalRoutesSixMonths) => format!(
                "Our reading: the official recruitment pages ({} and {}) say applying through the national campaign usually takes {}. No source says how long the internal routes take, so we used the same.",
                self.source_name(Source::RegisterInterest),
                self.source_name(Source::HowToApply),
                self.months_count(p::RECRUITMENT_MONTHS)
            ),
            Note::Assumed(Assumption::ModulePace) => format!(
                "Our reading: each knowledge module is about {} hours of study. Alongside other commitments, we estimate {} a module. The universities can tell you how long theirs take.",
                p::MODULE_STUDY_HOURS,
                self.months_count(p::MODULE_MONTHS)
            ),
            Note::Assumed(Assumption::DiplomaFallback) => format!(
                "Our reading: you are not sure when you will finish the Level {} Diploma, so we estimate {} from when you started as a PSO, or {} from now if that has passed. Your line manager can tell you more.",
                p::PSO_PROGRESSION_MIN_LEVEL,
                self.months_count(p::PSO_DIPLOMA_MONTHS),
                self.months_count(p::DIPLOMA_OVERDUE_MONTHS)
            ),
            // 002's foreword (2022) against 000 (later).
            Note::Assumed(Assumption::ProgressionOpen) => format!(
                "Our reading: the careers pages describe PSO Progression as open to PSOs, but the {} statutory guidance called it a pilot that was being evaluated. It may change: ask the recruitment line, or your line manager if you are a PSO.",
                p::STATUTORY_GUIDANCE_YEAR
            ),
            Note::Assumed(Assumption::SocialWorkFrom1980) => format!(
                "Our reading: the guidance says social work qualifications were required from the {}s, so we count them from {}.",
                p::SW_FIRST_YEAR,
                p::SW_FIRST_YEAR
            ),
            Note::Assumed(Assumption::AnyCjlProvider) => format!(
                "Our reading: no source links the access courses to a region, so we assume you can choose any of the {} universities.",
                self.providers_count()
            ),
        }
    }
    fn routes_heading(&self) -> &'static str {
        "Your routes compared"
    }
    fn routes_intro(&self) -> String {
        "Every route open to you, soonest first. All the dates are estimates.".into()
    }
    fn option_name(&self, o: &RouteOption, job: Job) -> String {
        match (o.pathway, o.plan) {
            (Pathway::Pqip(_), ModulePlan::StartThirdNow) => format!(
                "Start your third module now, and apply for the {}-month PQiP",
                p::PQIP_SHORT_MONTHS
            ),
            (Pathway::Pqip(_), ModulePlan::ModulesFirst) => format!(
                "Study modules first ({} finished and a third started), then apply for the {}-month PQiP",
                p::MODULES_FINISHED_BEFORE_THIRD,
                p::PQIP_SHORT_MONTHS
            ),
            (Pathway::Pqip(_), ModulePlan::AsAnswered) => format!(
                "{}: the {}-month programme",
                self.pathway_name(o.pathway, job),
                o.journey.pqip_full_time
            ),
            (Pathway::CjlAccess, _) => {
                "The Community Justice Learning access route, then the PQiP".into()
            }
            (Pathway::PsoPathway | Pathway::AlreadyQualified, plan) => {
                let name = if job == Job::Pso {
                    self.pathway_name(o.pathway, job)
                } else {
                    format!(
                        "{}, then the PQiP through PSO Progression",
                        self.pathway_name(o.pathway, job)
                    )
                };
                match plan {
                    ModulePlan::AsAnswered => name,
                    ModulePlan::StartThirdNow => format!(
                        "{name}, starting your third module now: the {}-month PQiP",
                        p::PQIP_SHORT_MONTHS
                    ),
                    ModulePlan::ModulesFirst => format!(
                        "{name}, with modules studied alongside ({} finished and a third started): the {}-month PQiP",
                        p::MODULES_FINISHED_BEFORE_THIRD,
                        p::PQIP_SHORT_MONTHS
                    ),
                }
            }
        }
    }
    // 000: PQiP learners are employed as PSOs, the training funded; 001: the providers set the
    // costs of modules and access courses.
    fn option_involves(&self, o: &RouteOption, job: Job) -> String {
        let pqip = "Then the PQiP: a paid training job, with the training funded.";
        match (o.pathway, o.plan) {
            (Pathway::Pqip(_), ModulePlan::AsAnswered) => "A paid training job: you are employed as a PSO while you train, and the training is funded.".into(),
            (Pathway::Pqip(_), _) => format!("Module study you arrange with a university, and may pay for, before you apply. {pqip}"),
            (Pathway::CjlAccess, _) => format!("Courses you arrange with a university, and may pay for. {pqip}"),
            (Pathway::PsoPathway, ModulePlan::AsAnswered) if job == Job::Pso => format!("Your PSO job. {pqip}"),
            (Pathway::PsoPathway, _) if job == Job::Pso => format!("Your PSO job, and module study you arrange with a university, and may pay for. {pqip}"),
            (Pathway::PsoPathway | Pathway::AlreadyQualified, ModulePlan::AsAnswered) => format!("A paid job as a PSO. {pqip}"),
            (Pathway::PsoPathway | Pathway::AlreadyQualified, _) => format!("A paid job as a PSO, and module study you arrange with a university, and may pay for. {pqip}"),
        }
    }
    fn option_first_step(&self, stage: Stage, journey: &Journey) -> String {
        format!(
            "First step: {}, from {}",
            self.stage_name(stage.kind, journey),
            self.month(stage.from)
        )
    }
    fn option_qualify(&self, by: YearMonth, finish_third: bool) -> String {
        let third = if finish_third {
            ", if you finish your third module before the PQiP starts"
        } else {
            ""
        };
        format!("You could qualify in {}{third}", self.month(by))
    }
    // 002 para 30: Criminology, Community Justice, Penology and Rehabilitation of Offenders.
    fn module_guidance_name(&self, m: Module) -> &'static str {
        match m {
            Module::Crime => "Criminology",
            Module::Cjs => "Community Justice",
            Module::Penal => "Penology",
            Module::Rehab => "Rehabilitation of Offenders",
        }
    }
    fn likely_label(&self) -> &'static str {
        "Your likely route"
    }
    fn fastest_label(&self) -> &'static str {
        "Fastest"
    }
    fn joint_fastest_label(&self) -> &'static str {
        "Joint fastest"
    }
    fn faster_in_panel(&self, name: &str, by: YearMonth) -> String {
        format!(
            "Sooner: {name}. You could qualify in {}. See \u{201c}{}\u{201d} below.",
            self.month(by),
            self.routes_heading()
        )
    }
    // prisonandprobationjobs.gov.uk, "How to apply" (policy.md): Level 3, against the seeds' 5.
    fn if_level_3_minimum(&self, intake: YearMonth, by: YearMonth) -> String {
        format!(
            "A newer official page, {}, lists a Level {} qualification in any subject as the minimum, with relevant experience. The other sources say Level {}, and this tool follows them. If the newer page holds for the current campaign, you could apply for the PQiP starting in {} and qualify in {}. Check the current campaign before you start a longer route.",
            self.source_name(Source::HowToApply),
            p::NEWER_PAGE_MIN_LEVEL,
            p::PQIP_MIN_LEVEL,
            self.month(intake),
            self.month(by)
        )
    }
    fn link_made(&self, on: NaiveDate) -> String {
        format!(
            "This link was made on {}. The dates here are worked out again from today.",
            self.date(on)
        )
    }
    fn next_steps_heading(&self) -> &'static str {
        "What happens next"
    }
    fn step(&self, s: Step) -> String {
        let three = p::PSO_PROGRESSION_MIN_LEVEL;
        let five = p::PQIP_MIN_LEVEL;
        let parts = format!(
            "Part 1 ({} months) and Part 2 ({} months)",
            p::PQIP_PART1_MONTHS,
            p::PQIP_PART2_MONTHS
        );
        match s {
            Step::ApplyForOfficerJobs => "Look for probation officer jobs in the region you want to work in.".into(),
            Step::NationalCampaign => "Apply through the national recruitment campaign: a written application, an online test and an assessment centre.".into(),
            Step::ApplicationContinues => "Your application goes on through the campaign's stages, the online test and the assessment centre if you have not done them yet.".into(),
            Step::ModuleCosts { employed: true } => "The universities below can tell you what the modules cost and how long they take. Your employer may pay for some or all of it.".into(),
            Step::ModuleCosts { employed: false } => "The universities below can tell you what the modules cost and how long they take. If you work, your employer may pay for some or all of it.".into(),
            Step::TickPsoBox => "On the application form you can tick a box to be considered for a Probation Services Officer job if you are not quite successful but performed well. Ticking it does not guarantee you will be considered.".into(),
            Step::InternalApplication => "Talk to your line manager and look on the HMPPS intranet: the internal routes are applied for there, not through the national campaign.".into(),
            Step::LearnerRole => "If you are successful, you move from your current role into a role as a Probation Services Officer PQiP learner.".into(),
            Step::Employed { part_time } => format!(
                "While you train you are employed as a Probation Services Officer on a permanent contract, {} hours a week. You get some study time, and study in your own time as well.",
                part_time.map_or_else(|| tenths(p::FULL_TIME_TENTHS), |h: Hours| h.to_string())
            ),
            Step::PartTimePlaces => "Part-time places may be available in your region, but are not guaranteed, and you may need to work specific days.".into(),
            Step::Parts15 { full_time: true } => format!(
                "The programme is {parts}. You must pass Part 1 to start Part 2."
            ),
            Step::Parts15 { full_time: false } => "The programme is Part 1 and then Part 2, both taking longer part time. You must pass Part 1 to start Part 2.".into(),
            Step::Parts21 { full_time: true } => format!(
                "The first {} months are the knowledge modules you have not finished, paid for by the programme. Then come {parts}. You must pass Part 1 to start Part 2.",
                p::PQIP_EXTENDED_MODULE_MONTHS
            ),
            Step::Parts21 { full_time: false } => "First you study the knowledge modules you have not finished, paid for by the programme. Then come Part 1 and Part 2, all taking longer part time. You must pass Part 1 to start Part 2.".into(),
            Step::PqipLevel => format!(
                "The PQiP is a Level {} qualification, at the level of the final year of an honours degree. It brings together a Level {} vocational Diploma in Probation Practice and an academic award.",
                p::PQIP_LEVEL,
                p::PQIP_VOCATIONAL_LEVEL
            ),
            Step::WhenYouApply => "When you apply for the PQiP, the process is the same as for everyone:".into(),
            Step::UniversityDecides => format!(
                "After the assessment centre, the university looks at your qualifications and decides whether you take the {}-month or the {}-month route.",
                p::PQIP_SHORT_MONTHS,
                p::PQIP_EXTENDED_MONTHS
            ),
            Step::StudyAssessed => "If your application is successful, your previous study is assessed so that you are offered the right length of programme.".into(),
            Step::IfNotPassed => "To qualify you must pass both the work-based and the academic parts. If you do not pass, you may return to a PSO role if you had one before, or be asked to leave. Your employer decides.".into(),
            Step::IfNotPassedServing => "To qualify you must pass both the work-based and the academic parts. If you do not pass, you may return to your PSO role, or be asked to leave. Your employer decides.".into(),
            Step::JobLocation => "Your probation officer job may not be where you trained.".into(),
            Step::Vetting => "If you are successful, you go through HMPPS security clearance. You must declare all convictions, cautions and discharges, however long ago: these jobs are exempt from the Rehabilitation of Offenders Act. A conviction does not automatically stop you, but not declaring one would.".into(),
            // The newer official page, "How to apply" (policy.md).
            Step::Eligibility => format!(
                "The official page {} also lists: being at least {} years old, the right to work in the UK, and, for security vetting, having lived in the UK for the last {} years.",
                self.source_name(Source::HowToApply),
                p::MIN_AGE,
                p::UK_RESIDENCE_YEARS
            ),
            Step::AccessLevel4 => format!(
                "Start with the Level {} access course. It takes from {} months: the universities below can tell you how long theirs takes.",
                p::CJL_ACCESS_LEVEL,
                p::CJL_LEVEL4_MONTHS
            ),
            Step::AccessLevel5 => format!(
                "If you pass it, you can enrol on a Level {five} distance-learning course with one of the approved universities. It normally takes a year."
            ),
            Step::AccessSponsor { employed: true } => "The universities can tell you the costs and precise time-scales. Only the FAQ, older than the other careers pages, describes the access route, so ask them whether it still runs. Your employer may pay for some or all of it.".into(),
            Step::AccessSponsor { employed: false } => "The universities can tell you the costs and precise time-scales. Only the FAQ, older than the other careers pages, describes the access route, so ask them whether it still runs. If you work, your employer may pay for some or all of it.".into(),
            Step::AccessThenPqip => format!(
                "When you finish the Level {five} course, you can apply for the PQiP through the national campaign. It would be {} months if your studies covered {} of the {} knowledge areas, otherwise {} months.",
                p::PQIP_SHORT_MONTHS,
                self.count_word(usize::from(p::MODULES_FOR_SHORT_PQIP)),
                self.count_word(Module::ALL.len()),
                p::PQIP_EXTENDED_MONTHS
            ),
            Step::ApplyAsPso => "Look for Probation Services Officer jobs, and ask the recruitment line below if you have questions about joining. You do not need a qualification to apply.".into(),
            Step::PsoInduction => format!(
                "New PSOs have an induction, including the Gateway to Practice course, and take the Level {three} Diploma in Probation Practice, ideally in the first {} months, or up to {} years in exceptional circumstances.",
                p::PSO_DIPLOMA_MONTHS,
                p::PSO_DIPLOMA_MAX_YEARS
            ),
            Step::PsoThenProgression => format!(
                "Once you have a Level {three} qualification and {} of service as a PSO, you could apply for the PQiP through PSO Progression.",
                self.months_count(p::PSO_PROGRESSION_MIN_SERVICE)
            ),
            Step::KeepGoing { more, opens } => format!(
                "Keep going in your PSO role. After {} more of service, in {}, you could apply for the PQiP through PSO Progression.",
                plural(more, "month", "months"),
                self.month(opens)
            ),
            Step::FinishDiploma => format!(
                "Finish your Level {three} Diploma in Probation Practice: PSO Progression needs a Level {three} qualification and {} of service.",
                self.months_count(p::PSO_PROGRESSION_MIN_SERVICE)
            ),
        }
    }
    fn sources_heading(&self) -> &'static str {
        "Where this comes from"
    }
    fn sources_intro(&self) -> &'static str {
        "This tool follows these public documents. It cannot check them against today's guidance, so confirm anything you act on with the recruitment line."
    }
    fn source_name(&self, s: Source) -> &'static str {
        match s {
            Source::CareersPage => "Probation Service careers pages: the PQiP training programme",
            Source::Faq => "Probation Service careers: FAQs and contact",
            Source::StatutoryGuidance => {
                "Ministry of Justice: statutory guidance on probation qualifications"
            }
            Source::Framework2010 => "Probation Qualifications Framework leaflet, for history only",
            Source::News2021 => "News post on the new PQiP contracts",
            Source::RegisterInterest => "Train to be a probation officer: register your interest",
            Source::HowToApply => "Prison and Probation Jobs: how to apply",
        }
    }
    fn published(&self, d: Published) -> String {
        match d {
            Published::Undated => "undated".into(),
            Published::UndatedRead(year, month) => YearMonth::new(year, month).map_or_else(
                || "undated".into(),
                |ym| format!("undated, read {}", self.month(ym)),
            ),
            Published::Before(year) => format!("undated, from before {year}"),
            Published::Year(year) => year.to_string(),
            Published::Month(year, month) => {
                YearMonth::new(year, month).map_or_else(|| year.to_string(), |ym| self.month(ym))
            }
        }
    }
    fn likely_not_promise(&self) -> &'static str {
        "This is a likely route based on public information, not a promise."
    }
    fn start_again(&self) -> &'static str {
        "Start again"
    }
    fn qualify_by(&self, by: YearMonth) -> String {
        format!(
            "You could qualify as a probation officer in {}",
            self.month(by)
        )
    }
    fn qualify_in(&self, months: u16, on: Counting) -> String {
        let about = format!("In about {} from now", self.duration(months));
        match on {
            Counting::Intake {
                apply,
                intake,
                applied,
                finish_third,
            } => {
                let applying = match (applied, apply) {
                    (true, _) => "if your application succeeds and you".to_string(),
                    (false, Some(from)) => format!("if you apply from {} and", self.month(from)),
                    (false, None) => "if you apply now and".to_string(),
                };
                let third = if finish_third {
                    ", and you finish your third module before you start"
                } else {
                    ""
                };
                format!(
                    "{about}, {applying} start the PQiP in {}{third}.",
                    self.month(intake)
                )
            }
            Counting::AccessStart(start) => format!(
                "{about}, if you start the access course in {}.",
                self.month(start)
            ),
            Counting::PsoStart(start) => {
                format!("{about}, if you start as a PSO in {}.", self.month(start))
            }
            Counting::Serving {
                apply,
                intake,
                diploma,
                estimated,
            } => {
                let diploma = match diploma {
                    Some(d) if estimated => format!(
                        "you finish your Diploma by {} (our estimate), ",
                        self.month(d)
                    ),
                    Some(d) => format!("you finish your Diploma in {}, ", self.month(d)),
                    None => String::new(),
                };
                let apply = match apply {
                    Some(from) => format!("from {}", self.month(from)),
                    None => "now".into(),
                };
                format!(
                    "{about}, if {diploma}you apply through PSO Progression {apply} and start the PQiP in {}.",
                    self.month(intake)
                )
            }
        }
    }
    fn duration(&self, months: u16) -> String {
        let (years, rest) = (months / 12, months % 12);
        match (years, rest) {
            (0, _) => plural(rest, "month", "months"),
            (_, 0) => plural(years, "year", "years"),
            _ => format!(
                "{} and {}",
                plural(years, "year", "years"),
                plural(rest, "month", "months")
            ),
        }
    }
    fn journey_heading(&self) -> &'static str {
        "Your journey to qualifying, stage by stage"
    }
    // The six months: the official careers pages (policy.md).
    fn journey_intro(&self, applied: bool) -> String {
        if applied {
            return "An estimate from your answers: the PQiP from the intake you applied for, if your application succeeds.".into();
        }
        format!(
            "An estimate from your answers. Applying for the PQiP usually takes about {}, so the PQiP starts at the first intake at least that long after you could apply. We took the intakes as {}, and that you apply as soon as you can.",
            self.months_count(p::RECRUITMENT_MONTHS),
            self.intake_months(" and ")
        )
    }
    fn stage_name(&self, stage: StageKind, journey: &Journey) -> String {
        match stage {
            StageKind::AccessLevel4 => format!(
                "Community Justice Learning Level {} access course",
                p::CJL_ACCESS_LEVEL
            ),
            StageKind::AccessLevel5 => format!(
                "Level {} distance-learning course with a university",
                p::PQIP_MIN_LEVEL
            ),
            StageKind::PsoService => "Working as a PSO, until PSO Progression opens".into(),
            StageKind::Diploma => format!(
                "Working as a PSO, with the Level {} Diploma in Probation Practice",
                p::PSO_PROGRESSION_MIN_LEVEL
            ),
            StageKind::Modules if journey.modules_before_pso_job() => {
                "Studying knowledge modules, before your PSO job starts".into()
            }
            StageKind::Modules => "Studying knowledge modules, then starting a third".into(),
            StageKind::Apply if journey.applied => {
                "Your application, until your intake starts".into()
            }
            StageKind::Apply if journey.plan == ModulePlan::StartThirdNow => {
                "Applying for the PQiP, with your third module started".into()
            }
            StageKind::Apply => "Applying for the PQiP, and waiting for your intake".into(),
            StageKind::Pqip if journey.hours.is_full_time() => format!(
                "The PQiP: the {}-month programme, full time",
                journey.pqip_full_time
            ),
            StageKind::Pqip => format!(
                "The PQiP: the {}-month programme, part time at {} hours a week",
                journey.pqip_full_time, journey.hours
            ),
        }
    }
    fn part_name(&self, part: PartKind) -> &'static str {
        match part {
            PartKind::Modules => "The knowledge modules you have not finished",
            PartKind::Part1 => "Part 1",
            PartKind::Part2 => "Part 2, once you pass Part 1",
        }
    }
    fn span(&self, from: YearMonth, to: YearMonth) -> String {
        format!("{} to {}", self.month(from), self.month(to))
    }
    fn journey_today(&self) -> &'static str {
        "Today"
    }
    fn journey_qualified(&self) -> &'static str {
        "Qualified"
    }
    fn if_short_pqip(&self, by: YearMonth, instead: YearMonth) -> String {
        format!(
            "If your Level {} course covers at least {} of the {} knowledge areas, the PQiP would likely be the {}-month programme: you could qualify in {} instead of {}.",
            p::PQIP_MIN_LEVEL,
            self.count_word(usize::from(p::MODULES_FOR_SHORT_PQIP)),
            self.count_word(Module::ALL.len()),
            p::PQIP_SHORT_MONTHS,
            self.month(by),
            self.month(instead)
        )
    }
    fn calendar_button(&self) -> &'static str {
        "Add these dates to your calendar"
    }
    fn calendar_hint(&self) -> &'static str {
        "This saves a calendar file on this device. Nothing is sent anywhere."
    }
    fn calendar_stage(&self, stage: StageKind, journey: &Journey) -> String {
        format!("Start (an estimate): {}", self.stage_name(stage, journey))
    }
    fn calendar_description(&self, on: NaiveDate) -> String {
        format!(
            "An estimate from \u{201c}{}\u{201d}, worked out on {}. It is not a promise: check the dates with the recruitment line before you rely on them.",
            self.service_name(),
            self.date(on)
        )
    }
    fn printout_link(&self) -> &'static str {
        "To see this result again, open:"
    }
    fn calendar_qualify(&self) -> &'static str {
        "You could qualify as a probation officer (an estimate)"
    }
    fn print(&self) -> &'static str {
        "Print this page"
    }

    fn idle_title(&self) -> &'static str {
        "Are you still there?"
    }
    fn idle_body(&self, seconds: u32) -> String {
        format!("Nobody has used this screen for a while. To keep your answers private, it will start again in {seconds} seconds.")
    }
    fn still_here(&self) -> &'static str {
        "I'm still here"
    }
    fn qr_caption(&self) -> &'static str {
        "Scan this code with your phone's camera to keep your result. It opens this page with your answers."
    }
    fn qr_alt(&self) -> &'static str {
        "QR code of the link to your result"
    }

    fn privacy_heading(&self) -> &'static str {
        "Privacy"
    }
    fn privacy_paragraphs(&self, framed: bool) -> &'static [&'static str] {
        if framed {
            return &[
            "This tool runs on your device. Your answers are not sent to us or to anyone else.",
            "Your answers are kept in the web address of the tool inside this page, after the # sign, not in your browser's address bar. That part of a web address is never sent to a website.",
            "We do not use cookies or save your answers anywhere else on your device. But your browser's history keeps the web address of each page you see, answers included, and shares it with your other devices if you use sync.",
            "So that the tool works without an internet connection, your browser keeps a copy of the tool's own files. They hold no answers.",
            "If this tool is shown inside another website, that website cannot read your answers. It can see how tall the tool is on each page, which could tell it which pages you saw.",
            "The web address in your browser's address bar is this website's: if you share or bookmark it, it does not include your answers.",
            "Start again clears your answers from this page and from the earlier pages of this visit that Back would show again. It cannot clear your browser's history: delete this tool's pages from it, or on a shared device use a private window and close it when you finish.",
        ];
        }
        &[
            "This tool runs on your device. Your answers are not sent to us or to anyone else.",
            "Your answers are kept in the web address of this page, after the # sign. That part of a web address is never sent to a website.",
            "We do not use cookies or save your answers anywhere else on your device. But your browser's history keeps the web address of each page you see, answers included, and shares it with your other devices if you use sync.",
            "So that the tool works without an internet connection, your browser keeps a copy of the tool's own files. They hold no answers.",
            "If this tool is shown inside another website, that website cannot read your answers. It can see how tall the tool is on each page, which could tell it which pages you saw.",
            "If you share or bookmark the web address, it includes your answers.",
            "Start again clears your answers from this page and from the earlier pages of this visit that Back would show again. It cannot clear your browser's history: delete this tool's pages from it, or on a shared device use a private window and close it when you finish.",
        ]
    }

    fn qualification_name(&self, q: HeldQualification) -> &'static str {
        match q {
            HeldQualification::None => "None",
            HeldQualification::Pqip => "Professional Qualification in Probation (PQiP)",
            HeldQualification::Pqf => "Probation Qualifications Framework (PQF)",
            HeldQualification::Dipps => "Diploma in Probation Studies (DipPS)",
            HeldQualification::SwProbation => "social work degree with a probation component",
            HeldQualification::Sw => "social work degree or postgraduate social work qualification",
        }
    }
    fn month_names(&self) -> &'static [&'static str; 12] {
        &MONTHS
    }
    fn count_word(&self, n: usize) -> &'static str {
        COUNTS.get(n).copied().unwrap_or("many")
    }
    fn none_answer(&self) -> &'static str {
        "None"
    }
    fn months_count(&self, months: u16) -> String {
        plural(months, "month", "months")
    }
    fn at_least_months(&self, months: u16) -> String {
        format!("at least {}", plural(months, "month", "months"))
    }
    fn register_interest(&self) -> &'static str {
        "Register your interest in the next campaign, on the official careers site (opens in a new tab)"
    }
    fn how_to_apply(&self) -> &'static str {
        "How to apply, on Prison and Probation Jobs (opens in a new tab)"
    }
    fn part_time(&self, hours: Hours) -> String {
        format!("Part time ({hours} hours a week)")
    }
    fn language_label(&self) -> &'static str {
        "Language"
    }

    fn privacy_promise_embed(&self) -> &'static str {
        "Nothing you enter leaves your device, and this website cannot read your answers."
    }
    fn setup_notice_title(&self) -> &'static str {
        "For this website's editor"
    }
    fn setup_notice_intro(&self) -> &'static str {
        "This tool was added to the page with a setting it cannot use. It still works, using its usual setting instead:"
    }
    fn setup_problem(&self, p: SetupProblem) -> String {
        match p {
            SetupProblem::Region => "data-region is not a region the tool knows. Write the region's name, such as Wales or North East, or its short form, such as north-east. No region is chosen in advance.".into(),
            SetupProblem::Start => "data-start takes only the value question. The tool opens on its start page.".into(),
            SetupProblem::Lang => "data-lang takes en (English) or cy (Welsh). The tool follows the visitor's browser.".into(),
            // embed.js reads the short form too (#639 as #663399).
            SetupProblem::Brand => format!("data-brand is not a colour written as a # sign and {} or {} letters or digits. The tool uses its own colour.", self.count_word(BRAND_DIGITS / 2), self.count_word(BRAND_DIGITS)),
            SetupProblem::Contrast => format!(
                "data-brand is too light: white text on it needs a contrast of at least {} to one to be easy to read. The tool uses its own colour.",
                tenths((AA_CONTRAST_X100 / 10) as u16)
            ),
            SetupProblem::Mode => "data-mode takes only the value kiosk, for adviser mode. The tool opens in its usual mode.".into(),
            SetupProblem::Unknown => "A data- attribute on this page is not one of the tool's settings, so the tool does not use it: check its spelling. The browser's console names it. The settings are data-region, data-start, data-brand, data-lang, data-mode and data-title.".into(),
        }
    }
    fn setup_notice_guide(&self) -> &'static str {
        "The example page next to the tool, examples/partner.html, shows each setting and the code to copy, and checks your code."
    }
    fn setup_notice_ok(&self) -> &'static str {
        "The tool can use every setting given to it on this page."
    }
    fn setup_notice_preview(&self) -> &'static str {
        "Only you see this box, in a preview: visitors to the page see the tool without it."
    }
    fn qr_show(&self) -> &'static str {
        "Show a QR code to open this on your phone"
    }
    fn printout_heading(&self) -> &'static str {
        "Your answers"
    }
    fn printout_made(&self, date: NaiveDate) -> String {
        format!(
            "This result was worked out on {} from these answers.",
            self.date(date)
        )
    }
    fn printout_address(&self, address: &str) -> String {
        format!("Find this tool again at {address}")
    }
    fn qr_control(&self) -> &'static str {
        "QR code for your phone"
    }
    fn qr_failed(&self) -> &'static str {
        "The QR code could not be loaded. When this device is back online, reload the page to see it."
    }
    fn loading_slow(&self) -> &'static str {
        "This is taking longer than it should. If nothing happens, check your connection and reload the page."
    }
    fn loading(&self) -> &'static str {
        "Loading the page…"
    }
}
