//! The QR code of the result link, drawn on the device as SVG, so that someone at an event can
//! take their result away on their phone. Nothing is fetched.

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
