//! Results by area (a chart, the same figures in a table, findings) and the action plan.

use super::labels::*;
use super::plan::ActionPlan;
use super::state::{use_assess, Assess};
use crate::engine::assessment::{area_progress, unsupported, AreaSummary, Status};
use crate::engine::model::keys;
use crate::shared::i18n::{use_i18n, I18n};
use leptos::prelude::*;

/// A part of an area's bar: an answer on the scale, a policy option not taken, or no answer.
#[derive(Clone, Copy, PartialEq)]
enum Segment {
    Answer(Status),
    OptionNotTaken,
    Open,
}

/// The parts of the chart in order, with their colours.
const SEGMENTS: [(Segment, &str); 7] = [
    (Segment::Answer(Status::Yes), "seg-yes"),
    (Segment::Answer(Status::Partly), "seg-partly"),
    (Segment::Answer(Status::No), "seg-no"),
    (Segment::OptionNotTaken, "seg-option"),
    (Segment::Answer(Status::DontKnow), "seg-unknown"),
    (Segment::Answer(Status::NotApplicable), "seg-na"),
    (Segment::Open, "seg-open"),
];

/// A segment's name: its answer on the scale, "option not taken" or "not answered".
fn segment_label(assess: &Assess, segment: Segment) -> String {
    match segment {
        Segment::Answer(s) => scale_label(assess, s),
        Segment::OptionNotTaken => use_i18n().t("assessment.option_not_taken"),
        Segment::Open => use_i18n().t("assessment.unanswered"),
    }
}

fn segment_count(s: &AreaSummary, segment: Segment) -> usize {
    match segment {
        Segment::Answer(st) => s.count(st),
        Segment::OptionNotTaken => s.options_not_taken,
        Segment::Open => s.unanswered,
    }
}

/// The segments this questionnaire can have: "option not taken" only where a question is an
/// option.
fn segments(assess: &Assess) -> Vec<(Segment, &'static str)> {
    let options = assess
        .questionnaire
        .with_value(|q| q.items().any(|i| i.is_option()));
    SEGMENTS
        .into_iter()
        .filter(|(s, _)| options || *s != Segment::OptionNotTaken)
        .collect()
}

/// Results by area: a chart (with the same figures in a table) and a plain summary, then the plan.
#[component]
pub fn Results() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="results-heading">
            <h2 id="results-heading">{i18n.text("assessment.results")}</h2>
            <p>{i18n.text("assessment.profile_not_rank")}</p>
            <Profile />
        </section>
    }
}

/// What the results screen and the printed report both show: the limits, the chart, the table,
/// the findings, the answers without evidence and the plan.
#[component]
pub(super) fn Profile() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="limits">{i18n.text("report.limits")}</p>
        <AreaChart />
        <AreaTable />
        <Findings />
        <UnsupportedAnswers />
        <ActionPlan />
    }
}

/// The counts of one dimension in words, without the zeros: "3 met, 2 partly met, 1 not known".
fn counts_in_words(s: &AreaSummary, i18n: &I18n) -> String {
    if !s.is_assessed() {
        return i18n.t("assessment.not_assessed");
    }
    let clauses = [
        (s.count(Status::Yes), "report.met"),
        (s.count(Status::Partly), "report.partly_met"),
        (s.count(Status::No), "report.not_met"),
        (s.options_not_taken, "report.options_not_taken"),
        (s.count(Status::DontKnow), "report.not_known"),
        (s.count(Status::NotApplicable), "report.not_applicable"),
        (s.unanswered, "report.not_answered"),
    ];
    clauses
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, key)| i18n.count(key, "count", *n as f64, &[]))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Each area in scope in plain sentences: how many questions, then each dimension's answers.
#[component]
fn Findings() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let areas = move || {
        let all = summaries(&assess);
        assess
            .questionnaire
            .with_value(|q| assess.file.with(|f| area_progress(q, f)))
            .into_iter()
            .filter(|p| p.in_scope)
            .map(|p| {
                let rows: Vec<AreaSummary> =
                    all.iter().filter(|s| s.area == p.area).cloned().collect();
                (p, rows)
            })
            .collect::<Vec<_>>()
    };
    view! {
        <h2>{i18n.text("report.findings")}</h2>
        {move || areas().into_iter().map(|(progress, rows)| view! {
            <h3>{assess.text(&keys::page_title(&progress.area))}</h3>
            <p>
                {i18n.count("report.questions_in_area", "count", progress.questions as f64, &[])}
                {rows.into_iter().map(|s| {
                    let line = i18n.fill("report.dimension_findings", &[
                        ("dimension", i18n.t(dimension_key(s.dimension))),
                        ("counts", counts_in_words(&s, &i18n)),
                    ]);
                    view! { " "{line} }
                }).collect_view()}
            </p>
        }).collect_view()}
    }
}

/// The answers that claim something without evidence: "yes", "partly", "not applicable".
#[component]
fn UnsupportedAnswers() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let list = move || {
        assess
            .questionnaire
            .with_value(|q| assess.file.with(|f| unsupported(q, f)))
    };
    view! {
        <section aria-labelledby="unsupported-heading" class="unsupported">
            <h2 id="unsupported-heading">{i18n.text("evidence.unsupported_heading")}</h2>
            {move || {
                let list = list();
                if list.is_empty() {
                    return view! { <p>{i18n.t("evidence.all_supported")}</p> }.into_any();
                }
                // One line per question, its unsupported dimensions together.
                let mut grouped: Vec<(String, String, Vec<String>)> = Vec::new();
                for u in &list {
                    let item = assess.questionnaire.with_value(|q| q.item(&u.item).cloned());
                    let status = item.as_ref().map(|i| status_label(&assess, i, u.status)).unwrap_or_default();
                    let words = labelled(i18n.t(dimension_key(u.dimension)), status);
                    match grouped.last_mut() {
                        Some((item, _, dims)) if *item == u.item => dims.push(words),
                        _ => grouped.push((u.item.clone(), u.area.clone(), vec![words])),
                    }
                }
                view! {
                    <details>
                        <summary>{i18n.count("evidence.unsupported_count", "count", list.len() as f64, &[])}</summary>
                        <ul class="review-list">
                            {grouped.into_iter().map(|(item, area, dims)| view! {
                                <li>
                                    <span class="plan-area">{assess.text(&keys::page_title(&area))}</span>
                                    " · "
                                    {assess.text(&keys::item_text(&item))}
                                    " "
                                    <strong>{dims.join(" · ")}</strong>
                                </li>
                            }).collect_view()}
                        </ul>
                    </details>
                }
                .into_any()
            }}
        </section>
    }
}

#[component]
fn AreaChart() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    // Per area in scope, its title, then one bar per dimension, each segment a count. The labels
    // are text, so they reflow on a phone; each bar is a small SVG, so it prints in colour.
    let rows = move || {
        let mut previous: Option<String> = None;
        summaries(&assess)
            .into_iter()
            .filter(|s| s.in_scope)
            .map(|s| {
                let starts = previous.as_deref() != Some(s.area.as_str());
                previous = Some(s.area.clone());
                (starts, s)
            })
            .collect::<Vec<_>>()
    };
    view! {
        <figure class="chart">
            <div role="img" aria-labelledby="chart-caption" class="bars">
                {move || rows().into_iter().map(|(starts, s)| {
                    let mut x = 0usize;
                    let total = s.questions.max(1);
                    let segments = SEGMENTS.iter().map(|(segment, class)| {
                        let width = segment_count(&s, *segment) * 600 / total;
                        let start = x;
                        x += width;
                        view! { <rect x=start y="0" width=width height="24" class=*class></rect> }
                    }).collect_view();
                    view! {
                        {starts.then(|| view! { <p class="chart-area">{assess.text(&keys::page_title(&s.area))}</p> })}
                        <div class="bar-row">
                            <span class="chart-label">{i18n.t(dimension_key(s.dimension))}</span>
                            {if s.is_assessed() {
                                view! { <svg class="bar" viewBox="0 0 600 24" preserveAspectRatio="none" aria-hidden="true">{segments}</svg> }.into_any()
                            } else {
                                view! { <span class="not-assessed">{i18n.t("assessment.not_assessed")}</span> }.into_any()
                            }}
                        </div>
                    }
                }).collect_view()}
            </div>
            <figcaption id="chart-caption">{i18n.text("assessment.chart_caption")}</figcaption>
            <ul class="chart-legend">
                {segments(&assess).into_iter().map(|(segment, class)| {
                    let label = segment_label(&assess, segment);
                    view! { <li><span class=format!("swatch {class}")></span>{label}</li> }
                }).collect_view()}
            </ul>
        </figure>
    }
}

#[component]
fn AreaTable() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let columns = segments(&assess);
    let span = columns.len().to_string();
    let header = columns.clone();
    view! {
        <div class="table-scroll">
            <table class="area-table">
                <caption>{i18n.text("assessment.table_caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.text("assessment.area")}</th>
                        {header.into_iter().map(|(segment, _)| {
                            let label = segment_label(&assess, segment);
                            view! { <th scope="col">{label}</th> }
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {move || summaries(&assess).into_iter().map(|s| {
                        let title = summary_title(&assess, &s);
                        if !s.in_scope {
                            return view! { <tr><th scope="row">{title}</th><td colspan=span.clone()>{i18n.t("assessment.out_of_scope")}</td></tr> }.into_any();
                        }
                        if !s.is_assessed() {
                            return view! { <tr><th scope="row">{title}</th><td colspan=span.clone()>{i18n.t("assessment.not_assessed")}</td></tr> }.into_any();
                        }
                        view! {
                            <tr>
                                <th scope="row">{title}</th>
                                {columns.iter().map(|(segment, _)| view! { <td>{segment_count(&s, *segment)}</td> }).collect_view()}
                            </tr>
                        }.into_any()
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
