//! Embedding in a partner's page: the partner's brand colour, and the page height reported to the
//! parent so that `embed.js` can size the iframe. Only the height crosses: nothing else.

use crate::settings::{BrandProblem, Settings};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Sets the brand colour as CSS custom properties, or says in the console why it was not used.
pub fn apply_brand(settings: &Settings) {
    if let Some(brand) = settings.brand {
        let root = gloo::utils::document_element()
            .dyn_into::<web_sys::HtmlElement>()
            .ok();
        if let Some(style) = root.map(|r| r.style()) {
            let _ = style.set_property("--colour-brand", &brand.css());
            let _ = style.set_property("--colour-panel", &brand.css());
            let _ = style.set_property("--colour-brand-dark", &brand.darker_css());
        }
    }
    match settings.brand_problem {
        Some(BrandProblem::NotAColour) => web_sys::console::warn_1(
            &"Probation route finder: the brand option is not a colour like 1d70b8; using the default.".into(),
        ),
        Some(BrandProblem::TooLight { ratio_x100 }) => web_sys::console::warn_1(
            &format!(
                "Probation route finder: white text on the brand colour has a contrast of {}.{:02}:1, below the 4.5:1 WCAG AA needs; using the default.",
                ratio_x100 / 100,
                ratio_x100 % 100
            )
            .into(),
        ),
        None => {}
    }
}

/// Posts `{ type: "prf:height", height }` to the parent whenever the page's height changes.
pub fn report_height() {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let post = move || {
        // The body's own height, not the document's scroll height: that is never less than the
        // frame itself, so the frame could grow but never shrink again after a tall page.
        let height = gloo::utils::body()
            .get_bounding_client_rect()
            .height()
            .ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"prf:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // Only a number crosses, so any parent may read it; embed.js checks where it came from.
        let _ = parent.post_message(&message, "*");
    };
    let on_resize = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&gloo::utils::body());
    }
    // The observer lives as long as the page.
    on_resize.forget();
}
