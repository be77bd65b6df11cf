//! Display settings in the fragment, and the brand colour's contrast check (WCAG AA, 4.5:1).

use probation_route_finder::settings::{Brand, BrandProblem, Settings};

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
