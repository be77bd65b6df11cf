//! The QR encoder as a wasm of its own. Not in the app's wasm: most people never open a QR
//! control, and the encoder was 3 KB brotli of everyone's first load. index.html's first script
//! imports it the first time one is opened, and draws [`svg`] into the control's figure, which
//! names the link (`data-qr-link`, view/result.rs). scripts/post-build.mjs builds it with the app.
//! It uses neither the app's library nor Leptos, so none of them is linked into it.
//! Natively, `cargo run --bin probation-route-finder-qr -- LINK` prints the SVG of LINK.

mod encode;

/// The SVG of the QR code of `text`, or nothing when it is too long to encode (the figure then
/// shows its failure message).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn svg(text: &str) -> String {
    encode::svg(text).unwrap_or_default()
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(text) = std::env::args().nth(1) {
        println!("{}", encode::svg(&text).unwrap_or_default());
    }
}
