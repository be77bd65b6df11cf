//! The QR code of the result link, drawn on the device as SVG, so that someone at an event can
//! take their result away on their phone. Nothing is fetched.

use crate::app::Ctx;
use crate::nav::Page;
use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};

/// The result link without display settings: it opens the normal app on a phone.
fn result_link(ctx: Ctx) -> String {
    let location = gloo::utils::window().location();
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    let answers = ctx.state.with_untracked(|s| {
        crate::nav::fragment_for(
            Page::Result,
            &s.parsed.answers,
            &[],
            false,
            &Default::default(),
        )
    });
    format!("{base}#{answers}")
}

/// SVG markup: one path of dark modules on a white square with a quiet zone of 4 modules.
pub fn svg(text: &str) -> Option<String> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let quiet = 4;
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + quiet, y + quiet));
            }
        }
    }
    let full = size + 2 * quiet;
    Some(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {full} {full}" width="220" height="220" shape-rendering="crispEdges" aria-hidden="true" focusable="false"><rect width="{full}" height="{full}" fill="#fff"/><path d="{path}" fill="#0b0c0c"/></svg>"##
    ))
}

/// The QR code with its caption.
#[component]
pub fn ResultQr(ctx: Ctx) -> impl IntoView {
    let link = result_link(ctx);
    let markup = svg(&link).unwrap_or_default();
    view! {
        <figure class="qr">
            <div class="qr__code" role="img" aria-label=ctx.text.qr_alt() inner_html=markup></div>
            <figcaption class="qr__caption">{ctx.text.qr_caption()}</figcaption>
        </figure>
    }
}
