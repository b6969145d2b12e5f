//! A questionnaire's page: its structure and texts fetched, then drawn by the feature that holds it.

use crate::engine::model::{Questionnaire, Texts};
use crate::shared::context::context;
use crate::shared::data::DataCache;
use crate::shared::i18n::use_i18n;
use crate::shared::route::use_go;
use leptos::prelude::*;
use std::sync::Arc;

/// Draws a loaded questionnaire: each feature passes the screens it holds.
pub type DrawQuestionnaire = fn(Arc<Questionnaire>, Memo<Option<Arc<Texts>>>) -> AnyView;

/// A text of a questionnaire in the current language (tracked); "" until the texts arrive.
pub fn text_in(texts: Memo<Option<Arc<Texts>>>, key: &str) -> String {
    texts
        .with(|t| t.as_ref().and_then(|t| t.get(key)).map(str::to_string))
        .unwrap_or_default()
}

/// Fetches questionnaire `id` and its texts in the current language, then draws it with `draw`.
#[component]
pub fn QuestionnairePage(id: String, draw: DrawQuestionnaire) -> impl IntoView {
    let i18n = use_i18n();
    let cache = context::<DataCache>();
    let structure = {
        let id = id.clone();
        Memo::new(move |_| cache.questionnaire(&id))
    };
    // Keeps the previous language's texts until the new ones arrive, so the screen stays put.
    let texts = Memo::new(move |previous: Option<&Option<Arc<Texts>>>| {
        let fresh = i18n
            .lang
            .with(|lang| cache.texts(&id, lang))
            .and_then(Result::ok);
        fresh.or_else(|| previous.cloned().flatten())
    });
    move || match structure.get() {
        None => view! { <p role="status">{i18n.t("app.loading")}</p> }.into_any(),
        Some(Err(_)) => view! { <NotFound /> }.into_any(),
        Some(Ok(q)) => draw(q, texts),
    }
}

#[component]
fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    let go = use_go();
    view! {
        <h1 id="screen-heading" tabindex="-1">{i18n.text("questionnaire.not_found")}</h1>
        <button type="button" on:click=move |_| go(&[("q", "")])>{i18n.text("questionnaire.back_home")}</button>
    }
}
