//! One question on its own page: heading, hint, error, the choices, Continue. A single text box is
//! labelled by the heading itself; choices sit in a fieldset whose legend is the heading (the
//! GOV.UK patterns).

use super::{first_field, Action, Form, PageContext};
use crate::rules::answers::Modules;
use crate::rules::assess::default_start;
use crate::rules::flow::{framing, Framing};
use crate::rules::policy::Module;
use crate::rules::questions::{
    APPLIED_MONTH_FIELD, APPLIED_YEAR_FIELD, DIPLOMA_MONTH, DIPLOMA_MONTH_FIELD, DIPLOMA_UNSURE,
    DIPLOMA_YEAR_FIELD, FULL_TIME, HOURS_PART_FIELD, NONE_OF_THESE, PART_TIME, START_APPLIED,
    START_MONTH_FIELD, START_NEXT, START_OTHER, START_YEAR_FIELD,
};
use crate::rules::{Problem, Question, YearMonth};
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
    Diploma,
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
        | Question::Region
        | Question::Applied => Control::Radios,
        Question::Done | Question::Doing => Control::Modules,
        Question::Service | Question::QualYear => Control::Number,
        Question::Hours => Control::Hours,
        Question::Start => Control::Start,
        Question::Diploma => Control::Diploma,
    }
}

/// What the fields show: the form just sent (when it had a problem), or the form as it stood when
/// the person switched language, else the answer given.
struct Values<'a> {
    c: &'a PageContext<'a>,
    q: Question,
}

impl Values<'_> {
    fn sent(&self) -> Option<&Form> {
        let typed = self.c.state.typed.as_ref();
        self.c
            .submitted
            .filter(|s| s.question == self.q)
            .map(|s| &s.form)
            .or(typed.filter(|t| t.question == self.q).map(|t| &t.form))
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
        Control::Start => start(c, &values, problem),
        Control::Diploma => diploma(c, &values, problem),
    };
    html! {
        @if let Some(p) = problem { (error_summary(c, q, p, &problem_field(c, q, p))) }
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

/// The field a problem is about: the question's first field, or for a typed month the box that is
/// wrong, under the choice that was made.
fn problem_field(c: &PageContext, q: Question, p: Problem) -> String {
    let fields = match q {
        Question::Start if month_choice(c, q) == START_APPLIED => {
            (APPLIED_MONTH_FIELD, APPLIED_YEAR_FIELD)
        }
        Question::Start => (START_MONTH_FIELD, START_YEAR_FIELD),
        Question::Diploma => (DIPLOMA_MONTH_FIELD, DIPLOMA_YEAR_FIELD),
        _ => return first_field(q),
    };
    match p {
        Problem::NotAYear { .. } => fields.1.to_string(),
        Problem::NotAMonth
        | Problem::NotAMonthOfTheYear
        | Problem::TooSoonToApply { .. }
        | Problem::MonthInPast { .. }
        | Problem::MonthOutOfRange { .. } => fields.0.to_string(),
        _ => first_field(q),
    }
}

/// The choice whose month boxes a problem is about: the one sent, else the one the answers give.
fn month_choice(c: &PageContext, q: Question) -> String {
    let sent = c
        .submitted
        .filter(|s| s.question == q)
        .map(|s| s.form.get(q.key()).to_string());
    let answers = &c.state.parsed.answers;
    sent.unwrap_or_else(|| {
        match q {
            Question::Start if answers.applied_or_default() => START_APPLIED,
            Question::Start => START_OTHER,
            _ => DIPLOMA_MONTH,
        }
        .to_string()
    })
}

/// Which of a typed month's boxes a problem marks: (month, year).
fn marked(problem: Option<Problem>) -> (bool, bool) {
    match problem {
        None => (false, false),
        Some(Problem::NotAMonthOfTheYear) => (true, false),
        Some(Problem::NotAYear { .. }) => (false, true),
        Some(_) => (true, true),
    }
}

/// "There is a problem", linking to the field; the shell moves focus there when it is followed.
fn error_summary(c: &PageContext, q: Question, p: Problem, field: &str) -> Markup {
    html! {
        div.error-summary role="alert" tabindex="-1" aria-labelledby="error-summary-title" {
            h2.error-summary__title id="error-summary-title" { (c.text.error_summary_title()) }
            ul.error-summary__list {
                li {
                    a href={ "#" (field) } data-action=(Action::ToField) {
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
        // No autofill: on a shared device it would offer the last person's numbers.
        input.input.input--width-4 id=(key) name=(key) type="text" inputmode="numeric"
            spellcheck="false" autocomplete="off" value=(value)
            aria-invalid=[invalid.then_some("true")]
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
fn text_box(
    id: &str,
    label: Markup,
    width: &str,
    mode: &str,
    value: &str,
    invalid: bool,
) -> Markup {
    html! {
        label.label for=(id) { (label) }
        // No autofill: on a shared device it would offer the last person's numbers.
        input class=(width) id=(id) name=(id) type="text" inputmode=(mode) spellcheck="false"
            autocomplete="off" value=(value) aria-invalid=[invalid.then_some("true")];
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
        html! { (t.hours_label()) },
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

/// A month box and a year box, revealed under the choice with the id `chooses`, whose words
/// `choice` end each box's name for a screen reader (a page may have two pairs). Typing in them
/// chooses it (app/events.rs): the boxes are on screen whatever is chosen, and a month typed under
/// another choice would otherwise be dropped unseen.
fn month_boxes(
    c: &PageContext,
    values: &Values,
    (month_field, year_field): (&str, &str),
    given: Option<YearMonth>,
    (month_wrong, year_wrong): (bool, bool),
    (chooses, choice): (&str, &str),
) -> Markup {
    let t = c.text;
    let month = values.text(month_field, given.map(|g| g.month().to_string()));
    let year = values.text(year_field, given.map(|g| g.year().to_string()));
    let (narrow, wide) = ("input input--width-2", "input input--width-4");
    let named = |label: &str| html! { (label) span.visually-hidden { ", " (choice) } };
    html! {
        div.radios__conditional.date-input data-chooses=(chooses) {
            div.date-input__item {
                (text_box(month_field, named(t.month_label()), narrow, "numeric", &month, month_wrong))
            }
            div.date-input__item {
                (text_box(year_field, named(t.year_label()), wide, "numeric", &year, year_wrong))
            }
        }
    }
}

/// When they could start. On the PQiP routes: the first intake if they apply now, an intake they
/// have already applied for (or hold an offer for), or a later one (policy.md, "Applying takes
/// about six months"). On the others: our estimate, or the month their first step starts.
fn start(c: &PageContext, values: &Values, problem: Option<Problem>) -> Markup {
    let t = c.text;
    let answers = &c.state.parsed.answers;
    let framing = framing(answers);
    let pqip = framing == Framing::Pqip;
    let default = default_start(c.today);
    let given = answers.start;
    let applied = pqip && answers.applied_or_default() && given.is_some();
    // A link's start made explicit on the result page is the first choice still.
    let first = given.is_none() || (given == Some(default) && !applied);
    let key = Question::Start.key();
    let choice = month_choice(c, Question::Start);
    let marks = |on: &str| {
        if choice == on {
            marked(problem)
        } else {
            (false, false)
        }
    };
    let applied_words = t.start_applied();
    html! {
        div.radios {
            (item(
                Kind::Radio,
                (key, "start-0", START_NEXT),
                values.chosen(key, START_NEXT, first),
                &t.start_next(default, framing),
                "",
            ))
            @if pqip {
                (item(
                    Kind::Radio,
                    (key, "start-applied", START_APPLIED),
                    values.chosen(key, START_APPLIED, applied),
                    &applied_words.label,
                    &applied_words.hint,
                ))
                (month_boxes(
                    c,
                    values,
                    (APPLIED_MONTH_FIELD, APPLIED_YEAR_FIELD),
                    given.filter(|_| applied),
                    marks(START_APPLIED),
                    ("start-applied", &applied_words.label),
                ))
            }
            (item(
                Kind::Radio,
                (key, "start-1", START_OTHER),
                values.chosen(key, START_OTHER, !first && !applied),
                t.start_other(framing),
                "",
            ))
            (month_boxes(
                c,
                values,
                (START_MONTH_FIELD, START_YEAR_FIELD),
                given.filter(|_| !first && !applied),
                marks(START_OTHER),
                ("start-1", t.start_other(framing)),
            ))
        }
    }
}

/// When a serving PSO below Level 3 expects to finish the Level 3 Diploma: not sure (our estimate),
/// or a month.
fn diploma(c: &PageContext, values: &Values, problem: Option<Problem>) -> Markup {
    let t = c.text;
    let q = Question::Diploma;
    let key = q.key();
    let given = c.state.parsed.answers.diploma;
    let unsure = t.option(q, DIPLOMA_UNSURE);
    let month = t.option(q, DIPLOMA_MONTH);
    html! {
        div.radios {
            (item(
                Kind::Radio,
                (key, "diploma-0", DIPLOMA_UNSURE),
                values.chosen(key, DIPLOMA_UNSURE, given.is_none()),
                &unsure.label,
                &unsure.hint,
            ))
            (item(
                Kind::Radio,
                (key, "diploma-1", DIPLOMA_MONTH),
                values.chosen(key, DIPLOMA_MONTH, given.is_some()),
                &month.label,
                &month.hint,
            ))
            (month_boxes(
                c,
                values,
                (DIPLOMA_MONTH_FIELD, DIPLOMA_YEAR_FIELD),
                given,
                marked(problem),
                ("diploma-1", &month.label),
            ))
        }
    }
}
