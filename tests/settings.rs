//! Display settings in the fragment, and the brand colour's contrast check (WCAG AA, 4.5:1).

use probation_route_finder::settings::{pow_2_4, Brand, BrandProblem, Settings};

/// The wasm computes x^2.4 without libm (settings.rs): every one of the 16.7 million colours gets
/// the ratio `powf` would give it, and the brand check gives that ratio.
#[test]
fn every_colour_gets_the_ratio_powf_gives() {
    let linear = |c: u32, pow: fn(f64) -> f64| {
        let s = f64::from(c) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            pow((s + 0.055) / 1.055)
        }
    };
    let ours: Vec<f64> = (0..256).map(|c| linear(c, pow_2_4)).collect();
    let libm: Vec<f64> = (0..256).map(|c| linear(c, |x| x.powf(2.4))).collect();
    let ratio = |t: &[f64], rgb: u32| {
        let [r, g, b] = [rgb >> 16, (rgb >> 8) & 255, rgb & 255].map(|c| t[c as usize]);
        ((1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)) * 100.0).floor() as u32
    };
    for rgb in 0..(1u32 << 24) {
        assert_eq!(ratio(&ours, rgb), ratio(&libm, rgb), "#{rgb:06x}");
    }
    for rgb in (0..(1u32 << 24))
        .step_by(4099)
        .chain((0..256).map(|c| c * 0x010101))
    {
        let hex = format!("{rgb:06x}");
        let checked = match Brand::parse(&hex) {
            Ok(brand) => brand.contrast_with_white_x100(),
            Err(BrandProblem::TooLight { ratio_x100 }) => ratio_x100,
            Err(e) => panic!("{hex}: {e:?}"),
        };
        assert_eq!(checked, ratio(&libm, rgb), "#{hex}");
    }
}

#[test]
fn brand_contrast_boundary() {
    // #767676 is the lightest grey that passes on white (4.54:1); #777777 fails (4.48:1).
    assert_eq!(
        Brand::parse("#767676").map(|b| b.contrast_with_white_x100()),
        Ok(454)
    );
    assert_eq!(
        Brand::parse("777777"),
        Err(BrandProblem::TooLight { ratio_x100: 447 })
    );
    assert!(matches!(
        Brand::parse("#ffdd00"),
        Err(BrandProblem::TooLight { .. })
    ));
    assert_eq!(
        Brand::parse("000000").map(|b| b.contrast_with_white_x100()),
        Ok(2100)
    );
    // Exactly 4.50:1 (floored to 450) is AA, so it is accepted.
    assert_eq!(
        Brand::parse("#368280").map(|b| b.contrast_with_white_x100()),
        Ok(450)
    );
    // A channel of 10 or less is on the straight part of the sRGB curve (divided by 12.92).
    assert_eq!(
        Brand::parse("#00000a").map(|b| b.contrast_with_white_x100()),
        Ok(2090)
    );
    assert_eq!(
        Brand::parse("5B2D86").map(|b| b.css()),
        Ok("#5b2d86".to_string())
    );
    for bad in ["", "#12345", "1234567", "gggggg", "#1d70b", "red"] {
        assert_eq!(Brand::parse(bad), Err(BrandProblem::NotAColour), "{bad}");
    }
}

#[test]
fn settings_read_and_written_with_every_page() {
    let s = Settings::from_fragment("#page=level&mode=kiosk&embed=1&brand=5b2d86&level=3");
    assert!(s.kiosk && s.embed);
    assert_eq!(s.brand.map(|b| b.slug()), Some("5b2d86".to_string()));
    assert_eq!(s.to_fragment(), "&mode=kiosk&embed=1&brand=5b2d86");
    let light = Settings::from_fragment("brand=ffdd00");
    assert_eq!(light.brand, None);
    assert!(matches!(
        light.brand_problem,
        Some(BrandProblem::TooLight { .. })
    ));
    assert_eq!(
        Settings::from_fragment("mode=other&embed=yes"),
        Settings::default()
    );
}

#[test]
fn embed_presets_travel_with_every_link_and_make_the_home_fragment() {
    use probation_route_finder::settings::SetupProblem;
    let s = Settings::from_fragment(
        "page=level&embed=1&home=question&preset-region=wales&region=london&setup=contrast,region",
    );
    assert!(s.home_question);
    assert_eq!(
        s.to_fragment(),
        "&embed=1&home=question&preset-region=wales&setup=region,contrast"
    );
    assert_eq!(
        s.home_fragment(),
        "page=qualified&embed=1&home=question&preset-region=wales&setup=region,contrast&region=wales"
    );
    assert_eq!(s.setup, vec![SetupProblem::Region, SetupProblem::Contrast]);
    // A bad preset or brand in the link itself is named too, once.
    let bad = Settings::from_fragment("preset-region=Wales&brand=ffdd00&setup=contrast,nonsense");
    assert_eq!(
        bad.setup,
        vec![SetupProblem::Region, SetupProblem::Contrast]
    );
    assert_eq!(bad.preset_region, None);
    // Without presets, home is the plain start page with the display settings.
    assert_eq!(
        Settings::from_fragment("mode=kiosk&level=5").home_fragment(),
        "mode=kiosk"
    );
}

#[test]
fn brand_shade_language_and_presets() {
    use probation_route_finder::rules::{policy::Region, Answers};
    use probation_route_finder::text::Lang;
    // Three quarters of each channel, rounded down: 0x1d 0x70 0xb8 become 0x15 0x54 0x8a.
    assert_eq!(
        Brand::parse("1d70b8").map(|b| b.darker_css()),
        Ok("#15548a".to_string())
    );
    assert_eq!(Settings::from_fragment("lang=cy").lang, Some(Lang::Cy));
    assert_eq!(Settings::from_fragment("lang=en").lang, Some(Lang::En));
    assert_eq!(Settings::from_fragment("lang=fr").lang, None);
    // Only the presets: nothing of a person's to clear. Any answer of theirs is something.
    let wales = Settings::from_fragment("embed=1&preset-region=wales");
    let preset = Answers {
        region: Some(Region::Wales),
        ..Default::default()
    };
    assert!(wales.only_presets(&preset));
    assert!(!wales.only_presets(&Answers::default()));
    let theirs = Answers {
        level: Some(5),
        ..preset.clone()
    };
    assert!(!wales.only_presets(&theirs));
    assert!(Settings::default().only_presets(&Answers::default()));
}

/// Adviser mode at an event: a student switches language; the reset gives the next student the
/// mode's own language (the one it was set up in, or showed by the browser's preference), not the
/// last student's. Outside adviser mode "Start again" keeps the reader's language: the same person.
#[test]
fn an_adviser_reset_returns_to_the_mode_s_own_language() {
    use probation_route_finder::nav::resolve;
    use probation_route_finder::text::Lang;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    for (set_up, shown, switched_to, home) in [
        ("mode=kiosk", Lang::En, Lang::Cy, "mode=kiosk&lang=en"),
        (
            "mode=kiosk&lang=cy",
            Lang::Cy,
            Lang::En,
            "mode=kiosk&lang=cy",
        ),
        // A Welsh browser, no lang in the link: Welsh on screen is the mode's own.
        ("mode=kiosk", Lang::Cy, Lang::En, "mode=kiosk&lang=cy"),
        (
            "mode=kiosk&embed=1&lang=cy",
            Lang::Cy,
            Lang::En,
            "mode=kiosk&embed=1&lang=cy",
        ),
    ] {
        let state = resolve(&format!("page=level&{set_up}&qualified=none"), today);
        assert_eq!(state.settings.lang.unwrap_or(shown), shown);
        // The language switch on screen leads to the other language, remembering the mode's.
        let switched = resolve(&state.link_in(switched_to), today);
        assert_eq!(switched.settings.lang, Some(switched_to));
        assert_eq!(switched.settings.home_fragment(), home, "{set_up}");
        // Switching back and forth does not move the mode's language.
        let back = resolve(&switched.link_in(shown), today);
        let again = resolve(&back.link_in(switched_to), today);
        assert_eq!(
            again.settings.home_fragment(),
            home,
            "{set_up}, switched twice"
        );
    }
    // Outside adviser mode, Start again keeps the language chosen.
    let reader = resolve("page=level&qualified=none", today);
    let welsh = resolve(&reader.link_in(Lang::Cy), today);
    assert_eq!(welsh.settings.home_fragment(), "lang=cy");
    assert_eq!(welsh.settings.home_lang, None);
}

/// The editor's preview (`preview=1`) travels with every link, and Start again, like the presets.
#[test]
fn the_editor_s_preview_travels_with_every_link() {
    use probation_route_finder::settings::SetupProblem;
    let s = Settings::from_fragment("embed=1&preview=1&setup=mode,region");
    assert!(s.preview);
    assert_eq!(s.setup, vec![SetupProblem::Region, SetupProblem::Mode]);
    assert_eq!(s.to_fragment(), "&embed=1&preview=1&setup=region,mode");
    assert_eq!(s.home_fragment(), "embed=1&preview=1&setup=region,mode");
    assert!(!Settings::from_fragment("embed=1&preview=yes").preview);
}
