//! What clicks, changes and sent forms on the page do. The page's markup names its actions with
//! `data-action` (an [`Action`]), so one listener on the app serves every page.

use super::kiosk::Kiosk;
use super::{focus, focus_from_top, Shell};
use crate::nav::{with_typed, Page};
use crate::view::{send, Action, Form, Sent};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, FormData, HtmlFormElement, HtmlInputElement};

/// Hears clicks, sent forms and changes on the app's root element, for every page.
pub fn listen(root: &Element, shell: Shell, kiosk: Option<Kiosk>) {
    let on_submit = shell.clone();
    on(root, "click", false, move |ev| {
        click(&shell, kiosk.as_ref(), &ev)
    });
    on(root, "submit", false, move |ev| submit(&on_submit, &ev));
    on(root, "change", false, |ev| change(&ev));
    on(root, "input", false, |ev| typed(&ev));
    on(root, "keydown", false, |ev| space(&ev));
}

/// Space on a link styled as a button ("Start now", "See your route") activates it, as it would a
/// real button, instead of scrolling the page: GOV.UK's button pattern does the same.
fn space(ev: &Event) {
    let is_space = ev
        .dyn_ref::<web_sys::KeyboardEvent>()
        .is_some_and(|k| k.key() == " ");
    if !is_space {
        return;
    }
    let link = target::<Element>(ev)
        .filter(|el| el.matches("a[role='button']").unwrap_or(false))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(link) = link {
        ev.prevent_default();
        link.click();
    }
}

fn on(root: &Element, event: &str, capture: bool, f: impl FnMut(Event) + 'static) {
    let f = Closure::<dyn FnMut(Event)>::new(f);
    let _ =
        root.add_event_listener_with_callback_and_bool(event, f.as_ref().unchecked_ref(), capture);
    // The root lives as long as the page.
    f.forget();
}

fn target<T: JsCast>(ev: &Event) -> Option<T> {
    ev.target().and_then(|t| t.dyn_into::<T>().ok())
}

/// Clicks on whatever names an [`Action`]: every action is handled here, or this does not compile.
fn click(shell: &Shell, kiosk: Option<&Kiosk>, ev: &Event) {
    let Some(el) = target::<Element>(ev).and_then(|e| e.closest("[data-action]").ok().flatten())
    else {
        return;
    };
    let Some(action) = el
        .get_attribute("data-action")
        .as_deref()
        .and_then(Action::from_slug)
    else {
        return;
    };
    match action {
        // The fragment is the app's state, not an anchor: move focus without following the link.
        Action::Skip => {
            ev.prevent_default();
            focus("main");
        }
        Action::ToField => {
            ev.prevent_default();
            focus(el.get_attribute("href").unwrap_or_default());
        }
        Action::Print => {
            let _ = gloo::utils::window().print();
        }
        Action::Restart => {
            ev.prevent_default();
            shell.start_again();
            focus_from_top("main h1");
        }
        // No new history entry for the same page in the other language, and the form as it
        // stands goes with it.
        Action::Language => {
            keep_typed(shell, &el);
            ev.prevent_default();
            let href = el.get_attribute("href").unwrap_or_default();
            shell.replace(href.trim_start_matches('#'));
        }
        // A screen reader's activation may send only the click, with no key or pointer before it.
        Action::StillHere => {
            if let Some(kiosk) = kiosk {
                kiosk.someone_there();
            }
        }
    }
}

/// What is typed or chosen on a question page but not yet sent goes with the language switch, so
/// the page in the other language shows it (nav::with_typed).
fn keep_typed(shell: &Shell, link: &Element) {
    let Page::Ask(question) = shell.with_state(|s| s.page) else {
        return;
    };
    let form = gloo::utils::document()
        .query_selector("main form")
        .ok()
        .flatten()
        .and_then(|f| f.dyn_into::<HtmlFormElement>().ok());
    let (Some(form), Some(href)) = (form, link.get_attribute("href")) else {
        return;
    };
    let link_with_form = with_typed(&href, question, &read_form(&form));
    let _ = link.set_attribute("href", &format!("#{link_with_form}"));
}

/// The name and value of each field of `form`, as the browser would send them.
fn read_form(form: &HtmlFormElement) -> Form {
    let mut read = Form::default();
    let Ok(data) = FormData::new_with_form(form) else {
        return read;
    };
    if let Ok(Some(entries)) = js_sys::try_iter(&data) {
        for entry in entries.flatten() {
            let pair = js_sys::Array::from(&entry);
            let name = pair.get(0).as_string().unwrap_or_default();
            read.0
                .push((name, pair.get(1).as_string().unwrap_or_default()));
        }
    }
    read
}

/// A question's form: the answer goes into the fragment, or the form comes back with the problem.
fn submit(shell: &Shell, ev: &Event) {
    ev.prevent_default();
    let Some(form) = target::<HtmlFormElement>(ev).map(|f| read_form(&f)) else {
        return;
    };
    match shell.with_state(|s| send(s, form, shell.today())) {
        Some(Sent::Go {
            page,
            answers,
            from_check,
            answered,
        }) => {
            shell.forget_bad(answered);
            shell.go(page, &answers, from_check);
        }
        Some(Sent::Again(submitted)) => shell.show_problem(submitted),
        None => {}
    }
}

/// Typing into the box of a choice ("Part time", "A different month") chooses it, so what was typed
/// is what is sent.
fn typed(ev: &Event) {
    let choice = target::<Element>(ev)
        .and_then(|el| el.closest("[data-chooses]").ok().flatten())
        .and_then(|box_| box_.get_attribute("data-chooses"))
        .and_then(|id| gloo::utils::document().get_element_by_id(&id))
        .and_then(|el| el.dyn_into::<HtmlInputElement>().ok());
    if let Some(choice) = choice {
        choice.set_checked(true);
    }
}

/// Choosing "none" clears the modules, and choosing a module clears "none".
fn change(ev: &Event) {
    let Some(changed) = target::<HtmlInputElement>(ev) else {
        return;
    };
    if !changed.checked() {
        return;
    }
    let Some(group) = changed.closest("[data-exclusive]").ok().flatten() else {
        return;
    };
    let is_none = changed.value() == crate::rules::questions::NONE_OF_THESE;
    let Ok(boxes) = group.query_selector_all("input") else {
        return;
    };
    for i in 0..boxes.length() {
        if let Some(other) = boxes
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
        {
            if (other.value() == crate::rules::questions::NONE_OF_THESE) != is_none {
                other.set_checked(false);
            }
        }
    }
}
