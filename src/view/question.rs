//! One question on its own page: heading, hint, error, the choices, Continue. A single text box is
//! labelled by the heading itself; choices sit in a fieldset whose legend is the heading (the
//! GOV.UK patterns).

use super::html::{when, Html};
use super::{first_field, View};
use crate::rules::answers::Modules;
use crate::rules::assess::default_start;
use crate::rules::policy::Module;
use crate::rules::{Problem, Question};

/// How a question is answered on the page.
#[derive(Clone, Copy, PartialEq)]
enum Control {
    Radios,
    Modules,
    Number,
    Hours,
    Start,
}

fn control(q: Question) -> Control {
    match q {
        Question::Qualified
        | Question::Level
        | Question::Overseas
        | Question::Job
        | Question::Credits5
        | Question::Exp
        | Question::L3vq
        | Question::Region => Control::Radios,
        Question::Done | Question::Doing => Control::Modules,
        Question::Service | Question::QualYear => Control::Number,
        Question::Hours => Control::Hours,
        Question::Start => Control::Start,
    }
}

/// What the fields show: the form just sent (when it had a problem), else the answer given.
struct Values<'a> {
    v: &'a View<'a>,
    q: Question,
}

impl Values<'_> {
    fn sent(&self) -> Option<&super::Form> {
        self.v
            .submitted
            .filter(|s| s.question == self.q)
            .map(|s| &s.form)
    }

    /// The text in box `name`; `given` is what the answers hold.
    fn text(&self, name: &str, given: Option<String>) -> String {
        match self.sent() {
            Some(form) => form.get(name).to_string(),
            None => given.unwrap_or_default(),
        }
    }

    /// Whether the choice `value` of `name` is selected; `given` says so from the answers.
    fn chosen(&self, name: &str, value: &str, given: bool) -> bool {
        match self.sent() {
            Some(form) => form.has(name, value),
            None => given,
        }
    }
}

pub(super) fn page(h: &mut Html, v: &View, q: Question) {
    let t = v.text;
    let key = q.key();
    let words = t.question(q);
    let problem = v.problem(q);
    if let Some(p) = problem {
        error_summary(h, v, q, p);
    }
    let hint_id = format!("{key}-hint");
    let error_id = format!("{key}-error");
    let described: Vec<&str> = [
        (!words.hint.is_empty()).then_some(hint_id.as_str()),
        problem.map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = described.join(" ");
    let group_class = if problem.is_some() {
        "form-group form-group--error"
    } else {
        "form-group"
    };
    h.open("form", &[("novalidate", "")])
        .open("div", &[("class", group_class)]);
    let number = control(q) == Control::Number;
    if number {
        h.open("h1", &[("class", "label-wrapper"), ("tabindex", "-1")])
            .el(
                "label",
                &[("class", "label label--l"), ("for", key)],
                words.title,
            )
            .close("h1");
    } else {
        h.open(
            "fieldset",
            &[
                ("class", "fieldset"),
                (when(!described.is_empty(), "aria-describedby"), &described),
            ],
        )
        .open(
            "legend",
            &[("class", "fieldset__legend fieldset__legend--l")],
        )
        .el(
            "h1",
            &[("class", "fieldset__heading"), ("tabindex", "-1")],
            words.title,
        )
        .close("legend");
    }
    if !words.hint.is_empty() {
        h.el("div", &[("class", "hint"), ("id", &hint_id)], words.hint);
    }
    if let Some(p) = problem {
        h.open("p", &[("class", "error-message"), ("id", &error_id)])
            .el(
                "span",
                &[("class", "visually-hidden")],
                &format!("{} ", t.error_prefix()),
            )
            .text(&t.problem(q, p))
            .close("p");
    }
    let values = Values { v, q };
    let invalid = problem.is_some();
    match control(q) {
        Control::Radios => radios(h, v, q, &values),
        Control::Modules => modules(h, v, q, &values),
        Control::Number => {
            let raw = v
                .state
                .bad
                .iter()
                .find(|(b, _)| *b == q)
                .map(|(_, raw)| raw.clone());
            let value = values.text(key, v.state.parsed.answers.value(q).or(raw));
            h.open(
                "input",
                &[
                    ("class", "input input--width-4"),
                    ("id", key),
                    ("name", key),
                    ("type", "text"),
                    ("inputmode", "numeric"),
                    ("spellcheck", "false"),
                    ("value", &value),
                    (when(invalid, "aria-invalid"), "true"),
                    (when(!described.is_empty(), "aria-describedby"), &described),
                ],
            );
        }
        Control::Hours => hours(h, v, &values, invalid),
        Control::Start => start(h, v, &values, invalid),
    }
    if number {
        h.close("div");
    } else {
        h.close("fieldset").close("div");
    }
    if let Some((summary, lines)) = t.details(q) {
        h.open("details", &[("class", "details")])
            .open("summary", &[("class", "details__summary")])
            .el("span", &[("class", "details__summary-text")], summary)
            .close("summary")
            .open("div", &[("class", "details__text")])
            .each("p", &[], lines)
            .close("div")
            .close("details");
    }
    h.el(
        "button",
        &[
            ("type", "submit"),
            ("class", "button"),
            ("data-module", "button"),
        ],
        t.continue_button(),
    )
    .close("form");
}

/// "There is a problem", linking to the field; the shell moves focus there when it is followed.
fn error_summary(h: &mut Html, v: &View, q: Question, p: Problem) {
    let href = format!("#{}", first_field(q));
    h.open(
        "div",
        &[
            ("class", "error-summary"),
            ("role", "alert"),
            ("tabindex", "-1"),
            ("aria-labelledby", "error-summary-title"),
        ],
    )
    .el(
        "h2",
        &[
            ("class", "error-summary__title"),
            ("id", "error-summary-title"),
        ],
        v.text.error_summary_title(),
    )
    .open("ul", &[("class", "error-summary__list")])
    .open("li", &[])
    .el(
        "a",
        &[("href", &href), ("data-action", "to-field")],
        &v.text.problem(q, p),
    )
    .close("li")
    .close("ul")
    .close("div");
}

/// One radio or checkbox with its label and hint.
fn item(
    h: &mut Html,
    kind: &str,
    (name, id, value): (&str, &str, &str),
    checked: bool,
    label: &str,
    hint: &str,
) {
    let hint_id = format!("{id}-hint");
    let class = format!("{kind}__input");
    h.open("div", &[("class", &format!("{kind}__item"))]).open(
        "input",
        &[
            ("class", &class),
            ("id", id),
            ("name", name),
            (
                "type",
                if kind == "radios" {
                    "radio"
                } else {
                    "checkbox"
                },
            ),
            ("value", value),
            (when(checked, "checked"), ""),
            (when(!hint.is_empty(), "aria-describedby"), &hint_id),
        ],
    );
    h.el(
        "label",
        &[("class", &format!("label {kind}__label")), ("for", id)],
        label,
    );
    if !hint.is_empty() {
        h.el(
            "div",
            &[("class", &format!("hint {kind}__hint")), ("id", &hint_id)],
            hint,
        );
    }
    h.close("div");
}

fn radios(h: &mut Html, v: &View, q: Question, values: &Values) {
    let key = q.key();
    let choices = v.text.choices(q);
    let current = v.state.parsed.answers.value(q);
    let class = if choices.len() <= 2 {
        "radios radios--inline"
    } else {
        "radios"
    };
    h.open("div", &[("class", class)]);
    for (i, c) in choices.iter().enumerate() {
        let checked = values.chosen(key, c.value, current.as_deref() == Some(c.value));
        item(
            h,
            "radios",
            (key, &format!("{key}-{i}"), c.value),
            checked,
            c.label,
            c.hint,
        );
    }
    h.close("div");
}

/// The four modules (only those not finished, when asking which are in progress), then "none".
fn modules(h: &mut Html, v: &View, q: Question, values: &Values) {
    let t = v.text;
    let key = q.key();
    let answers = &v.state.parsed.answers;
    let given = match q {
        Question::Done => answers.done,
        _ => answers.doing,
    };
    let finished = if q == Question::Doing {
        answers.done.unwrap_or(Modules::NONE)
    } else {
        Modules::NONE
    };
    // The shell makes "none" and the modules exclusive of each other.
    h.open("div", &[("class", "checkboxes"), ("data-exclusive", "")]);
    let offered = Module::ALL.into_iter().filter(|m| !finished.contains(*m));
    for (i, m) in offered.enumerate() {
        let hint = t
            .choices(q)
            .iter()
            .find(|c| c.value == m.slug())
            .map_or("", |c| c.hint);
        let checked = values.chosen(key, m.slug(), given.is_some_and(|g| g.contains(m)));
        item(
            h,
            "checkboxes",
            (key, &format!("{key}-{i}"), m.slug()),
            checked,
            t.module_name(m),
            hint,
        );
    }
    h.el("div", &[("class", "checkboxes__divider")], t.or());
    let none = values.chosen(key, "none", given.is_some_and(Modules::is_empty));
    item(
        h,
        "checkboxes",
        (key, &format!("{key}-none"), "none"),
        none,
        t.none_of_these(q),
        "",
    );
    h.close("div");
}

/// A labelled text box inside a conditional reveal.
fn text_box(
    h: &mut Html,
    id: &str,
    label: &str,
    width: &str,
    mode: &str,
    value: &str,
    invalid: bool,
) {
    h.el("label", &[("class", "label"), ("for", id)], label)
        .open(
            "input",
            &[
                ("class", width),
                ("id", id),
                ("name", id),
                ("type", "text"),
                ("inputmode", mode),
                ("spellcheck", "false"),
                ("value", value),
                (when(invalid, "aria-invalid"), "true"),
            ],
        );
}

fn hours(h: &mut Html, v: &View, values: &Values, invalid: bool) {
    let t = v.text;
    let hours = v.state.parsed.answers.hours;
    let full = hours.is_some_and(|h| h.is_full_time());
    let part = hours.filter(|h| !h.is_full_time());
    let choices = t.choices(Question::Hours);
    let label = |i: usize| choices.get(i).map_or(("", ""), |c| (c.label, c.hint));
    h.open("div", &[("class", "radios")]);
    item(
        h,
        "radios",
        ("hours", "hours-0", "37"),
        values.chosen("hours", "37", full),
        label(0).0,
        "",
    );
    let part_chosen = values.chosen("hours", "part", part.is_some());
    item(
        h,
        "radios",
        ("hours", "hours-1", "part"),
        part_chosen,
        label(1).0,
        label(1).1,
    );
    let typed = values.text("hours-part", part.map(|h| h.to_string()));
    h.open("div", &[("class", "radios__conditional")]);
    text_box(
        h,
        "hours-part",
        t.hours_label(),
        "input input--width-4",
        "decimal",
        &typed,
        invalid,
    );
    h.close("div").close("div");
}

fn start(h: &mut Html, v: &View, values: &Values, invalid: bool) {
    let t = v.text;
    let given = v.state.parsed.answers.start;
    let next_label = t.start_next(default_start(v.today));
    h.open("div", &[("class", "radios")]);
    item(
        h,
        "radios",
        ("start", "start-0", "next"),
        values.chosen("start", "next", given.is_none()),
        &next_label,
        "",
    );
    item(
        h,
        "radios",
        ("start", "start-1", "other"),
        values.chosen("start", "other", given.is_some()),
        t.start_other(),
        "",
    );
    let month = values.text("start-month", given.map(|g| g.month().to_string()));
    let year = values.text("start-year", given.map(|g| g.year().to_string()));
    h.open("div", &[("class", "radios__conditional date-input")])
        .open("div", &[("class", "date-input__item")]);
    text_box(
        h,
        "start-month",
        t.month_label(),
        "input input--width-2",
        "numeric",
        &month,
        invalid,
    );
    h.close("div").open("div", &[("class", "date-input__item")]);
    text_box(
        h,
        "start-year",
        t.year_label(),
        "input input--width-4",
        "numeric",
        &year,
        invalid,
    );
    h.close("div").close("div").close("div");
}
