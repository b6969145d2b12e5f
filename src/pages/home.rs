use crate::app::{use_go, CatalogState};
use crate::engine::language::CatalogEntry;
use crate::engine::validate::TOOLS;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The start page: what this is, and the questionnaires on offer, by tool.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let catalog = expect_context::<CatalogState>();
    let entries = move |tool: &str| -> Vec<CatalogEntry> {
        catalog.0.with(|c| match c {
            Some(Ok(c)) => c
                .questionnaires
                .iter()
                .filter(|q| q.tool == tool)
                .cloned()
                .collect(),
            _ => vec![],
        })
    };
    crate::platform::focus_soon("screen-heading");
    view! {
        <h1 id="screen-heading" tabindex="-1">{move || i18n.t("home.heading")}</h1>
        <p class="lead">{move || i18n.t("home.lead")}</p>
        <p class="privacy-note">{move || i18n.t("home.privacy")}</p>
        {TOOLS
            .iter()
            .map(|tool| {
                let list = move || entries(tool);
                view! {
                    <Show when=move || !list().is_empty()>
                        <section class="tool" aria-labelledby=format!("tool-{tool}")>
                            <h2 id=format!("tool-{tool}")>{move || i18n.t(&format!("home.tool_{tool}"))}</h2>
                            <ul class="cards">
                                {move || list().into_iter().map(|entry| view! { <QuestionnaireCard entry=entry /> }).collect_view()}
                            </ul>
                        </section>
                    </Show>
                }
            })
            .collect_view()}
    }
}

#[component]
fn QuestionnaireCard(entry: CatalogEntry) -> impl IntoView {
    let i18n = use_i18n();
    let go = use_go();
    let CatalogEntry {
        id,
        minutes,
        titles,
        descriptions,
        ..
    } = entry;
    let title = {
        let titles = titles.clone();
        move || {
            i18n.lang
                .with(|l| titles.get(l).cloned().unwrap_or_default())
        }
    };
    let description = move || {
        i18n.lang
            .with(|l| descriptions.get(l).cloned().unwrap_or_default())
    };
    let heading_id = format!("card-{id}");
    view! {
        <li class="card">
            <h3 id=heading_id.clone()>{title}</h3>
            <p>{description}</p>
            {minutes.map(|m| view! { <p class="minutes">{move || i18n.fill("home.minutes", &[("minutes", m.to_string())])}</p> })}
            <button
                type="button"
                class="primary"
                id=format!("open-{id}")
                aria-labelledby=format!("open-{id} {heading_id}")
                on:click=move |_| go(&[("q", &id)])
            >
                {move || i18n.t("home.open")}
            </button>
        </li>
    }
}
