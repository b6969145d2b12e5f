//! The printable report.

use super::labels::*;
use super::results::Profile;
use super::state::use_assess;
use crate::engine::model::{keys, Item};
use crate::shared::i18n::use_i18n;
use leptos::prelude::*;

/// The whole report for print or PDF: cover, chart, findings by area, action plan, annex.
#[component]
pub fn Report() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let context = context_items(&assess);
    let answer_text = move |item: &Item| -> String {
        let words = answer_words(&assess, item);
        if words.is_empty() {
            "—".into()
        } else {
            words
        }
    };
    view! {
        <section aria-labelledby="report-heading" class="report">
            <h2 id="report-heading">{i18n.text("assessment.report")}</h2>
            <p class="no-print">{i18n.text("report.explain")}</p>
            <button type="button" class="primary no-print" on:click=move |_| crate::shared::platform::print()>{i18n.text("result.print")}</button>
            <dl class="cover">
                {context.into_iter().map(|item| view! {
                    <dt>{assess.text(&keys::item_text(&item.id))}</dt>
                    <dd>{answer_text(&item)}</dd>
                }).collect_view()}
            </dl>
            <Profile />
            <h2>{i18n.text("report.annex")}</h2>
            {move || areas(&assess).into_iter().map(|page| view! {
                <h3>{assess.text(&keys::page_title(&page.id))}</h3>
                <ol class="annex">
                    {page.items.into_iter().filter(|i| !i.retired).map(|item| {
                        let status = position_words(&assess, &item);
                        let note = assess.file.with(|f| f.notes.get(&item.id).cloned());
                        view! {
                            <li>
                                {assess.text(&keys::item_text(&item.id))}
                                " "<strong>{status}</strong>
                                {note.map(|n| view! { <p class="plan-note">{n}</p> })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }).collect_view()}
        </section>
    }
}
