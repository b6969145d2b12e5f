//! Where to look for a question's evidence: the data sources its data names, each with what it
//! holds and how current it usually is, offered as prompts, never as benchmarks.

use super::labels::labelled;
use super::state::use_assess;
use crate::engine::model::{keys, Item};
use crate::shared::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub(super) fn WhereToLook(item: Item) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    (!item.sources.is_empty()).then(|| {
        view! {
            <details class="sources">
                <summary>{i18n.text("references.where_to_look")}</summary>
                <ul>
                    {item.sources.iter().map(|s| {
                        let line = labelled(assess.text(&keys::source_name(s)), assess.text(&keys::source_about(s)));
                        view! { <li>{line}</li> }
                    }).collect_view()}
                </ul>
                <p class="help">{i18n.text("references.prompts_not_benchmarks")}</p>
            </details>
        }
    })
}
