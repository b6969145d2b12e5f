//! The annual review: this year's file beside last year's.

use super::labels::*;
use super::plan::LastYearPlan;
use super::state::use_assess;
use super::toolbar::FilePicker;
use crate::engine::assessment::{compare, Change, Status};
use crate::engine::model::keys;
use crate::shared::i18n::use_i18n;
use leptos::prelude::*;

/// Last year's file beside this one: per area and per question, what changed.
#[component]
pub fn Review() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let load = Callback::new(move |text: String| {
        if let Some(file) = assess.read(&text) {
            assess.last_year.set(Some(file));
        }
    });
    let changes = move || {
        assess.last_year.with(|before| {
            before.as_ref().map(|b| {
                assess
                    .questionnaire
                    .with_value(|q| assess.file.with(|now| compare(q, b, now)))
            })
        })
    };
    let kinds = [
        (Change::Improved, "review.improved"),
        (Change::Worsened, "review.worsened"),
        (Change::StillOpen, "review.still_open"),
        (Change::Unchanged, "review.unchanged"),
        (Change::NotComparable, "review.not_comparable"),
    ];
    view! {
        <section aria-labelledby="review-heading">
            <h2 id="review-heading">{i18n.text("assessment.review")}</h2>
            <p>{i18n.text("review.explain")}</p>
            <FilePicker id="last-year-file" label="review.load" on_text=load />
            {move || changes().map(|list| {
                let before_saved = assess.last_year.with(|b| b.as_ref().map(|b| i18n.date(&b.saved)).unwrap_or_default());
                let last_year = assess.last_year.get();
                view! {
                    <p class="notice">{i18n.fill("review.loaded", &[("date", before_saved)])}</p>
                    {last_year.map(|f| view! { <LastYearPlan last_year=f /> })}
                    <ReviewByArea changes=list.clone() />
                    <ul class="review-counts">
                        {kinds.iter().map(|(kind, key)| {
                            let n = list.iter().filter(|c| c.change == *kind).count();
                            view! { <li>{i18n.fill(key, &[("count", n.to_string())])}</li> }
                        }).collect_view()}
                    </ul>
                    {kinds.iter().take(3).map(|(kind, key)| {
                        let items: Vec<_> = list.iter().filter(|c| c.change == *kind).cloned().collect();
                        (!items.is_empty()).then(|| view! {
                            <h3>{i18n.fill(key, &[("count", items.len().to_string())])}</h3>
                            <ul class="review-list">
                                {items.into_iter().map(|c| {
                                    let item = assess.questionnaire.with_value(|q| q.item(&c.item).cloned());
                                    let label = |s: Option<Status>| status_words(&assess, item.as_ref(), s);
                                    view! {
                                        <li>
                                            <span class="plan-area">{assess.text(&keys::page_title(&c.area))}</span>
                                            " · "
                                            {assess.text(&keys::item_text(&c.item))}
                                            " "
                                            <strong>{labelled(i18n.t(dimension_key(c.dimension)), format!("{} → {}", label(c.before), label(c.after)))}</strong>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        })
                    }).collect_view()}
                }
            })}
        </section>
    }
}

/// Per area: how many questions improved, worsened or are still open.
#[component]
fn ReviewByArea(changes: Vec<crate::engine::assessment::QuestionChange>) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let columns = [
        (Change::Improved, "review.col_improved"),
        (Change::Worsened, "review.col_worsened"),
        (Change::StillOpen, "review.col_still_open"),
    ];
    view! {
        <div class="table-scroll">
            <table class="area-table">
                <caption>{i18n.t("review.by_area")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("assessment.area")}</th>
                        {columns.iter().map(|(_, key)| view! { <th scope="col">{i18n.t(key)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {areas(&assess).into_iter().map(|page| view! {
                        <tr>
                            <th scope="row">{assess.text(&keys::page_title(&page.id))}</th>
                            {columns.iter().map(|(kind, _)| {
                                let n = changes.iter().filter(|c| c.area == page.id && c.change == *kind).count();
                                view! { <td>{n}</td> }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
