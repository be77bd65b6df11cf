//! The whole journey on the result page: a picture drawn to scale from this month to the month
//! they could qualify, and the same stages as an ordered list with their dates, which is the
//! content for anyone who cannot see the picture (the picture is hidden from assistive
//! technology). The list carries the contract's `data-journey`, `data-stage`, `data-from` and
//! `data-to`; the parts inside the PQiP carry `data-part`, so they are not counted as stages.
//!
//! The picture is an SVG whose user units are months, stretched to the width of the page, so it
//! reads the same at 320px and on a big screen; the CSP forbids inline styles, and SVG
//! attributes are not styles.

use super::calendar;
use super::PageContext;
use crate::rules::journey::{Journey, StageKind};
use crate::rules::YearMonth;
use maud::{html, Markup};

/// The picture's height in its own units; CSS sets the height on screen.
const BAR_HEIGHT: u16 = 10;

/// `university`: name the PQiP's likely university in its stage (the PQiP routes have their own
/// section for it).
/// `internal`: they apply through their line manager, who is the one to confirm the university.
pub(super) fn section(c: &PageContext, j: &Journey, university: bool, internal: bool) -> Markup {
    let t = c.text;
    let now = YearMonth::of(c.today);
    let origin = now.min(j.start());
    let at = |m: YearMonth| u16::try_from(origin.months_until(m)).unwrap_or(0);
    let total = at(j.qualified).max(1);
    let ics = calendar::ics(j, t, c.today, &super::result::kept_url(c));
    html! {
        section.journey aria-labelledby="journey-heading" {
            h2.heading-m id="journey-heading" { (t.journey_heading()) }
            p { (t.journey_intro(j.applied)) }
            div.journey__picture aria-hidden="true" {
                svg.journey__bar viewBox={ "0 0 " (total) " " (BAR_HEIGHT) }
                    preserveAspectRatio="none" focusable="false" {
                    @for s in j.stages() {
                        rect class={ "journey__seg journey__seg--" (s.kind.slug()) }
                            x=(at(s.from)) y="0" width=(s.months()) height=(BAR_HEIGHT) {}
                        line.journey__tick x1=(at(s.from)) x2=(at(s.from)) y1="0"
                            y2=(BAR_HEIGHT) vector-effect="non-scaling-stroke" {}
                    }
                    @for p in j.pqip_parts().skip(1) {
                        line.journey__tick.journey__tick--part x1=(at(p.from)) x2=(at(p.from))
                            y1="0" y2=(BAR_HEIGHT) vector-effect="non-scaling-stroke" {}
                    }
                }
                div.journey__ends {
                    span { (t.journey_today()) ": " (t.month(now)) }
                    span { (t.journey_qualified()) ": " (t.month(j.qualified)) }
                }
            }
            ol.journey__stages data-journey="" {
                @for s in j.stages() {
                    li.journey__stage data-stage=(s.kind.slug()) data-from=(s.from)
                        data-to=(s.to) {
                        span class={ "journey__key journey__seg--" (s.kind.slug()) }
                            aria-hidden="true" {}
                        strong { (t.stage_name(s.kind, j)) }
                        br;
                        (t.stage_months(s.kind, s.months())) ", " (t.span(s.from, s.to))
                        @if s.kind == StageKind::Pqip {
                            @if let Some(u) = j.university.filter(|_| university) {
                                br;
                                (t.pqip_university_label()) ": " (t.university_name(u))
                                br;
                                span.hint { (t.university_caveat(internal)) }
                            }
                            ol.journey__parts {
                                @for p in j.pqip_parts() {
                                    li data-part=(p.kind.slug()) data-from=(p.from) data-to=(p.to) {
                                        (t.part_name(p.kind)) ": " (t.months_count(p.months()))
                                        ", " (t.span(p.from, p.to))
                                    }
                                }
                            }
                        }
                    }
                }
            }
            // A file saved on an adviser's shared tablet would be no use to the student: they
            // take the result away by its QR code instead.
            @if !c.state.settings.kiosk {
                (calendar_link(c, &ics))
            }
        }
    }
}

fn calendar_link(c: &PageContext, ics: &str) -> Markup {
    let t = c.text;
    html! {
            div.no-print {
                a.button.button--secondary download=(calendar::FILE_NAME)
                    href=(calendar::data_url(ics)) { (t.calendar_button()) }
                p.hint { (t.calendar_hint()) }
            }
    }
}
