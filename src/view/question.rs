//! One question on its own page: heading, hint, error, the choices, Continue. A single text box is
//! labelled by the heading itself; choices sit in a fieldset whose legend is the heading (the
//! GOV.UK patterns).

use super::{first_field, Action, Form, PageContext};
use crate::rules::answers::Modules;
use crate::rules::assess::default_start;
use crate::rules::flow::framing;
use crate::rules::policy::Module;
use crate::rules::questions::{
    FULL_TIME, HOURS_PART_FIELD, NONE_OF_THESE, PART_TIME, START_MONTH_FIELD, START_NEXT,
    START_OTHER, START_YEAR_FIELD,
};
use crate::rules::{Problem, Question};
use crate::text::without_controls;
use maud::{html, Markup};

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
    c: &'a PageContext<'a>,
    q: Question,
}

impl Values<'_> {
    fn sent(&self) -> Option<&Form> {
        self.c
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

pub(super) fn page(c: &PageContext, q: Question) -> Markup {
    let t = c.text;
    let key = q.key();
    let words = t.question_for(q, framing(&c.state.parsed.answers));
    let problem = c.problem(q);
    let hint_id = format!("{key}-hint");
    let error_id = format!("{key}-error");
    let described = [
        (!words.hint.is_empty()).then_some(hint_id.as_str()),
        problem.map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let values = Values { c, q };
    let invalid = problem.is_some();
    let hint_and_error = html! {
        @if !words.hint.is_empty() {
            div.hint id=(hint_id) { (words.hint) }
        }
        @if let Some(p) = problem {
            p.error-message id=(error_id) {
                span.visually-hidden { (t.error_prefix()) " " }
                (t.problem(q, p, c.raw(q)))
            }
        }
    };
    let field = match control(q) {
        Control::Radios => radios(c, q, &values),
        Control::Modules => modules(c, q, &values),
        Control::Number => number(c, q, &values, invalid, described.as_deref()),
        Control::Hours => hours(c, &values, invalid),
        Control::Start => start(c, &values, invalid),
    };
    html! {
        @if let Some(p) = problem { (error_summary(c, q, p)) }
        form novalidate {
            div.form-group.form-group--error[invalid] {
                @if control(q) == Control::Number {
                    h1.label-wrapper tabindex="-1" {
                        label.label.label--l for=(key) { (words.title) }
                    }
                    (hint_and_error)
                    (field)
                } @else {
                    fieldset.fieldset aria-describedby=[described.as_deref()] {
                        legend.fieldset__legend.fieldset__legend--l {
                            h1.fieldset__heading tabindex="-1" { (words.title) }
                        }
                        (hint_and_error)
                        (field)
                    }
                }
            }
            @if let Some((summary, lines)) = t.details(q) {
                details.details {
                    summary.details__summary { span.details__summary-text { (summary) } }
                    div.details__text { @for line in lines { p { (line) } } }
                }
            }
            button type="submit" class="button" data-module="button" { (t.continue_button()) }
        }
    }
}

/// "There is a problem", linking to the field; the shell moves focus there when it is followed.
fn error_summary(c: &PageContext, q: Question, p: Problem) -> Markup {
    html! {
        div.error-summary role="alert" tabindex="-1" aria-labelledby="error-summary-title" {
            h2.error-summary__title id="error-summary-title" { (c.text.error_summary_title()) }
            ul.error-summary__list {
                li {
                    a href={ "#" (first_field(q)) } data-action=(Action::ToField) {
                        (c.text.problem(q, p, c.raw(q)))
                    }
                }
            }
        }
    }
}

/// A whole number in one box, labelled by the heading.
fn number(
    c: &PageContext,
    q: Question,
    values: &Values,
    invalid: bool,
    described: Option<&str>,
) -> Markup {
    let key = q.key();
    // A bad value from the link is shown as it was, so the person can see what to correct (its
    // length is bounded by `MAX_VALUE_BYTES`), but without the controls that could make it read
    // backwards.
    let bad = c.state.bad.iter().find(|(b, _)| *b == q);
    let raw = bad.map(|(_, raw)| without_controls(raw));
    let value = values.text(key, c.state.parsed.answers.value(q).or(raw));
    html! {
        input.input.input--width-4 id=(key) name=(key) type="text" inputmode="numeric"
            spellcheck="false" value=(value) aria-invalid=[invalid.then_some("true")]
            aria-describedby=[described];
    }
}

/// A radio or a checkbox.
#[derive(Clone, Copy)]
enum Kind {
    Radio,
    Checkbox,
}

/// One radio or checkbox with its label and hint.
fn item(
    kind: Kind,
    (name, id, value): (&str, &str, &str),
    checked: bool,
    label: &str,
    hint: &str,
) -> Markup {
    let (group, input_type) = match kind {
        Kind::Radio => ("radios", "radio"),
        Kind::Checkbox => ("checkboxes", "checkbox"),
    };
    let hint_id = format!("{id}-hint");
    let has_hint = !hint.is_empty();
    html! {
        div class={ (group) "__item" } {
            input class={ (group) "__input" } id=(id) name=(name) type=(input_type) value=(value)
                checked[checked] aria-describedby=[has_hint.then_some(&hint_id)];
            label class={ "label " (group) "__label" } for=(id) { (label) }
            @if has_hint {
                div class={ "hint " (group) "__hint" } id=(hint_id) { (hint) }
            }
        }
    }
}

fn radios(c: &PageContext, q: Question, values: &Values) -> Markup {
    let key = q.key();
    let choices = c.text.choices(q);
    let current = c.state.parsed.answers.value(q);
    html! {
        div.radios.radios--inline[choices.len() <= 2] {
            @for (i, choice) in choices.iter().enumerate() {
                (item(
                    Kind::Radio,
                    (key, &format!("{key}-{i}"), choice.value),
                    values.chosen(key, choice.value, current.as_deref() == Some(choice.value)),
                    &choice.label,
                    &choice.hint,
                ))
            }
        }
    }
}

/// The four modules (only those not finished, when asking which are in progress), then "none".
fn modules(c: &PageContext, q: Question, values: &Values) -> Markup {
    let t = c.text;
    let key = q.key();
    let answers = &c.state.parsed.answers;
    let given = match q {
        Question::Done => answers.done,
        _ => answers.doing,
    };
    let finished = if q == Question::Doing {
        answers.done.unwrap_or(Modules::NONE)
    } else {
        Modules::NONE
    };
    let offered = Module::ALL.into_iter().filter(|m| !finished.contains(*m));
    let hint = |m: Module| t.option(q, m.slug()).hint;
    let none_chosen = values.chosen(key, NONE_OF_THESE, given.is_some_and(Modules::is_empty));
    let none_id = format!("{key}-none");
    let none = item(
        Kind::Checkbox,
        (key, &none_id, NONE_OF_THESE),
        none_chosen,
        t.none_of_these(q),
        "",
    );
    // The shell makes "none" and the modules exclusive of each other.
    html! {
        div.checkboxes data-exclusive {
            @for (i, m) in offered.enumerate() {
                (item(
                    Kind::Checkbox,
                    (key, &format!("{key}-{i}"), m.slug()),
                    values.chosen(key, m.slug(), given.is_some_and(|g| g.contains(m))),
                    &t.module_name(m),
                    &hint(m),
                ))
            }
            div.checkboxes__divider { (t.or()) }
            (none)
        }
    }
}

/// A labelled text box inside a conditional reveal.
fn text_box(id: &str, label: &str, width: &str, mode: &str, value: &str, invalid: bool) -> Markup {
    html! {
        label.label for=(id) { (label) }
        input class=(width) id=(id) name=(id) type="text" inputmode=(mode) spellcheck="false"
            value=(value) aria-invalid=[invalid.then_some("true")];
    }
}

fn hours(c: &PageContext, values: &Values, invalid: bool) -> Markup {
    let t = c.text;
    let hours = c.state.parsed.answers.hours;
    let full = hours.is_some_and(|h| h.is_full_time());
    let part = hours.filter(|h| !h.is_full_time());
    let choices = t.choices(Question::Hours);
    let label = |i: usize| {
        choices
            .get(i)
            .map_or(("", ""), |c| (c.label.as_str(), c.hint.as_str()))
    };
    let typed = values.text(HOURS_PART_FIELD, part.map(|h| h.to_string()));
    let key = Question::Hours.key();
    let full_time = item(
        Kind::Radio,
        (key, "hours-0", FULL_TIME),
        values.chosen(key, FULL_TIME, full),
        label(0).0,
        "",
    );
    let part_time = item(
        Kind::Radio,
        (key, "hours-1", PART_TIME),
        values.chosen(key, PART_TIME, part.is_some()),
        label(1).0,
        label(1).1,
    );
    let width = "input input--width-4";
    let part_hours = text_box(
        HOURS_PART_FIELD,
        t.hours_label(),
        width,
        "decimal",
        &typed,
        invalid,
    );
    html! {
        div.radios {
            (full_time)
            (part_time)
            // Typing here chooses "Part time" (app/events.rs): the box is on screen whatever is
            // chosen, and hours typed under "Full time" would otherwise be dropped unseen.
            div.radios__conditional data-chooses="hours-1" { (part_hours) }
        }
    }
}

fn start(c: &PageContext, values: &Values, invalid: bool) -> Markup {
    let t = c.text;
    let given = c.state.parsed.answers.start;
    let month = values.text(START_MONTH_FIELD, given.map(|g| g.month().to_string()));
    let year = values.text(START_YEAR_FIELD, given.map(|g| g.year().to_string()));
    let key = Question::Start.key();
    let next = item(
        Kind::Radio,
        (key, "start-0", START_NEXT),
        values.chosen(key, START_NEXT, given.is_none()),
        &t.start_next(default_start(c.today), framing(&c.state.parsed.answers)),
        "",
    );
    let other = item(
        Kind::Radio,
        (key, "start-1", START_OTHER),
        values.chosen(key, START_OTHER, given.is_some()),
        t.start_other(),
        "",
    );
    let (narrow, wide) = ("input input--width-2", "input input--width-4");
    let month = text_box(
        START_MONTH_FIELD,
        t.month_label(),
        narrow,
        "numeric",
        &month,
        invalid,
    );
    let year = text_box(
        START_YEAR_FIELD,
        t.year_label(),
        wide,
        "numeric",
        &year,
        invalid,
    );
    html! {
        div.radios {
            (next)
            (other)
            // Typing a month chooses "A different month" (app/events.rs): the first choice is
            // ticked from the start, so a month typed under it would otherwise be dropped unseen.
            div.radios__conditional.date-input data-chooses="start-1" {
                div.date-input__item { (month) }
                div.date-input__item { (year) }
            }
        }
    }
}
