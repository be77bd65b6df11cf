//! Cymraeg. Iaith glir, brawddegau byr, y ffurf "chi"; byth "rydych yn gymwys", bob amser "yn ôl
//! eich atebion".
//!
//! For review by a Welsh-language officer before publishing (README). Established names: Gwasanaeth
//! Prawf (Probation Service), swyddog prawf (probation officer), Swyddog Gwasanaethau Prawf (PSO),
//! Y Weinyddiaeth Gyfiawnder (Ministry of Justice), Gwasanaeth Carchardai a Phrawf EF (HMPPS).
//! Names with no official Welsh form found are followed by the English name in brackets the first
//! time they appear in a message, since the application system and UK ENIC work in English.
//!
//! Every number in a sentence is filled in from `rules::policy` (`tests/catalogue.rs` checks); the
//! comment by each sentence, or its item in `rules::advice`, names the seed it comes from, as in
//! `en.rs`.
//!
//! Welsh grammar the code takes care of, so that no sentence is right for one value and wrong for
//! another:
//! - names are stored in their radical form; a sentence that puts one after "y/yr" mutates it
//!   (`Welsh::the_qualification`);
//! - a month name always follows "mis" ("ym mis Ionawr", "rhwng mis Ionawr a mis Gorffennaf"),
//!   so "a/ac" and mutation never depend on the month;
//! - no variable number follows "a/ac", "â/ag", "gyda/gydag" or "na/nac" unless a helper picks
//!   the form (`na`); a name after "â" takes `with_a`; ranges of numbers are "o … hyd at …";
//! - a count before a noun takes the noun's gender and the mutation it causes (`count_noun`);
//!   `Messages::count_word` is the number on its own ("tri o'r …");
//! - one negative register throughout: "Nid oes", "Nid yw", "Nid ydych", "Nid ydw i".

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

pub struct Welsh;

/// The start choice for someone off the PQiP routes who does not know their month.
const NOT_SURE: &str = "Ddim yn siŵr";

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

/// The numbers on their own, masculine (the modules, the knowledge areas): "tri o'r …".
const COUNTS: [&str; 13] = [
    "dim",
    "un",
    "dau",
    "tri",
    "pedwar",
    "pump",
    "chwech",
    "saith",
    "wyth",
    "naw",
    "deg",
    "un ar ddeg",
    "deuddeg",
];

/// The numbers before a noun: (masculine, feminine, the words that follow the noun). The noun
/// stays singular; `count_noun` adds the mutation.
const COUNTS_BEFORE_NOUN: [(&str, &str, &str); 13] = [
    ("dim", "dim", ""),
    ("un", "un", ""),
    ("dau", "dwy", ""),
    ("tri", "tair", ""),
    ("pedwar", "pedair", ""),
    ("pum", "pum", ""),
    ("chwe", "chwe", ""),
    ("saith", "saith", ""),
    ("wyth", "wyth", ""),
    ("naw", "naw", ""),
    ("deg", "deg", ""),
    ("un", "un", "ar ddeg"),
    ("deuddeg", "deuddeg", ""),
];

/// Years in words, with the numeral's mutation: "blwyddyn", "dwy flynedd", "tair blynedd", "pum
/// mlynedd" (nasal after pum, saith, wyth, naw, deg, deuddeg); past twelve, "13 o flynyddoedd".
fn years_words(n: u16) -> String {
    match n {
        1 => "blwyddyn".into(),
        5 | 7..=10 | 12 => {
            let numeral = COUNTS_BEFORE_NOUN.get(usize::from(n)).map_or("", |c| c.1);
            format!("{numeral} mlynedd")
        }
        2..=12 => count_noun(usize::from(n), "blynedd", Gender::Feminine, false),
        _ => format!("{n} o flynyddoedd"),
    }
}

/// Months in words: "mis", "dau fis", "tri mis", "un mis ar ddeg".
fn months_words(n: u16) -> String {
    match n {
        1 => "mis".into(),
        _ => count_noun(usize::from(n), "mis", Gender::Masculine, false),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Gender {
    Masculine,
    Feminine,
}

/// Soft mutation of a word's first letter, keeping its case: "gradd" → "radd", "cyfle" →
/// "gyfle", "dau" → "ddau". `after_article` leaves "ll" and "rh" alone, as "y" does.
fn soft(word: &str, after_article: bool) -> String {
    let Some(first) = word.chars().next() else {
        return String::new();
    };
    let lower = word.to_ascii_lowercase();
    if ["ch", "ph", "th", "dd", "ff"]
        .iter()
        .any(|d| lower.starts_with(d))
    {
        return word.to_string();
    }
    let rest = &word[first.len_utf8()..];
    let mutated = if lower.starts_with("ll") || lower.starts_with("rh") {
        if after_article {
            return word.to_string();
        }
        // "ll" → "l", "rh" → "r": the second letter goes.
        format!("{first}{}", &rest[1..])
    } else {
        let with = match first.to_ascii_lowercase() {
            'c' => "g",
            'p' => "b",
            't' => "d",
            'g' => "",
            'b' | 'm' => "f",
            'd' => "dd",
            _ => return word.to_string(),
        };
        format!("{with}{rest}")
    };
    if first.is_ascii_uppercase() {
        capitalised(&mutated)
    } else {
        mutated
    }
}

/// Aspirate mutation: "cyfle" → "chyfle", "prifysgol" → "phrifysgol", "tri" → "thri".
fn aspirate(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    if lower.starts_with("ch") || lower.starts_with("ph") || lower.starts_with("th") {
        return word.to_string();
    }
    let with = match lower.chars().next() {
        Some('c') => "ch",
        Some('p') => "ph",
        Some('t') => "th",
        _ => return word.to_string(),
    };
    let upper = word.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    let mutated = format!("{with}{}", word.chars().skip(1).collect::<String>());
    if upper {
        capitalised(&mutated)
    } else {
        mutated
    }
}

fn starts_with_vowel(word: &str) -> bool {
    word.to_ascii_lowercase()
        .chars()
        .next()
        .is_some_and(|c| "aeiouwyâêîôûŵŷáéíóúàèìòù".contains(c))
}

/// "na" before a word, as the word needs it: "na thri", "nag un", "na saith".
fn na(word: &str) -> String {
    if starts_with_vowel(word) {
        format!("nag {word}")
    } else {
        format!("na {}", aspirate(word))
    }
}

/// "â" before a name, as the name needs it: "â Phrifysgol Portsmouth", "ag Abertawe".
fn with_a(word: &str) -> String {
    if starts_with_vowel(word) {
        format!("ag {word}")
    } else {
        format!("â {}", aspirate(word))
    }
}

/// The article a word takes: "yr" before a vowel or "h", "y" otherwise.
fn article(word: &str) -> &'static str {
    if starts_with_vowel(word) || word.to_ascii_lowercase().starts_with('h') {
        "yr"
    } else {
        "y"
    }
}

/// A count before a singular noun, with the numeral's gender form and the mutation it causes:
/// "dau fodiwl", "tri chyfle", "tair prifysgol", "dwy brifysgol", "chwe phrifysgol". After the
/// article (`after_article`, the caller writes "y" or "'r") "dau" and "dwy" mutate too: "y ddau
/// fodiwl". Past twelve, the figure: "13 modiwl".
fn count_noun(n: usize, noun: &str, gender: Gender, after_article: bool) -> String {
    let Some(&(masculine, feminine, after)) = COUNTS_BEFORE_NOUN.get(n) else {
        return format!("{n} {noun}");
    };
    let numeral = if gender == Gender::Feminine {
        feminine
    } else {
        masculine
    };
    let numeral = if after_article && n == 2 {
        soft(numeral, false)
    } else {
        numeral.to_string()
    };
    // "un ar ddeg" is "un" for the mutation it causes.
    let unit = if after.is_empty() { n } else { n - 10 };
    let noun = match (unit, gender) {
        (1, Gender::Feminine) => soft(noun, true),
        (2, _) => soft(noun, false),
        (3, Gender::Masculine) | (6, _) => aspirate(noun),
        _ => noun.to_string(),
    };
    if after.is_empty() {
        format!("{numeral} {noun}")
    } else {
        format!("{numeral} {noun} {after}")
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

impl Welsh {
    /// A qualification after "y/yr", mutated as the noun needs: "y radd gwaith cymdeithasol …",
    /// "y Diploma mewn Astudiaethau Prawf (DipPS)".
    fn the_qualification(&self, q: HeldQualification) -> String {
        let name = self.qualification_name(q);
        // "gradd" is feminine; "cymhwyster", "fframwaith" and "diploma" are masculine.
        let feminine = matches!(q, HeldQualification::SwProbation | HeldQualification::Sw);
        let name = if feminine {
            soft(name, true)
        } else {
            name.to_string()
        };
        format!("{} {name}", article(&name))
    }

    /// A module as 001 names it, with the name 002 probably gives it: "Mae'n debyg mai Troseddeg
    /// yw enw'r modiwl hwn yng nghanllawiau 2022" (a sentence with no mutation that depends on the
    /// name).
    fn module_words(&self, name: &str, guidance_name: &str) -> OptionWords {
        OptionWords {
            label: name.into(),
            hint: format!(
                "Mae'n debyg mai {guidance_name} yw enw'r modiwl hwn yng nghanllawiau {}",
                p::STATUTORY_GUIDANCE_YEAR
            ),
        }
    }

    /// When a source was published, as an adverb: "ym mis Ionawr 2021", "yn 2021".
    fn when_published(&self, d: Published) -> String {
        match d {
            Published::Month(..) => format!("ym mis {}", self.published(d)),
            Published::Year(year) => format!("yn {year}"),
            Published::Before(year) => format!("cyn {year}"),
            Published::Undated | Published::UndatedRead(..) => "heb ddyddiad".into(),
        }
    }

    /// What the person has, as a clause: "mae gennych gymhwyster Lefel 4", or no qualifications.
    fn level_clause(&self, level: u8) -> String {
        if level == 0 {
            "nid oes gennych gymwysterau, neu dim ond cymwysterau lefel mynediad sydd gennych"
                .into()
        } else {
            format!("mae gennych gymhwyster Lefel {level}")
        }
    }

    /// The intake months: "mis Ionawr neu fis Gorffennaf" (`or`), "mis Ionawr a mis Gorffennaf".
    fn intake_months(&self, or: bool) -> String {
        let names: Vec<&str> = p::INTAKE_MONTHS
            .iter()
            .filter_map(|m| MONTHS.get((*m as usize).saturating_sub(1)).copied())
            .collect();
        let mut out = String::new();
        for (i, name) in names.iter().enumerate() {
            if i == 0 {
                out.push_str("mis ");
            } else if i + 1 < names.len() {
                out.push_str(", mis ");
            } else if or {
                out.push_str(" neu fis ");
            } else {
                out.push_str(" a mis ");
            }
            out.push_str(name);
        }
        out
    }

    /// The universities that teach the access courses, after the article: "tair prifysgol".
    fn providers(&self) -> String {
        count_noun(
            University::CJL_PROVIDERS.len(),
            "prifysgol",
            Gender::Feminine,
            true,
        )
    }

    /// How many of the knowledge modules the person has finished, as a clause. None negates the
    /// verb ("nid ydych wedi gorffen yr un …"); all of them is "pob un o'r pedwar modiwl …".
    fn modules_finished(&self, count: usize) -> String {
        let all = count_noun(
            Module::ALL.len(),
            "modiwl gwybodaeth",
            Gender::Masculine,
            true,
        );
        if count == 0 {
            "nid ydych wedi gorffen yr un o'r modiwlau gwybodaeth".into()
        } else if count >= Module::ALL.len() {
            format!("rydych wedi gorffen pob un o'r {all}")
        } else {
            format!("rydych wedi gorffen {} o'r {all}", self.count_word(count))
        }
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
        "Nid Gwasanaeth Carchardai a Phrawf EF sy'n rhedeg yr adnodd hwn. Mae'n rhoi llwybr tebygol yn seiliedig ar wybodaeth gyhoeddus."
    }

    fn start_heading(&self) -> &'static str {
        "Dewch o hyd i'ch llwybr i fod yn swyddog prawf"
    }
    fn start_paragraphs(&self) -> &'static [&'static str] {
        &["Atebwch ychydig o gwestiynau i weld sut y gallech hyfforddi i fod yn swyddog prawf yng Nghymru neu Loegr, a pha mor hir y mae'n debygol o'i gymryd."]
    }
    fn start_list_intro(&self) -> &'static str {
        "Byddwch yn cael gwybod:"
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
        let (title, hint, short): (String, String, String) = match q {
            Question::Qualified => (
                "Oes gennych chi gymhwyster prawf yn barod?".into(),
                "Dewiswch y cymhwyster a gawsoch pan wnaethoch gymhwyso fel swyddog prawf.".into(),
                "Cymhwyster prawf".into(),
            ),
            Question::QualYear => (
                "Ym mha flwyddyn wnaethoch chi gymhwyso?".into(),
                "Mae'r flwyddyn ar eich tystysgrif.".into(),
                "Blwyddyn cymhwyso".into(),
            ),
            Question::Level => (
                "Beth yw lefel uchaf eich cymwysterau?".into(),
                "Dewiswch y lefel uchaf rydych wedi'i gorffen. Gall fod mewn unrhyw bwnc.".into(),
                "Cymhwyster uchaf".into(),
            ),
            Question::Overseas => (
                "A gawsoch chi'r cymhwyster hwn y tu allan i'r DU?".into(),
                String::new(),
                "Cymhwyster o'r tu allan i'r DU".into(),
            ),
            Question::Job => (
                "Ydych chi'n gweithio i'r Gwasanaeth Prawf neu i'r Weinyddiaeth Gyfiawnder nawr?".into(),
                String::new(),
                "Swydd bresennol".into(),
            ),
            // 000: "at least 6 months effective service".
            Question::Service => (
                "Am sawl mis ydych chi wedi gweithio fel PSO?".into(),
                format!("Cyfrifwch y misoedd cyfan rydych wedi gweithio fel PSO. Ar gyfer Dilyniant PSO (PSO Progression) mae angen {} mis o \u{2018}wasanaeth effeithiol\u{2019} (effective service), ac nid yw'r tudalennau gyrfaoedd yn dweud beth sy'n cyfrif, fel amser i ffwrdd: holwch eich rheolwr llinell.", p::PSO_PROGRESSION_MIN_SERVICE),
                "Misoedd fel PSO".into(),
            ),
            // 000: PSO Progression needs Level 3; 002 para 13: the Diploma, ideally within 12
            // months, at most 3 years. The fallback is our estimate (policy.md).
            Question::Diploma => (
                format!(
                    "Pryd ydych chi'n disgwyl gorffen eich Diploma Lefel {} mewn Ymarfer Prawf?",
                    p::PSO_PROGRESSION_MIN_LEVEL
                ),
                format!(
                    "Ar gyfer Dilyniant PSO (PSO Progression) mae angen cymhwyster Lefel {}, ac mae'r Diploma yn rhoi hwnnw i chi. Mae Swyddogion Gwasanaethau Prawf newydd yn ei ddilyn, yn ddelfrydol o fewn {} mis, a hyd at {} ar y mwyaf. Gall eich rheolwr llinell ddweud wrthych pryd rydych yn debygol o orffen.",
                    p::PSO_PROGRESSION_MIN_LEVEL,
                    p::PSO_DIPLOMA_MONTHS,
                    // "at" softens what follows: "hyd at dair blynedd".
                    soft(&years_words(p::PSO_DIPLOMA_MAX_YEARS), false)
                ),
                "Gorffen y Diploma erbyn".into(),
            ),
            // 000: Internal MOJ needs "at least 120 credits attained at level 5".
            Question::Credits5 => (
                format!(
                    "Ydy eich cymhwyster yn cynnwys o leiaf {} credyd ar Lefel {}?",
                    p::INTERNAL_MOJ_CREDITS,
                    p::PQIP_MIN_LEVEL
                ),
                "Mae eich tystysgrif neu eich trawsgrifiad yn dangos y credydau a'u lefel.".into(),
                format!("Credydau ar Lefel {}", p::PQIP_MIN_LEVEL),
            ),
            // 001: "working with offenders or with other individuals exhibiting challenging
            // behaviour and/or whose lives are in crisis".
            Question::Exp => (
                "Ydych chi wedi gweithio gyda phobl sydd wedi troseddu, neu bobl y mae eu bywydau mewn argyfwng?".into(),
                "Gall hyn fod yn waith am dâl neu'n waith gwirfoddol, mewn unrhyw leoliad. Mae'n cynnwys pobl y mae eu hymddygiad yn heriol.".into(),
                "Profiad perthnasol".into(),
            ),
            // 001: the access route needs "a relevant Level 3 vocational qualification"; the
            // universities answer questions about the access courses.
            Question::L3vq => (
                format!(
                    "Oes gennych chi gymhwyster galwedigaethol Lefel {} perthnasol?",
                    p::PSO_PROGRESSION_MIN_LEVEL
                ),
                "Cymhwyster sy'n gysylltiedig â gwaith yw cymhwyster galwedigaethol. Nid yw'r tudalennau gyrfaoedd yn dweud pa rai sy'n cyfrif yn berthnasol: gallwch holi'r prifysgolion sy'n cynnal y llwybr mynediad.".into(),
                "Cymhwyster galwedigaethol perthnasol".into(),
            ),
            // 001: the four areas, "either within your Level 5 or above qualification, or through
            // completion of the required knowledge modules"; each about 200 hours.
            Question::Done => (
                "Pa rai o'r modiwlau gwybodaeth hyn ydych chi wedi'u gorffen?".into(),
                format!(
                    "Efallai eich bod wedi'u cwmpasu mewn cymhwyster Lefel {} neu uwch, fel gradd, neu drwy ddilyn y modiwlau. Dewiswch bob un rydych wedi'i gwmpasu, nid dim ond yr un y mae eich cymhwyster wedi'i enwi ar ei ôl. Mae'r rhan fwyaf o'r modiwlau'n cymryd tua {} awr o astudio.",
                    p::PQIP_MIN_LEVEL,
                    p::MODULE_STUDY_HOURS
                ),
                "Modiwlau wedi'u gorffen".into(),
            ),
            Question::Doing => (
                "Ydych chi'n astudio unrhyw un o'r modiwlau eraill nawr?".into(),
                "Dewiswch bob un sy'n berthnasol.".into(),
                "Modiwlau rydych chi'n eu hastudio".into(),
            ),
            // 004: twelve regions, "one covering the whole of Wales".
            Question::Region => (
                "Ym mha ranbarth ydych chi eisiau gweithio?".into(),
                "Mae Cymru gyfan yn rhanbarth ar ei phen ei hun.".into(),
                "Rhanbarth".into(),
            ),
            // 001: PQiP learners are "employed on permanent Probation Service Officer contracts".
            Question::Hours => (
                "Sawl awr yr wythnos ydych chi eisiau gweithio?".into(),
                "Mae hyfforddeion yn cael eu cyflogi fel Swyddogion Gwasanaethau Prawf tra byddant yn hyfforddi.".into(),
                "Oriau'r wythnos".into(),
            ),
            // 001: a campaign of application, online test and assessment centre, then clearance;
            // "usually two intakes per year, one in summer and one at the start of each year".
            // The six months: the official careers pages (policy.md).
            Question::Start => (
                "Pryd allech chi ddechrau'r PQiP?".into(),
                format!(
                    "Mae gwneud cais yn cymryd tua {}: cais, prawf ar-lein, canolfan asesu, yna cliriad diogelwch. Mae pob ymgyrch recriwtio yn hysbysebu ei dyddiad dechrau ei hun. Fel arfer mae {} bob blwyddyn, ar ddechrau'r flwyddyn ac yn yr haf.",
                    self.months_count(p::RECRUITMENT_MONTHS),
                    count_noun(p::INTAKE_MONTHS.len(), "cymeriant", Gender::Masculine, false)
                ),
                "Dechrau".into(),
            ),
            Question::Applied => (
                "Ydych chi eisoes wedi gwneud cais am y cymeriant hwn, neu a oes gennych gynnig?".into(),
                String::new(),
                "Wedi gwneud cais yn barod".into(),
            ),
        };
        QuestionText { title, hint, short }
    }
    fn framed(&self, q: Question, framing: Framing) -> Option<(String, String)> {
        let dates = "Byddwn yn cyfrifo eich dyddiadau o'r mis a ddewiswch.";
        let not_sure = format!(
            "Os nad ydych yn siŵr, dewiswch \u{201c}{}\u{201d}: rydym yn cyfrif o'r {} cyntaf sydd o leiaf {} o nawr.",
            NOT_SURE,
            self.intake_months(true),
            self.months_count(p::RECRUITMENT_MONTHS)
        );
        match (q, framing) {
            (_, Framing::Pqip) => None,
            (Question::Start, Framing::CjlAccess) => Some((
                "Pryd allech chi ddechrau'r llwybr mynediad?".into(),
                format!("Mae eich atebion hyd yma yn awgrymu'r llwybr mynediad: cwrs Lefel {} byr, yna cwrs Lefel {}, cyn i chi wneud cais am y PQiP. {dates} Gall y prifysgolion sy'n ei gynnal ddweud wrthych pryd mae'n dechrau. {not_sure} Ein hamcangyfrif ni yw hwn, nid dyddiad dechrau'r cwrs.", p::CJL_ACCESS_LEVEL, p::PQIP_MIN_LEVEL),
            )),
            (Question::Start, Framing::PsoJob) => Some((
                "Pryd allech chi ddechrau gweithio fel Swyddog Gwasanaethau Prawf (PSO)?".into(),
                format!("Mae eich atebion hyd yma yn awgrymu dechrau fel PSO, yna gwneud cais am y PQiP o'ch swydd PSO. {dates} {not_sure} Ein hamcangyfrif ni yw hwn, nid y dyddiad y bydd swyddi PSO yn dechrau."),
            )),
            (Question::Hours, Framing::CjlAccess | Framing::PsoJob) => Some((
                "Pan fyddwch yn hyfforddi ar y PQiP, sawl awr yr wythnos yr hoffech chi weithio?".into(),
                "Y PQiP yw cam olaf eich taith. Mae ei hyfforddeion yn cael eu cyflogi fel Swyddogion Gwasanaethau Prawf, gyda rhywfaint o amser astudio yn y gwaith, ac maent hefyd yn astudio yn eu hamser eu hunain.".into(),
            )),
            _ => None,
        }
    }
    fn option(&self, q: Question, value: &str) -> OptionWords {
        match (q, value) {
            (Question::Qualified, v) => match HeldQualification::from_slug(v) {
                Some(HeldQualification::None) => words("Nac oes", ""),
                Some(held) => words(&capitalised(self.qualification_name(held)), ""),
                None => OptionWords::default(),
            },
            // The examples for Levels 1 to 4 and 8 are the RQF's own (general knowledge, not
            // policy); those for Levels 5 to 7 are 001's. GCSEs in Wales are still graded with
            // letters, so the letters come first.
            (Question::Level, v) => match v.parse::<u8>() {
                Ok(0) => words("Dim cymwysterau, neu lefel mynediad", ""),
                Ok(level) => OptionWords {
                    label: format!("Lefel {level}"),
                    hint: match level {
                        1 => "Er enghraifft, TGAU ar raddau D i G (3 i 1)".into(),
                        2 => "Er enghraifft, TGAU ar raddau A* i C (9 i 4)".into(),
                        3 => format!("Er enghraifft, Safon Uwch, BTEC Cenedlaethol neu ddiploma Lefel {level}"),
                        4 => "Er enghraifft, Tystysgrif Genedlaethol Uwch (HNC) neu Dystysgrif Addysg Uwch".into(),
                        5 => format!("Er enghraifft, HND, Gradd Sylfaen, Diploma Addysg Uwch (DipHE), cymhwyster galwedigaethol Lefel {level} neu Brentisiaeth Uwch"),
                        6 => "Er enghraifft, gradd baglor".into(),
                        7 => "Er enghraifft, gradd meistr".into(),
                        _ => "Er enghraifft, doethuriaeth (PhD)".into(),
                    },
                },
                Err(_) => OptionWords::default(),
            },
            // Welsh answers "yes" and "no" with the verb of the question.
            (Question::Overseas, YES) => words("Do", ""),
            (Question::Overseas, _) => words("Naddo", ""),
            (Question::Credits5, YES) => words("Ydy", ""),
            (Question::Credits5, _) => words("Nac ydy", ""),
            (Question::Exp, YES) => words("Ydw", ""),
            (Question::Exp, _) => words("Nac ydw", ""),
            (Question::L3vq, YES) => words("Oes", ""),
            (Question::L3vq, _) => words("Nac oes", ""),
            (Question::Applied, YES) => words("Ydw", ""),
            (Question::Applied, _) => words("Nac ydw", ""),
            (Question::Job, v) => match v {
                "pso" => words("Swyddog Gwasanaethau Prawf (PSO) yn y Gwasanaeth Prawf", ""),
                "moj" => words("Swydd arall yn y Weinyddiaeth Gyfiawnder", ""),
                _ => words(
                    "Dim un o'r rhain",
                    "Mae hyn yn cynnwys gweithio yn rhywle arall, astudio, neu beidio â gweithio",
                ),
            },
            // 001 names the modules one way, 002 para 30 another: both, so people can match
            // their transcript.
            (Question::Done | Question::Doing, v) => match Module::from_slug(v) {
                Some(Module::Crime) => {
                    self.module_words("Troseddu ac Ymddygiad Troseddol", "Troseddeg")
                }
                Some(Module::Cjs) => {
                    self.module_words("System Cyfiawnder Troseddol", "Cyfiawnder Cymunedol")
                }
                Some(Module::Penal) => {
                    self.module_words("Polisi Cosbi a Chosbi Troseddwyr", "Penoleg")
                }
                Some(Module::Rehab) => words("Adsefydlu Troseddwyr", ""),
                None => OptionWords::default(),
            },
            (Question::Region, v) => words(
                match Region::from_slug(v) {
                    Some(Region::NorthEast) => "Gogledd-ddwyrain Lloegr",
                    Some(Region::YorkshireHumber) => "Swydd Efrog a'r Humber",
                    Some(Region::NorthWest) => "Gogledd-orllewin Lloegr",
                    Some(Region::GreaterManchester) => "Manceinion Fwyaf",
                    Some(Region::KentSurreySussex) => "Caint, Surrey a Sussex",
                    Some(Region::EastOfEngland) => "Dwyrain Lloegr",
                    Some(Region::EastMidlands) => "Dwyrain Canolbarth Lloegr",
                    Some(Region::WestMidlands) => "Gorllewin Canolbarth Lloegr",
                    Some(Region::London) => "Llundain",
                    Some(Region::SouthCentral) => "De Canolog Lloegr",
                    Some(Region::SouthWest) => "De-orllewin Lloegr",
                    Some(Region::Wales) => "Cymru",
                    None => "",
                },
                "",
            ),
            // 000: full time 37 hours; part time 0.6 to 0.8 FTE, where the region has places.
            (Question::Hours, FULL_TIME) => OptionWords {
                label: format!("Llawn amser ({} awr yr wythnos)", tenths(p::FULL_TIME_TENTHS)),
                hint: String::new(),
            },
            (Question::Hours, PART_TIME) => OptionWords {
                label: "Rhan amser".into(),
                hint: format!(
                    "O {} hyd at {} awr yr wythnos. Efallai y bydd lleoedd rhan amser ar gael yn eich rhanbarth, ond nid oes sicrwydd o hynny.",
                    tenths(p::PART_TIME_MIN_TENTHS),
                    tenths(p::PART_TIME_MAX_TENTHS)
                ),
            },
            (Question::Start, START_NEXT) => words("Y cymeriant cyntaf y gallwn ymuno ag ef", ""),
            (Question::Start, START_APPLIED) => self.start_applied(),
            (Question::Start, START_OTHER) => words(self.start_other(Framing::Pqip), ""),
            (Question::Diploma, DIPLOMA_UNSURE) => words(
                NOT_SURE,
                &format!(
                    "Rydym yn amcangyfrif {} o'r adeg y dechreuoch fel PSO, neu {} o nawr os yw hynny wedi mynd heibio.",
                    self.months_count(p::PSO_DIPLOMA_MONTHS),
                    self.months_count(p::DIPLOMA_OVERDUE_MONTHS)
                ),
            ),
            (Question::Diploma, DIPLOMA_MONTH) => words("Rwy'n disgwyl gorffen ym mis", ""),
            _ => OptionWords::default(),
        }
    }
    fn details(&self, q: Question) -> Option<(&'static str, Vec<String>)> {
        match q {
            // 002 para 14: UK ENIC's Statement of Comparability.
            Question::Level => Some((
                "Nid ydw i'n gwybod beth yw fy lefel",
                vec![
                    "Edrychwch ar eich tystysgrif: mae llawer yn dangos y lefel.".into(),
                    "Gallwch hefyd ofyn i'r coleg, y brifysgol neu'r darparwr hyfforddiant a'i rhoddodd i chi.".into(),
                    "Os cawsoch chi'r cymhwyster y tu allan i'r DU, gall UK ENIC ddweud wrthych beth yw ei gyfwerth.".into(),
                ],
            )),
            // 001: "How can someone gain relevant experience".
            Question::Exp => Some((
                "Beth sy'n cyfrif fel profiad",
                vec![
                    "Gwaith gyda phobl sydd wedi troseddu, neu gyda phobl y mae eu hymddygiad yn heriol neu y mae eu bywydau mewn argyfwng.".into(),
                    "Gall fod yn waith am dâl neu'n waith gwirfoddol, mewn sawl math o leoliad, o fewn y system cyfiawnder troseddol neu y tu allan iddi.".into(),
                    "Mae profiad yn ffactor wrth recriwtio, ond nid oes pwysoliad ffurfiol i faint o brofiad sydd gennych.".into(),
                ],
            )),
            _ => None,
        }
    }
    fn none_of_these(&self, q: Question) -> &'static str {
        match q {
            Question::Doing => "Nac ydw, nid ydw i'n astudio unrhyw rai eraill",
            _ => "Nid ydw i wedi gorffen unrhyw un o'r rhain",
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
    fn start_next(&self, next: YearMonth, framing: Framing) -> String {
        match framing {
            Framing::Pqip => format!("Os byddaf yn gwneud cais nawr: mis {}", self.month(next)),
            Framing::CjlAccess | Framing::PsoJob => {
                format!("{NOT_SURE}: cyfrif o fis {}", self.month(next))
            }
        }
    }
    fn start_other(&self, framing: Framing) -> &'static str {
        match framing {
            Framing::Pqip => "Cymeriant diweddarach",
            Framing::CjlAccess | Framing::PsoJob => "Mis gwahanol",
        }
    }
    // policy.md: a sooner start is only realistic for someone who has applied or holds an offer.
    fn start_applied(&self) -> OptionWords {
        words(
            "Rwyf eisoes wedi gwneud cais am gymeriant, neu mae gennyf gynnig",
            "Rhowch y mis y mae'r cymeriant yn dechrau, fel y mae'r ymgyrch neu eich cynnig yn ei roi.",
        )
    }
    fn applied_answer(&self) -> &'static str {
        "rydych wedi gwneud cais neu mae gennych gynnig"
    }
    fn year_label(&self) -> &'static str {
        "Blwyddyn"
    }
    fn problem_words(&self, m: ProblemMessage, title: &str) -> String {
        use ProblemMessage as M;
        match m {
            M::UnknownModule(name) => format!("Nid yw “{name}” yn un o'r modiwlau gwybodaeth. Dewiswch y modiwlau o'r rhestr"),
            M::ModulesDoneMissing => "Dewiswch y modiwlau rydych wedi'u gorffen, neu ddewiswch nad ydych wedi gorffen unrhyw un".into(),
            M::ModulesDoneAndDoing => "Ni all modiwl fod wedi'i orffen ac yn cael ei astudio ar yr un pryd. Dewiswch y rhai rydych chi'n eu hastudio nawr yn unig".into(),
            M::ModulesDoingMissing => "Dewiswch y modiwlau rydych chi'n eu hastudio, neu ddewiswch nad ydych chi'n astudio unrhyw un".into(),
            M::HoursMissing => "Dewiswch lawn amser neu ran amser".into(),
            M::HoursPartTimeMissing => format!(
                "Rhowch eich oriau rhan amser yr wythnos, o {} hyd at {}",
                tenths(p::PART_TIME_MIN_TENTHS),
                tenths(p::PART_TIME_MAX_TENTHS)
            ),
            M::HoursNotANumber => format!(
                "Rhowch eich oriau yr wythnos fel rhif, o {} hyd at {}",
                tenths(p::PART_TIME_MIN_TENTHS),
                tenths(p::PART_TIME_MAX_TENTHS)
            ),
            M::HoursTooPrecise => "Rhowch yr oriau gydag un rhif ar y mwyaf ar ôl y pwynt".into(),
            M::HoursBelowPartTime => format!(
                "Mae rhan amser yn {min} awr yr wythnos o leiaf. Rhowch {min} neu fwy",
                min = tenths(p::PART_TIME_MIN_TENTHS)
            ),
            M::HoursAbovePartTime => format!(
                "Mae rhan amser yn {max} awr yr wythnos ar y mwyaf. Rhowch {max} neu lai, neu dewiswch lawn amser ar gyfer {} awr",
                tenths(p::FULL_TIME_TENTHS),
                max = tenths(p::PART_TIME_MAX_TENTHS)
            ),
            M::HoursAboveFullTime => format!(
                "Llawn amser ar y PQiP yw {} awr yr wythnos. Dewiswch lawn amser, neu rhowch oriau rhan amser o {} hyd at {}",
                tenths(p::FULL_TIME_TENTHS),
                tenths(p::PART_TIME_MIN_TENTHS),
                tenths(p::PART_TIME_MAX_TENTHS)
            ),
            M::StartInPast { earliest } => format!(
                "Ni all y dyddiad dechrau fod yn y gorffennol. Rhowch fis {} neu fis diweddarach",
                self.month(earliest)
            ),
            M::StartOutOfRange { first, last } => format!(
                "Rhaid i'r dyddiad dechrau fod rhwng mis {} a mis {}",
                self.month(first),
                self.month(last)
            ),
            M::StartNotAMonth => "Rhowch y mis, fel enw neu fel rhif, a blwyddyn y dyddiad dechrau".into(),
            M::MonthBox => format!(
                "Rhowch y mis fel enw, neu fel rhif o {} hyd at {}",
                1,
                MONTHS.len()
            ),
            M::YearBox { example } => format!("Rhowch y flwyddyn yn llawn, er enghraifft {example}"),
            M::StartTooSoon { earliest } => format!(
                "Mae gwneud cais yn cymryd tua {}, felly'r cymeriant cyntaf y gallech ymuno ag ef yw mis {}. Rhowch fis {} neu fis diweddarach, neu ddewiswch eich bod eisoes wedi gwneud cais",
                self.months_count(p::RECRUITMENT_MONTHS),
                self.month(earliest),
                self.month(earliest)
            ),
            M::DiplomaInPast { earliest } => format!(
                "Rhowch pryd rydych yn disgwyl gorffen: mis {} neu fis diweddarach. Os ydych wedi'i orffen, mae gennych gymhwyster Lefel {}: newidiwch eich ateb i'r lefel uchaf",
                self.month(earliest),
                p::PSO_PROGRESSION_MIN_LEVEL
            ),
            M::DiplomaOutOfRange { first, last } => format!(
                "Rhowch fis rhwng mis {} a mis {}",
                self.month(first),
                self.month(last)
            ),
            M::DiplomaNotAMonth => "Rhowch y mis, fel enw neu fel rhif, a'r flwyddyn rydych yn disgwyl gorffen, neu ddewiswch nad ydych yn siŵr".into(),
            M::ServiceOutOfRange { max } => format!("Rhowch nifer o fisoedd hyd at {max}"),
            M::ServiceMissing => "Rhowch sawl mis rydych chi wedi gweithio fel PSO".into(),
            M::ServiceNotANumber => "Rhowch y misoedd fel rhif cyfan".into(),
            M::YearOutOfRange { min, max } => format!("Rhowch flwyddyn o {min} hyd at {max}"),
            M::YearMissing => "Rhowch y flwyddyn y gwnaethoch gymhwyso".into(),
            M::YearNotANumber => "Rhowch y flwyddyn yn llawn, fel y mae ar eich tystysgrif".into(),
            M::GivenTwice => format!("Mae'r ddolen yn rhoi atebion gwahanol ar gyfer {title}. Dewiswch un"),
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
    fn headline(&self, h: Headline) -> &'static str {
        match h {
            Headline::AlreadyQualified => "Gallwch wneud cais am swyddi swyddog prawf",
            Headline::Pqip | Headline::PqipServing => "Hyfforddi fel swyddog prawf drwy'r Cymhwyster Proffesiynol mewn Prawf (PQiP)",
            Headline::CjlAccess => "Dilyn llwybr mynediad Dysgu Cyfiawnder Cymunedol (Community Justice Learning), yna gwneud cais am y PQiP",
            Headline::PsoNewcomer => "Dechrau fel Swyddog Gwasanaethau Prawf (PSO)",
            Headline::PsoServing => "Aros yn eich swydd PSO, yna gwneud cais drwy Ddilyniant PSO (PSO Progression)",
        }
    }
    fn summary(&self, h: Headline) -> &'static str {
        match h {
            // 002 para 10 and Annex B.
            Headline::AlreadyQualified => "Yn ôl eich atebion, mae gennych chi eisoes y cymhwyster a oedd yn cael ei gydnabod pan wnaethoch gymhwyso. Nid oes angen i chi ailhyfforddi.",
            // 000, 001: learners are employed as PSOs and qualify at the end.
            Headline::Pqip => "Yn ôl eich atebion, gallech hyfforddi fel swyddog prawf. Byddech yn cael eich cyflogi fel Swyddog Gwasanaethau Prawf (PSO) tra byddech yn astudio ar gyfer y PQiP, a byddech yn cymhwyso pan fyddech yn ei orffen.",
            // 001: successful staff move into a PSO PQiP-learner role.
            Headline::PqipServing => "Yn ôl eich atebion, gallech hyfforddi fel swyddog prawf o'ch swydd PSO. Byddech yn symud i swydd dysgwr PQiP, yn dal wedi'ch cyflogi fel PSO, a byddech yn cymhwyso pan fyddech yn gorffen y PQiP.",
            // 001: the access route.
            Headline::CjlAccess => "Yn ôl eich atebion, gallech astudio ar gyfer y cymhwyster sydd ei angen ar gyfer y PQiP drwy Ddysgu Cyfiawnder Cymunedol (Community Justice Learning): cwrs mynediad byr, yna cwrs dysgu o bell gyda phrifysgol. Ar ôl hynny gallech wneud cais am y PQiP.",
            // 001: "you don't need a qualification to apply".
            Headline::PsoNewcomer => "Yn ôl eich atebion, gallech ddechrau drwy wneud cais i fod yn Swyddog Gwasanaethau Prawf (PSO). Nid oes angen cymhwyster arnoch i wneud cais. Mae Swyddogion Gwasanaethau Prawf yn gweithio gyda phobl ar brawf, a gallant wneud cais yn nes ymlaen i hyfforddi fel swyddogion prawf.",
            // 000: PSO Progression, for serving PSOs.
            Headline::PsoServing => "Yn ôl eich atebion, eich ffordd i mewn yw Dilyniant PSO (PSO Progression), y llwybr mewnol ar gyfer Swyddogion Gwasanaethau Prawf sydd yn eu swyddi: rydych yn aros yn eich swydd ac yn gwneud cais am y PQiP pan fyddwch yn bodloni ei amodau.",
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
                    ", os byddwch yn gorffen eich trydydd modiwl cyn i chi ddechrau"
                } else {
                    ""
                };
                let detail = match part_time {
                    None => format!("Y rhaglen {full_time_months} mis, yn llawn amser{condition}. Rydych yn cymhwyso ar y diwedd."),
                    Some(h) => format!("Y rhaglen {full_time_months} mis, yn rhan amser ar {h} awr yr wythnos{condition}. Rydych yn cymhwyso ar y diwedd."),
                };
                (format!("{months} mis o hyfforddiant"), detail)
            }
            Figure::AccessMonths { months } => (
                format!("Tua {months} mis o astudio mynediad"),
                format!(
                    "Cwrs Lefel {} sy'n cymryd o leiaf {} mis, yna cwrs Lefel {} sydd fel arfer yn cymryd blwyddyn. Yna gallech wneud cais am y PQiP.",
                    p::CJL_ACCESS_LEVEL,
                    p::CJL_LEVEL4_MONTHS,
                    p::PQIP_MIN_LEVEL
                ),
            ),
            Figure::DiplomaMonths { months } => (
                self.months_count(months),
                format!(
                    "Ar gyfer y Diploma Lefel {level} mewn Ymarfer Prawf (Level {level} Diploma in Probation Practice), y mae Swyddogion Gwasanaethau Prawf newydd yn ei ddilyn, yn ddelfrydol yn eu {} mis cyntaf.",
                    p::PSO_DIPLOMA_MONTHS,
                    level = p::PSO_PROGRESSION_MIN_LEVEL
                ),
            ),
            Figure::ProgressionIn { months, opens } => (
                self.months_count(months),
                format!(
                    "O wasanaeth i'w gwblhau cyn y gallech wneud cais drwy Ddilyniant PSO (PSO Progression), ym mis {}.",
                    self.month(opens)
                ),
            ),
            Figure::FirstMonthsAsPso { months, opens } => (
                self.months_count(months),
                format!(
                    "O wasanaeth fel PSO cyn y gallech wneud cais drwy Ddilyniant PSO (PSO Progression), ym mis {}. Mae eich cymhwyster eisoes yn bodloni'r Lefel {} y mae'n gofyn amdani.",
                    self.month(opens),
                    p::PSO_PROGRESSION_MIN_LEVEL
                ),
            ),
            Figure::DiplomaThenProgression { months, opens, diploma, expected } => (
                self.months_count(months),
                format!(
                    "Nes y gallech wneud cais drwy Ddilyniant PSO (PSO Progression), ym mis {}. Ar ei gyfer mae angen y Diploma Lefel {} mewn Ymarfer Prawf: {} ym mis {}. Mae angen {} o wasanaeth hefyd.",
                    self.month(opens),
                    p::PSO_PROGRESSION_MIN_LEVEL,
                    if expected {
                        "rydych yn disgwyl ei orffen"
                    } else {
                        "rydym yn amcangyfrif y byddwch yn ei orffen"
                    },
                    self.month(diploma),
                    self.months_count(p::PSO_PROGRESSION_MIN_SERVICE)
                ),
            ),
        }
    }
    fn dates(&self, d: Dates) -> String {
        match d {
            Dates::AccessDone { start, finish } => format!(
                "Os byddwch yn dechrau ym mis {}, gallech orffen yr astudio mynediad ym mis {}. Yna gallech wneud cais am y PQiP.",
                self.month(start),
                self.month(finish)
            ),
            Dates::DiplomaBy { start, finish, has_level3: false } => format!(
                "Os byddwch yn dechrau fel PSO ym mis {}, gallech orffen y Diploma Lefel {} erbyn mis {}.",
                self.month(start),
                p::PSO_PROGRESSION_MIN_LEVEL,
                self.month(finish)
            ),
            // 002 para 13: every new PSO takes the Diploma, whatever they hold.
            Dates::DiplomaBy { start, finish, has_level3: true } => format!(
                "Mae pob PSO newydd hefyd yn dilyn y Diploma Lefel {} mewn Ymarfer Prawf, beth bynnag yw eu cymwysterau: os byddwch yn dechrau ym mis {}, gallech ei orffen erbyn mis {}.",
                p::PSO_PROGRESSION_MIN_LEVEL,
                self.month(start),
                self.month(finish)
            ),
        }
    }
    fn entry_name(&self, e: Entry) -> &'static str {
        match e {
            Entry::National => "Sut rydych yn gwneud cais: yr ymgyrch recriwtio genedlaethol",
            Entry::PsoProgression => "Sut rydych yn gwneud cais: Dilyniant PSO (PSO Progression), y llwybr mewnol ar gyfer Swyddogion Gwasanaethau Prawf sydd yn eu swyddi",
            Entry::InternalMoj => "Sut rydych yn gwneud cais: llwybr Mewnol y Weinyddiaeth Gyfiawnder (Internal Ministry of Justice route), ar gyfer staff y Weinyddiaeth Gyfiawnder",
        }
    }
    fn pathway_name(&self, path: Pathway, job: Job) -> String {
        match path {
            Pathway::AlreadyQualified => "Gwneud cais am swyddi swyddog prawf".into(),
            Pathway::Pqip(Entry::National) => "Y PQiP, drwy'r ymgyrch recriwtio genedlaethol".into(),
            Pathway::Pqip(Entry::PsoProgression) => "Y PQiP, drwy Ddilyniant PSO (PSO Progression)".into(),
            Pathway::Pqip(Entry::InternalMoj) => "Y PQiP, drwy lwybr Mewnol y Weinyddiaeth Gyfiawnder (Internal Ministry of Justice route)".into(),
            Pathway::CjlAccess => "Llwybr mynediad Dysgu Cyfiawnder Cymunedol (Community Justice Learning)".into(),
            Pathway::PsoPathway if job == Job::Pso => "Aros yn eich swydd PSO a gwneud cais drwy Ddilyniant PSO (PSO Progression) yn nes ymlaen".into(),
            Pathway::PsoPathway => "Gwneud cais i fod yn Swyddog Gwasanaethau Prawf (PSO)".into(),
        }
    }
    fn university_heading(&self) -> &'static str {
        "Ble byddech chi'n debygol o astudio"
    }
    fn pqip_university_label(&self) -> &'static str {
        "Ble byddech chi'n debygol o astudio ar gyfer y PQiP"
    }
    fn university_name(&self, u: University) -> &'static str {
        match u {
            University::SheffieldHallam => "Prifysgol Sheffield Hallam",
            University::LiverpoolJohnMoores => "Prifysgol John Moores Lerpwl",
            University::DeMontfort => "Prifysgol De Montfort",
            University::Portsmouth => "Prifysgol Portsmouth",
        }
    }
    // 000 gives the region's university; 004: the 2021 contracts' final intake.
    fn university_caveat(&self, internal: bool) -> String {
        let (last, extended) = p::CONTRACTS_FINAL_INTAKE;
        format!(
            "Mae'r tudalennau gyrfaoedd yn cysylltu pob rhanbarth â phrifysgol. Roedd y contractau a hysbysebwyd {} i fod i dderbyn eu dysgwyr olaf yn {last}, neu yn {extended} pe baent yn cael eu hymestyn, felly efallai fod hyn wedi newid: holwch {}.",
            self.when_published(Source::News2021.published()),
            if internal { "eich rheolwr llinell" } else { "y llinell recriwtio" }
        )
    }
    fn ask_heading(&self) -> &'static str {
        "Pwy i'w holi"
    }
    fn ask_label(&self, a: &Ask) -> String {
        match a {
            Ask::Recruitment => "Cwestiynau am wneud cais: y llinell recriwtio".into(),
            Ask::LineManager => "Cwestiynau am y llwybrau mewnol".into(),
            // 001: the providers give "costs and precise time-scales".
            Ask::CourseProviders(list) if list.len() == 1 => "Cwestiynau am y cyrsiau mynediad a'r modiwlau gwybodaeth, fel eu costau a pha mor hir y maen nhw'n ei gymryd. Mae'r brifysgol hon yn eu haddysgu; nid yw'n delio â cheisiadau am y PQiP.".into(),
            Ask::CourseProviders(list) => format!(
                "Cwestiynau am y cyrsiau mynediad a'r modiwlau gwybodaeth, fel eu costau a pha mor hir y maen nhw'n ei gymryd. Mae'r {} hyn yn eu haddysgu; nid ydynt yn delio â cheisiadau am y PQiP.",
                count_noun(list.len(), "prifysgol", Gender::Feminine, true)
            ),
        }
    }
    fn recruitment_name(&self) -> &'static str {
        "Ymholiadau recriwtio"
    }
    fn line_manager(&self) -> &'static str {
        "Siaradwch â'ch rheolwr llinell, neu edrychwch ar fewnrwyd HMPPS."
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
        let five = p::PQIP_MIN_LEVEL;
        let three = p::PSO_PROGRESSION_MIN_LEVEL;
        match *r {
            Reason::HoldsRecognised { qualification, year, by_our_reading: false } => format!(
                "cawsoch {} yn {year}, sef y cymhwyster cydnabyddedig ar gyfer swyddogion prawf bryd hynny",
                self.the_qualification(qualification)
            ),
            Reason::HoldsRecognised { qualification, year, by_our_reading: true } => format!(
                "cawsoch {} yn {year}, sydd, yn ôl ein dehongliad ni, yn dal i gyfrif (mae'r dehongliad isod). Gwiriwch hyn gyda'r llinell recriwtio cyn i chi ddibynnu arno",
                self.the_qualification(qualification)
            ),
            Reason::PsoWithService { level, months } => format!(
                "rydych yn PSO gyda chymhwyster Lefel {level} ac mae gennych {} o wasanaeth; mae angen Lefel {three} a chyfnod gwasanaeth o {} ar gyfer Dilyniant PSO (PSO Progression)",
                self.months_count(months),
                self.months_count(p::PSO_PROGRESSION_MIN_SERVICE)
            ),
            Reason::MojWithCredits { level } => format!(
                "rydych yn gweithio i'r Weinyddiaeth Gyfiawnder ac mae gennych gymhwyster Lefel {level} sy'n cynnwys {} credyd ar Lefel {five}",
                p::INTERNAL_MOJ_CREDITS
            ),
            Reason::LevelAndExperience { level, pso_work: false } => format!(
                "mae gennych gymhwyster Lefel {level} a phrofiad perthnasol (mae angen Lefel {five} neu uwch, a phrofiad, ar gyfer y PQiP)"
            ),
            Reason::LevelAndExperience { level, pso_work: true } => format!(
                "mae gennych gymhwyster Lefel {level}, ac mae eich gwaith fel PSO yn brofiad perthnasol (mae angen Lefel {five} neu uwch, a phrofiad, ar gyfer y PQiP)"
            ),
            Reason::ModulesDone { count } => format!(
                "{}, felly mae'r rhaglen yn debygol o fod yn {} mis",
                self.modules_finished(usize::from(count)),
                p::PQIP_SHORT_MONTHS
            ),
            Reason::TwoDoneThirdStarted => format!(
                "rydych wedi gorffen {} ac wedi dechrau trydydd",
                count_noun(
                    usize::from(p::MODULES_FOR_SHORT_PQIP - 1),
                    "modiwl",
                    Gender::Masculine,
                    false
                )
            ),
            Reason::FewModulesDone { count, module_months } => format!(
                "{}. Gyda llai {}, mae'r {} mis cyntaf yn cael eu treulio ar y modiwlau sydd ar goll, felly mae'n debygol o fod y rhaglen {} mis",
                self.modules_finished(usize::from(count)),
                na(self.count_word(usize::from(p::MODULES_FOR_SHORT_PQIP))),
                module_months,
                p::PQIP_EXTENDED_MONTHS
            ),
            Reason::PartTime { hours, full_time_months } => format!(
                "rydych eisiau gweithio {hours} awr yr wythnos, felly mae'r rhaglen {full_time_months} mis yn cymryd yn hirach"
            ),
            Reason::StudyInRegion { region, university } => format!(
                "mae'r tudalennau gyrfaoedd yn cysylltu {} {}",
                self.region_name(region),
                with_a(self.university_name(university))
            ),
            Reason::CjlAnyProvider => format!(
                "mae'r cwestiynau cyffredin yn rhestru {} sy'n addysgu'r cyrsiau mynediad, nid un ar gyfer pob rhanbarth: maen nhw o dan “{}”",
                self.providers(),
                self.ask_heading()
            ),
            Reason::CjlLevelExperienceVq { level } => format!(
                "{}, sy'n is na'r Lefel {five} sydd ei hangen ar gyfer y PQiP, ond mae gennych brofiad perthnasol a chymhwyster galwedigaethol Lefel {three} perthnasol",
                self.level_clause(level)
            ),
            Reason::LevelBelowPqip { level } => format!(
                "{}. Mae angen Lefel {five} neu uwch i wneud cais am y PQiP drwy'r ymgyrch genedlaethol",
                self.level_clause(level)
            ),
            Reason::NoExperience => "nid ydych wedi gweithio eto gyda phobl sydd wedi troseddu, neu bobl y mae eu hymddygiad yn heriol neu y mae eu bywydau mewn argyfwng. Mae angen y profiad hwn i wneud cais drwy'r ymgyrch genedlaethol".into(),
            Reason::NoLevel3Vq => format!(
                "nid oes gennych gymhwyster galwedigaethol Lefel {three} perthnasol, ac mae angen un ar gyfer y llwybr mynediad"
            ),
            Reason::PsoNeedsMoreService { months } => format!(
                "rydych yn PSO ac mae gennych {} o wasanaeth. Mae angen {} o wasanaeth ar gyfer Dilyniant PSO (PSO Progression)",
                self.months_count(months),
                self.months_count(p::PSO_PROGRESSION_MIN_SERVICE)
            ),
            Reason::PsoNeedsLevel3 { level } => format!(
                "rydych yn PSO, ac {}. Mae angen Lefel {three} ar gyfer Dilyniant PSO (PSO Progression), ac mae'r Diploma Lefel {three} mewn Ymarfer Prawf (Level {three} Diploma in Probation Practice) yn rhoi hynny i chi",
                self.level_clause(level)
            ),
            Reason::MojWithoutCredits => format!(
                "mae angen {} credyd ar Lefel {five} ar gyfer llwybr Mewnol y Weinyddiaeth Gyfiawnder (Internal Ministry of Justice route)",
                p::INTERNAL_MOJ_CREDITS
            ),
        }
    }
    fn changes_heading(&self) -> &'static str {
        "Beth fyddai'n newid hyn"
    }
    fn change_text(&self, c: &Change) -> String {
        let five = p::PQIP_MIN_LEVEL;
        let three = p::PSO_PROGRESSION_MIN_LEVEL;
        match *c {
            // 001: the 15-month route needs the third module started; each about 200 hours.
            Change::OtherModulePlan { plan: ModulePlan::StartThirdNow, to, shift, .. } => format!(
                "Dechreuwch eich trydydd modiwl gwybodaeth cyn i chi wneud cais: dim ond ei fod wedi dechrau bryd hynny y mae'r rhaglen {} mis yn ei ofyn. Ein dehongliad ni yw eich bod yn ei orffen cyn i'r PQiP ddechrau. Byddai'n cymryd {to} mis: gallech gymhwyso ym mis {} yn hytrach nag ym mis {}.",
                p::PQIP_SHORT_MONTHS,
                self.month(shift.by),
                self.month(shift.instead)
            ),
            Change::OtherModulePlan { more, to, shift, .. } => format!(
                "Gorffennwch {} yn gyntaf (tua {} awr o astudio{each}; rydym yn amcangyfrif {}{each}), dechreuwch drydydd, yna gwnewch gais: byddai'r PQiP yn cymryd {to} mis os byddwch yn gorffen y trydydd cyn iddo ddechrau, a gallech gymhwyso ym mis {} yn hytrach nag ym mis {}.",
                // The object of a command takes soft mutation: "Gorffennwch ddau fodiwl".
                soft(
                    &count_noun(usize::from(more), "modiwl gwybodaeth", Gender::Masculine, false),
                    false
                ),
                p::MODULE_STUDY_HOURS,
                self.months_count(p::MODULE_MONTHS),
                self.month(shift.by),
                self.month(shift.instead),
                each = if more == 1 { "" } else { " yr un" },
            ),
            Change::FinishThirdBeforeStart { otherwise, shift } => format!(
                "Os na fyddwch yn gorffen eich trydydd modiwl cyn i chi ddechrau, mae'r PQiP yn debygol o gymryd {otherwise} mis: byddech yn cymhwyso ym mis {} yn hytrach nag ym mis {}.",
                self.month(shift.by),
                self.month(shift.instead)
            ),
            Change::WorkFullTime { months, shift } => format!(
                "Pe baech chi'n gweithio'n llawn amser ({} awr yr wythnos), byddai'r PQiP yn cymryd {months} mis: gallech gymhwyso ym mis {} yn hytrach nag ym mis {}.",
                tenths(p::FULL_TIME_TENTHS),
                self.month(shift.by),
                self.month(shift.instead)
            ),
            Change::GainExperience { opens: Opens::Pqip } => "Byddai profiad perthnasol, am dâl neu'n wirfoddol, yn gadael i chi wneud cais am y PQiP.".into(),
            Change::GainExperience { opens: Opens::CjlAccess { has_vq: false } } => format!(
                "Byddai profiad perthnasol, am dâl neu'n wirfoddol, ynghyd â chymhwyster galwedigaethol Lefel {three} perthnasol, yn agor llwybr mynediad Dysgu Cyfiawnder Cymunedol (Community Justice Learning) i'r PQiP."
            ),
            Change::GainExperience { opens: Opens::CjlAccess { has_vq: true } } => format!(
                "Byddai profiad perthnasol, am dâl neu'n wirfoddol, yn agor llwybr mynediad Dysgu Cyfiawnder Cymunedol (Community Justice Learning) i'r PQiP: mae angen hynny arno yn ogystal â'r cymhwyster galwedigaethol Lefel {three} perthnasol sydd gennych."
            ),
            Change::GainLevel3Vq => format!(
                "Byddai cymhwyster galwedigaethol Lefel {three} perthnasol yn agor llwybr mynediad Dysgu Cyfiawnder Cymunedol (Community Justice Learning) i'r PQiP."
            ),
            Change::GainLevel5 { with_experience: true } => format!(
                "Byddai cymhwyster Lefel {five} mewn unrhyw bwnc, ynghyd â phrofiad perthnasol, yn gadael i chi wneud cais am y PQiP."
            ),
            Change::GainLevel5 { with_experience: false } => format!(
                "Byddai cymhwyster Lefel {five} mewn unrhyw bwnc yn gadael i chi wneud cais am y PQiP."
            ),
            Change::GainCredits => format!(
                "Os yw eich cymhwyster yn cynnwys o leiaf {} credyd ar Lefel {five}, gallech wneud cais drwy lwybr Mewnol y Weinyddiaeth Gyfiawnder (Internal Ministry of Justice route).",
                p::INTERNAL_MOJ_CREDITS
            ),
            // 001: the CJL qualifications can be taken in their own right; the access route is for
            // people with experience and a relevant Level 3 vocational qualification.
            Change::StudyCjl => format!(
                "Gellir astudio cyrsiau Lefel {} a Lefel {five} Dysgu Cyfiawnder Cymunedol (Community Justice Learning) ar eu pennau eu hunain hefyd, heb wneud cais am y PQiP. Fel ffordd i mewn i'r PQiP, mae'r llwybr mynediad ar gyfer pobl sydd â phrofiad perthnasol a chymhwyster galwedigaethol Lefel {three} perthnasol.",
                p::CJL_ACCESS_LEVEL
            ),
        }
    }
    fn note(&self, n: &Note) -> String {
        match *n {
            Note::OverseasComparability => "Mae eich cymhwyster o'r tu allan i'r DU. Gofynnwch i UK ENIC am Ddatganiad Cymharedd (Statement of Comparability), sy'n dweud beth yw ei gyfwerth yn y DU. Ein dehongliad ni: mae'r canllawiau'n gofyn hyn gan staff, ac rydym yn tybio bod ei angen arnoch chi hefyd. Mae'r canlyniad hwn yn tybio bod eich cymhwyster yn cyfateb i'r lefel a roesoch.".into(),
            Note::NotRecognisedForYear { qualification, year } => match qualification.era() {
                Some(era) if year < era.first => format!(
                    "{} oedd y cymhwyster cydnabyddedig ar gyfer swyddogion prawf o {} ymlaen, nid yn {year}. Os gwnaethoch ei ennill yn ddiweddarach, newidiwch y flwyddyn a roesoch. Tan hynny, mae'r canlyniad hwn yn edrych ar y llwybrau eraill.",
                    capitalised(&self.the_qualification(qualification)),
                    era.first
                ),
                _ => format!(
                    "Nid {} oedd y cymhwyster cydnabyddedig ar gyfer swyddogion prawf yn {year}, felly mae'r canlyniad hwn yn edrych ar y llwybrau eraill.",
                    self.the_qualification(qualification)
                ),
            },
            // 002 paras 11-12, 31-35.
            Note::AlignmentProcess => format!(
                "Yn {}, roedd y Broses Alinio Cymwysterau (Qualification Alignment Process) yn caniatáu i staff heb y cymhwyster cydnabyddedig gael eu cymeradwyo os oedd ganddynt brofiad o dros {} o flynyddoedd mewn rolau rheoli troseddwyr neu rolau llys, neu ddilyn Cymhwyster Alinio (Alignment Qualification) a oedd yn para o {} hyd at {} mis os oedd ganddynt o leiaf {} mis o brofiad. Dim ond i staff a oedd yn gweithio fel swyddogion prawf neu uwch ar y pryd yr oedd ar agor, nid i Swyddogion Gwasanaethau Prawf. Os ydych yn gweithio yn y Gwasanaeth Prawf, gofynnwch i'ch rheolwr llinell neu i'r adran Adnoddau Dynol a oes unrhyw beth tebyg yn berthnasol i chi nawr.",
                p::ALIGNMENT_YEAR,
                p::ALIGNMENT_SIGN_OFF_YEARS,
                p::ALIGNMENT_QUALIFICATION_MONTHS.0,
                p::ALIGNMENT_QUALIFICATION_MONTHS.1,
                p::ALIGNMENT_QUALIFICATION_MIN_MONTHS
            ),
            Note::FourthModuleInFirstMonths { missing, part_time } => {
                let module = match missing {
                    // Adsefydlu Troseddwyr has one name in both.
                    Some(m) if self.module_name(m) == self.module_guidance_name(m) => format!(
                        "y modiwl nad ydych wedi'i orffen ({})",
                        self.module_name(m)
                    ),
                    Some(m) => format!(
                        "y modiwl nad ydych wedi'i orffen ({}, sef {} yng nghanllawiau {})",
                        self.module_name(m),
                        self.module_guidance_name(m),
                        p::STATUTORY_GUIDANCE_YEAR
                    ),
                    None => "eich pedwerydd modiwl".into(),
                };
                let due = match part_time {
                    None => format!("yn ystod y {} mis cyntaf", p::FOURTH_MODULE_DUE_MONTHS),
                    // 000 and 001 give the full-time figure; part time, Part 1 is longer.
                    Some(part1) => format!(
                        "yn ystod {} mis cyntaf y rhaglen llawn amser: ar eich oriau chi, yn ystod Rhan 1 mae'n debyg, tua {} (ein dehongliad ni)",
                        p::FOURTH_MODULE_DUE_MONTHS,
                        self.months_count(part1)
                    ),
                };
                format!("Mae'r rhaglen yn talu am {module}. Rhaid i chi ei orffen {due}.")
            }
            Note::StartEstimated { from } => format!(
                "Ni wnaethoch roi mis dechrau, felly mae'r dyddiadau'n cael eu cyfrif o fis {}: ein hamcangyfrif ni, y {} cyntaf sydd o leiaf {} o nawr. Os gallech ddechrau'n gynt, newidiwch eich ateb i'r cwestiwn am y dyddiad dechrau.",
                self.month(from),
                self.intake_months(true),
                self.months_count(p::RECRUITMENT_MONTHS)
            ),
            Note::StartPassed { given, from } => format!(
                "Mae'r mis dechrau yn y ddolen hon, mis {}, wedi mynd heibio. Mae'r dyddiadau yma'n cyfrif o fis {} yn lle hynny.",
                self.month(given),
                self.month(from)
            ),
            Note::StartTooSoon { given, intake } => format!(
                "Mae mis {} yn llai na {} i ffwrdd. Oni bai eich bod eisoes wedi gwneud cais am y cymeriant hwnnw neu fod gennych gynnig, y cymeriant cyntaf y gallech ymuno ag ef yw mis {}, ac mae'r dyddiadau yma'n cael eu cyfrif ohono.",
                self.month(given),
                self.months_count(p::RECRUITMENT_MONTHS),
                self.month(intake)
            ),
            Note::Assumed(Assumption::InternalMojNoExperience) => "Ein dehongliad ni: ar gyfer llwybr Mewnol y Weinyddiaeth Gyfiawnder (Internal Ministry of Justice route), dim ond y lefel a'r credydau y mae'r tudalennau gyrfaoedd yn eu rhestru, nid profiad perthnasol. Holwch eich rheolwr llinell a oes ei angen arnoch.".into(),
            Note::Assumed(Assumption::DiplomaTwelveMonths) => format!(
                "Ein dehongliad ni: rydym yn tybio, fel y mae'r canllawiau'n gobeithio, y byddwch yn gorffen y Diploma Lefel {} pan fydd {} mis wedi mynd heibio ers i chi ddechrau fel PSO. Gall gymryd mwy o amser.",
                p::PSO_PROGRESSION_MIN_LEVEL,
                p::PSO_DIPLOMA_MONTHS
            ),
            Note::Assumed(Assumption::ThirdModuleInProgress) => "Ein dehongliad ni: mae cwestiynau cyffredin y gyrfaoedd yn dweud bod angen i chi fod wedi dechrau eich trydydd modiwl, ond dim ond modiwlau rydych wedi'u gorffen y mae'r canllawiau statudol yn eu cyfrif. Rydym yn tybio bod angen i chi ei orffen cyn i chi ddechrau.".into(),
            Note::Assumed(Assumption::PartTimeProRata) => format!(
                "Ein dehongliad ni: mae'r tudalennau gyrfaoedd yn dweud bod rhan amser yn cymryd hyd at {} mis. Rydym wedi cyfrifo'r hyd yn gymesur â'ch oriau, hyd at yr uchafswm hwnnw.",
                p::PART_TIME_MAX_MONTHS
            ),
            Note::Assumed(Assumption::IntakeMonths) => format!(
                "Ein dehongliad ni: mae cwestiynau cyffredin y gyrfaoedd yn dweud bod {} bob blwyddyn fel arfer, ar ddechrau'r flwyddyn ac yn yr haf. Rydym wedi defnyddio {}. Mae pob ymgyrch yn hysbysebu ei dyddiad dechrau ei hun, ac mae rhai wedi dechrau mewn misoedd eraill.",
                count_noun(p::INTAKE_MONTHS.len(), "cymeriant", Gender::Masculine, false),
                self.intake_months(false)
            ),
            Note::Assumed(Assumption::SwProbationTo2001) => format!(
                "Ein dehongliad ni: mae'r canllawiau'n enwi'r cymhwyster hwn hyd at {}, ond cymhwysodd y myfyrwyr cyntaf ar y Diploma mewn Astudiaethau Prawf yn {}, felly rydym yn ei gyfrif hyd at hynny.",
                p::SW_PROBATION_ANNEX_B_LAST_YEAR,
                p::SW_PROBATION_LAST_YEAR
            ),
            Note::Assumed(Assumption::PsoWorkIsExperience) => "Ein dehongliad ni: mae eich gwaith fel PSO yn cyfrif fel y profiad perthnasol y mae'r PQiP yn gofyn amdano.".into(),
            Note::Assumed(Assumption::InternalRoutesSixMonths) => format!(
                "Ein dehongliad ni: mae'r tudalennau recriwtio swyddogol ({} a {}) yn dweud bod gwneud cais drwy'r ymgyrch genedlaethol fel arfer yn cymryd {}. Nid oes unrhyw ffynhonnell yn dweud pa mor hir y mae'r llwybrau mewnol yn ei gymryd, felly rydym wedi defnyddio'r un cyfnod.",
                self.source_name(Source::RegisterInterest),
                self.source_name(Source::HowToApply),
                self.months_count(p::RECRUITMENT_MONTHS)
            ),
            Note::Assumed(Assumption::ModulePace) => format!(
                "Ein dehongliad ni: mae pob modiwl gwybodaeth yn cymryd tua {} awr o astudio. Ochr yn ochr ag ymrwymiadau eraill, rydym yn amcangyfrif {} y modiwl. Gall y prifysgolion ddweud wrthych pa mor hir y mae eu modiwlau nhw'n ei gymryd.",
                p::MODULE_STUDY_HOURS,
                self.months_count(p::MODULE_MONTHS)
            ),
            Note::Assumed(Assumption::DiplomaFallback) => format!(
                "Ein dehongliad ni: nid ydych yn siŵr pryd y byddwch yn gorffen y Diploma Lefel {}, felly rydym yn amcangyfrif {} o'r adeg y dechreuoch fel PSO, neu {} o nawr os yw hynny wedi mynd heibio. Gall eich rheolwr llinell ddweud mwy wrthych.",
                p::PSO_PROGRESSION_MIN_LEVEL,
                self.months_count(p::PSO_DIPLOMA_MONTHS),
                self.months_count(p::DIPLOMA_OVERDUE_MONTHS)
            ),
            // 002's foreword (2022) against 000 (later).
            Note::Assumed(Assumption::ProgressionOpen) => format!(
                "Ein dehongliad ni: mae'r tudalennau gyrfaoedd yn disgrifio Dilyniant PSO (PSO Progression) fel llwybr sydd ar agor i Swyddogion Gwasanaethau Prawf, ond roedd canllawiau statudol {} yn ei alw'n gynllun peilot a oedd yn cael ei werthuso. Gall newid: gofynnwch i'r llinell recriwtio, neu i'ch rheolwr llinell os ydych yn PSO.",
                p::STATUTORY_GUIDANCE_YEAR
            ),
            Note::Assumed(Assumption::SocialWorkFrom1980) => format!(
                "Ein dehongliad ni: mae'r canllawiau'n dweud bod angen cymwysterau gwaith cymdeithasol o'r {}au ymlaen, felly rydym yn eu cyfrif o {}.",
                p::SW_FIRST_YEAR,
                p::SW_FIRST_YEAR
            ),
            Note::Assumed(Assumption::AnyCjlProvider) => format!(
                "Ein dehongliad ni: nid oes unrhyw ffynhonnell yn cysylltu'r cyrsiau mynediad â rhanbarth, felly rydym yn tybio y gallwch ddewis unrhyw un o'r {}.",
                self.providers()
            ),
        }
    }
    fn routes_heading(&self) -> &'static str {
        "Cymharu eich llwybrau"
    }
    fn routes_intro(&self) -> String {
        "Pob llwybr sydd ar agor i chi, y cynharaf yn gyntaf. Amcangyfrifon yw'r holl ddyddiadau."
            .into()
    }
    fn option_name(&self, o: &RouteOption, job: Job) -> String {
        match (o.pathway, o.plan) {
            (Pathway::Pqip(_), ModulePlan::StartThirdNow) => format!(
                "Dechrau eich trydydd modiwl nawr, a gwneud cais am y PQiP {} mis",
                p::PQIP_SHORT_MONTHS
            ),
            (Pathway::Pqip(_), ModulePlan::ModulesFirst) => format!(
                "Astudio modiwlau yn gyntaf ({} wedi'u gorffen a dechrau'r trydydd), yna gwneud cais am y PQiP {} mis",
                p::MODULES_FINISHED_BEFORE_THIRD,
                p::PQIP_SHORT_MONTHS
            ),
            (Pathway::Pqip(_), ModulePlan::AsAnswered) => format!(
                "{}: y rhaglen {} mis",
                self.pathway_name(o.pathway, job),
                o.journey.pqip_full_time
            ),
            (Pathway::CjlAccess, _) => "Llwybr mynediad Dysgu Cyfiawnder Cymunedol (Community Justice Learning), yna'r PQiP".into(),
            (Pathway::PsoPathway | Pathway::AlreadyQualified, plan) => {
                let name = if job == Job::Pso {
                    self.pathway_name(o.pathway, job)
                } else {
                    format!(
                        "{}, yna'r PQiP drwy Ddilyniant PSO (PSO Progression)",
                        self.pathway_name(o.pathway, job)
                    )
                };
                match plan {
                    ModulePlan::AsAnswered => name,
                    ModulePlan::StartThirdNow => format!(
                        "{name}, gan ddechrau eich trydydd modiwl nawr: y PQiP {} mis",
                        p::PQIP_SHORT_MONTHS
                    ),
                    ModulePlan::ModulesFirst => format!(
                        "{name}, gan astudio modiwlau ar yr un pryd ({} wedi'u gorffen a dechrau'r trydydd): y PQiP {} mis",
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
        let pqip = "Yna'r PQiP: swydd hyfforddi â thâl, gyda'r hyfforddiant wedi'i ariannu.";
        match (o.pathway, o.plan) {
            (Pathway::Pqip(_), ModulePlan::AsAnswered) => "Swydd hyfforddi â thâl: rydych yn cael eich cyflogi fel PSO tra byddwch yn hyfforddi, ac mae'r hyfforddiant wedi'i ariannu.".into(),
            (Pathway::Pqip(_), _) => format!("Astudio modiwlau rydych yn eu trefnu gyda phrifysgol, ac efallai'n talu amdanynt, cyn i chi wneud cais. {pqip}"),
            (Pathway::CjlAccess, _) => format!("Cyrsiau rydych yn eu trefnu gyda phrifysgol, ac efallai'n talu amdanynt. {pqip}"),
            (Pathway::PsoPathway, ModulePlan::AsAnswered) if job == Job::Pso => format!("Eich swydd PSO. {pqip}"),
            (Pathway::PsoPathway, _) if job == Job::Pso => format!("Eich swydd PSO, ac astudio modiwlau rydych yn eu trefnu gyda phrifysgol, ac efallai'n talu amdanynt. {pqip}"),
            (Pathway::PsoPathway | Pathway::AlreadyQualified, ModulePlan::AsAnswered) => format!("Swydd PSO â thâl. {pqip}"),
            (Pathway::PsoPathway | Pathway::AlreadyQualified, _) => format!("Swydd PSO â thâl, ac astudio modiwlau rydych yn eu trefnu gyda phrifysgol, ac efallai'n talu amdanynt. {pqip}"),
        }
    }
    fn option_first_step(&self, stage: Stage, journey: &Journey) -> String {
        format!(
            "Y cam cyntaf: {}, o fis {}",
            self.stage_name(stage.kind, journey),
            self.month(stage.from)
        )
    }
    fn option_qualify(&self, by: YearMonth, finish_third: bool) -> String {
        let third = if finish_third {
            ", os byddwch yn gorffen eich trydydd modiwl cyn i'r PQiP ddechrau"
        } else {
            ""
        };
        format!("Gallech gymhwyso ym mis {}{third}", self.month(by))
    }
    // 002 para 30: Criminology, Community Justice, Penology and Rehabilitation of Offenders.
    fn module_guidance_name(&self, m: Module) -> &'static str {
        match m {
            Module::Crime => "Troseddeg",
            Module::Cjs => "Cyfiawnder Cymunedol",
            Module::Penal => "Penoleg",
            Module::Rehab => "Adsefydlu Troseddwyr",
        }
    }
    fn likely_label(&self) -> &'static str {
        "Eich llwybr tebygol"
    }
    fn fastest_label(&self) -> &'static str {
        "Cyflymaf"
    }
    fn joint_fastest_label(&self) -> &'static str {
        "Cyflymaf ar y cyd"
    }
    fn faster_in_panel(&self, name: &str, by: YearMonth) -> String {
        format!(
            "Yn gynt: {name}. Gallech gymhwyso ym mis {}. Gweler \u{201c}{}\u{201d} isod.",
            self.month(by),
            self.routes_heading()
        )
    }
    // prisonandprobationjobs.gov.uk, "How to apply" (policy.md): Level 3, against the seeds' 5.
    fn if_level_3_minimum(&self, intake: YearMonth, by: YearMonth) -> String {
        format!(
            "Mae tudalen swyddogol fwy newydd, {}, yn rhestru cymhwyster Lefel {} mewn unrhyw bwnc fel yr isafswm, gyda phrofiad perthnasol. Mae'r ffynonellau eraill yn dweud Lefel {}, ac mae'r adnodd hwn yn eu dilyn. Os yw'r dudalen fwy newydd yn berthnasol i'r ymgyrch bresennol, gallech wneud cais am y PQiP sy'n dechrau ym mis {} a chymhwyso ym mis {}. Gwiriwch yr ymgyrch bresennol cyn i chi ddechrau llwybr hirach.",
            self.source_name(Source::HowToApply),
            p::NEWER_PAGE_MIN_LEVEL,
            p::PQIP_MIN_LEVEL,
            self.month(intake),
            self.month(by)
        )
    }
    fn link_made(&self, on: NaiveDate) -> String {
        format!(
            "Cafodd y ddolen hon ei gwneud ar {}. Mae'r dyddiadau yma wedi'u hailgyfrifo o heddiw.",
            self.date(on)
        )
    }
    fn next_steps_heading(&self) -> &'static str {
        "Beth sy'n digwydd nesaf"
    }
    fn step(&self, s: Step) -> String {
        let three = p::PSO_PROGRESSION_MIN_LEVEL;
        let five = p::PQIP_MIN_LEVEL;
        // "Rhan 1" and "Rhan 2" are the names of the PQiP's parts (002 para 28), like the GCSE
        // grades: the only figures a message types.
        let parts = format!(
            "Rhan 1 ({} mis) a Rhan 2 ({} mis)",
            p::PQIP_PART1_MONTHS,
            p::PQIP_PART2_MONTHS
        );
        let pass = "Rhaid i chi basio Rhan 1 i ddechrau Rhan 2.";
        match s {
            Step::ApplyForOfficerJobs => "Chwiliwch am swyddi swyddog prawf yn y rhanbarth rydych chi eisiau gweithio ynddo.".into(),
            Step::NationalCampaign => "Gwnewch gais drwy'r ymgyrch recriwtio genedlaethol: cais ysgrifenedig, prawf ar-lein a chanolfan asesu.".into(),
            Step::ApplicationContinues => "Mae eich cais yn mynd ymlaen drwy gamau'r ymgyrch, y prawf ar-lein a'r ganolfan asesu os nad ydych wedi'u gwneud eto.".into(),
            Step::ModuleCosts { employed: true } => "Gall y prifysgolion isod ddweud wrthych beth yw cost y modiwlau a pha mor hir y maent yn ei gymryd. Efallai y bydd eich cyflogwr yn talu am rywfaint ohono neu'r cyfan.".into(),
            Step::ModuleCosts { employed: false } => "Gall y prifysgolion isod ddweud wrthych beth yw cost y modiwlau a pha mor hir y maent yn ei gymryd. Os ydych yn gweithio, efallai y bydd eich cyflogwr yn talu am rywfaint ohono neu'r cyfan.".into(),
            Step::TickPsoBox => "Ar y ffurflen gais gallwch dicio blwch i gael eich ystyried ar gyfer swydd Swyddog Gwasanaethau Prawf os byddwch bron â llwyddo ac wedi perfformio'n dda. Nid yw ticio'r blwch yn gwarantu y byddwch yn cael eich ystyried.".into(),
            Step::InternalApplication => "Siaradwch â'ch rheolwr llinell ac edrychwch ar fewnrwyd HMPPS: yno y gwneir cais am y llwybrau mewnol, nid drwy'r ymgyrch genedlaethol.".into(),
            Step::LearnerRole => "Os byddwch yn llwyddiannus, byddwch yn symud o'ch swydd bresennol i rôl fel Swyddog Gwasanaethau Prawf sy'n ddysgwr PQiP.".into(),
            Step::Employed { part_time } => format!(
                "Tra byddwch yn hyfforddi, byddwch yn cael eich cyflogi fel Swyddog Gwasanaethau Prawf ar gontract parhaol, {} awr yr wythnos. Byddwch yn cael rhywfaint o amser astudio, a byddwch hefyd yn astudio yn eich amser eich hun.",
                part_time.map_or_else(|| tenths(p::FULL_TIME_TENTHS), |h: Hours| h.to_string())
            ),
            Step::PartTimePlaces => "Efallai y bydd lleoedd rhan amser ar gael yn eich rhanbarth, ond nid oes sicrwydd o hynny, ac efallai y bydd angen i chi weithio ar ddiwrnodau penodol.".into(),
            Step::Parts15 { full_time: true } => format!(
                "Mae'r rhaglen yn cynnwys {parts}. {pass}"
            ),
            Step::Parts15 { full_time: false } => format!(
                "Mae'r rhaglen yn cynnwys Rhan 1 ac yna Rhan 2, a'r naill a'r llall yn cymryd yn hirach wrth weithio'n rhan amser. {pass}"
            ),
            Step::Parts21 { full_time: true } => format!(
                "Y {} mis cyntaf yw'r modiwlau gwybodaeth nad ydych wedi'u gorffen, ac mae'r rhaglen yn talu amdanynt. Yna daw {parts}. {pass}",
                p::PQIP_EXTENDED_MODULE_MONTHS
            ),
            Step::Parts21 { full_time: false } => format!(
                "Yn gyntaf byddwch yn astudio'r modiwlau gwybodaeth nad ydych wedi'u gorffen, ac mae'r rhaglen yn talu amdanynt. Yna daw Rhan 1 a Rhan 2, a'r cyfan yn cymryd yn hirach wrth weithio'n rhan amser. {pass}"
            ),
            Step::StudyAssessed => "Os bydd eich cais yn llwyddiannus, bydd eich astudiaethau blaenorol yn cael eu hasesu er mwyn i chi gael cynnig rhaglen o'r hyd cywir.".into(),
            Step::PqipLevel => format!(
                "Mae'r PQiP yn gymhwyster Lefel {}, ar lefel blwyddyn olaf gradd anrhydedd. Mae'n cyfuno Diploma galwedigaethol Lefel {} mewn Ymarfer Prawf a dyfarniad academaidd.",
                p::PQIP_LEVEL,
                p::PQIP_VOCATIONAL_LEVEL
            ),
            Step::WhenYouApply => "Pan fyddwch yn gwneud cais am y PQiP, mae'r broses yr un fath ag i bawb:".into(),
            Step::UniversityDecides => format!(
                "Ar ôl y ganolfan asesu, bydd y brifysgol yn edrych ar eich cymwysterau ac yn penderfynu a fyddwch yn dilyn y llwybr {} mis neu'r llwybr {} mis.",
                p::PQIP_SHORT_MONTHS,
                p::PQIP_EXTENDED_MONTHS
            ),
            Step::IfNotPassed => "I gymhwyso, rhaid i chi basio'r rhan seiliedig ar waith a'r rhan academaidd fel ei gilydd. Os na fyddwch yn pasio, efallai y byddwch yn dychwelyd i swydd PSO os oedd gennych un o'r blaen, neu y gofynnir i chi adael. Eich cyflogwr sy'n penderfynu.".into(),
            Step::IfNotPassedServing => "I gymhwyso, rhaid i chi basio'r rhan seiliedig ar waith a'r rhan academaidd fel ei gilydd. Os na fyddwch yn pasio, efallai y byddwch yn dychwelyd i'ch swydd PSO, neu y gofynnir i chi adael. Eich cyflogwr sy'n penderfynu.".into(),
            Step::JobLocation => "Efallai na fydd eich swydd swyddog prawf yn yr un lle ag y gwnaethoch hyfforddi.".into(),
            // The newer official page, "How to apply" (policy.md).
            Step::Eligibility => format!(
                "Mae'r dudalen swyddogol {} hefyd yn rhestru: bod yn {} oed o leiaf, yr hawl i weithio yn y DU, ac, ar gyfer fetio diogelwch, eich bod wedi byw yn y DU am y {} blynedd diwethaf.",
                self.source_name(Source::HowToApply),
                p::MIN_AGE,
                p::UK_RESIDENCE_YEARS
            ),
            Step::Vetting => "Os byddwch yn llwyddiannus, byddwch yn mynd drwy broses cliriad diogelwch HMPPS. Rhaid i chi ddatgan pob euogfarn, rhybudd a rhyddhad, hyd yn oed rhai o amser maith yn ôl: mae'r swyddi hyn wedi'u heithrio o Ddeddf Adsefydlu Troseddwyr (Rehabilitation of Offenders Act). Nid yw euogfarn yn eich atal yn awtomatig, ond byddai peidio â datgan un yn gwneud hynny.".into(),
            Step::AccessLevel4 => format!(
                "Dechreuwch gyda'r cwrs mynediad Lefel {}. Mae'n cymryd o leiaf {} mis: gall y prifysgolion isod ddweud wrthych pa mor hir y mae eu cwrs nhw'n ei gymryd.",
                p::CJL_ACCESS_LEVEL,
                p::CJL_LEVEL4_MONTHS
            ),
            Step::AccessLevel5 => format!(
                "Os byddwch yn ei basio, gallwch gofrestru ar gwrs dysgu o bell Lefel {five} gydag un o'r prifysgolion cymeradwy. Fel arfer mae'n cymryd blwyddyn."
            ),
            Step::AccessSponsor { employed: true } => "Gall y prifysgolion ddweud wrthych beth yw'r costau a'r amserlenni manwl. Dim ond y cwestiynau cyffredin, sy'n hŷn na'r tudalennau gyrfaoedd eraill, sy'n disgrifio'r llwybr mynediad, felly gofynnwch i'r prifysgolion a yw'n dal i gael ei gynnig. Efallai y bydd eich cyflogwr yn talu am rywfaint ohono neu'r cyfan.".into(),
            Step::AccessSponsor { employed: false } => "Gall y prifysgolion ddweud wrthych beth yw'r costau a'r amserlenni manwl. Dim ond y cwestiynau cyffredin, sy'n hŷn na'r tudalennau gyrfaoedd eraill, sy'n disgrifio'r llwybr mynediad, felly gofynnwch i'r prifysgolion a yw'n dal i gael ei gynnig. Os ydych yn gweithio, efallai y bydd eich cyflogwr yn talu am rywfaint ohono neu'r cyfan.".into(),
            Step::AccessThenPqip => format!(
                "Pan fyddwch yn gorffen y cwrs Lefel {five}, gallwch wneud cais am y PQiP drwy'r ymgyrch genedlaethol. Byddai'n {} mis pe bai eich astudiaethau wedi cwmpasu {} o'r {}, neu {} mis fel arall.",
                p::PQIP_SHORT_MONTHS,
                self.count_word(usize::from(p::MODULES_FOR_SHORT_PQIP)),
                count_noun(Module::ALL.len(), "maes gwybodaeth", Gender::Masculine, true),
                p::PQIP_EXTENDED_MONTHS
            ),
            Step::ApplyAsPso => "Chwiliwch am swyddi Swyddog Gwasanaethau Prawf, a gofynnwch i'r llinell recriwtio isod os oes gennych gwestiynau am ymuno. Nid oes angen cymhwyster arnoch i wneud cais.".into(),
            Step::PsoInduction => format!(
                "Mae Swyddogion Gwasanaethau Prawf newydd yn cael cyfnod sefydlu, gan gynnwys y cwrs Porth i Ymarfer (Gateway to Practice), ac yn dilyn y Diploma Lefel {three} mewn Ymarfer Prawf (Level {three} Diploma in Probation Practice), yn ddelfrydol yn y {} mis cyntaf, neu hyd at {} o flynyddoedd mewn amgylchiadau eithriadol.",
                p::PSO_DIPLOMA_MONTHS,
                p::PSO_DIPLOMA_MAX_YEARS
            ),
            Step::PsoThenProgression => format!(
                "Pan fydd gennych gymhwyster Lefel {three} a chyfnod gwasanaeth o {} fel PSO, gallech wneud cais am y PQiP drwy Ddilyniant PSO (PSO Progression).",
                self.months_count(p::PSO_PROGRESSION_MIN_SERVICE)
            ),
            Step::KeepGoing { more, opens } => format!(
                "Daliwch ati yn eich swydd PSO. Ar ôl {} arall o wasanaeth, ym mis {}, gallech wneud cais am y PQiP drwy Ddilyniant PSO (PSO Progression).",
                self.months_count(more),
                self.month(opens)
            ),
            Step::FinishDiploma => format!(
                "Gorffennwch eich Diploma Lefel {three} mewn Ymarfer Prawf (Level {three} Diploma in Probation Practice): mae angen cymhwyster Lefel {three} a chyfnod gwasanaeth o {} ar gyfer Dilyniant PSO (PSO Progression).",
                self.months_count(p::PSO_PROGRESSION_MIN_SERVICE)
            ),
        }
    }
    fn sources_heading(&self) -> &'static str {
        "O ble mae hyn yn dod"
    }
    fn sources_intro(&self) -> &'static str {
        "Mae'r adnodd hwn yn dilyn y dogfennau cyhoeddus hyn. Ni all eu gwirio yn erbyn canllawiau heddiw, felly gwiriwch unrhyw beth y byddwch yn gweithredu arno gyda'r llinell recriwtio."
    }
    fn source_name(&self, s: Source) -> &'static str {
        match s {
            Source::CareersPage => {
                "Tudalennau gyrfaoedd y Gwasanaeth Prawf: rhaglen hyfforddi'r PQiP"
            }
            Source::Faq => "Gyrfaoedd y Gwasanaeth Prawf: cwestiynau cyffredin a chysylltu",
            Source::StatutoryGuidance => {
                "Y Weinyddiaeth Gyfiawnder: canllawiau statudol ar gymwysterau prawf"
            }
            Source::Framework2010 => {
                "Taflen y Fframwaith Cymwysterau Prawf, ar gyfer hanes yn unig"
            }
            Source::News2021 => "Eitem newyddion am gontractau newydd y PQiP",
            Source::RegisterInterest => {
                "Hyfforddi i fod yn swyddog prawf: cofrestru eich diddordeb (Register your interest)"
            }
            Source::HowToApply => {
                "Swyddi Carchardai a Phrawf (Prison and Probation Jobs): sut i wneud cais (How to apply)"
            }
        }
    }
    fn published(&self, d: Published) -> String {
        match d {
            Published::Undated => "heb ddyddiad".into(),
            Published::UndatedRead(year, month) => YearMonth::new(year, month).map_or_else(
                || "heb ddyddiad".into(),
                |ym| format!("heb ddyddiad, darllenwyd ym mis {}", self.month(ym)),
            ),
            Published::Before(year) => format!("heb ddyddiad, o'r cyfnod cyn {year}"),
            Published::Year(year) => year.to_string(),
            Published::Month(year, month) => {
                YearMonth::new(year, month).map_or_else(|| year.to_string(), |ym| self.month(ym))
            }
        }
    }
    fn likely_not_promise(&self) -> &'static str {
        "Llwybr tebygol yw hwn yn seiliedig ar wybodaeth gyhoeddus, nid addewid."
    }
    fn start_again(&self) -> &'static str {
        "Dechrau eto"
    }
    fn print(&self) -> &'static str {
        "Argraffu'r dudalen hon"
    }

    fn qualify_by(&self, by: YearMonth) -> String {
        format!(
            "Gallech gymhwyso fel swyddog prawf ym mis {}",
            self.month(by)
        )
    }
    fn qualify_in(&self, months: u16, on: Counting) -> String {
        // "tua" causes aspirate mutation: "tua thair blynedd".
        let about = format!("Ymhen tua {}", aspirate(&self.duration(months)));
        match on {
            Counting::Intake {
                apply,
                intake,
                applied,
                finish_third,
            } => {
                let starting = format!("dechrau'r PQiP ym mis {}", self.month(intake));
                let applying = match (applied, apply) {
                    (true, _) => format!("os bydd eich cais yn llwyddo a'ch bod yn {starting}"),
                    (false, Some(from)) => format!(
                        "os byddwch yn gwneud cais o fis {} ac yn {starting}",
                        self.month(from)
                    ),
                    (false, None) => format!("os byddwch yn gwneud cais nawr ac yn {starting}"),
                };
                let third = if finish_third {
                    ", ac os byddwch yn gorffen eich trydydd modiwl cyn i chi ddechrau"
                } else {
                    ""
                };
                format!("{about}, {applying}{third}.")
            }
            Counting::AccessStart(start) => format!(
                "{about}, os byddwch yn dechrau'r cwrs mynediad ym mis {}.",
                self.month(start)
            ),
            Counting::PsoStart(start) => format!(
                "{about}, os byddwch yn dechrau fel PSO ym mis {}.",
                self.month(start)
            ),
            Counting::Serving {
                apply,
                intake,
                diploma,
                estimated,
            } => {
                let applying = match diploma {
                    Some(d) if estimated => format!(
                        "byddwch yn gorffen eich Diploma erbyn mis {} (ein hamcangyfrif ni), yn gwneud cais",
                        self.month(d)
                    ),
                    Some(d) => format!(
                        "byddwch yn gorffen eich Diploma ym mis {}, yn gwneud cais",
                        self.month(d)
                    ),
                    None => "byddwch yn gwneud cais".into(),
                };
                let apply = match apply {
                    Some(from) => format!("o fis {}", self.month(from)),
                    None => "nawr".into(),
                };
                format!(
                    "{about}, os {applying} drwy Ddilyniant PSO (PSO Progression) {apply} ac yn dechrau'r PQiP ym mis {}.",
                    self.month(intake)
                )
            }
        }
    }
    fn duration(&self, months: u16) -> String {
        let (years, rest) = (months / 12, months % 12);
        match (years, rest) {
            (0, _) => months_words(rest),
            (_, 0) => years_words(years),
            // "ac" before a vowel, and "a" causes aspirate mutation: "a phum mis".
            _ => {
                let rest = months_words(rest);
                if starts_with_vowel(&rest) {
                    format!("{} ac {rest}", years_words(years))
                } else {
                    format!("{} a {}", years_words(years), aspirate(&rest))
                }
            }
        }
    }
    fn journey_heading(&self) -> &'static str {
        "Eich taith at gymhwyso, gam wrth gam"
    }
    fn journey_intro(&self, applied: bool) -> String {
        if applied {
            return "Amcangyfrif o'ch atebion yw hwn: y PQiP o'r cymeriant y gwnaethoch gais amdano, os bydd eich cais yn llwyddo.".into();
        }
        format!(
            "Amcangyfrif o'ch atebion yw hwn. Mae gwneud cais am y PQiP fel arfer yn cymryd tua {}, felly mae'r PQiP yn dechrau ar y cymeriant cyntaf sydd o leiaf {} ar ôl y mis y gallech wneud cais. Rydym wedi cymryd bod y cymeriannau ym {}, a'ch bod yn gwneud cais cyn gynted ag y gallwch.",
            self.months_count(p::RECRUITMENT_MONTHS),
            self.months_count(p::RECRUITMENT_MONTHS),
            self.intake_months(false)
        )
    }
    fn stage_name(&self, stage: StageKind, journey: &Journey) -> String {
        match stage {
            StageKind::AccessLevel4 => format!(
                "Cwrs mynediad Lefel {} Dysgu Cyfiawnder Cymunedol (Community Justice Learning)",
                p::CJL_ACCESS_LEVEL
            ),
            StageKind::AccessLevel5 => format!(
                "Cwrs dysgu o bell Lefel {} gyda phrifysgol",
                p::PQIP_MIN_LEVEL
            ),
            StageKind::PsoService => {
                "Gweithio fel PSO, nes bydd Dilyniant PSO (PSO Progression) yn agor".into()
            }
            StageKind::Diploma => format!(
                "Gweithio fel PSO, gyda'r Diploma Lefel {} mewn Ymarfer Prawf",
                p::PSO_PROGRESSION_MIN_LEVEL
            ),
            StageKind::Modules if journey.modules_before_pso_job() => {
                "Astudio modiwlau gwybodaeth, cyn i'ch swydd PSO ddechrau".into()
            }
            StageKind::Modules => "Astudio modiwlau gwybodaeth, yna dechrau trydydd".into(),
            StageKind::Apply if journey.applied => {
                "Eich cais, nes bydd eich cymeriant yn dechrau".into()
            }
            StageKind::Apply if journey.plan == ModulePlan::StartThirdNow => {
                "Gwneud cais am y PQiP, gyda'ch trydydd modiwl wedi dechrau".into()
            }
            StageKind::Apply => "Gwneud cais am y PQiP, ac aros am eich cymeriant".into(),
            StageKind::Pqip if journey.hours.is_full_time() => format!(
                "Y PQiP: y rhaglen {} mis, yn llawn amser",
                journey.pqip_full_time
            ),
            StageKind::Pqip => format!(
                "Y PQiP: y rhaglen {} mis, yn rhan amser ar {} awr yr wythnos",
                journey.pqip_full_time, journey.hours
            ),
        }
    }
    fn part_name(&self, part: PartKind) -> &'static str {
        match part {
            PartKind::Modules => "Y modiwlau gwybodaeth nad ydych wedi'u gorffen",
            PartKind::Part1 => "Rhan 1",
            PartKind::Part2 => "Rhan 2, ar ôl i chi basio Rhan 1",
        }
    }
    fn span(&self, from: YearMonth, to: YearMonth) -> String {
        // "o fis … i fis …": the month names themselves never mutate.
        format!("o fis {} i fis {}", self.month(from), self.month(to))
    }
    fn journey_today(&self) -> &'static str {
        "Heddiw"
    }
    fn journey_qualified(&self) -> &'static str {
        "Dyddiad cymhwyso"
    }
    fn if_short_pqip(&self, by: YearMonth, instead: YearMonth) -> String {
        format!(
            "Os yw eich cwrs Lefel {} yn cwmpasu o leiaf {} o'r {} maes gwybodaeth, byddai'r PQiP yn debygol o fod yn rhaglen {} mis: gallech gymhwyso ym mis {} yn hytrach nag ym mis {}.",
            p::PQIP_MIN_LEVEL,
            self.count_word(usize::from(p::MODULES_FOR_SHORT_PQIP)),
            self.count_word(Module::ALL.len()),
            p::PQIP_SHORT_MONTHS,
            self.month(by),
            self.month(instead)
        )
    }
    fn calendar_button(&self) -> &'static str {
        "Ychwanegu'r dyddiadau hyn at eich calendr"
    }
    fn calendar_hint(&self) -> &'static str {
        "Mae hyn yn cadw ffeil calendr ar y ddyfais hon. Nid oes dim yn cael ei anfon i unman."
    }
    fn calendar_stage(&self, stage: StageKind, journey: &Journey) -> String {
        format!("Dechrau (amcangyfrif): {}", self.stage_name(stage, journey))
    }
    fn calendar_description(&self, on: NaiveDate) -> String {
        format!(
            "Amcangyfrif gan \u{201c}{}\u{201d}, wedi'i gyfrifo ar {}. Nid addewid yw hwn: gwiriwch y dyddiadau gyda'r llinell recriwtio cyn i chi ddibynnu arnynt.",
            self.service_name(),
            self.date(on)
        )
    }
    fn printout_link(&self) -> &'static str {
        "I weld y canlyniad hwn eto, agorwch:"
    }
    fn calendar_qualify(&self) -> &'static str {
        "Gallech gymhwyso fel swyddog prawf (amcangyfrif)"
    }

    fn idle_title(&self) -> &'static str {
        "Ydych chi'n dal yna?"
    }
    fn idle_body(&self, seconds: u32) -> String {
        format!("Nid oes neb wedi defnyddio'r sgrin hon ers tro. Er mwyn cadw eich atebion yn breifat, bydd yn dechrau eto ymhen {seconds} eiliad.")
    }
    fn still_here(&self) -> &'static str {
        "Rydw i'n dal yma"
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
    fn privacy_paragraphs(&self, framed: bool) -> &'static [&'static str] {
        if framed {
            return &[
            "Mae'r adnodd hwn yn rhedeg ar eich dyfais. Nid yw eich atebion yn cael eu hanfon atom ni nac at unrhyw un arall.",
            "Mae eich atebion yn cael eu cadw yng nghyfeiriad gwe'r adnodd y tu mewn i'r dudalen hon, ar ôl yr arwydd #, nid ym mar cyfeiriad eich porwr. Nid yw'r rhan honno o gyfeiriad gwe byth yn cael ei hanfon at wefan.",
            "Nid ydym yn defnyddio cwcis nac yn cadw eich atebion yn unman arall ar eich dyfais. Ond mae hanes eich porwr yn cadw cyfeiriad gwe pob tudalen a welwch, gyda'ch atebion, ac yn ei rannu â'ch dyfeisiau eraill os ydych yn defnyddio cysoni.",
            "Er mwyn i'r adnodd weithio heb gysylltiad â'r rhyngrwyd, mae eich porwr yn cadw copi o ffeiliau'r adnodd ei hun. Nid ydynt yn cynnwys unrhyw atebion.",
            "Os yw'r adnodd hwn yn cael ei ddangos y tu mewn i wefan arall, ni all y wefan honno ddarllen eich atebion. Gall weld pa mor dal yw'r adnodd ar bob tudalen, a allai ddweud wrthi pa dudalennau a welsoch.",
            "Cyfeiriad y wefan hon yw'r cyfeiriad gwe ym mar cyfeiriad eich porwr: os byddwch yn ei rannu neu'n ei gadw fel nod tudalen, nid yw'n cynnwys eich atebion.",
            "Mae Dechrau eto yn clirio eich atebion o'r dudalen hon ac o dudalennau cynharach yr ymweliad hwn y byddai Yn ôl yn eu dangos eto. Ni all glirio hanes eich porwr: dilëwch dudalennau'r adnodd ohono, neu ar ddyfais a rennir defnyddiwch ffenestr breifat a'i chau pan fyddwch wedi gorffen.",
        ];
        }
        &[
            "Mae'r adnodd hwn yn rhedeg ar eich dyfais. Nid yw eich atebion yn cael eu hanfon atom ni nac at unrhyw un arall.",
            "Mae eich atebion yn cael eu cadw yng nghyfeiriad gwe'r dudalen hon, ar ôl yr arwydd #. Nid yw'r rhan honno o gyfeiriad gwe byth yn cael ei hanfon at wefan.",
            "Nid ydym yn defnyddio cwcis nac yn cadw eich atebion yn unman arall ar eich dyfais. Ond mae hanes eich porwr yn cadw cyfeiriad gwe pob tudalen a welwch, gyda'ch atebion, ac yn ei rannu â'ch dyfeisiau eraill os ydych yn defnyddio cysoni.",
            "Er mwyn i'r adnodd weithio heb gysylltiad â'r rhyngrwyd, mae eich porwr yn cadw copi o ffeiliau'r adnodd ei hun. Nid ydynt yn cynnwys unrhyw atebion.",
            "Os yw'r adnodd hwn yn cael ei ddangos y tu mewn i wefan arall, ni all y wefan honno ddarllen eich atebion. Gall weld pa mor dal yw'r adnodd ar bob tudalen, a allai ddweud wrthi pa dudalennau a welsoch.",
            "Os byddwch yn rhannu'r cyfeiriad gwe neu'n ei gadw fel nod tudalen, mae'n cynnwys eich atebion.",
            "Mae Dechrau eto yn clirio eich atebion o'r dudalen hon ac o dudalennau cynharach yr ymweliad hwn y byddai Yn ôl yn eu dangos eto. Ni all glirio hanes eich porwr: dilëwch dudalennau'r adnodd ohono, neu ar ddyfais a rennir defnyddiwch ffenestr breifat a'i chau pan fyddwch wedi gorffen.",
        ]
    }

    fn qualification_name(&self, q: HeldQualification) -> &'static str {
        match q {
            HeldQualification::None => "Dim",
            HeldQualification::Pqip => "Cymhwyster Proffesiynol mewn Prawf (PQiP)",
            HeldQualification::Pqf => "Fframwaith Cymwysterau Prawf (PQF)",
            HeldQualification::Dipps => "Diploma mewn Astudiaethau Prawf (DipPS)",
            HeldQualification::SwProbation => "gradd gwaith cymdeithasol gyda chydran prawf",
            HeldQualification::Sw => {
                "gradd gwaith cymdeithasol neu gymhwyster gwaith cymdeithasol ôl-raddedig"
            }
        }
    }
    fn month_names(&self) -> &'static [&'static str; 12] {
        &MONTHS
    }
    fn count_word(&self, n: usize) -> &'static str {
        COUNTS.get(n).copied().unwrap_or("llawer")
    }
    fn none_answer(&self) -> &'static str {
        "Dim"
    }
    fn months_count(&self, months: u16) -> String {
        // Welsh counts with the singular: "1 mis", "6 mis".
        format!("{months} mis")
    }
    fn at_least_months(&self, months: u16) -> String {
        format!("o leiaf {months} mis")
    }
    fn register_interest(&self) -> &'static str {
        "Cofrestru eich diddordeb yn yr ymgyrch nesaf, ar y wefan gyrfaoedd swyddogol (yn agor mewn tab newydd)"
    }
    fn how_to_apply(&self) -> &'static str {
        "Sut i wneud cais, ar Swyddi Carchardai a Phrawf (Prison and Probation Jobs) (yn agor mewn tab newydd)"
    }
    fn part_time(&self, hours: Hours) -> String {
        format!("Rhan amser ({hours} awr yr wythnos)")
    }
    fn language_label(&self) -> &'static str {
        "Iaith"
    }

    fn privacy_promise_embed(&self) -> &'static str {
        "Nid oes dim byd rydych chi'n ei nodi yn gadael eich dyfais, ac ni all y wefan hon ddarllen eich atebion."
    }
    fn setup_notice_title(&self) -> &'static str {
        "I olygydd y wefan hon"
    }
    fn setup_notice_intro(&self) -> &'static str {
        "Cafodd yr offeryn hwn ei ychwanegu at y dudalen gyda gosodiad na all ei ddefnyddio. Mae'n dal i weithio, gan ddefnyddio ei osodiad arferol yn lle hynny:"
    }
    fn setup_problem(&self, p: SetupProblem) -> String {
        match p {
            SetupProblem::Region => "Nid yw data-region yn un o'r rhanbarthau y mae'r offeryn yn eu hadnabod. Ysgrifennwch enw'r rhanbarth, fel Cymru neu Wales, neu ei ffurf fer, fel north-east. Nid oes rhanbarth wedi'i ddewis ymlaen llaw.".into(),
            SetupProblem::Start => "Yr unig werth y mae data-start yn ei dderbyn yw question. Mae'r offeryn yn agor ar ei dudalen gyntaf.".into(),
            SetupProblem::Lang => "Mae data-lang yn derbyn en (Saesneg) neu cy (Cymraeg). Mae'r offeryn yn dilyn porwr yr ymwelydd.".into(),
            SetupProblem::Brand => format!("Nid yw data-brand yn lliw wedi'i ysgrifennu fel arwydd # ac yna llythrennau neu ddigidau, {} neu {} i gyd. Mae'r offeryn yn defnyddio ei liw ei hun.", self.count_word(BRAND_DIGITS / 2), self.count_word(BRAND_DIGITS)),
            SetupProblem::Contrast => format!(
                "Mae data-brand yn rhy olau: mae angen cyferbyniad o {} i un o leiaf rhwng testun gwyn a'r lliw er mwyn ei ddarllen yn hawdd. Mae'r offeryn yn defnyddio ei liw ei hun.",
                tenths((AA_CONTRAST_X100 / 10) as u16)
            ),
            SetupProblem::Mode => "Yr unig werth y mae data-mode yn ei dderbyn yw kiosk, ar gyfer modd cynghorydd. Mae'r offeryn yn agor yn ei fodd arferol.".into(),
            SetupProblem::Unknown => "Nid yw un o'r nodweddion data- ar y dudalen hon yn un o osodiadau'r offeryn, felly nid yw'r offeryn yn ei defnyddio: gwiriwch ei sillafu. Mae consol y porwr yn ei henwi. Y gosodiadau yw data-region, data-start, data-brand, data-lang, data-mode a data-title.".into(),
        }
    }
    fn setup_notice_guide(&self) -> &'static str {
        "Mae'r dudalen enghreifftiol wrth ymyl yr offeryn, examples/partner.html, yn dangos pob gosodiad a'r cod i'w gopïo, ac yn gwirio eich cod."
    }
    fn setup_notice_ok(&self) -> &'static str {
        "Gall yr offeryn ddefnyddio pob gosodiad a roddwyd iddo ar y dudalen hon."
    }
    fn setup_notice_preview(&self) -> &'static str {
        "Dim ond chi sy'n gweld y blwch hwn, mewn rhagolwg: mae ymwelwyr â'r dudalen yn gweld yr offeryn hebddo."
    }
    fn qr_show(&self) -> &'static str {
        "Dangos cod QR i agor hwn ar eich ffôn"
    }
    fn printout_heading(&self) -> &'static str {
        "Eich atebion"
    }
    fn printout_made(&self, date: NaiveDate) -> String {
        format!(
            "Cafodd y canlyniad hwn ei gyfrifo ar {} o'r atebion hyn.",
            self.date(date)
        )
    }
    fn printout_address(&self, address: &str) -> String {
        format!("Gallwch ddod o hyd i'r offeryn hwn eto yn {address}")
    }
    fn qr_control(&self) -> &'static str {
        "Cod QR ar gyfer eich ffôn"
    }
    fn qr_failed(&self) -> &'static str {
        "Nid oedd modd llwytho'r cod QR. Pan fydd y ddyfais hon ar-lein eto, ail-lwythwch y dudalen i'w weld."
    }
    fn loading_slow(&self) -> &'static str {
        "Mae hyn yn cymryd mwy o amser nag y dylai. Os nad oes dim yn digwydd, gwiriwch eich cysylltiad ac ail-lwythwch y dudalen."
    }
    fn loading(&self) -> &'static str {
        "Wrthi'n llwytho'r dudalen…"
    }
}
