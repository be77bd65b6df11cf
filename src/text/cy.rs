//! Cymraeg. Iaith glir, brawddegau byr; byth "rydych yn gymwys", bob amser "yn ôl eich atebion".
//!
//! For review by a Welsh-language officer before publishing (README). Established names: Gwasanaeth
//! Prawf (Probation Service), swyddog prawf (probation officer), Swyddog Gwasanaethau Prawf (PSO),
//! Y Weinyddiaeth Gyfiawnder (Ministry of Justice), Gwasanaeth Carchardai a Phrawf EF (HMPPS).

use super::{Choice, Messages, ProblemMessage, QuestionText};
use crate::rules::answers::Hours;
use crate::rules::assess::{Change, Entry, Note, Pathway, Reason, Route};
use crate::rules::policy::{Assumption, HeldQualification, University, RECRUITMENT_PHONE};
use crate::rules::Question;
use crate::rules::YearMonth;

pub struct Welsh;

const fn c(value: &'static str, label: &'static str, hint: &'static str) -> Choice {
    Choice { value, label, hint }
}

// Welsh answers "yes" and "no" with the verb of the question.
const DID: &[Choice] = &[c("yes", "Do", ""), c("no", "Naddo", "")];
const DOES: &[Choice] = &[c("yes", "Ydy", ""), c("no", "Nac ydy", "")];
const HAVE_DONE: &[Choice] = &[c("yes", "Ydw", ""), c("no", "Nac ydw", "")];
const HAVE_GOT: &[Choice] = &[c("yes", "Oes", ""), c("no", "Nac oes", "")];

const LEVELS: &[Choice] = &[
    c("0", "Dim cymwysterau, neu lefel mynediad", ""),
    c("1", "Lefel 1", "Er enghraifft, TGAU graddau 3 i 1 (D i G)"),
    c("2", "Lefel 2", "Er enghraifft, TGAU graddau 9 i 4 (A* i C)"),
    c("3", "Lefel 3", "Er enghraifft, Safon Uwch, BTEC Cenedlaethol neu ddiploma Lefel 3"),
    c("4", "Lefel 4", "Er enghraifft, Tystysgrif Genedlaethol Uwch (HNC) neu Dystysgrif Addysg Uwch"),
    c("5", "Lefel 5", "Er enghraifft, HND, Gradd Sylfaen, Diploma Addysg Uwch (DipHE), cymhwyster galwedigaethol Lefel 5 neu Brentisiaeth Uwch"),
    c("6", "Lefel 6", "Er enghraifft, gradd baglor"),
    c("7", "Lefel 7", "Er enghraifft, gradd meistr"),
    c("8", "Lefel 8", "Er enghraifft, doethuriaeth (PhD)"),
];

const QUALIFIED: &[Choice] = &[
    c("none", "Nac oes", ""),
    c("pqip", "Cymhwyster Proffesiynol mewn Prawf (PQiP)", ""),
    c("pqf", "Fframwaith Cymwysterau Prawf (PQF)", ""),
    c("dipps", "Diploma mewn Astudiaethau Prawf (DipPS)", ""),
    c(
        "sw-probation",
        "Gradd gwaith cymdeithasol gydag elfen prawf",
        "",
    ),
    c(
        "sw",
        "Gradd gwaith cymdeithasol neu gymhwyster gwaith cymdeithasol ôl-raddedig",
        "",
    ),
];

const JOBS: &[Choice] = &[
    c(
        "none",
        "Dim un o'r rhain",
        "Mae hyn yn cynnwys gweithio yn rhywle arall, astudio, neu beidio â gweithio",
    ),
    c(
        "pso",
        "Swyddog Gwasanaethau Prawf (PSO) yn y Gwasanaeth Prawf",
        "",
    ),
    c(
        "moj",
        "Swydd arall yn y Weinyddiaeth Gyfiawnder",
        "Er enghraifft, mewn carchar neu ym mhencadlys Gwasanaeth Carchardai a Phrawf EF",
    ),
];

const MODULES: &[Choice] = &[
    c(
        "crime",
        "Troseddu ac Ymddygiad Troseddol",
        "Weithiau'n cael ei alw'n Troseddeg",
    ),
    c(
        "cjs",
        "System Cyfiawnder Troseddol",
        "Weithiau'n cael ei alw'n Cyfiawnder Cymunedol",
    ),
    c(
        "penal",
        "Polisi Cosbi a Chosbi Troseddwyr",
        "Weithiau'n cael ei alw'n Penoleg",
    ),
    c("rehab", "Adsefydlu Troseddwyr", ""),
];

const REGIONS: &[Choice] = &[
    c("north-east", "Gogledd Ddwyrain Lloegr", ""),
    c("yorkshire-humber", "Swydd Efrog a Humber", ""),
    c("north-west", "Gogledd Orllewin Lloegr", ""),
    c("greater-manchester", "Manceinion Fwyaf", ""),
    c("kent-surrey-sussex", "Caint, Surrey a Sussex", ""),
    c("east-of-england", "Dwyrain Lloegr", ""),
    c("east-midlands", "Dwyrain Canolbarth Lloegr", ""),
    c("west-midlands", "Gorllewin Canolbarth Lloegr", ""),
    c("london", "Llundain", ""),
    c("south-central", "De Canolog Lloegr", ""),
    c("south-west", "De Orllewin Lloegr", ""),
    c("wales", "Cymru", ""),
];

const HOURS: &[Choice] = &[
    c("37", "Llawn amser (37 awr yr wythnos)", ""),
    c(
        "part",
        "Rhan amser",
        "Rhwng 22.2 a 29.6 awr yr wythnos. Nid oes lleoedd rhan amser ym mhob rhanbarth.",
    ),
];

const MONTHS: [&str; 12] = [
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
];

const VETTING: &str = "Bydd angen cliriad diogelwch arnoch. Rhaid i chi ddweud wrthym am bob euogfarn, rhybudd a rhyddhad. Nid yw cael un yn eich atal rhag gwneud cais, ond byddai peidio â dweud wrthym yn gwneud hynny.";

fn count_word(n: usize) -> &'static str {
    match n {
        0 => "dim un",
        1 => "un",
        2 => "dau",
        3 => "tri",
        _ => "pob un o'r pedwar",
    }
}

impl Messages for Welsh {
    fn lang_code(&self) -> &'static str {
        "cy"
    }
    fn service_name(&self) -> &'static str {
        "Dod yn swyddog prawf: dod o hyd i'ch llwybr"
    }
    fn skip_link(&self) -> &'static str {
        "Neidio i'r prif gynnwys"
    }
    fn privacy_link(&self) -> &'static str {
        "Preifatrwydd"
    }
    fn footer_note(&self) -> &'static str {
        "Nid Gwasanaeth Carchardai a Phrawf EF sy'n rhedeg yr adnodd hwn. Mae'n rhoi llwybr tebygol yn seiliedig ar wybodaeth gyhoeddus. Y prifysgolion sy'n penderfynu ar eich llwybr terfynol ar ôl y ganolfan asesu."
    }

    fn start_heading(&self) -> &'static str {
        "Dewch o hyd i'ch llwybr i fod yn swyddog prawf"
    }
    fn start_paragraphs(&self) -> &'static [&'static str] {
        &[
            "Atebwch ychydig o gwestiynau i weld sut y gallech hyfforddi i fod yn swyddog prawf yng Nghymru neu Loegr, a pha mor hir y mae'n debygol o gymryd.",
            "Mae'n cymryd tua 3 munud.",
        ]
    }
    fn start_list_intro(&self) -> &'static str {
        "Byddwch yn darganfod:"
    }
    fn start_list(&self) -> &'static [&'static str] {
        &[
            "pa lwybr sy'n debygol i chi",
            "sawl mis y mae'r hyfforddiant yn ei gymryd, a phryd y gallech orffen",
            "gyda pha brifysgol y byddech chi'n debygol o astudio",
            "beth allai wneud eich llwybr yn fyrrach",
        ]
    }
    fn start_button(&self) -> &'static str {
        "Dechrau nawr"
    }
    fn policy_date(&self, checked: YearMonth) -> String {
        format!(
            "Cafodd y rheolau eu gwirio ddiwethaf yn erbyn canllawiau cyhoeddus ym mis {}.",
            self.month(checked)
        )
    }
    fn privacy_promise(&self) -> &'static str {
        "Nid oes dim byd rydych chi'n ei nodi yn gadael eich dyfais. Dim ond yng nghyfeiriad gwe'r dudalen hon y caiff eich atebion eu cadw."
    }

    fn back(&self) -> &'static str {
        "Yn ôl"
    }
    fn continue_button(&self) -> &'static str {
        "Parhau"
    }
    fn error_summary_title(&self) -> &'static str {
        "Mae problem wedi codi"
    }
    fn error_prefix(&self) -> &'static str {
        "Gwall:"
    }
    fn question(&self, q: Question) -> QuestionText {
        let (title, hint, short) = match q {
            Question::Qualified => (
                "Oes gennych chi gymhwyster prawf yn barod?",
                "Dewiswch y cymhwyster a gawsoch pan wnaethoch gymhwyso fel swyddog prawf.",
                "Cymhwyster prawf",
            ),
            Question::QualYear => (
                "Ym mha flwyddyn wnaethoch chi gymhwyso?",
                "Er enghraifft, 2012",
                "Blwyddyn cymhwyso",
            ),
            Question::Level => (
                "Beth yw lefel uchaf eich cymwysterau?",
                "Dewiswch y lefel uchaf rydych wedi'i gorffen. Gall fod mewn unrhyw bwnc.",
                "Cymhwyster uchaf",
            ),
            Question::Overseas => (
                "A gawsoch chi'r cymhwyster hwn y tu allan i'r DU?",
                "",
                "Cymhwyster o'r tu allan i'r DU",
            ),
            Question::Job => (
                "Ydych chi'n gweithio i'r Gwasanaeth Prawf neu'r Weinyddiaeth Gyfiawnder nawr?",
                "",
                "Swydd bresennol",
            ),
            Question::Service => (
                "Am sawl mis ydych chi wedi gweithio fel PSO?",
                "Cyfrifwch fisoedd cyfan o wasanaeth effeithiol. Peidiwch â chyfrif seibiannau hir.",
                "Misoedd fel PSO",
            ),
            Question::Credits5 => (
                "A yw eich cymhwyster yn cynnwys o leiaf 120 credyd ar Lefel 5?",
                "Mae eich tystysgrif neu eich trawsgrifiad yn dangos y credydau a'u lefel.",
                "120 credyd ar Lefel 5",
            ),
            Question::Exp => (
                "Ydych chi wedi gweithio gyda phobl sydd wedi troseddu, neu bobl y mae eu bywydau mewn argyfwng?",
                "Gall hyn fod yn waith am dâl neu'n wirfoddol, mewn unrhyw leoliad. Mae'n cynnwys pobl y mae eu hymddygiad yn heriol.",
                "Profiad perthnasol",
            ),
            Question::L3vq => (
                "Oes gennych chi gymhwyster galwedigaethol Lefel 3 perthnasol?",
                "Er enghraifft, diploma Lefel 3 mewn gwaith ieuenctid, iechyd a gofal cymdeithasol, neu gyfiawnder troseddol.",
                "Cymhwyster galwedigaethol Lefel 3 perthnasol",
            ),
            Question::Done => (
                "Pa rai o'r modiwlau gwybodaeth hyn ydych chi wedi'u gorffen?",
                "Gallant fod yn rhan o'ch gradd neu gwrs arall. Dewiswch bob un sy'n berthnasol. Mae pob un tua 200 awr o astudio.",
                "Modiwlau wedi'u gorffen",
            ),
            Question::Doing => (
                "Ydych chi'n astudio unrhyw un o'r modiwlau eraill nawr?",
                "Dewiswch bob un sy'n berthnasol.",
                "Modiwlau rydych chi'n eu hastudio",
            ),
            Question::Region => (
                "Ym mha ranbarth ydych chi eisiau gweithio?",
                "Mae Cymru yn un rhanbarth.",
                "Rhanbarth",
            ),
            Question::Hours => (
                "Sawl awr yr wythnos ydych chi eisiau gweithio?",
                "Mae hyfforddeion yn cael eu talu fel Swyddogion Gwasanaethau Prawf tra byddant yn hyfforddi.",
                "Oriau'r wythnos",
            ),
            Question::Start => (
                "Pryd hoffech chi ddechrau?",
                "Fel arfer mae dau gyfle i ddechrau bob blwyddyn: un ar ddechrau'r flwyddyn ac un yn yr haf.",
                "Dechrau",
            ),
        };
        QuestionText { title, hint, short }
    }
    fn choices(&self, q: Question) -> &'static [Choice] {
        match q {
            Question::Qualified => QUALIFIED,
            Question::Level => LEVELS,
            Question::Overseas => DID,
            Question::Credits5 => DOES,
            Question::Exp => HAVE_DONE,
            Question::L3vq => HAVE_GOT,
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
                "Dydw i ddim yn gwybod fy lefel",
                &[
                    "Edrychwch ar eich tystysgrif: mae llawer yn dangos y lefel.",
                    "Gallwch hefyd ofyn i'r coleg, y brifysgol neu'r darparwr hyfforddiant a'i rhoddodd i chi.",
                    "Os cawsoch chi'r cymhwyster y tu allan i'r DU, gall UK ENIC ddweud wrthych beth yw ei gyfwerth.",
                ],
            )),
            Question::Exp => Some((
                "Beth sy'n cyfrif fel profiad",
                &[
                    "Gwaith gyda phobl sydd wedi troseddu, neu gyda phobl y mae eu hymddygiad yn heriol neu y mae eu bywydau mewn argyfwng.",
                    "Er enghraifft, mewn hostel, elusen, ysgol, ysbyty, clwb ieuenctid neu linell gymorth.",
                    "Nid oes isafswm, ac mae gwaith gwirfoddol yn cyfrif.",
                ],
            )),
            _ => None,
        }
    }
    fn none_of_these(&self, q: Question) -> &'static str {
        match q {
            Question::Doing => "Nac ydw, dydw i ddim yn astudio unrhyw rai eraill",
            _ => "Dydw i ddim wedi gorffen unrhyw un o'r rhain",
        }
    }
    fn or(&self) -> &'static str {
        "neu"
    }
    fn hours_label(&self) -> &'static str {
        "Oriau'r wythnos"
    }
    fn month_label(&self) -> &'static str {
        "Mis"
    }
    fn start_next(&self, next: YearMonth) -> String {
        format!("Y cyfle nesaf i ddechrau: {}", self.month(next))
    }
    fn start_other(&self) -> &'static str {
        "Mis gwahanol"
    }
    fn year_label(&self) -> &'static str {
        "Blwyddyn"
    }
    fn problem_words(&self, m: ProblemMessage, title: &str) -> String {
        use ProblemMessage as M;
        match m {
            M::ModulesDoneMissing => "Dewiswch y modiwlau rydych wedi'u gorffen, neu dewiswch nad ydych wedi gorffen unrhyw un".into(),
            M::ModulesDoneAndDoing => "Ni all modiwl fod wedi'i orffen ac yn cael ei astudio. Dewiswch y rhai rydych chi'n eu hastudio nawr yn unig".into(),
            M::ModulesDoingMissing => "Dewiswch y modiwlau rydych chi'n eu hastudio, neu dewiswch nad ydych chi'n astudio unrhyw un".into(),
            M::HoursMissing => "Dewiswch llawn amser neu ran amser".into(),
            M::HoursNotAllowed => "Rhowch oriau rhan amser rhwng 22.2 a 29.6, gydag un rhif ar y mwyaf ar ôl y pwynt".into(),
            M::StartOutOfRange { first, last } => format!(
                "Rhaid i'r dyddiad dechrau fod rhwng {} a {}",
                self.month(first),
                self.month(last)
            ),
            M::StartNotAMonth => "Rhowch y dyddiad dechrau fel mis a blwyddyn, er enghraifft 1 2027".into(),
            M::ServiceOutOfRange { max } => format!("Rhowch nifer o fisoedd rhwng 0 a {max}"),
            M::ServiceMissing => "Rhowch sawl mis rydych chi wedi gweithio fel PSO".into(),
            M::ServiceNotANumber => "Rhowch y misoedd fel rhif cyfan, fel 8".into(),
            M::YearOutOfRange { min, max } => format!("Rhowch flwyddyn rhwng {min} a {max}"),
            M::YearMissing => "Rhowch y flwyddyn y gwnaethoch gymhwyso".into(),
            M::YearNotANumber => "Rhowch y flwyddyn fel 4 rhif, fel 2012".into(),
            M::GivenTwice => format!("Mae'r ddolen yn rhoi dau ateb gwahanol ar gyfer {title}. Dewiswch un"),
            M::Unreadable => format!("Nid oedd modd darllen ateb y ddolen ar gyfer {title}. Dewiswch eto"),
            M::Missing => format!("Dewiswch ateb ar gyfer {title}"),
            M::NotAChoice => format!("Nid yw'r ateb ar gyfer {title} yn un o'r dewisiadau. Dewiswch un"),
        }
    }

    fn check_heading(&self) -> &'static str {
        "Gwirio eich atebion"
    }
    fn change(&self) -> &'static str {
        "Newid"
    }
    fn check_button(&self) -> &'static str {
        "Gweld eich llwybr"
    }

    fn result_heading(&self) -> &'static str {
        "Eich llwybr tebygol"
    }
    fn route_title(&self, r: Route) -> &'static str {
        match r {
            Route::AlreadyQualified => "Gallwch wneud cais am swyddi swyddog prawf",
            Route::Pqip15 => "Cymhwyster Proffesiynol mewn Prawf: llwybr 15 mis",
            Route::Pqip21 => "Cymhwyster Proffesiynol mewn Prawf: llwybr 21 mis",
            Route::CjlAccess => "Llwybr mynediad Dysgu Cyfiawnder Cymunedol, yna'r PQiP",
            Route::PsoPathway => "Dechrau fel Swyddog Gwasanaethau Prawf",
        }
    }
    fn route_summary(&self, r: Route) -> &'static str {
        match r {
            Route::AlreadyQualified => "Yn ôl eich atebion, mae gennych chi'r cymhwyster yr oedd ei angen pan wnaethoch gymhwyso. Does dim angen i chi hyfforddi eto.",
            Route::Pqip15 | Route::Pqip21 => "Yn ôl eich atebion, gallech wneud cais i hyfforddi fel swyddog prawf. Byddech yn gweithio fel Swyddog Gwasanaethau Prawf (PSO) ar gontract parhaol tra byddwch yn astudio ar gyfer y Cymhwyster Proffesiynol mewn Prawf (PQiP).",
            Route::CjlAccess => "Yn ôl eich atebion, gallech ddilyn cwrs mynediad Lefel 4 byr, ac yna cwrs dysgu o bell Lefel 5 gyda phrifysgol. Wedyn gallech wneud cais am y PQiP.",
            Route::PsoPathway => "Yn ôl eich atebion, gallech ddechrau drwy wneud cais i fod yn Swyddog Gwasanaethau Prawf (PSO). Does dim angen cymhwyster arnoch i wneud cais. Mae PSOs yn gweithio gyda phobl ar brawf a gallant hyfforddi fel swyddogion prawf yn nes ymlaen.",
        }
    }
    fn entry_name(&self, e: Entry) -> &'static str {
        match e {
            Entry::National => "Gwneud cais drwy'r ymgyrch recriwtio genedlaethol",
            Entry::PsoProgression => "Gwneud cais drwy Ddilyniant PSO, ar gyfer PSOs presennol",
            Entry::InternalMoj => "Gwneud cais drwy lwybr mewnol y Weinyddiaeth Gyfiawnder",
        }
    }
    fn pathway_name(&self, p: Pathway) -> &'static str {
        match p {
            Pathway::AlreadyQualified => "Gwneud cais am swyddi swyddog prawf",
            Pathway::Pqip(e) => self.entry_name(e),
            Pathway::CjlAccess => "Llwybr mynediad Dysgu Cyfiawnder Cymunedol",
            Pathway::PsoPathway => "Gwneud cais i fod yn Swyddog Gwasanaethau Prawf (PSO)",
        }
    }
    fn duration(&self, months: u16) -> String {
        format!("{months} mis")
    }
    fn finish_line(&self, start: YearMonth, finish: YearMonth) -> String {
        format!(
            "Os byddwch yn dechrau ym mis {}, gallech orffen ym mis {}.",
            self.month(start),
            self.month(finish)
        )
    }
    fn conditional_line(&self) -> &'static str {
        "Dim ond os byddwch yn gorffen eich trydydd modiwl cyn i chi ddechrau. Os na, mae'n debygol o fod yn llwybr 21 mis."
    }
    fn university_heading(&self) -> &'static str {
        "Ble byddech chi'n debygol o astudio"
    }
    fn university_name(&self, u: University) -> &'static str {
        match u {
            University::SheffieldHallam => "Prifysgol Sheffield Hallam",
            University::LiverpoolJohnMoores => "Prifysgol John Moores Lerpwl",
            University::DeMontfort => "Prifysgol De Montfort",
            University::Portsmouth => "Prifysgol Portsmouth",
        }
    }
    fn any_cjl_provider(&self) -> &'static str {
        "Unrhyw un o'r tair prifysgol sy'n addysgu'r cyrsiau mynediad drwy ddysgu o bell: Prifysgol De Montfort, Prifysgol Sheffield Hallam neu Brifysgol Portsmouth."
    }
    fn no_contact(&self) -> String {
        format!("Os oes gennych gwestiynau, ffoniwch y llinell recriwtio ar {RECRUITMENT_PHONE}.")
    }
    fn email_label(&self) -> &'static str {
        "E-bost"
    }
    fn phone_label(&self) -> &'static str {
        "Ffôn"
    }
    fn why_heading(&self) -> &'static str {
        "Pam"
    }
    fn why_intro(&self) -> &'static str {
        "Yn ôl eich atebion:"
    }
    fn reason(&self, r: &Reason) -> String {
        match *r {
            Reason::HoldsRecognised { qualification, year } => format!(
                "cawsoch y {} yn {year}, pan oedd yn gymhwyster yr oedd ei angen ar swyddogion prawf",
                self.qualification_name(qualification)
            ),
            Reason::PsoWithService { level, months } => format!(
                "rydych yn PSO gyda chymhwyster Lefel {level} a {months} mis o wasanaeth (mae Dilyniant PSO angen Lefel 3 a 6 mis)"
            ),
            Reason::MojWithCredits { level } => format!(
                "rydych yn gweithio i'r Weinyddiaeth Gyfiawnder ac mae gennych gymhwyster Lefel {level} gyda 120 credyd ar Lefel 5"
            ),
            Reason::LevelAndExperience { level } => format!(
                "mae gennych gymhwyster Lefel {level} a phrofiad perthnasol (mae'r PQiP angen Lefel 5 neu uwch)"
            ),
            Reason::ModulesDone { count } => format!(
                "rydych wedi gorffen {} o'r pedwar modiwl gwybodaeth, felly mae'r rhaglen yn debygol o fod yn 15 mis",
                count_word(count)
            ),
            Reason::TwoDoneThirdStarted => "rydych wedi gorffen dau fodiwl ac wedi dechrau trydydd".into(),
            Reason::FewModulesDone { count } => format!(
                "rydych wedi gorffen {} o'r modiwlau gwybodaeth. Gyda llai na thri, mae'r 6 mis cyntaf yn cael eu treulio ar y modiwlau sydd ar goll, felly mae'n debygol o fod yn 21 mis",
                count_word(count)
            ),
            Reason::PartTime { hours, full_time_months } => format!(
                "rydych eisiau gweithio {hours} awr yr wythnos, felly mae'r rhaglen {full_time_months} mis yn cymryd yn hirach"
            ),
            Reason::StudyInRegion { region, university } => format!(
                "mae pobl sy'n gwneud cais yn rhanbarth {} yn astudio yn y brifysgol hon: {}",
                self.region_name(region),
                self.university_name(university)
            ),
            Reason::CjlAnyProvider { region } => format!(
                "nid yw'r un o'r tair prifysgol cyrsiau mynediad yn un ar gyfer {}, ond maen nhw i gyd yn addysgu o bell",
                self.region_name(region)
            ),
            Reason::CjlLevelExperienceVq { level } => format!(
                "eich lefel uchaf yw {level}, sy'n is na Lefel 5, ond mae gennych brofiad perthnasol a chymhwyster galwedigaethol Lefel 3 perthnasol"
            ),
            Reason::LevelBelowPqip { level } => format!(
                "eich lefel uchaf yw {level}. Mae'r PQiP angen Lefel 5 neu uwch"
            ),
            Reason::NoExperience => "nid ydych wedi gweithio eto gyda phobl sydd wedi troseddu neu y mae eu bywydau mewn argyfwng. Mae'r PQiP angen y profiad hwn".into(),
            Reason::NoLevel3Vq => "nid oes gennych gymhwyster galwedigaethol Lefel 3 perthnasol, y mae'r llwybr mynediad ei angen".into(),
            Reason::PsoNeedsMoreService { months } => format!(
                "rydych yn PSO gyda {months} mis o wasanaeth. Mae Dilyniant PSO angen 6 mis"
            ),
            Reason::PsoNeedsLevel3 { level } => format!(
                "rydych yn PSO gyda chymhwyster Lefel {level}. Mae Dilyniant PSO angen Lefel 3"
            ),
            Reason::MojWithoutCredits => "mae llwybr mewnol y Weinyddiaeth Gyfiawnder angen 120 credyd ar Lefel 5".into(),
        }
    }
    fn changes_heading(&self) -> &'static str {
        "Beth fyddai'n newid hyn"
    }
    fn change_text(&self, c: &Change) -> String {
        match *c {
            Change::FinishModules { more, from, to } => format!(
                "Gorffennwch {more} modiwl gwybodaeth arall cyn i chi wneud cais (tua 200 awr yr un): {to} mis yn lle {from}."
            ),
            Change::FinishThirdBeforeStart { otherwise } => format!(
                "Os na fyddwch yn gorffen eich trydydd modiwl cyn i chi ddechrau, mae'n debygol o gymryd {otherwise} mis."
            ),
            Change::WorkFullTime { months } => format!("Yn gweithio'n llawn amser, byddai'n cymryd {months} mis."),
            Change::MoreService { more } => format!(
                "Ar ôl {more} mis arall fel PSO, gallech wneud cais drwy Ddilyniant PSO."
            ),
            Change::GainExperience => "Byddai cael profiad gyda phobl sydd wedi troseddu neu y mae eu bywydau mewn argyfwng, am dâl neu'n wirfoddol, yn gadael i chi wneud cais am y PQiP.".into(),
            Change::GainLevel5 => "Byddai cymhwyster Lefel 5 mewn unrhyw bwnc, gyda phrofiad perthnasol, yn gadael i chi wneud cais am y PQiP.".into(),
            Change::StudyCjl => "Gallwch astudio cyrsiau Lefel 4 a Lefel 5 Dysgu Cyfiawnder Cymunedol ar eu pennau eu hunain, heb wneud cais am y PQiP yn gyntaf.".into(),
            Change::ProgressAsPso => "Fel PSO, unwaith y bydd gennych gymhwyster Lefel 3 a 6 mis o wasanaeth, gallech wneud cais drwy Ddilyniant PSO.".into(),
        }
    }
    fn note(&self, n: &Note) -> String {
        match *n {
            Note::OverseasComparability => "Mae eich cymhwyster o'r tu allan i'r DU. Gofynnwch i UK ENIC am Ddatganiad Cymharedd, sy'n dweud beth yw ei gyfwerth yn y DU. Mae'r canlyniad hwn yn tybio ei fod yn cyfateb i'r lefel a roesoch.".into(),
            Note::NotRecognisedForYear { qualification, year } => format!(
                "Nid y {} oedd y cymhwyster yr oedd ei angen ar swyddogion prawf yn {year}, felly mae'r canlyniad hwn yn edrych ar y llwybrau eraill.",
                self.qualification_name(qualification)
            ),
            Note::FourthModuleInFirstMonths => "Mae'r modiwl sydd ar goll yn cael ei dalu fel rhan o'r rhaglen. Rhaid i chi ei orffen yn y 6 mis cyntaf.".into(),
            Note::Assumed(Assumption::ThirdModuleInProgress) => "Ein dehongliad ni: nid yw'r canllawiau'n glir a yw trydydd modiwl rydych wedi'i ddechrau yn cyfrif. Rydym yn tybio bod angen i chi ei orffen cyn i chi ddechrau.".into(),
            Note::Assumed(Assumption::PartTimeProRata) => "Ein dehongliad ni: mae'r canllawiau'n dweud bod rhan amser yn cymryd hyd at 30 mis. Rydym wedi cyfrifo'r hyd yn gymesur â'ch oriau.".into(),
            Note::Assumed(Assumption::IntakeMonths) => "Ein dehongliad ni: mae'r canllawiau'n dweud bod dau gyfle i ddechrau bob blwyddyn fel arfer, ar ddechrau'r flwyddyn ac yn yr haf. Rydym wedi defnyddio Ionawr a Gorffennaf.".into(),
        }
    }
    fn alternatives_heading(&self) -> &'static str {
        "Llwybrau eraill sydd ar agor i chi"
    }
    fn next_steps_heading(&self) -> &'static str {
        "Beth sy'n digwydd nesaf"
    }
    fn next_steps(&self, r: Route) -> &'static [&'static str] {
        match r {
            Route::AlreadyQualified => &[
                "Chwiliwch am swyddi swyddog prawf yn y rhanbarth rydych chi eisiau gweithio ynddo.",
                "Os gwnaethoch gymhwyso y tu allan i'r DU, gofynnwch i UK ENIC am Ddatganiad Cymharedd yn gyntaf.",
                VETTING,
            ],
            Route::Pqip15 | Route::Pqip21 | Route::CjlAccess => &[
                "Mae recriwtio drwy ymgyrch genedlaethol: cais ysgrifenedig, prawf ar-lein a chanolfan asesu.",
                "Ar y ffurflen gais gallwch dicio blwch i gael eich ystyried ar gyfer swydd Swyddog Gwasanaethau Prawf os na fyddwch yn llwyddiannus.",
                "Tra byddwch yn hyfforddi rydych yn cael eich cyflogi fel Swyddog Gwasanaethau Prawf ar gontract parhaol, 37 awr yr wythnos, gydag amser i astudio. Rhaid i chi basio'r 6 mis cyntaf (Rhan 1) i fynd ymlaen i Ran 2.",
                "Mae'r prifysgolion yn edrych ar eich cymwysterau ar ôl y ganolfan asesu ac yn penderfynu pa lwybr y byddwch yn ei ddilyn.",
                VETTING,
                "Efallai na fydd y swydd a gynigir i chi ar y diwedd yn yr un lle ag y gwnaethoch hyfforddi.",
            ],
            Route::PsoPathway => &[
                "Chwiliwch am swyddi Swyddog Gwasanaethau Prawf. Does dim angen cymhwyster arnoch i wneud cais.",
                "Mae PSOs newydd yn cael cyfnod sefydlu, gan gynnwys y cwrs Porth i Ymarfer, ac yn astudio ar gyfer y Diploma Lefel 3 mewn Ymarfer Prawf, yn y 12 mis cyntaf yn ddelfrydol.",
                VETTING,
            ],
        }
    }
    fn sources_heading(&self) -> &'static str {
        "O ble mae hyn yn dod"
    }
    fn sources(&self) -> &'static [&'static str] {
        &[
            "Tudalennau gyrfaoedd y Gwasanaeth Prawf: rhaglen hyfforddi'r PQiP",
            "Gyrfaoedd y Gwasanaeth Prawf: cwestiynau cyffredin a chysylltu",
            "Y Weinyddiaeth Gyfiawnder: canllawiau statudol ar gymwysterau prawf (2022)",
            "Taflen Fframwaith Cymwysterau Prawf (2010)",
        ]
    }
    fn likely_not_promise(&self) -> &'static str {
        "Llwybr tebygol yw hwn, nid addewid. Y prifysgolion sy'n penderfynu ar eich llwybr terfynol ar ôl y ganolfan asesu."
    }
    fn start_again(&self) -> &'static str {
        "Dechrau eto"
    }
    fn print(&self) -> &'static str {
        "Argraffu'r dudalen hon"
    }

    fn idle_title(&self) -> &'static str {
        "Ydych chi dal yna?"
    }
    fn idle_body(&self, seconds: u32) -> String {
        format!("Does neb wedi defnyddio'r sgrin hon ers tro. I gadw eich atebion yn breifat, bydd yn dechrau eto mewn {seconds} eiliad.")
    }
    fn still_here(&self) -> &'static str {
        "Rydw i dal yma"
    }
    fn qr_caption(&self) -> &'static str {
        "Sganiwch y cod hwn gyda chamera eich ffôn i gadw eich canlyniad. Mae'n agor y dudalen hon gyda'ch atebion."
    }
    fn qr_alt(&self) -> &'static str {
        "Cod QR y ddolen i'ch canlyniad"
    }

    fn privacy_heading(&self) -> &'static str {
        "Preifatrwydd"
    }
    fn privacy_paragraphs(&self) -> &'static [&'static str] {
        &[
            "Mae'r adnodd hwn yn rhedeg ar eich dyfais. Nid yw eich atebion yn cael eu hanfon atom ni nac at unrhyw un arall.",
            "Mae eich atebion yn cael eu cadw yng nghyfeiriad gwe'r dudalen hon, ar ôl yr arwydd #. Nid yw'r rhan honno o gyfeiriad gwe byth yn cael ei hanfon at wefan.",
            "Nid ydym yn defnyddio cwcis, ac nid ydym yn storio eich atebion ar eich dyfais.",
            "Er mwyn i'r adnodd weithio heb gysylltiad â'r rhyngrwyd, mae eich porwr yn cadw copi o ffeiliau'r adnodd ei hun. Nid ydynt yn cynnwys unrhyw atebion.",
            "Os yw'r adnodd hwn yn cael ei ddangos y tu mewn i wefan arall, ni all y wefan honno weld eich atebion chwaith.",
            "Os byddwch yn rhannu'r cyfeiriad gwe neu'n ei gadw fel nod tudalen, mae'n cynnwys eich atebion. I'w clirio, dewiswch Dechrau eto neu caewch y dudalen.",
        ]
    }

    fn qualification_name(&self, q: HeldQualification) -> &'static str {
        match q {
            HeldQualification::None => "Dim",
            HeldQualification::Pqip => "Cymhwyster Proffesiynol mewn Prawf (PQiP)",
            HeldQualification::Pqf => "Fframwaith Cymwysterau Prawf (PQF)",
            HeldQualification::Dipps => "Diploma mewn Astudiaethau Prawf (DipPS)",
            HeldQualification::SwProbation => "radd gwaith cymdeithasol gydag elfen prawf",
            HeldQualification::Sw => "cymhwyster gwaith cymdeithasol",
        }
    }
    fn month_names(&self) -> &'static [&'static str; 12] {
        &MONTHS
    }
    fn yes_no(&self, yes: bool) -> &'static str {
        if yes {
            "Ie"
        } else {
            "Na"
        }
    }
    fn none_answer(&self) -> &'static str {
        "Dim"
    }
    fn months_count(&self, months: u16) -> String {
        format!("{months} mis")
    }
    fn full_time(&self) -> &'static str {
        "Llawn amser (37 awr yr wythnos)"
    }
    fn part_time(&self, hours: Hours) -> String {
        format!("Rhan amser ({hours} awr yr wythnos)")
    }
    fn next_start_answer(&self) -> &'static str {
        "Y cyfle nesaf i ddechrau (Ionawr neu Orffennaf)"
    }
    fn language_label(&self) -> &'static str {
        "Iaith"
    }
    fn language_name(&self) -> &'static str {
        "Cymraeg"
    }
}
