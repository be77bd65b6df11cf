//! How the app is being shown, as opposed to what the person answered: embedded in a partner's
//! page, in adviser (kiosk) mode, with a partner's brand colour. These keys travel in the fragment
//! with the answers (README: contract changelog) and are kept on every page.

use crate::rules::fragment::pairs;
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

/// The contrast WCAG AA asks of normal text, in hundredths.
pub const AA_CONTRAST_X100: u32 = 450;

impl Brand {
    /// Reads `1d70b8` or `#1d70b8`.
    pub fn parse(text: &str) -> Result<Brand, BrandProblem> {
        let hex = text.trim().trim_start_matches('#');
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
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
                ((s + 0.055) / 1.055).powf(2.4)
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
                "brand" => match Brand::parse(&value) {
                    Ok(b) => s.brand = Some(b),
                    Err(p) => s.brand_problem = Some(p),
                },
                _ => {}
            }
        }
        s
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
        out
    }
}
