//! The pages as markup, natively: every page has its heading in both languages, the error summary
//! links to a field that exists, values from links are escaped, and a form sent with a problem
//! comes back with what the person typed.

use chrono::NaiveDate;
use probation_route_finder::nav::{resolve, Page, State};
use probation_route_finder::rules::advice::{advise, Headline};
use probation_route_finder::rules::assess::default_start;
use probation_route_finder::rules::flow::{framing, Framing};
use probation_route_finder::rules::{assess, Problem, Question};
use probation_route_finder::text::{messages, Lang};
use probation_route_finder::view::{
    self, first_field, read_answer, send, Action, Form, PageContext, Sent, Submitted,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

fn render(state: &State, lang: Lang, submitted: Option<&Submitted>) -> String {
    let outcome = (state.page == Page::Result).then(|| assess(&state.parsed.answers, today()));
    view::app(&PageContext {
        state,
        outcome: outcome.as_ref(),
        text: messages(lang),
        today: today(),
        submitted,
        base_url: "https://example.test/",
    })
}

fn page(fragment: &str, lang: Lang) -> String {
    render(&resolve(fragment, today()), lang, None)
}

fn asking(q: Question) -> State {
    asking_with(q, "")
}

fn asking_with(q: Question, fragment: &str) -> State {
    let mut state = resolve(fragment, today());
    state.page = Page::Ask(q);
    state
}

/// The escaped form of `s`, as the page must show it.
fn escaped(s: &str) -> String {
    maud::html! { (s) }.into_string()
}

const FULL: &str = "level=5&done=crime,cjs,penal&exp=yes&job=none&region=london&start=2027-07";

#[test]
fn every_page_has_its_heading_in_both_languages() {
    for lang in Lang::ALL {
        let t = messages(lang);
        let mut pages: Vec<(State, String)> = vec![
            (resolve("", today()), t.start_heading().into()),
            (resolve("page=privacy", today()), t.privacy_heading().into()),
            (
                resolve(&format!("page=check&{FULL}"), today()),
                t.check_heading().into(),
            ),
        ];
        for q in Question::ALL {
            let state = asking(q);
            let title = t.question_for(q, framing(&state.parsed.answers)).title;
            pages.push((state, title));
        }
        for (state, heading) in pages {
            let html = render(&state, lang, None);
            assert_eq!(html.matches("<h1").count(), 1, "{:?}: one h1", state.page);
            assert!(
                html.contains(&escaped(&heading)),
                "{:?} in {lang:?}: heading",
                state.page
            );
            assert!(
                html.contains(&escaped(t.service_name())),
                "{:?}: service name",
                state.page
            );
        }
        let result = page(FULL, lang);
        assert!(result.contains(&escaped(t.headline(Headline::Pqip))));
    }
}

#[test]
fn the_result_page_carries_the_contract_attributes_and_no_other_page_does() {
    let html = page(FULL, Lang::En);
    for attr in [
        "data-outcome=\"\"",
        "data-route=\"pqip-15\"",
        "data-entry=\"national\"",
        "data-months=\"15\"",
        "data-conditional=\"\"",
        "data-university=\"",
        "data-finish=\"2028-10\"",
    ] {
        assert!(html.contains(attr), "missing {attr}");
    }
    assert!(!page("level=5", Lang::En).contains("data-route"));
    assert!(!page(&format!("page=check&{FULL}"), Lang::En).contains("data-outcome"));
}

#[test]
fn the_error_summary_links_to_a_field_on_the_page() {
    for q in Question::ALL {
        let sent = Submitted {
            question: q,
            problem: Problem::Empty,
            form: Form::default(),
        };
        let html = render(&asking(q), Lang::En, Some(&sent));
        let field = first_field(q);
        assert!(html.contains("class=\"error-summary\""), "{q:?}: summary");
        assert!(html.contains(&format!("href=\"#{field}\"")), "{q:?}: link");
        assert!(
            html.contains(&format!("id=\"{field}\"")),
            "{q:?}: no field {field}"
        );
        assert!(html.contains("form-group--error"), "{q:?}: group marked");
    }
}

#[test]
fn values_from_a_link_are_escaped() {
    let html = page(
        "service=%3Cscript%3Ealert(1)%3C%2Fscript%3E&job=pso",
        Lang::En,
    );
    assert!(!html.contains("<script"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the bad value is shown, escaped: {html}"
    );
    // In an attribute (the text box's value), a quote cannot end the attribute either.
    let quoted = page("service=%22%3E%3Cimg%20src%3Dx%3E&job=pso", Lang::En);
    assert!(!quoted.contains("\"><img"), "{quoted}");
    assert!(
        quoted.contains("value=\"&quot;&gt;&lt;img src=x&gt;\""),
        "{quoted}"
    );
    // `&` is escaped too; `'` need not be, as every value is in double quotes.
    let amp = page("service=a%26quot%3B%27%20onfocus%3D%27x&job=pso", Lang::En);
    assert!(amp.contains("value=\"a&amp;quot;' onfocus='x\""), "{amp}");
}

#[test]
fn a_form_sent_with_a_problem_comes_back_as_typed() {
    let form = Form(vec![
        ("hours".into(), "part".into()),
        ("hours-part".into(), "40".into()),
    ]);
    let problem = match read_answer(Question::Hours, &form, today()) {
        Ok(Some(v)) => {
            let mut answers = resolve("", today()).parsed.answers;
            answers
                .set(Question::Hours, &v, today())
                .expect_err("40 hours is not part-time")
        }
        other => panic!("hours form read as {other:?}"),
    };
    let sent = Submitted {
        question: Question::Hours,
        problem,
        form,
    };
    let html = render(&asking(Question::Hours), Lang::En, Some(&sent));
    assert!(html.contains("value=\"40\""), "typed hours kept");
    assert!(html.contains("id=\"hours-1\" name=\"hours\" type=\"radio\" value=\"part\" checked"));
    assert_eq!(html.matches(" checked").count(), 1, "only the choice sent");
    assert!(html.contains(&escaped(&messages(Lang::En).problem(
        Question::Hours,
        problem,
        None
    ))));
}

#[test]
fn forms_read_into_answers() {
    let form = |pairs: &[(&str, &str)]| {
        Form(
            pairs
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        )
    };
    assert_eq!(
        read_answer(Question::Level, &form(&[("level", " 6 ")]), today()),
        Ok(Some("6".into()))
    );
    assert_eq!(
        read_answer(Question::Done, &form(&[]), today()),
        Err(Problem::Empty)
    );
    assert_eq!(
        read_answer(
            Question::Done,
            &form(&[("done", "crime"), ("done", "cjs")]),
            today()
        ),
        Ok(Some("crime,cjs".into()))
    );
    assert_eq!(
        read_answer(Question::Done, &form(&[("done", "none")]), today()),
        Ok(Some("".into()))
    );
    assert_eq!(
        read_answer(Question::Hours, &form(&[]), today()),
        Err(Problem::Empty)
    );
    assert_eq!(
        read_answer(Question::Hours, &form(&[("hours", "37")]), today()),
        Ok(Some("37".into()))
    );
    assert_eq!(
        read_answer(Question::Start, &form(&[("start", "next")]), today()),
        Ok(None)
    );
    assert_eq!(
        read_answer(
            Question::Start,
            &form(&[
                ("start", "other"),
                ("start-month", "3"),
                ("start-year", "2027")
            ]),
            today()
        ),
        Ok(Some("2027-03".into()))
    );
    assert_eq!(
        read_answer(Question::Start, &form(&[]), today()),
        Err(Problem::Empty)
    );
}

#[test]
fn answers_already_given_are_shown_chosen() {
    let html = page("page=level&level=5", Lang::En);
    assert!(html.contains("value=\"5\" checked"));
    let done = render(
        &asking_with(Question::Done, "level=5&done=crime,cjs"),
        Lang::En,
        None,
    );
    assert_eq!(
        done.matches(" checked").count(),
        2,
        "two modules chosen: {done}"
    );
}

#[test]
fn kiosk_results_carry_a_qr_code_and_a_start_again_button() {
    let html = page(&format!("mode=kiosk&{FULL}"), Lang::En);
    assert!(html.contains("class=\"qr\""));
    assert!(html.contains("data-action=\"restart\""));
    // The code is in a control with Start again, before the result (in the sticky header, or the
    // sticky bar inside a frame), so an adviser finds it at once; once only.
    for kiosk in [
        html.clone(),
        page(&format!("mode=kiosk&embed=1&{FULL}"), Lang::Cy),
    ] {
        let control = kiosk
            .find("class=\"kiosk-qr no-print\"")
            .expect("the control");
        assert!(control < kiosk.find("<main").expect("main"), "{kiosk}");
        assert_eq!(kiosk.matches("class=\"qr\"").count(), 1);
    }
    // Only on the result.
    assert!(!page("mode=kiosk&page=level", Lang::En).contains("kiosk-qr"));
    // Elsewhere the code is behind a control, closed.
    let plain = page(FULL, Lang::En);
    let control = "<details class=\"details no-print\" data-qr><summary";
    assert!(plain.contains(control), "{plain}");
    assert!(plain.contains("Show a QR code to open this on your phone"));
    assert_eq!(plain.matches("class=\"qr\"").count(), 1);
}

/// Neither mode draws the code: index.html's first script does, with the QR encoder's own wasm
/// (src/qr.rs), into the element that names the link, the first time its control is opened. The
/// link is the result's kept link in both; the message for a failed load is there, hidden.
#[test]
fn the_qr_code_is_drawn_only_when_asked_for_from_the_link_its_figure_names() {
    for lang in Lang::ALL {
        let lang_part = if lang == Lang::En { "" } else { "lang=cy&" };
        let plain = page(&format!("{lang_part}{FULL}"), lang);
        let kiosk = page(&format!("mode=kiosk&{lang_part}{FULL}"), lang);
        for html in [&plain, &kiosk] {
            assert!(!html.contains("<svg xmlns"), "{html}");
            let link = qr_link(html);
            assert!(
                link.starts_with("https://example.test/#page=result&"),
                "{link}"
            );
            assert!(link.contains("&on="), "{link}");
            assert!(html.contains(messages(lang).qr_caption()));
            let failed = format!(
                "<p class=\"qr__failed\" hidden>{}</p>",
                escaped(messages(lang).qr_failed())
            );
            assert!(html.contains(&failed), "{html}");
        }
        assert_eq!(qr_link(&plain), qr_link(&kiosk), "{lang:?}");
    }
}

#[test]
fn the_qr_code_keeps_the_language_on_screen_and_nothing_else() {
    let welsh = page(&format!("mode=kiosk&embed=1&brand=5b2d86&{FULL}"), Lang::Cy);
    let english = page(&format!("mode=kiosk&{FULL}"), Lang::En);
    assert!(qr_link(&welsh).contains("lang=cy"), "{}", qr_link(&welsh));
    assert!(
        !qr_link(&english).contains("lang="),
        "{}",
        qr_link(&english)
    );
    for setting in ["mode=", "embed=", "brand="] {
        assert!(!qr_link(&welsh).contains(setting), "{}", qr_link(&welsh));
    }
    assert_eq!(
        qr_link(&welsh),
        qr_link(&page(&format!("mode=kiosk&lang=cy&{FULL}"), Lang::Cy))
    );
}

/// The link a QR figure names, unescaped.
fn qr_link(html: &str) -> String {
    let start = html.find("data-qr-link=\"").map_or(0, |s| s + 14);
    let end = html[start..].find('"').map_or(html.len(), |e| start + e);
    html[start..end].replace("&amp;", "&")
}

#[test]
fn privacy_keeps_the_answers_and_returns_to_the_page_it_came_from() {
    let html = page("page=overseas&mode=kiosk&level=5", Lang::En);
    assert!(
        html.contains("href=\"#page=privacy&amp;mode=kiosk&amp;level=5&amp;from=overseas\""),
        "{html}"
    );
    let privacy = page("page=privacy&mode=kiosk&level=5&from=overseas", Lang::En);
    assert!(
        privacy.contains("href=\"#page=overseas&amp;mode=kiosk&amp;level=5\" class=\"back-link\""),
        "{privacy}"
    );
    // Its own privacy link keeps where to go back to.
    assert!(privacy.contains("from=overseas\">Privacy"), "{privacy}");
}

#[test]
fn embed_settings_mistakes_show_a_notice_only_in_preview_and_the_promise_fits_a_frame() {
    for lang in Lang::ALL {
        let t = messages(lang);
        // A visitor: no notice, whatever the mistakes.
        let visitor = page(
            "embed=1&setup=region,contrast,mode&preset-region=Atlantis",
            lang,
        );
        assert!(!visitor.contains("setup-notice"), "{visitor}");
        assert!(!visitor.contains(t.setup_notice_title()));
        // The editor, in preview: each mistake and what is used instead.
        let html = page("embed=1&preview=1&setup=region,contrast,mode", lang);
        assert!(html.contains("role=\"region\" aria-labelledby=\"setup-notice-title\""));
        assert!(html.contains(t.setup_notice_title()));
        assert!(html.contains("data-region") && html.contains("data-mode"));
        assert!(html.contains("4.5"));
        assert!(html.contains(&escaped(t.setup_notice_preview())));
        assert!(!html.contains(&escaped(t.setup_notice_ok())));
        // In preview with nothing wrong, it says so.
        let ok = page("embed=1&preview=1", lang);
        assert!(ok.contains(&escaped(t.setup_notice_ok())), "{ok}");
        assert!(!ok.contains(&escaped(t.setup_notice_intro())));
        assert!(!html.contains("web address") && !html.contains("cyfeiriad gwe"));
    }
    assert!(!page("embed=1", Lang::En).contains("setup-notice"));
    assert!(page("", Lang::En).contains("web address"));
}

#[test]
fn the_printout_starts_with_the_answers_and_the_date() {
    let html = page(FULL, Lang::En);
    let summary = html.find("class=\"print-only\"");
    let panel = html.find("class=\"panel\"");
    assert!(summary.is_some() && summary < panel);
    assert!(html.contains("This result was worked out on 23 November 2026 from these answers."));
}

fn sent(fragment: &str, pairs: &[(&str, &str)]) -> Option<Sent> {
    let form = Form(
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect(),
    );
    send(&resolve(fragment, today()), form, today())
}

#[test]
fn a_sent_form_leads_to_the_next_page_or_back_with_its_problem() {
    let Some(Sent::Go {
        page,
        answers,
        from_check,
        ..
    }) = sent("page=qualified", &[("qualified", "none")])
    else {
        panic!("an answer is taken");
    };
    assert_eq!((page, from_check), (Page::Ask(Question::Level), false));
    assert_eq!(answers.value(Question::Qualified).as_deref(), Some("none"));

    // A change from check your answers goes back there, keeping the other answers.
    let Some(Sent::Go {
        page,
        answers,
        from_check,
        ..
    }) = sent(
        &format!("page=region&from=check&{FULL}"),
        &[("region", "wales")],
    )
    else {
        panic!("a change is taken");
    };
    assert_eq!((page, from_check), (Page::Check, false));
    assert_eq!(answers.value(Question::Region).as_deref(), Some("wales"));
    assert_eq!(answers.value(Question::Level).as_deref(), Some("5"));

    // "The next intake" is the default: the start month is cleared, not written.
    let Some(Sent::Go { answers, .. }) = sent(&format!("page=start&{FULL}"), &[("start", "next")])
    else {
        panic!("the default start is taken");
    };
    assert_eq!(answers.value(Question::Start), None);

    let form = [("hours", "part"), ("hours-part", "40")];
    assert_eq!(
        sent(&format!("page=hours&{FULL}"), &form),
        Some(Sent::Again(Submitted {
            question: Question::Hours,
            problem: Problem::HoursAboveFullTime,
            form: Form(vec![
                ("hours".into(), "part".into()),
                ("hours-part".into(), "40".into())
            ]),
        }))
    );
    // Part time with no hours asks for the hours, not for a choice already made.
    assert!(matches!(
        sent(
            &format!("page=hours&{FULL}"),
            &[("hours", "part"), ("hours-part", " ")]
        ),
        Some(Sent::Again(Submitted {
            problem: Problem::NoPartTimeHours,
            ..
        }))
    ));
    // A decimal comma is taken, and written with a point.
    let Some(Sent::Go { answers, .. }) = sent(
        &format!("page=hours&{FULL}"),
        &[("hours", "part"), ("hours-part", "25,5")],
    ) else {
        panic!("25,5 is taken");
    };
    assert_eq!(answers.value(Question::Hours).as_deref(), Some("25.5"));
    assert!(matches!(
        sent(&format!("page=done&{FULL}"), &[]),
        Some(Sent::Again(Submitted {
            question: Question::Done,
            problem: Problem::Empty,
            ..
        }))
    ));
    // Only a question's page has a form to send.
    assert_eq!(sent(&format!("page=check&{FULL}"), &[]), None);
}

#[test]
fn every_action_is_on_some_page_and_reads_back_from_its_slug() {
    let full = page(&format!("mode=kiosk&{FULL}"), Lang::En);
    let sent = Submitted {
        question: Question::Level,
        problem: Problem::Empty,
        form: Form::default(),
    };
    let problem = render(&asking(Question::Level), Lang::En, Some(&sent));
    let modal = view::idle_modal(messages(Lang::En), 30);
    for action in Action::ALL {
        assert_eq!(Action::from_slug(action.slug()), Some(action));
        let attribute = format!("data-action=\"{}\"", action.slug());
        assert!(
            [&full, &problem, &modal]
                .iter()
                .any(|html| html.contains(&attribute)),
            "no page offers {action:?}"
        );
    }
    assert_eq!(Action::from_slug("nothing"), None);
}

#[test]
fn a_start_month_may_be_typed_as_its_name_in_either_language() {
    let sent = |month: &str| {
        let form = Form(vec![
            ("start".into(), "other".into()),
            ("start-month".into(), month.into()),
            ("start-year".into(), "2027".into()),
        ]);
        read_answer(Question::Start, &form, today())
    };
    assert_eq!(sent("December"), Ok(Some("2027-12".into())));
    assert_eq!(sent("dec"), Ok(Some("2027-12".into())));
    assert_eq!(sent("Rhagfyr"), Ok(Some("2027-12".into())));
    assert_eq!(sent("3"), Ok(Some("2027-03".into())));
    // Not a month: the month box is named, not the year (issue 31, "Month 13").
    assert_eq!(sent("13"), Err(Problem::NotAMonthOfTheYear));
    assert_eq!(sent("Smarch"), Err(Problem::NotAMonthOfTheYear));
    let year = |y: &str| {
        let form = Form(vec![
            ("start".into(), "other".into()),
            ("start-month".into(), "3".into()),
            ("start-year".into(), y.into()),
        ]);
        read_answer(Question::Start, &form, today())
    };
    assert_eq!(year("27"), Err(Problem::NotAYear { example: 2026 }));
    assert_eq!(year(""), Err(Problem::NotAYear { example: 2026 }));
    let mut a = probation_route_finder::rules::Answers::default();
    assert_eq!(
        a.set(Question::Start, "2027-13", today()),
        Err(Problem::NotAMonthOfTheYear)
    );
}

#[test]
fn a_bad_value_from_a_link_is_named_in_its_own_question_s_message_only() {
    let t = messages(Lang::En);
    // Two bad values: the modules question's message names its own (only an unknown module is
    // named back), not the other question's.
    let state = resolve("level=5&done=crime,astrology&region=mars&job=none", today());
    let done = {
        let mut s = state.clone();
        s.page = Page::Ask(Question::Done);
        render(&s, Lang::En, None)
    };
    let named = t.problem(
        Question::Done,
        Problem::UnknownModule,
        Some("crime,astrology"),
    );
    assert_ne!(
        named,
        t.problem(Question::Done, Problem::UnknownModule, None)
    );
    assert!(done.contains(&escaped(&named)), "{done}");
    let other = t.problem(Question::Done, Problem::UnknownModule, Some("mars"));
    assert!(!done.contains(&escaped(&other)), "{done}");
    // A form sent on one question shows no problem on another.
    let sent = Submitted {
        question: Question::Service,
        problem: Problem::Empty,
        form: Form::default(),
    };
    let level = render(&asking(Question::Level), Lang::En, Some(&sent));
    assert!(!level.contains("error-summary"), "{level}");
}

#[test]
fn the_window_title_names_the_page() {
    let at = |page: Page| {
        let mut state = resolve("", today());
        state.page = page;
        state
    };
    for lang in Lang::ALL {
        let t = messages(lang);
        assert_eq!(view::title(t, &at(Page::Start)), t.start_heading());
        assert_eq!(view::title(t, &at(Page::Check)), t.check_heading());
        assert_eq!(view::title(t, &at(Page::Result)), t.result_heading());
        assert_eq!(view::title(t, &at(Page::Privacy)), t.privacy_heading());
        for q in Question::ALL {
            let pso = asking_with(q, "level=2&job=none&exp=no");
            assert_eq!(
                view::title(t, &pso),
                t.question_for(q, Framing::PsoJob).title
            );
        }
    }
}

/// Answers so far for each framing: a PQiP route (Level 5, experience), the CJL access route
/// (Level 3, experience, a relevant vocational qualification), the PSO route (Level 2, none).
const FRAMINGS: [(&str, Framing); 3] = [
    (
        "level=5&exp=yes&job=none&done=crime&region=london",
        Framing::Pqip,
    ),
    (
        "level=3&exp=yes&l3vq=yes&job=none&done=&region=london",
        Framing::CjlAccess,
    ),
    (
        "level=2&exp=no&job=none&done=&region=london",
        Framing::PsoJob,
    ),
];

#[test]
fn the_start_and_hours_questions_are_asked_in_the_terms_of_the_person_s_route() {
    for (fragment, expected) in FRAMINGS {
        let framing = framing(&resolve(fragment, today()).parsed.answers);
        assert_eq!(framing, expected, "{fragment}");
        for lang in Lang::ALL {
            let t = messages(lang);
            let start = render(&asking_with(Question::Start, fragment), lang, None);
            let hours = render(&asking_with(Question::Hours, fragment), lang, None);
            let text = t.question_for(Question::Start, framing);
            assert!(start.contains(&escaped(&text.title)), "{fragment}: {start}");
            assert!(start.contains(&escaped(&text.hint)), "{fragment}: {start}");
            let pqip_start = t.question(Question::Start);
            let pqip_hours = t.question(Question::Hours);
            // The two intakes a year are the PQiP's: said only where the start is the PQiP's.
            assert_eq!(
                start.contains(&escaped(&pqip_start.hint)),
                framing == Framing::Pqip,
                "{fragment}: {start}"
            );
            // Off the PQiP routes, the hours question says they are the PQiP's.
            assert_eq!(
                hours.contains(&escaped(&pqip_hours.title)),
                framing == Framing::Pqip,
                "{fragment}: {hours}"
            );
            assert!(
                hours.contains(&escaped(&t.question_for(Question::Hours, framing).title)),
                "{fragment}: {hours}"
            );
            // Off the PQiP routes the default month is our estimate for someone not sure, not a
            // start the seeds give.
            let next = default_start(today());
            assert!(
                start.contains(&escaped(&t.start_next(next, framing))),
                "{start}"
            );
            assert_eq!(
                start.contains(&escaped(&t.start_next(next, Framing::Pqip))),
                framing == Framing::Pqip,
                "{fragment}: {start}"
            );
            // Everyone's answers page names the questions alike.
            assert_eq!(
                t.question_for(Question::Start, framing).short,
                pqip_start.short
            );
            assert_eq!(
                t.question_for(Question::Hours, framing).short,
                pqip_hours.short
            );
        }
    }
    let en = messages(Lang::En);
    assert!(en
        .question_for(Question::Start, Framing::PsoJob)
        .title
        .contains("work as a Probation Services Officer"));
    assert!(en
        .question_for(Question::Start, Framing::CjlAccess)
        .title
        .contains("access route"));
    assert!(en
        .question_for(Question::Hours, Framing::PsoJob)
        .title
        .contains("PQiP"));
    // The PQiP's start: applying takes about six months, and each campaign names its own start.
    let pqip = en.question(Question::Start);
    assert!(pqip.title.contains("PQiP"), "{}", pqip.title);
    assert!(
        pqip.hint.contains("Applying takes about 6 months"),
        "{}",
        pqip.hint
    );
    assert!(
        pqip.hint.contains("advertises its own start date"),
        "{}",
        pqip.hint
    );
    // Only on the PQiP routes: someone who has applied or holds an offer names their month.
    for (fragment, framing) in FRAMINGS {
        let start = render(&asking_with(Question::Start, fragment), Lang::En, None);
        assert_eq!(
            start.contains("value=\"applied\""),
            framing == Framing::Pqip,
            "{fragment}"
        );
        assert_eq!(
            start.contains(&escaped(&en.start_applied().hint)),
            framing == Framing::Pqip
        );
        // The first choice on the PQiP routes is the first intake after applying.
        assert!(start.contains(&escaped(&en.start_next(default_start(today()), framing))));
    }
    assert!(en
        .start_next(default_start(today()), Framing::Pqip)
        .contains("July 2027"));
    assert!(en
        .start_next(default_start(today()), Framing::PsoJob)
        .starts_with("Not sure: count from "));
    assert!(en
        .question_for(Question::Start, Framing::PsoJob)
        .hint
        .contains("our estimate"));
}

#[test]
fn start_again_goes_home_with_the_display_settings() {
    let plain = page(FULL, Lang::En);
    // The shell hears it as "Start again" (app/history.rs); the address is for a new tab.
    assert!(
        plain.contains("<a href=\"#\" class=\"link\" data-action=\"restart\">"),
        "{plain}"
    );
    let embedded = page(&format!("{FULL}&embed=1&home=question"), Lang::En);
    assert!(
        embedded.contains(
            "<a href=\"#page=qualified&amp;embed=1&amp;home=question\" class=\"link\" data-action=\"restart\">"
        ),
        "{embedded}"
    );
}

#[test]
fn the_result_page_shows_every_reason_change_note_step_and_contact_of_its_outcome() {
    for fragment in [
        FULL,
        "level=5&done=crime&doing=cjs&exp=yes&job=none&region=london&hours=22.5&start=2027-03",
        "level=3&overseas=yes&exp=yes&l3vq=yes&job=none&region=wales&hours=25",
        "level=2&job=pso&service=3&region=north-east",
        "level=4&exp=no&job=moj&credits5=no&qualified=sw&qualyear=2010",
    ] {
        let state = resolve(fragment, today());
        assert_eq!(state.page, Page::Result, "{fragment}");
        let o = assess(&state.parsed.answers, today());
        let advice = advise(&state.parsed.answers, &o, today());
        assert!(!o.notes.is_empty() && !o.reasons.is_empty(), "{fragment}");
        assert!(!advice.ask.is_empty() && !advice.steps.is_empty());
        for lang in Lang::ALL {
            let t = messages(lang);
            let html = render(&state, lang, None);
            let texts = o.reasons.iter().map(|r| t.reason(r));
            let texts = texts.chain(o.changes.iter().map(|c| t.change_text(c)));
            let texts = texts.chain(advice.steps.iter().map(|s| t.step(*s)));
            let texts = texts.chain(advice.ask.iter().map(|a| t.ask_label(a)));
            for text in texts.chain(o.notes.iter().map(|n| t.note(n))) {
                assert!(
                    html.contains(&escaped(&text)),
                    "{fragment} ({lang:?}): {text}"
                );
            }
        }
    }
}

/// The values of every `attribute="…"` on the page, in order.
fn attribute_values<'a>(html: &'a str, attribute: &str) -> Vec<&'a str> {
    let start = format!(" {attribute}=\"");
    html.split(&start)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

#[test]
fn hints_and_errors_are_shown_and_tied_to_their_fields() {
    for lang in Lang::ALL {
        let t = messages(lang);
        for q in Question::ALL {
            let key = q.key();
            let words = t.question_for(q, framing(&asking(q).parsed.answers));
            for problem in [None, Some(Problem::Empty)] {
                let sent = problem.map(|problem| Submitted {
                    question: q,
                    problem,
                    form: Form::default(),
                });
                let html = render(&asking(q), lang, sent.as_ref());
                let described = attribute_values(&html, "aria-describedby");
                for value in &described {
                    assert!(!value.trim().is_empty(), "{q:?}: an empty aria-describedby");
                    for id in value.split(' ') {
                        assert!(html.contains(&format!(" id=\"{id}\"")), "{q:?}: no {id}");
                    }
                }
                let names = |id: &str| described.iter().any(|v| v.split(' ').any(|x| x == id));
                if !words.hint.is_empty() {
                    assert!(html.contains(&escaped(&words.hint)), "{q:?}: hint shown");
                    assert!(names(&format!("{key}-hint")), "{q:?}: hint tied");
                }
                if problem.is_some() {
                    assert!(names(&format!("{key}-error")), "{q:?}: error tied");
                }
                // The start page offers "I have already applied" on the PQiP routes only
                // (tested with the framings); these pages are off them.
                let offered = |c: &&probation_route_finder::text::Choice| {
                    !(c.hint.is_empty() || q == Question::Start && c.value == "applied")
                };
                for choice in t.choices(q).iter().filter(offered) {
                    assert!(
                        html.contains(&escaped(&choice.hint)),
                        "{q:?}: {}",
                        choice.hint
                    );
                }
            }
        }
    }
}

#[test]
fn a_wrong_start_month_links_to_the_box_it_is_typed_in() {
    let sent = Submitted {
        question: Question::Start,
        problem: Problem::NotAMonth,
        form: Form::default(),
    };
    let html = render(&asking(Question::Start), Lang::En, Some(&sent));
    assert!(html.contains("href=\"#start-month\""), "{html}");
}

#[test]
fn hours_from_a_link_fill_the_part_time_box_only_when_part_time() {
    let part = render(
        &asking_with(Question::Hours, &format!("{FULL}&hours=25")),
        Lang::En,
        None,
    );
    assert!(part.contains("value=\"part\" checked"), "{part}");
    assert!(part.contains("name=\"hours-part\" type=\"text\" inputmode=\"decimal\" spellcheck=\"false\" autocomplete=\"off\" value=\"25\""), "{part}");
    let full = render(
        &asking_with(Question::Hours, &format!("{FULL}&hours=37")),
        Lang::En,
        None,
    );
    assert!(full.contains("value=\"37\" checked"), "{full}");
    assert!(!full.contains("value=\"part\" checked"), "{full}");
    assert!(full.contains("name=\"hours-part\" type=\"text\" inputmode=\"decimal\" spellcheck=\"false\" autocomplete=\"off\" value=\"\""), "{full}");
}

#[test]
fn the_language_link_leads_to_the_other_language() {
    let english = page(FULL, Lang::En);
    let welsh = page(&format!("lang=cy&{FULL}"), Lang::Cy);
    assert_eq!(attribute_values(&english, "hreflang"), ["cy"]);
    assert_eq!(attribute_values(&welsh, "hreflang"), ["en"]);
}

/// The boxes under "Part time" and "A different month" name the choice that typing into them
/// chooses (app/events.rs), and it is that choice's radio on the page.
#[test]
fn typing_into_a_choice_s_box_names_that_choice() {
    use probation_route_finder::rules::questions::{PART_TIME, START_OTHER};
    for (q, value) in [(Question::Hours, PART_TIME), (Question::Start, START_OTHER)] {
        let html = render(&asking(q), Lang::En, None);
        let chooses = attribute_values(&html, "data-chooses");
        assert_eq!(chooses.len(), 1, "{q:?}: {html}");
        let radio = format!(
            "id=\"{}\" name=\"{}\" type=\"radio\" value=\"{value}\"",
            chooses[0],
            q.key()
        );
        assert!(html.contains(&radio), "{q:?}: {radio} in {html}");
    }
}

/// "Check your answers" names the month the first start choice stands for, in the words of the
/// choice on the start page: never only "the next start" without the month used.
#[test]
fn the_answers_page_names_the_month_a_start_left_to_us_stands_for() {
    let next = default_start(today());
    for (fragment, framing) in FRAMINGS {
        for lang in Lang::ALL {
            let t = messages(lang);
            let check = render(
                &resolve(&format!("page=check&{fragment}&hours=37"), today()),
                lang,
                None,
            );
            assert!(
                check.contains(&escaped(&t.start_next(next, framing))),
                "{fragment}: {check}"
            );
            assert!(check.contains(&escaped(&t.month(next))), "{check}");
        }
    }
}

/// Switching language with an answer typed or chosen but not sent: the link carries the form as
/// it stood (the shell writes it in when the switch is clicked), and the page in the other
/// language shows it, over the answer the link gives, on that question only.
#[test]
fn a_form_unsent_when_the_language_switched_comes_back_as_it_stood() {
    use probation_route_finder::nav::with_typed;
    let form = Form(vec![
        ("hours".into(), "part".into()),
        ("hours-part".into(), "25,5 & #1".into()),
    ]);
    let switch = resolve(&format!("page=hours&{FULL}&hours=37"), today()).link_in(Lang::Cy);
    let link = with_typed(&switch, Question::Hours, &form);
    // Writing it again replaces the form it had.
    let link = with_typed(&link, Question::Hours, &form);
    assert_eq!(link.matches("typed=").count(), 1, "{link}");
    let state = resolve(&link, today());
    assert_eq!(state.page, Page::Ask(Question::Hours));
    assert_eq!(state.settings.lang, Some(Lang::Cy));
    assert_eq!(
        state.parsed.answers.value(Question::Hours).as_deref(),
        Some("37")
    );
    let html = render(&state, Lang::Cy, None);
    assert!(
        html.contains(r#"id="hours-1" name="hours" type="radio" value="part" checked"#),
        "part time stays chosen"
    );
    assert!(
        !html.contains(r#"value="37" checked"#),
        "not the answer given"
    );
    assert!(html.contains(&format!(r#"value="{}""#, escaped("25,5 & #1"))));
    // A choice of radios, and a box, the same way.
    for (q, base, field, shown) in [
        (
            Question::Region,
            FULL,
            ("region", "wales"),
            r#"value="wales" checked"#,
        ),
        (
            Question::Service,
            "level=3&job=pso",
            ("service", "7"),
            r#"value="7""#,
        ),
    ] {
        let form = Form(vec![(field.0.into(), field.1.into())]);
        let state = resolve(
            &with_typed(&format!("page={}&{base}", q.key()), q, &form),
            today(),
        );
        assert_eq!(state.page, Page::Ask(q));
        assert!(render(&state, Lang::En, None).contains(shown), "{q:?}");
    }
    // Another question's page does not take it.
    let elsewhere = resolve(
        &with_typed(&format!("page=region&{FULL}"), Question::Hours, &form),
        today(),
    );
    assert_eq!(elsewhere.page, Page::Ask(Question::Region));
    assert!(!render(&elsewhere, Lang::En, None).contains("25,5"));
}

/// Inside a partner's page the address bar holds the partner's address, not the answers: the
/// privacy page says so there, and keeps its own words elsewhere (a new editor's trial found the
/// page telling visitors their answers were in "the web address of this page", December 2026).
#[test]
fn the_privacy_page_inside_a_frame_says_where_the_answers_are_there() {
    for lang in Lang::ALL {
        let lang_part = if lang == Lang::En { "" } else { "lang=cy&" };
        let m = messages(lang);
        let plain = page(&format!("{lang_part}page=privacy"), lang);
        let framed = page(&format!("{lang_part}embed=1&page=privacy"), lang);
        for (html, own, other) in [
            (
                &plain,
                m.privacy_paragraphs(false),
                m.privacy_paragraphs(true),
            ),
            (
                &framed,
                m.privacy_paragraphs(true),
                m.privacy_paragraphs(false),
            ),
        ] {
            for p in own {
                assert!(html.contains(&escaped(p)), "{lang:?}: {p}");
            }
            for p in other.iter().filter(|p| !own.contains(p)) {
                assert!(!html.contains(&escaped(p)), "{lang:?}: {p}");
            }
        }
        assert_ne!(m.privacy_paragraphs(false), m.privacy_paragraphs(true));
    }
}

/// A fresh reader (December 2026): modules studied before a PSO job that starts later were
/// labelled as "carried on alongside your PSO job" from today.
#[test]
fn a_modules_stage_before_a_later_pso_job_says_it_comes_first() {
    for lang in Lang::ALL {
        let html = page(
            "page=result&level=5&exp=no&job=moj&credits5=no&region=london",
            lang,
        );
        let before = match lang {
            Lang::En => "Studying knowledge modules, before your PSO job starts",
            Lang::Cy => "Astudio modiwlau gwybodaeth, cyn i'ch swydd PSO ddechrau",
        };
        assert!(html.contains(before), "{lang:?}: {html}");
    }
}
