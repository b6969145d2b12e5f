//! The app shell: router, language, shared state, header.

use crate::components::language_switcher::LanguageSwitcher;
use crate::components::quick_exit::QuickExit;
use crate::context::context;
use crate::data::DataCache;
use crate::engine::answers::Answers;
use crate::engine::language::{negotiate, Catalog, UiTexts};
use crate::engine::model::Tool;
use crate::i18n::{use_i18n, I18n};
use crate::pages::{Bundle, Screen};
use crate::platform;
use crate::query::{use_go, use_query, Query};
use leptos::prelude::*;
use leptos::task::spawn_local;
use litemap::LiteMap;

/// Start the app in this page, drawing the screens `bundle` holds.
pub fn mount(bundle: Bundle) {
    leptos::mount::mount_to_body(move || {
        provide_context(bundle);
        if let Some(parts) = bundle.parts {
            provide_context(parts);
        }
        provide_context(Query::from_location());
        view! { <Shell /> }
    });
}

/// Answers in memory only, per questionnaire; they survive a change of language, not a reload.
#[derive(Clone, Copy)]
pub struct AnswerStore(pub RwSignal<LiteMap<String, Answers>>);

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
        answers.0.set(LiteMap::new());
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

    /// The tool of questionnaire `id` (which page of the build holds it), if the catalogue has it.
    pub fn tool_of(&self, id: &str) -> Option<Tool> {
        self.with_untracked(|c| c.questionnaires.iter().find(|e| e.id == id).map(|e| e.tool))
            .flatten()
    }
}

#[component]
fn Shell() -> impl IntoView {
    let query = use_query();
    let catalog = CatalogState(RwSignal::new(None));
    let i18n = I18n {
        lang: RwSignal::new(String::new()),
        ui: RwSignal::new(UiTexts::new()),
    };
    provide_context(catalog);
    provide_context(i18n);
    provide_context(AnswerStore(RwSignal::new(LiteMap::new())));
    provide_context(DataCache::new());
    provide_context(Sitting::default());
    let more_ui = context::<Bundle>().more_ui;

    spawn_local(async move {
        catalog.0.set(Some(
            platform::fetch_data::<Catalog>("data/catalog.bin").await,
        ));
    });
    let browser = platform::browser_languages();
    Effect::new(move |_| {
        let requested = query.get("lang");
        let chosen = catalog.with(|c| negotiate(requested.as_deref(), &browser, &c.languages));
        if let Some(code) = chosen {
            if code != i18n.lang.get_untracked() {
                i18n.lang.set(code);
            }
        }
    });
    let ui_failed = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let code = i18n.lang.get();
        if code.is_empty() {
            return;
        }
        platform::set_document_language(&code);
        spawn_local(async move {
            let ui = load_ui(&code, more_ui).await;
            if i18n.lang.get_untracked() != code {
                return;
            }
            match ui {
                Ok(ui) => i18n.ui.set(ui),
                // With no strings yet, say so; after a change of language, the previous ones stay.
                Err(e) if i18n.ui.with_untracked(UiTexts::is_empty) => ui_failed.set(Some(e)),
                Err(_) => {}
            }
        });
    });

    // A memo, so that a change of language redraws the strings, not the whole page.
    let ready = Memo::new(move |_| i18n.ui.with(|ui| !ui.is_empty()));
    let loaded = Memo::new(move |_| {
        catalog
            .0
            .with(|c| c.as_ref().map(|c| c.as_ref().err().cloned()))
            .map(|e| e.or_else(|| ui_failed.get()))
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
    let query = use_query();
    let go = use_go();
    let bundle = context::<Bundle>();
    let screen = Memo::new(move |_| Screen::of(query.get("q"), query.get("view").as_deref()));
    // Embedded: chosen by `?embed=1` inside a frame; compact chrome and the host told our height.
    let embedded = query.get_untracked("embed").as_deref() == Some("1") && platform::in_frame();
    // Colours: the embedding page's `?accent=` first, then this copy's site.toml; both checked.
    let catalog = context::<CatalogState>();
    let site = catalog.with_untracked(|c| c.site.clone());
    let site_name = site.as_ref().and_then(|s| s.name.clone());
    let logo = site.as_ref().and_then(|s| s.logo.clone());
    let accent = query
        .get_untracked("accent")
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
    let full_page = move || match query.search_without("embed") {
        search if search.is_empty() => "?".to_string(),
        search => search,
    };
    let go_home = {
        let go = go.clone();
        move |_| go(&[("q", ""), ("view", "")])
    };
    let go_embed = move |_| go(&[("q", ""), ("view", "embed")]);
    view! {
        <a class="skip-link" href="#main">{i18n.text("app.skip_to_content")}</a>
        <header class=if embedded { "site-header compact" } else { "site-header" }>
            {(!embedded).then(|| view! { <button type="button" class="brand" on:click=go_home.clone()>
                // The name follows, so the logo itself says nothing more to a screen reader.
                {logo.clone().map(|src| view! { <img class="logo" src=src alt="" /> })}
                {
                    let site_name = site_name.clone();
                    move || site_name.clone().unwrap_or_else(|| i18n.t("app.name"))
                }</button> })}
            {embedded.then(|| view! {
                <a class="full-page" href=full_page target="_blank" rel="noopener noreferrer">{i18n.text("embed.full_page")}</a>
            })}
            <LanguageSwitcher />
            <QuickExit />
        </header>
        <main id="main" tabindex="-1">
            {move || {
                let screen = screen.get();
                let page = screen.page(tool_of(&screen));
                if page == bundle.page {
                    (bundle.show)(screen)
                } else {
                    // Held by the other page of the build (an old link, or a shared one): go there.
                    platform::replace_location(&format!("{page}{}", query.search_without("")));
                    view! { <p class="loading" role="status">"…"</p> }.into_any()
                }
            }}
        </main>
        <footer class="site-footer">
            <p>{i18n.text("app.privacy_footer")}</p>
            {(!embedded).then(|| view! {
                <p><button type="button" class="link" on:click=go_embed>{i18n.text("embed.link")}</button></p>
                {bundle.footer.map(|footer| footer())}
            })}
        </footer>
    }
}

/// One language's interface strings: those every page shares, and this page's own if it has some.
async fn load_ui(code: &str, more: Option<&str>) -> Result<UiTexts, String> {
    let mut ui = platform::fetch_data::<UiTexts>(&format!("data/ui/{code}.bin")).await?;
    if let Some(more) = more {
        ui.extend(platform::fetch_data::<UiTexts>(&format!("data/ui/{more}/{code}.bin")).await?);
    }
    Ok(ui)
}

/// The tool of the questionnaire a screen shows, as the catalogue says.
fn tool_of(screen: &Screen) -> Option<Tool> {
    let Screen::Questionnaire(id) = screen else {
        return None;
    };
    context::<CatalogState>().tool_of(id)
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
