//! How the app is being shown, as opposed to what the person answered: embedded in a partner's
//! page, in adviser (kiosk) mode, with a partner's brand colour. These keys travel in the fragment
//! with the answers (README: contract changelog) and are kept on every page.

use crate::rules::fragment::pairs;
use crate::rules::policy::Region;
use crate::rules::Question;
use crate::text::Lang;

/// A partner's brand colour, accepted only when white text on it passes WCAG AA (4.5:1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Brand {
    rgb: [u8; 3],
}

/// Why a brand colour was not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BrandProblem {
    /// Not six hexadecimal digits.
    NotAColour,
    /// White text on it has less contrast than 4.5:1; the ratio is given in hundredths.
    TooLight { ratio_x100: u32 },
}

/// How many hexadecimal digits a brand colour has.
pub const BRAND_DIGITS: usize = 6;

/// The contrast WCAG AA asks of normal text, in hundredths.
pub const AA_CONTRAST_X100: u32 = 450;

/// `x` to the power 2.4, for `x` in (0, 1]: `x² · (x²)^⅕`, the fifth root by Newton's method from
/// 1, which falls to it without overshooting. `f64::powf` would bring 1 KB brotli of libm into the
/// wasm for this one use; `tests/settings.rs` checks every colour gets the same ratio as with it.
pub fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    let mut root = 1.0_f64;
    for _ in 0..40 {
        root -= (root - square / (root * root * root * root)) / 5.0;
    }
    square * root
}

impl Brand {
    /// Reads `1d70b8` or `#1d70b8`.
    pub fn parse(text: &str) -> Result<Brand, BrandProblem> {
        let hex = text.trim().trim_start_matches('#');
        if hex.len() != BRAND_DIGITS || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(BrandProblem::NotAColour);
        }
        let byte = |i: usize| {
            hex.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or(BrandProblem::NotAColour)
        };
        let brand = Brand {
            rgb: [byte(0)?, byte(2)?, byte(4)?],
        };
        let ratio_x100 = brand.contrast_with_white_x100();
        if ratio_x100 < AA_CONTRAST_X100 {
            return Err(BrandProblem::TooLight { ratio_x100 });
        }
        Ok(brand)
    }

    /// The WCAG contrast ratio of white on this colour, times 100, rounded down.
    pub fn contrast_with_white_x100(self) -> u32 {
        let linear = |c: u8| {
            let s = f64::from(c) / 255.0;
            if s <= 0.04045 {
                s / 12.92
            } else {
                pow_2_4((s + 0.055) / 1.055)
            }
        };
        let [r, g, b] = self.rgb;
        let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        ((1.05 / (luminance + 0.05)) * 100.0).floor() as u32
    }

    /// `#rrggbb`.
    pub fn css(self) -> String {
        let [r, g, b] = self.rgb;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// A darker shade for borders and hover states (three quarters of each channel).
    pub fn darker_css(self) -> String {
        let [r, g, b] = self.rgb.map(|c| (u16::from(c) * 3 / 4) as u8);
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// As written in the fragment.
    pub fn slug(self) -> String {
        self.css().trim_start_matches('#').to_string()
    }
}

/// A setting a partner's page gave that could not be used. `embed.js` names it in the partner
/// page's console; the app names it in a notice for the site's editor, only in preview
/// ([`Settings::preview`]), never to visitors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupProblem {
    /// `data-region` is not a region's name or slug in either language (`Atlantis`, say).
    Region,
    /// `data-start` is not `question`.
    Start,
    /// `data-lang` is not English or Welsh.
    Lang,
    /// `data-brand` is not a colour like `1d70b8`.
    Brand,
    /// White text on `data-brand` has less contrast than 4.5:1.
    Contrast,
    /// `data-mode` is not `kiosk`.
    Mode,
    /// A `data-` attribute that is none of the settings (`data-regoin`, say): embed.js names it in
    /// the console; the preview says to look there.
    Unknown,
}

impl SetupProblem {
    pub const ALL: [SetupProblem; 7] = [
        SetupProblem::Region,
        SetupProblem::Start,
        SetupProblem::Lang,
        SetupProblem::Brand,
        SetupProblem::Contrast,
        SetupProblem::Mode,
        SetupProblem::Unknown,
    ];

    /// As written in the fragment's `setup` list.
    pub fn slug(self) -> &'static str {
        match self {
            SetupProblem::Region => "region",
            SetupProblem::Start => "start",
            SetupProblem::Lang => "lang",
            SetupProblem::Brand => "brand",
            SetupProblem::Contrast => "contrast",
            SetupProblem::Mode => "mode",
            SetupProblem::Unknown => "unknown",
        }
    }

    pub fn from_slug(slug: &str) -> Option<SetupProblem> {
        SetupProblem::ALL.into_iter().find(|p| p.slug() == slug)
    }
}

/// The display settings a fragment carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// `embed=1`: inside a partner's iframe; no header or footer, height reported to the parent.
    pub embed: bool,
    /// `mode=kiosk`: adviser mode for events.
    pub kiosk: bool,
    /// `brand=rrggbb`, when it passes the contrast check.
    pub brand: Option<Brand>,
    /// Why a given brand colour was not used, for the console.
    pub brand_problem: Option<BrandProblem>,
    /// `lang=cy|en`; when absent, the browser's preference decides.
    pub lang: Option<Lang>,
    /// `home-lang=cy|en`: in adviser mode, the language the mode was in before someone switched
    /// (nav's `link_in` writes it). A reset returns to it.
    pub home_lang: Option<Lang>,
    /// `home=question`: a partner's embed opens on the first question, and "Start again" goes
    /// back there rather than to the start page.
    pub home_question: bool,
    /// `preset-region=…`: the region a partner's embed answers in advance, again after "Start
    /// again".
    pub preset_region: Option<Region>,
    /// `setup=region,contrast`: settings the partner's page gave that could not be used, in the
    /// order of [`SetupProblem::ALL`].
    pub setup: Vec<SetupProblem>,
    /// `preview=1`: the partner site's editor is checking the embed (`embed.js` adds it when the
    /// partner page's address has `route-finder-preview`), so the notice for the editor shows:
    /// the settings that could not be used, or that all could. Visitors never see it.
    pub preview: bool,
}

impl Settings {
    pub fn from_fragment(fragment: &str) -> Settings {
        let mut s = Settings::default();
        for (key, value) in pairs(fragment) {
            let value = value.unwrap_or_default();
            match key {
                "embed" => s.embed = value == "1",
                "mode" => s.kiosk = value == "kiosk",
                "lang" => s.lang = Lang::from_code(&value),
                "home-lang" => s.home_lang = Lang::from_code(&value),
                "brand" => match Brand::parse(&value) {
                    Ok(b) => s.brand = Some(b),
                    Err(p) => {
                        s.brand_problem = Some(p);
                        s.note(match p {
                            BrandProblem::NotAColour => SetupProblem::Brand,
                            BrandProblem::TooLight { .. } => SetupProblem::Contrast,
                        });
                    }
                },
                "home" => s.home_question = value == "question",
                "preview" => s.preview = value == "1",
                "preset-region" => match Region::from_slug(&value) {
                    Some(r) => s.preset_region = Some(r),
                    None => s.note(SetupProblem::Region),
                },
                "setup" => {
                    for p in value.split(',').filter_map(SetupProblem::from_slug) {
                        s.note(p);
                    }
                }
                _ => {}
            }
        }
        // In one order whatever the link's, so a link's settings always write back the same;
        // filtered from `ALL` rather than sorted: the sort was 1.7 KB of the brotli wasm.
        s.setup = SetupProblem::ALL
            .into_iter()
            .filter(|p| s.setup.contains(p))
            .collect();
        s
    }

    fn note(&mut self, problem: SetupProblem) {
        if !self.setup.contains(&problem) {
            self.setup.push(problem);
        }
    }

    /// The start of this app's use, without any answer but the presets: the start page, or the
    /// first question for an embed that opens there, with the display settings, in adviser mode's
    /// own language.
    pub fn home_fragment(&self) -> String {
        let mut out = String::new();
        if self.home_question {
            out.push_str("page=");
            out.push_str(Question::ALL[0].key());
        }
        let home = Settings {
            lang: self.home_lang.or(self.lang),
            home_lang: None,
            ..self.clone()
        };
        out.push_str(&home.to_fragment());
        if let Some(r) = self.preset_region {
            out.push_str("&region=");
            out.push_str(r.slug());
        }
        out.trim_start_matches('&').to_string()
    }

    /// Whether these answers are only the presets: nothing of a person to clear.
    pub fn only_presets(&self, answers: &crate::rules::Answers) -> bool {
        let presets = crate::rules::Answers {
            region: self.preset_region,
            ..Default::default()
        };
        *answers == presets
    }

    /// The keys to write back into every fragment, with a leading `&` each.
    pub fn to_fragment(&self) -> String {
        let mut out = String::new();
        if self.kiosk {
            out.push_str("&mode=kiosk");
        }
        if self.embed {
            out.push_str("&embed=1");
        }
        if let Some(b) = self.brand {
            out.push_str("&brand=");
            out.push_str(&b.slug());
        }
        if let Some(lang) = self.lang {
            out.push_str("&lang=");
            out.push_str(lang.code());
        }
        if let Some(lang) = self.home_lang {
            out.push_str("&home-lang=");
            out.push_str(lang.code());
        }
        if self.home_question {
            out.push_str("&home=question");
        }
        if let Some(r) = self.preset_region {
            out.push_str("&preset-region=");
            out.push_str(r.slug());
        }
        if self.preview {
            out.push_str("&preview=1");
        }
        if !self.setup.is_empty() {
            out.push_str("&setup=");
            let slugs: Vec<&str> = self.setup.iter().map(|p| p.slug()).collect();
            out.push_str(&slugs.join(","));
        }
        out
    }
}
