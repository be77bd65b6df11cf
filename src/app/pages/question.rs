use crate::app::components::ErrorSummary;
use crate::app::{focus, Ctx};
use crate::nav;
use crate::rules::answers::{Answers, Modules};
use crate::rules::assess::default_start;
use crate::rules::policy::Module;
use crate::rules::{Problem, Question};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{FormData, HtmlFormElement};

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

/// The id of the first field of a question, which the error summary links to.
fn first_field(q: Question) -> String {
    match control(q) {
        Control::Number => q.key().to_string(),
        Control::Start => "start-month".to_string(),
        Control::Radios | Control::Modules | Control::Hours => format!("{}-0", q.key()),
    }
}

fn text_of(data: &FormData, name: &str) -> String {
    data.get(name)
        .as_string()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// The answer the form gives, as a fragment value; `Ok(None)` means "use the default".
fn read(q: Question, data: &FormData) -> Result<Option<String>, Problem> {
    let value = text_of(data, q.key());
    match control(q) {
        Control::Radios | Control::Number => Ok(Some(value)),
        Control::Modules => {
            let picked: Vec<String> = data
                .get_all(q.key())
                .iter()
                .filter_map(|v| v.as_string())
                .collect();
            if picked.is_empty() {
                return Err(Problem::Empty);
            }
            let modules: Vec<&str> = picked
                .iter()
                .map(String::as_str)
                .filter(|v| *v != "none")
                .collect();
            Ok(Some(modules.join(",")))
        }
        Control::Hours => match value.as_str() {
            "" => Err(Problem::Empty),
            "part" => Ok(Some(text_of(data, "hours-part"))),
            other => Ok(Some(other.to_string())),
        },
        Control::Start => match value.as_str() {
            "next" => Ok(None),
            "other" => {
                let (month, year) = (text_of(data, "start-month"), text_of(data, "start-year"));
                Ok(Some(format!("{year}-{month:0>2}")))
            }
            _ => Err(Problem::Empty),
        },
    }
}

/// One question on its own page: heading, hint, the choices, Continue.
#[component]
pub fn QuestionPage(ctx: Ctx, question: Question) -> impl IntoView {
    let t = ctx.text;
    let state = ctx.state.get_untracked();
    let answers = state.parsed.answers.clone();
    let error = RwSignal::new(state.parsed.error_for(question));
    let from_check = state.from_check;
    let words = t.question(question);
    let key = question.key();

    let submit_answers = answers.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let data = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
            .and_then(|form| FormData::new_with_form(&form).ok());
        let Some(data) = data else { return };
        let mut next_answers = submit_answers.clone();
        let result = read(question, &data).and_then(|value| match value {
            Some(v) => next_answers.set(question, &v, ctx.today),
            None => {
                next_answers.clear(question);
                Ok(())
            }
        });
        match result {
            Ok(()) => {
                let (page, from) = nav::after_answer(question, &next_answers, from_check);
                ctx.go(page, &next_answers, from);
            }
            Err(problem) => {
                error.set(Some(problem));
                let title = t.page_title(words.title, true);
                gloo::utils::document().set_title(&title);
                focus(".error-summary");
            }
        }
    };

    let error_id = format!("{key}-error");
    let described = move || {
        let mut ids = Vec::new();
        if !words.hint.is_empty() {
            ids.push(format!("{key}-hint"));
        }
        if error.get().is_some() {
            ids.push(format!("{key}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let fields = fields(ctx, question, &answers, error);
    let details = t.details(question).map(|(summary, lines)| {
        view! {
            <details class="details">
                <summary class="details__summary"><span class="details__summary-text">{summary}</span></summary>
                <div class="details__text">
                    {lines.iter().map(|l| view! { <p>{*l}</p> }).collect_view()}
                </div>
            </details>
        }
    });
    let error_line = move || {
        error.get().map(|p| {
            view! {
                <p class="error-message" id=error_id.clone()>
                    <span class="visually-hidden">{t.error_prefix()}" "</span>{t.problem(question, p)}
                </p>
            }
        })
    };
    let hint = (!words.hint.is_empty())
        .then(|| view! { <div class="hint" id=format!("{key}-hint")>{words.hint}</div> });
    let group_class = move || {
        if error.get().is_some() {
            "form-group form-group--error"
        } else {
            "form-group"
        }
    };
    // A single text box is labelled by the heading itself; choices sit in a fieldset whose legend
    // is the heading (the GOV.UK patterns).
    let group = if control(question) == Control::Number {
        view! {
            <div class=group_class>
                <h1 class="label-wrapper" tabindex="-1">
                    <label class="label label--l" for=key>{words.title}</label>
                </h1>
                {hint}
                {error_line}
                {fields}
            </div>
        }
        .into_any()
    } else {
        view! {
            <div class=group_class>
                <fieldset class="fieldset" aria-describedby=described>
                    <legend class="fieldset__legend fieldset__legend--l">
                        <h1 class="fieldset__heading" tabindex="-1">{words.title}</h1>
                    </legend>
                    {hint}
                    {error_line}
                    {fields}
                </fieldset>
            </div>
        }
        .into_any()
    };
    view! {
        {move || error.get().map(|problem| view! {
            <ErrorSummary ctx=ctx question=question problem=problem field=first_field(question)/>
        })}
        <form novalidate on:submit=on_submit>
            {group}
            {details}
            <button type="submit" class="button" data-module="button">{t.continue_button()}</button>
        </form>
    }
}

/// The inputs of one question, filled in with the answer already given.
fn fields(ctx: Ctx, q: Question, answers: &Answers, error: RwSignal<Option<Problem>>) -> AnyView {
    let t = ctx.text;
    let key = q.key();
    let current = answers.value(q);
    let invalid = move || error.get().is_some().then_some("true");
    match control(q) {
        Control::Radios => {
            let small = t.choices(q).len() <= 2;
            let class = if small {
                "radios radios--inline"
            } else {
                "radios"
            };
            view! {
                <div class=class>
                    {t.choices(q).iter().enumerate().map(|(i, c)| {
                        let id = format!("{key}-{i}");
                        let hint_id = format!("{id}-hint");
                        let checked = current.as_deref() == Some(c.value);
                        view! {
                            <div class="radios__item">
                                <input class="radios__input" id=id.clone() name=key type="radio" value=c.value prop:checked=checked
                                    aria-describedby=(!c.hint.is_empty()).then(|| hint_id.clone())/>
                                <label class="label radios__label" for=id>{c.label}</label>
                                {(!c.hint.is_empty()).then(|| view! { <div class="hint radios__hint" id=hint_id>{c.hint}</div> })}
                            </div>
                        }
                    }).collect_view()}
                </div>
            }.into_any()
        }
        Control::Modules => {
            let given = match q {
                Question::Done => answers.done,
                _ => answers.doing,
            };
            // Only modules not finished can be in progress.
            let finished = if q == Question::Doing {
                answers.done.unwrap_or(Modules::NONE)
            } else {
                Modules::NONE
            };
            let offered: Vec<Module> = Module::ALL
                .into_iter()
                .filter(|m| !finished.contains(*m))
                .collect();
            let none_checked = given.is_some_and(Modules::is_empty);
            let none_id = format!("{key}-none");
            // Choosing "none" clears the modules, and choosing a module clears "none".
            let exclusive = move |ev: leptos::ev::Event| {
                let Some(changed) = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                else {
                    return;
                };
                if !changed.checked() {
                    return;
                }
                let is_none = changed.value() == "none";
                let Some(group) = changed.closest(".checkboxes").ok().flatten() else {
                    return;
                };
                let Ok(boxes) = group.query_selector_all("input[type=checkbox]") else {
                    return;
                };
                for i in 0..boxes.length() {
                    let other = boxes
                        .item(i)
                        .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok());
                    if let Some(other) = other {
                        if (other.value() == "none") != is_none {
                            other.set_checked(false);
                        }
                    }
                }
            };
            view! {
                <div class="checkboxes" on:change=exclusive>
                    {offered.into_iter().enumerate().map(|(i, m)| {
                        let choice = t.choices(q).iter().find(|c| c.value == m.slug()).copied();
                        let id = format!("{key}-{i}");
                        let hint_id = format!("{id}-hint");
                        let checked = given.is_some_and(|g| g.contains(m));
                        let hint = choice.map(|c| c.hint).unwrap_or("");
                        view! {
                            <div class="checkboxes__item">
                                <input class="checkboxes__input" id=id.clone() name=key type="checkbox" value=m.slug() prop:checked=checked
                                    aria-describedby=(!hint.is_empty()).then(|| hint_id.clone())/>
                                <label class="label checkboxes__label" for=id>{t.module_name(m)}</label>
                                {(!hint.is_empty()).then(|| view! { <div class="hint checkboxes__hint" id=hint_id>{hint}</div> })}
                            </div>
                        }
                    }).collect_view()}
                    <div class="checkboxes__divider">{t.or()}</div>
                    <div class="checkboxes__item">
                        <input class="checkboxes__input" id=none_id.clone() name=key type="checkbox" value="none" prop:checked=none_checked/>
                        <label class="label checkboxes__label" for=none_id>{t.none_of_these(q)}</label>
                    </div>
                </div>
            }.into_any()
        }
        Control::Number => {
            let hint = !t.question(q).hint.is_empty();
            let described = move || {
                let mut ids = Vec::new();
                if hint {
                    ids.push(format!("{key}-hint"));
                }
                if error.get().is_some() {
                    ids.push(format!("{key}-error"));
                }
                (!ids.is_empty()).then(|| ids.join(" "))
            };
            view! {
                <input class="input input--width-4" id=key name=key type="text" inputmode="numeric" spellcheck="false"
                    prop:value=current.unwrap_or_default() aria-invalid=invalid aria-describedby=described/>
            }.into_any()
        }
        Control::Hours => {
            let hours = answers.hours;
            let full = hours.is_some_and(|h| h.is_full_time());
            let part = hours.filter(|h| !h.is_full_time());
            let choices = t.choices(q);
            let label = |i: usize| {
                choices
                    .get(i)
                    .map(|c| (c.label, c.hint))
                    .unwrap_or(("", ""))
            };
            view! {
                <div class="radios">
                    <div class="radios__item">
                        <input class="radios__input" id="hours-0" name="hours" type="radio" value="37" prop:checked=full/>
                        <label class="label radios__label" for="hours-0">{label(0).0}</label>
                    </div>
                    <div class="radios__item">
                        <input class="radios__input" id="hours-1" name="hours" type="radio" value="part" prop:checked=part.is_some() aria-describedby="hours-1-hint"/>
                        <label class="label radios__label" for="hours-1">{label(1).0}</label>
                        <div class="hint radios__hint" id="hours-1-hint">{label(1).1}</div>
                    </div>
                    <div class="radios__conditional">
                        <label class="label" for="hours-part">{t.hours_label()}</label>
                        <input class="input input--width-4" id="hours-part" name="hours-part" type="text" inputmode="decimal"
                            spellcheck="false" prop:value=part.map(|h| h.to_string()).unwrap_or_default() aria-invalid=invalid/>
                    </div>
                </div>
            }.into_any()
        }
        Control::Start => {
            let next = default_start(ctx.today);
            let given = answers.start;
            let next_label = t.start_next(next);
            view! {
                <div class="radios">
                    <div class="radios__item">
                        <input class="radios__input" id="start-0" name="start" type="radio" value="next" prop:checked=given.is_none()/>
                        <label class="label radios__label" for="start-0">{next_label}</label>
                    </div>
                    <div class="radios__item">
                        <input class="radios__input" id="start-1" name="start" type="radio" value="other" prop:checked=given.is_some()/>
                        <label class="label radios__label" for="start-1">{t.start_other()}</label>
                    </div>
                    <div class="radios__conditional date-input">
                        <div class="date-input__item">
                            <label class="label" for="start-month">{t.month_label()}</label>
                            <input class="input input--width-2" id="start-month" name="start-month" type="text" inputmode="numeric"
                                prop:value=given.map(|g| g.month().to_string()).unwrap_or_default() aria-invalid=invalid/>
                        </div>
                        <div class="date-input__item">
                            <label class="label" for="start-year">{t.year_label()}</label>
                            <input class="input input--width-4" id="start-year" name="start-year" type="text" inputmode="numeric"
                                prop:value=given.map(|g| g.year().to_string()).unwrap_or_default() aria-invalid=invalid/>
                        </div>
                    </div>
                </div>
            }.into_any()
        }
    }
}
