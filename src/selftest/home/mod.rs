use crate::engine::language::{catalog_key, CatalogEntry};
use crate::engine::model::keys;
use crate::engine::model::Tool;
use crate::selftest::use_parts;
use crate::shared::context::context;
use crate::shared::i18n::use_i18n;
use crate::shared::route::use_go;
use crate::shared::state::{CatalogState, Visit};
use crate::shared::widgets::offline::OfflineCopy;
use leptos::prelude::*;

/// The start page: what this is, and the questionnaires on offer, by tool.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let catalog = context::<CatalogState>();
    let entries = move |tool: Tool| -> Vec<CatalogEntry> {
        catalog
            .with(|c| {
                c.questionnaires
                    .iter()
                    .filter(|q| q.tool == tool)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    };
    // A person who points at the self-tests, tabs into them or ticks a topic is about to open one:
    // where a questionnaire's screens are a part, it is fetched then, so the click does not wait.
    // Not on a touch (it may start a scroll), and not for tests on the organisations' page.
    let parts = use_parts();
    let asked = StoredValue::new(false);
    let ahead = move || {
        if !asked.get_value() {
            asked.set_value(true);
            parts.questionnaire.prefetch();
        }
    };
    let on_this_page =
        |tool: Tool| crate::shared::route::page_for(Some(tool)) == crate::shared::route::START_PAGE;
    crate::shared::platform::focus_soon("screen-heading");
    view! {
        <h1 id="screen-heading" tabindex="-1">{i18n.text("home.heading")}</h1>
        <p class="lead">{i18n.text("home.lead")}</p>
        <p class="privacy-note">{i18n.text("home.privacy")}</p>
        {Tool::ALL
            .into_iter()
            .map(|tool| {
                let name = tool.as_str();
                let list = move || entries(tool);
                view! {
                    <Show when=move || !list().is_empty()>
                        <section
                            class="tool"
                            aria-labelledby=format!("tool-{name}")
                            on:pointerover=move |ev| if on_this_page(tool) && ev.pointer_type() != "touch" { ahead() }
                            on:focusin=move |_| if on_this_page(tool) { ahead() }
                            on:change=move |_| if on_this_page(tool) { ahead() }
                        >
                            <h2 id=format!("tool-{name}")>{move || i18n.t(&format!("home.tool_{name}"))}</h2>
                            <Guide entries=Signal::derive(list) />
                            <ul class="cards">
                                {move || list().into_iter().map(|entry| view! { <QuestionnaireCard entry=entry /> }).collect_view()}
                            </ul>
                        </section>
                    </Show>
                }
            })
            .collect_view()}
        <OfflineCopy />
    }
}

#[component]
fn QuestionnaireCard(entry: CatalogEntry) -> impl IntoView {
    let i18n = use_i18n();
    let visit = context::<Visit>();
    let go = use_go();
    let CatalogEntry { id, minutes, .. } = entry;
    let title = i18n.text(catalog_key(&id, keys::TITLE));
    let description = i18n.text(catalog_key(&id, keys::DESCRIPTION));
    let heading_id = format!("card-{id}");
    view! {
        <li class="card">
            <h3 id=heading_id.clone()>{title}</h3>
            <p>{description}</p>
            {minutes.map(|m| view! { <p class="minutes">{move || i18n.count("home.minutes", "minutes", f64::from(m), &[])}</p> })}
            <button
                type="button"
                class="primary"
                id=format!("open-{id}")
                aria-labelledby=format!("open-{id} {heading_id}")
                on:click=move |_| {
                    visit.queue.set(vec![id.clone()]);
                    go(&[("q", &id)]);
                }
            >
                {i18n.text("home.open")}
            </button>
        </li>
    }
}

/// "Which of these have you used in the past 12 months?" leads to the tests that fit, taken in turn.
#[component]
fn Guide(entries: Signal<Vec<CatalogEntry>>) -> impl IntoView {
    let i18n = use_i18n();
    let go = use_go();
    let visit = context::<Visit>();
    let chosen = RwSignal::new(Vec::<String>::new());
    let error = RwSignal::new(false);
    // Each topic once, in catalogue order, with its label in the current language.
    let topics = move || {
        let mut seen = Vec::new();
        entries.with(|list| {
            list.iter()
                .filter_map(|e| Some((e.topic.clone()?, i18n.t(&catalog_key(&e.id, keys::TOPIC)))))
                .filter(|(t, _)| {
                    let new = !seen.contains(t);
                    seen.push(t.clone());
                    new
                })
                .collect::<Vec<_>>()
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let picked = chosen.get_untracked();
        let queue: Vec<String> = entries.with_untracked(|list| {
            list.iter()
                .filter(|e| e.topic.as_ref().is_some_and(|t| picked.contains(t)))
                .map(|e| e.id.clone())
                .collect()
        });
        match queue.first().cloned() {
            None => {
                error.set(true);
                crate::shared::platform::focus_soon("guide-error");
            }
            Some(first) => {
                visit.queue.set(queue);
                go(&[("q", &first)]);
            }
        }
    };
    view! {
        <Show when=move || !topics().is_empty()>
            <form class="guide" on:submit=submit.clone()>
                <fieldset class="item" aria-describedby="guide-error">
                    <legend>{i18n.text("home.guide_question")}</legend>
                    <p class="help">{i18n.text("home.guide_help")}</p>
                    <p id="guide-error" class="error" role="alert" tabindex="-1">{move || error.get().then(|| i18n.t("home.guide_none"))}</p>
                    {move || topics().into_iter().map(|(topic, label)| {
                        let input_id = format!("topic-{topic}");
                        let checked = { let topic = topic.clone(); move || chosen.with(|c| c.contains(&topic)) };
                        let toggle = move |_| {
                            error.set(false);
                            chosen.update(|c| match c.iter().position(|t| *t == topic) {
                                Some(at) => { c.remove(at); }
                                None => c.push(topic.clone()),
                            });
                        };
                        view! {
                            <label class="option" for=input_id.clone()>
                                <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle />
                                <span>{label}</span>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <button type="submit" class="primary">{i18n.text("home.guide_start")}</button>
            </form>
            <p class="or-choose">{i18n.text("home.or_choose")}</p>
        </Show>
    }
}
