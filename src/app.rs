//! The app shell: router, language, shared state, header.

use crate::components::language_switcher::LanguageSwitcher;
use crate::components::quick_exit::QuickExit;
use crate::data::DataCache;
use crate::engine::answers::Answers;
use crate::engine::language::{negotiate, Catalog, UiTexts};
use crate::i18n::{use_i18n, I18n};
use crate::pages::embed::EmbedPage;
use crate::pages::home::HomePage;
use crate::pages::questionnaire::QuestionnairePage;
use crate::platform;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::{path, NavigateOptions};
use std::collections::BTreeMap;

pub fn mount() {
    leptos::mount::mount_to_body(App);
}

/// Answers in memory only, per questionnaire; they survive a change of language, not a reload.
#[derive(Clone, Copy)]
pub struct AnswerStore(pub RwSignal<BTreeMap<String, Answers>>);

/// The self-tests a person chose to take in this visit, in order; in memory only.
#[derive(Clone, Copy, Default)]
pub struct Sitting {
    pub queue: RwSignal<Vec<String>>,
    /// The country whose help contacts are shown; chosen by the person, never from location.
    pub country: RwSignal<Option<String>>,
}

impl Sitting {
    /// Forget everything this visit holds: answers, the chosen tests, the country.
    pub fn wipe(&self, answers: AnswerStore) {
        answers.0.set(BTreeMap::new());
        self.queue.set(Vec::new());
        self.country.set(None);
    }
}

/// The catalogue once fetched (or why it could not be).
#[derive(Clone, Copy)]
pub struct CatalogState(pub RwSignal<Option<Result<Catalog, String>>>);

impl CatalogState {
    /// Read the catalogue, once loaded (tracked: readers update when it arrives).
    pub fn with<R>(&self, f: impl FnOnce(&Catalog) -> R) -> Option<R> {
        self.0
            .with(|c| c.as_ref().and_then(|c| c.as_ref().ok()).map(f))
    }

    pub fn with_untracked<R>(&self, f: impl FnOnce(&Catalog) -> R) -> Option<R> {
        self.0
            .with_untracked(|c| c.as_ref().and_then(|c| c.as_ref().ok()).map(f))
    }
}

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            // All state is in the query string, so the app works from any sub-path of a static host.
            <Routes fallback=Shell>
                <Route path=path!("/*any") view=Shell />
            </Routes>
        </Router>
    }
}

/// Change some query parameters (an empty value removes one), without adding a history entry.
pub fn use_go() -> impl Fn(&[(&str, &str)]) + Clone {
    let navigate = use_navigate();
    let query = use_query_map();
    move |params: &[(&str, &str)]| {
        let mut pairs: Vec<(String, String)> = query
            .get_untracked()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        for (key, value) in params {
            pairs.retain(|(k, _)| k != key);
            pairs.push((key.to_string(), value.to_string()));
        }
        let search: Vec<String> = pairs
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{k}={}", safe(v)))
            .collect();
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_else(|| "/".into());
        let url = if search.is_empty() {
            path
        } else {
            format!("{path}?{}", search.join("&"))
        };
        navigate(
            &url,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    }
}

/// Ids and language codes are plain; anything else is dropped rather than encoded.
fn safe(value: &str) -> String {
    value
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect()
}

#[component]
fn Shell() -> impl IntoView {
    let query = use_query_map();
    let catalog = CatalogState(RwSignal::new(None));
    let i18n = I18n {
        lang: RwSignal::new(String::new()),
        ui: RwSignal::new(UiTexts::new()),
    };
    provide_context(catalog);
    provide_context(i18n);
    provide_context(AnswerStore(RwSignal::new(BTreeMap::new())));
    provide_context(DataCache::new());
    provide_context(Sitting::default());

    spawn_local(async move {
        catalog.0.set(Some(
            platform::fetch_json::<Catalog>("data/catalog.json").await,
        ));
    });
    let browser = platform::browser_languages();
    Effect::new(move |_| {
        let requested = query.with(|q| q.get("lang"));
        let chosen = catalog.with(|c| negotiate(requested.as_deref(), &browser, &c.languages));
        if let Some(code) = chosen {
            if code != i18n.lang.get_untracked() {
                i18n.lang.set(code);
            }
        }
    });
    Effect::new(move |_| {
        let code = i18n.lang.get();
        if code.is_empty() {
            return;
        }
        platform::set_document_language(&code);
        spawn_local(async move {
            if let Ok(ui) = platform::fetch_json::<UiTexts>(&format!("data/ui/{code}.json")).await {
                if i18n.lang.get_untracked() == code {
                    i18n.ui.set(ui);
                }
            }
        });
    });

    // A memo, so that a change of language redraws the strings, not the whole page.
    let ready = Memo::new(move |_| i18n.ui.with(|ui| !ui.is_empty()));
    let loaded = Memo::new(move |_| {
        catalog
            .0
            .with(|c| c.as_ref().map(|c| c.as_ref().err().cloned()))
    });
    view! {
        {move || match loaded.get() {
            Some(Some(e)) => view! { <LoadError detail=e /> }.into_any(),
            Some(None) if ready.get() => view! { <Page /> }.into_any(),
            _ => view! { <p class="loading" role="status">"…"</p> }.into_any(),
        }}
    }
}

#[component]
fn Page() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let go = use_go();
    let questionnaire = Memo::new(move |_| query.with(|q| q.get("q")));
    let embed_page = Memo::new(move |_| query.with(|q| q.get("view").as_deref() == Some("embed")));
    // Embedded: chosen by `?embed=1` inside a frame; compact chrome and the host told our height.
    let embedded =
        query.with_untracked(|q| q.get("embed").as_deref() == Some("1")) && platform::in_frame();
    // Colours: the embedding page's `?accent=` first, then this copy's site.toml; both checked.
    let catalog = expect_context::<CatalogState>();
    let site = catalog.with_untracked(|c| c.site.clone());
    let site_name = site.as_ref().and_then(|s| s.name.clone());
    let accent = query
        .with_untracked(|q| q.get("accent"))
        .and_then(|a| crate::engine::embed::accent(&a))
        .or_else(|| {
            site.and_then(|s| s.accent)
                .and_then(|a| crate::engine::embed::accent(&a))
        });
    if let Some((accent, ink)) = accent {
        platform::set_accent(&accent, ink);
    }

    if embedded {
        platform::report_height_to_host();
    }
    let full_page = move || {
        let search: Vec<String> = query
            .get()
            .into_iter()
            .filter(|(k, _)| k != "embed")
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        format!("?{}", search.join("&"))
    };
    let go_home = {
        let go = go.clone();
        move |_| go(&[("q", ""), ("view", "")])
    };
    let go_embed = move |_| go(&[("q", ""), ("view", "embed")]);
    view! {
        // rel="external": the router leaves it to the browser, which moves focus to <main>.
        <a class="skip-link" href="#main" rel="external">{move || i18n.t("app.skip_to_content")}</a>
        <header class=if embedded { "site-header compact" } else { "site-header" }>
            {(!embedded).then(|| view! { <button type="button" class="brand" on:click=go_home.clone()>{
                    let site_name = site_name.clone();
                    move || site_name.clone().unwrap_or_else(|| i18n.t("app.name"))
                }</button> })}
            {embedded.then(|| view! {
                <a class="full-page" href=full_page target="_blank" rel="external noopener noreferrer">{move || i18n.t("embed.full_page")}</a>
            })}
            <LanguageSwitcher />
            <QuickExit />
        </header>
        <main id="main" tabindex="-1">
            {move || match (questionnaire.get(), embed_page.get()) {
                (Some(id), _) => view! { <QuestionnairePage id=id /> }.into_any(),
                (None, true) => view! { <EmbedPage /> }.into_any(),
                (None, false) => view! { <HomePage /> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>{move || i18n.t("app.privacy_footer")}</p>
            {(!embedded).then(|| view! { <p><button type="button" class="link" on:click=go_embed>{move || i18n.t("embed.link")}</button></p> })}
        </footer>
    }
}

/// Shown when the app's own data cannot be fetched; no strings exist yet, so it is bilingual-free.
#[component]
fn LoadError(detail: String) -> impl IntoView {
    view! {
        <main id="main">
            <h1>"selfassess"</h1>
            <p role="alert">"⚠ " {detail}</p>
        </main>
    }
}
