//! English. Plain words, short sentences; never "you are eligible", always "based on your answers".

use super::{Choice, Messages, ProblemMessage, QuestionText};
use crate::rules::answers::Hours;
use crate::rules::assess::{Change, Entry, Note, Pathway, Reason, Route};
use crate::rules::policy::{Assumption, HeldQualification, University, RECRUITMENT_PHONE};
use crate::rules::Question;
use crate::rules::YearMonth;

pub struct English;

const fn c(value: &'static str, label: &'static str, hint: &'static str) -> Choice {
    Choice { value, label, hint }
}

const YES_NO: &[Choice] = &[c("yes", "Yes", ""), c("no", "No", "")];

const LEVELS: &[Choice] = &[
    c("0", "No qualifications, or entry level", ""),
    c("1", "Level 1", "For example, GCSEs at grades 3 to 1 (D to G)"),
    c("2", "Level 2", "For example, GCSEs at grades 9 to 4 (A* to C)"),
    c("3", "Level 3", "For example, A levels, a BTEC National or a Level 3 diploma"),
    c("4", "Level 4", "For example, a Higher National Certificate (HNC) or a Certificate of Higher Education"),
    c("5", "Level 5", "For example, an HND, a Foundation Degree, a Diploma of Higher Education (DipHE), a Level 5 vocational qualification or a Higher Apprenticeship"),
    c("6", "Level 6", "For example, a bachelor's degree"),
    c("7", "Level 7", "For example, a master's degree"),
    c("8", "Level 8", "For example, a doctorate (PhD)"),
];

const QUALIFIED: &[Choice] = &[
    c("none", "No, I do not", ""),
    c("pqip", "Professional Qualification in Probation (PQiP)", ""),
    c("pqf", "Probation Qualifications Framework (PQF)", ""),
    c("dipps", "Diploma in Probation Studies (DipPS)", ""),
    c(
        "sw-probation",
        "Social work degree with a probation part",
        "",
    ),
    c(
        "sw",
        "Social work degree or postgraduate social work qualification",
        "",
    ),
];

const JOBS: &[Choice] = &[
    c(
        "none",
        "Neither of these",
        "This includes working somewhere else, studying, or not working",
    ),
    c(
        "pso",
        "Probation Services Officer (PSO) in the Probation Service",
        "",
    ),
    c(
        "moj",
        "Another job in the Ministry of Justice",
        "For example, in a prison or HMPPS headquarters",
    ),
];

const MODULES: &[Choice] = &[
    c(
        "crime",
        "Crime and Criminal Behaviour",
        "Sometimes called Criminology",
    ),
    c(
        "cjs",
        "Criminal Justice System",
        "Sometimes called Community Justice",
    ),
    c(
        "penal",
        "Penal Policy and Punishment of Offenders",
        "Sometimes called Penology",
    ),
    c("rehab", "Rehabilitation of Offenders", ""),
];

const REGIONS: &[Choice] = &[
    c("north-east", "North East", ""),
    c("yorkshire-humber", "Yorkshire and the Humber", ""),
    c("north-west", "North West", ""),
    c("greater-manchester", "Greater Manchester", ""),
    c("kent-surrey-sussex", "Kent, Surrey and Sussex", ""),
    c("east-of-england", "East of England", ""),
    c("east-midlands", "East Midlands", ""),
    c("west-midlands", "West Midlands", ""),
    c("london", "London", ""),
    c("south-central", "South Central", ""),
    c("south-west", "South West", ""),
    c("wales", "Wales", ""),
];

const HOURS: &[Choice] = &[
    c("37", "Full time (37 hours a week)", ""),
    c(
        "part",
        "Part time",
        "Between 22.2 and 29.6 hours a week. Not every region has part-time places.",
    ),
];

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

fn count_word(n: usize) -> &'static str {
    match n {
        0 => "no",
        1 => "one",
        2 => "two",
        3 => "three",
        _ => "all four",
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
        "This tool is not run by HM Prison and Probation Service. It gives a likely route based on public information. The universities decide your final route after the assessment centre."
    }

    fn start_heading(&self) -> &'static str {
        "Find your route to becoming a probation officer"
    }
    fn start_paragraphs(&self) -> &'static [&'static str] {
        &[
            "Answer a few questions to find out how you could train as a probation officer in England or Wales, and how long it is likely to take.",
            "It takes about 3 minutes.",
        ]
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
    fn policy_date(&self, checked: YearMonth) -> String {
        format!(
            "The rules were last checked against public guidance in {}.",
            self.month(checked)
        )
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
        let (title, hint, short) = match q {
            Question::Qualified => (
                "Do you already have a probation qualification?",
                "Choose the qualification you got when you qualified as a probation officer.",
                "Probation qualification",
            ),
            Question::QualYear => (
                "What year did you qualify?",
                "For example, 2012",
                "Year you qualified",
            ),
            Question::Level => (
                "What is the highest level of qualification you have?",
                "Choose the highest level you have finished. It can be in any subject.",
                "Highest qualification",
            ),
            Question::Overseas => (
                "Did you get this qualification outside the UK?",
                "",
                "Qualification from outside the UK",
            ),
            Question::Job => (
                "Do you work for the Probation Service or the Ministry of Justice now?",
                "",
                "Current job",
            ),
            Question::Service => (
                "How many months have you worked as a PSO?",
                "Count whole months of effective service. Do not count long breaks.",
                "Months as a PSO",
            ),
            Question::Credits5 => (
                "Does your qualification include at least 120 credits at Level 5?",
                "Your certificate or transcript shows the credits and their level.",
                "120 credits at Level 5",
            ),
            Question::Exp => (
                "Have you worked with people who have offended, or people whose lives are in crisis?",
                "This can be paid or voluntary, in any setting. It includes people whose behaviour is challenging.",
                "Relevant experience",
            ),
            Question::L3vq => (
                "Do you have a relevant Level 3 vocational qualification?",
                "For example, a Level 3 diploma in youth work, health and social care, or criminal justice.",
                "Relevant Level 3 vocational qualification",
            ),
            Question::Done => (
                "Which of these knowledge modules have you finished?",
                "They may be part of your degree or another course. Select all that apply. Each one is about 200 hours of study.",
                "Modules finished",
            ),
            Question::Doing => (
                "Are you studying any of the other modules now?",
                "Select all that apply.",
                "Modules you are studying",
            ),
            Question::Region => (
                "Which region do you want to work in?",
                "Wales is one region.",
                "Region",
            ),
            Question::Hours => (
                "How many hours a week do you want to work?",
                "Trainees are paid as Probation Services Officers while they train.",
                "Hours a week",
            ),
            Question::Start => (
                "When would you like to start?",
                "There are usually two starts a year: one at the start of the year and one in summer.",
                "Start",
            ),
        };
        QuestionText { title, hint, short }
    }
    fn choices(&self, q: Question) -> &'static [Choice] {
        match q {
            Question::Qualified => QUALIFIED,
            Question::Level => LEVELS,
            Question::Overseas | Question::Credits5 | Question::Exp | Question::L3vq => YES_NO,
            Question::Job => JOBS,
            Question::Done | Question::Doing => MODULES,
            Question::Region => REGIONS,
            Question::Hours => HOURS,
            Question::QualYear | Question::Service | Question::Start => &[],
        }
    }
    fn details(&self, q: Question) -> Option<(&'static str, &'static [&'static str])> {
        match q {
            Question::Level => Some((
                "I do not know my level",
                &[
                    "Look at your certificate: many say the level on them.",
                    "You can also ask the college, university or training provider that gave it to you.",
                    "If you got it outside the UK, UK ENIC can tell you what it compares to.",
                ],
            )),
            Question::Exp => Some((
                "What counts as experience",
                &[
                    "Work with people who have offended, or with people whose behaviour is challenging or whose lives are in crisis.",
                    "For example, in a hostel, a charity, a school, a hospital, a youth club or a helpline.",
                    "There is no minimum amount, and voluntary work counts.",
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
    fn start_next(&self, next: YearMonth) -> String {
        format!("The next start: {}", self.month(next))
    }
    fn start_other(&self) -> &'static str {
        "A different month"
    }
    fn year_label(&self) -> &'static str {
        "Year"
    }
    fn problem_words(&self, m: ProblemMessage, title: &str) -> String {
        use ProblemMessage as M;
        match m {
            M::ModulesDoneMissing => "Select the modules you have finished, or select that you have not finished any".into(),
            M::ModulesDoneAndDoing => "A module cannot be both finished and being studied. Select only the ones you are studying now".into(),
            M::ModulesDoingMissing => "Select the modules you are studying, or select that you are not studying any".into(),
            M::HoursMissing => "Select full time or part time".into(),
            M::HoursNotAllowed => "Enter part-time hours between 22.2 and 29.6, with no more than one number after the point".into(),
            M::StartOutOfRange { first, last } => format!(
                "The start must be between {} and {}",
                self.month(first),
                self.month(last)
            ),
            M::StartNotAMonth => "Enter the start as a month and a year, for example 1 2027".into(),
            M::ServiceOutOfRange { max } => format!("Enter a number of months between 0 and {max}"),
            M::ServiceMissing => "Enter how many months you have worked as a PSO".into(),
            M::ServiceNotANumber => "Enter the months as a whole number, like 8".into(),
            M::YearOutOfRange { min, max } => format!("Enter a year between {min} and {max}"),
            M::YearMissing => "Enter the year you qualified".into(),
            M::YearNotANumber => "Enter the year as 4 numbers, like 2012".into(),
            M::GivenTwice => format!("The link gives two different answers for {title}. Choose one"),
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
    fn route_title(&self, r: Route) -> &'static str {
        match r {
            Route::AlreadyQualified => "You can apply for probation officer jobs",
            Route::Pqip15 => "Professional Qualification in Probation: 15-month route",
            Route::Pqip21 => "Professional Qualification in Probation: 21-month route",
            Route::CjlAccess => "Community Justice Learning access route, then the PQiP",
            Route::PsoPathway => "Start as a Probation Services Officer",
        }
    }
    fn route_summary(&self, r: Route) -> &'static str {
        match r {
            Route::AlreadyQualified => "Based on your answers, you already hold the qualification that was needed when you qualified. You do not need to train again.",
            Route::Pqip15 | Route::Pqip21 => "Based on your answers, you could apply to train as a probation officer. You would work as a Probation Services Officer (PSO) on a permanent contract while you study for the Professional Qualification in Probation (PQiP).",
            Route::CjlAccess => "Based on your answers, you could take a short Level 4 access course, then a Level 5 distance-learning course with a university. After that you could apply for the PQiP.",
            Route::PsoPathway => "Based on your answers, you could start by applying to be a Probation Services Officer (PSO). You do not need a qualification to apply. PSOs work with people on probation and can later train as probation officers.",
        }
    }
    fn entry_name(&self, e: Entry) -> &'static str {
        match e {
            Entry::National => "Apply through the national recruitment campaign",
            Entry::PsoProgression => "Apply through PSO Progression, for serving PSOs",
            Entry::InternalMoj => "Apply through the Internal Ministry of Justice route",
        }
    }
    fn pathway_name(&self, p: Pathway) -> &'static str {
        match p {
            Pathway::AlreadyQualified => "Apply for probation officer jobs",
            Pathway::Pqip(e) => self.entry_name(e),
            Pathway::CjlAccess => "The Community Justice Learning access route",
            Pathway::PsoPathway => "Apply to be a Probation Services Officer (PSO)",
        }
    }
    fn duration(&self, months: u16) -> String {
        format!("{months} months")
    }
    fn finish_line(&self, start: YearMonth, finish: YearMonth) -> String {
        format!(
            "If you start in {}, you could finish in {}.",
            self.month(start),
            self.month(finish)
        )
    }
    fn conditional_line(&self) -> &'static str {
        "This is only if you finish your third module before you start. If not, it is likely to be the 21-month route."
    }
    fn university_heading(&self) -> &'static str {
        "Where you would probably study"
    }
    fn university_name(&self, u: University) -> &'static str {
        match u {
            University::SheffieldHallam => "Sheffield Hallam University",
            University::LiverpoolJohnMoores => "Liverpool John Moores University",
            University::DeMontfort => "De Montfort University",
            University::Portsmouth => "University of Portsmouth",
        }
    }
    fn any_cjl_provider(&self) -> &'static str {
        "Any of the three universities that teach the access courses by distance learning: De Montfort University, Sheffield Hallam University or the University of Portsmouth."
    }
    fn no_contact(&self) -> String {
        format!("For questions, call the recruitment line on {RECRUITMENT_PHONE}.")
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
        match *r {
            Reason::HoldsRecognised { qualification, year } => format!(
                "you got the {} in {year}, when it was the qualification probation officers needed",
                self.qualification_name(qualification)
            ),
            Reason::PsoWithService { level, months } => format!(
                "you are a PSO with a Level {level} qualification and {months} months' service (PSO Progression needs Level 3 and 6 months)"
            ),
            Reason::MojWithCredits { level } => format!(
                "you work for the Ministry of Justice and have a Level {level} qualification with 120 credits at Level 5"
            ),
            Reason::LevelAndExperience { level } => format!(
                "you have a Level {level} qualification and relevant experience (the PQiP needs Level 5 or above)"
            ),
            Reason::ModulesDone { count } => format!(
                "you have finished {} of the four knowledge modules, so the programme is likely to be 15 months",
                count_word(count)
            ),
            Reason::TwoDoneThirdStarted => "you have finished two modules and started a third".into(),
            Reason::FewModulesDone { count } => format!(
                "you have finished {} of the knowledge modules. With fewer than three, the first 6 months are spent on the missing modules, so it is likely to be 21 months",
                count_word(count)
            ),
            Reason::PartTime { hours, full_time_months } => format!(
                "you want to work {hours} hours a week, so the {full_time_months}-month programme takes longer"
            ),
            Reason::StudyInRegion { region, university } => format!(
                "people who apply in {} study at {}",
                self.region_name(region),
                in_sentence(self.university_name(university))
            ),
            Reason::CjlAnyProvider { region } => format!(
                "none of the three access course universities is the one for {}, but they all teach at a distance",
                self.region_name(region)
            ),
            Reason::CjlLevelExperienceVq { level } => format!(
                "your highest level is {level}, which is below Level 5, but you have relevant experience and a relevant Level 3 vocational qualification"
            ),
            Reason::LevelBelowPqip { level } => format!(
                "your highest level is {level}. The PQiP needs Level 5 or above"
            ),
            Reason::NoExperience => "you have not yet worked with people who have offended or whose lives are in crisis. The PQiP needs this experience".into(),
            Reason::NoLevel3Vq => "you do not have a relevant Level 3 vocational qualification, which the access route needs".into(),
            Reason::PsoNeedsMoreService { months } => format!(
                "you are a PSO with {months} months' service. PSO Progression needs 6 months"
            ),
            Reason::PsoNeedsLevel3 { level } => format!(
                "you are a PSO with a Level {level} qualification. PSO Progression needs Level 3"
            ),
            Reason::MojWithoutCredits => "the Internal Ministry of Justice route needs 120 credits at Level 5".into(),
        }
    }
    fn changes_heading(&self) -> &'static str {
        "What would change this"
    }
    fn change_text(&self, c: &Change) -> String {
        match *c {
            Change::FinishModules { more, from, to } => format!(
                "Finish {more} more knowledge {} before you apply (about 200 hours each): {to} months instead of {from}.",
                if more == 1 { "module" } else { "modules" }
            ),
            Change::FinishThirdBeforeStart { otherwise } => format!(
                "If you do not finish your third module before you start, it is likely to take {otherwise} months."
            ),
            Change::WorkFullTime { months } => format!("Working full time, it would take {months} months."),
            Change::MoreService { more } => format!(
                "After {more} more {} as a PSO, you could apply through PSO Progression.",
                if more == 1 { "month" } else { "months" }
            ),
            Change::GainExperience => "Getting experience with people who have offended or whose lives are in crisis, paid or voluntary, would let you apply for the PQiP.".into(),
            Change::GainLevel5 => "A Level 5 qualification in any subject, with relevant experience, would let you apply for the PQiP.".into(),
            Change::StudyCjl => "You can study the Community Justice Learning Level 4 and Level 5 courses on their own, without applying for the PQiP first.".into(),
            Change::ProgressAsPso => "As a PSO, once you have a Level 3 qualification and 6 months' service, you could apply through PSO Progression.".into(),
        }
    }
    fn note(&self, n: &Note) -> String {
        match *n {
            Note::OverseasComparability => "Your qualification is from outside the UK. Ask UK ENIC for a Statement of Comparability, which says what it compares to in the UK. This result assumes it compares to the level you gave.".into(),
            Note::NotRecognisedForYear { qualification, year } => format!(
                "The {} was not the qualification probation officers needed in {year}, so this result looks at the other routes.",
                self.qualification_name(qualification)
            ),
            Note::FourthModuleInFirstMonths => "The missing module is paid for as part of the programme. You must finish it in the first 6 months.".into(),
            Note::Assumed(Assumption::ThirdModuleInProgress) => "Our reading: the guidance is not clear whether a third module you have started counts. We assume you need to finish it before you start.".into(),
            Note::Assumed(Assumption::PartTimeProRata) => "Our reading: the guidance says part time takes up to 30 months. We worked the length out in proportion to your hours.".into(),
            Note::Assumed(Assumption::IntakeMonths) => "Our reading: the guidance says there are usually two starts a year, at the start of the year and in summer. We used January and July.".into(),
        }
    }
    fn alternatives_heading(&self) -> &'static str {
        "Other routes that are open to you"
    }
    fn next_steps_heading(&self) -> &'static str {
        "What happens next"
    }
    fn next_steps(&self, r: Route) -> &'static [&'static str] {
        match r {
            Route::AlreadyQualified => &[
                "Look for probation officer jobs in the region you want to work in.",
                "If you qualified outside the UK, ask UK ENIC for a Statement of Comparability first.",
                "You will need security clearance. You must tell us about all convictions, cautions and discharges. Having one does not stop you applying, but not telling us would.",
            ],
            Route::Pqip15 | Route::Pqip21 | Route::CjlAccess => &[
                "Recruitment is through a national campaign: a written application, an online test and an assessment centre.",
                "On the application form you can tick a box to be considered for a Probation Services Officer job if you are not successful.",
                "While you train you are employed as a Probation Services Officer on a permanent contract, 37 hours a week, with time for study. You must pass the first 6 months (Part 1) to go on to Part 2.",
                "The universities look at your qualifications after the assessment centre and decide which route you take.",
                "You will need security clearance. You must tell us about all convictions, cautions and discharges. Having one does not stop you applying, but not telling us would.",
                "Your job offer at the end may not be where you trained.",
            ],
            Route::PsoPathway => &[
                "Look for Probation Services Officer jobs. You do not need a qualification to apply.",
                "New PSOs have an induction, including the Gateway to Practice course, and study for the Level 3 Diploma in Probation Practice, ideally in the first 12 months.",
                "You will need security clearance. You must tell us about all convictions, cautions and discharges. Having one does not stop you applying, but not telling us would.",
            ],
        }
    }
    fn sources_heading(&self) -> &'static str {
        "Where this comes from"
    }
    fn sources(&self) -> &'static [&'static str] {
        &[
            "Probation Service careers pages: the PQiP training programme",
            "Probation Service careers: FAQs and contact",
            "Ministry of Justice: statutory guidance on probation qualifications (2022)",
            "Probation Qualifications Framework leaflet (2010)",
        ]
    }
    fn likely_not_promise(&self) -> &'static str {
        "This is a likely route, not a promise. The universities decide your final route after the assessment centre."
    }
    fn start_again(&self) -> &'static str {
        "Start again"
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
    fn privacy_paragraphs(&self) -> &'static [&'static str] {
        &[
            "This tool runs on your device. Your answers are not sent to us or to anyone else.",
            "Your answers are kept in the web address of this page, after the # sign. That part of a web address is never sent to a website.",
            "We do not use cookies, and we do not store your answers on your device.",
            "So that the tool works without an internet connection, your browser keeps a copy of the tool's own files. They hold no answers.",
            "If this tool is shown inside another website, that website cannot see your answers either.",
            "If you share or bookmark the web address, it includes your answers. To clear them, choose Start again or close the page.",
        ]
    }

    fn qualification_name(&self, q: HeldQualification) -> &'static str {
        match q {
            HeldQualification::None => "None",
            HeldQualification::Pqip => "Professional Qualification in Probation (PQiP)",
            HeldQualification::Pqf => "Probation Qualifications Framework (PQF)",
            HeldQualification::Dipps => "Diploma in Probation Studies (DipPS)",
            HeldQualification::SwProbation => "social work degree with a probation part",
            HeldQualification::Sw => "social work qualification",
        }
    }
    fn month_names(&self) -> &'static [&'static str; 12] {
        &MONTHS
    }
    fn yes_no(&self, yes: bool) -> &'static str {
        if yes {
            "Yes"
        } else {
            "No"
        }
    }
    fn none_answer(&self) -> &'static str {
        "None"
    }
    fn months_count(&self, months: u16) -> String {
        format!("{months} months")
    }
    fn full_time(&self) -> &'static str {
        "Full time (37 hours a week)"
    }
    fn part_time(&self, hours: Hours) -> String {
        format!("Part time ({hours} hours a week)")
    }
    fn next_start_answer(&self) -> &'static str {
        "The next start (January or July)"
    }
    fn language_label(&self) -> &'static str {
        "Language"
    }
    fn language_name(&self) -> &'static str {
        "English"
    }
}

/// "University of Portsmouth" takes "the" in a sentence; the others are named as they are.
fn in_sentence(name: &str) -> String {
    if name.starts_with("University of") {
        format!("the {name}")
    } else {
        name.to_string()
    }
}
