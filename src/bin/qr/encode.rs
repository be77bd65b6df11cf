//! The QR code of the result link, drawn on the device as SVG, so that someone at an event can
//! take their result away on their phone. Nothing is sent anywhere.

use qrcodegen::{QrCode, QrCodeEcc};
use std::fmt::Write;

/// SVG markup: one path of dark modules on a white square with a quiet zone of 4 modules.
pub fn svg(text: &str) -> Option<String> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let quiet = 4;
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                let _ = write!(path, "M{},{}h1v1h-1z", x + quiet, y + quiet);
            }
        }
    }
    let full = size + 2 * quiet;
    Some(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {full} {full}" width="220" height="220" shape-rendering="crispEdges" aria-hidden="true" focusable="false"><rect width="{full}" height="{full}" fill="#fff"/><path d="{path}" fill="#0b0c0c"/></svg>"##
    ))
}

#[cfg(test)]
mod tests {
    use super::svg;
    use qrcodegen::{QrCode, QrCodeEcc};

    /// Scanners need the 4-module quiet zone on every side: the square is the code plus 8, and
    /// no dark module lies in the margin.
    #[test]
    fn the_code_sits_inside_a_quiet_zone_of_four_modules() {
        let text = "https://example.test/#level=5&done=crime&exp=yes&job=none&region=london";
        let size = QrCode::encode_text(text, QrCodeEcc::Medium).map(|c| c.size());
        let full = size.map(|s| s + 8).expect("encodes");
        let drawn = svg(text).expect("draws");
        assert!(
            drawn.contains(&format!(r#"viewBox="0 0 {full} {full}""#)),
            "{drawn}"
        );
        assert!(drawn.contains(&format!(r#"<rect width="{full}" height="{full}""#)));
        let path = drawn
            .split(" d=\"")
            .nth(1)
            .and_then(|p| p.split('"').next());
        let moves = path.expect("a path").split('M').skip(1);
        let corners: Vec<(i32, i32)> = moves
            .filter_map(|m| m.split('h').next()?.split_once(','))
            .filter_map(|(x, y)| Some((x.parse().ok()?, y.parse().ok()?)))
            .collect();
        assert!(!corners.is_empty());
        for (x, y) in corners {
            assert!(
                (4..full - 4).contains(&x) && (4..full - 4).contains(&y),
                "({x},{y})"
            );
        }
    }
}
