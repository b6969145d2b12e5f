//! The app shell: the page of the build it runs in, language, the visit's state, header and
//! footer. It draws the features' screens; nothing imports it (tests/module_rule.rs).

pub mod builds;

use crate::engine::language::{negotiate, Catalog, UiTexts};
use crate::engine::model::Tool;
use crate::shared::context::context;
use crate::shared::data::DataCache;
use crate::shared::i18n::{use_i18n, I18n};
use crate::shared::platform;
use crate::shared::route::{use_go, use_query, CurrentPage, Query, Screen};
use crate::shared::state::{CatalogState, Visit};
use crate::shared::widgets::language_switcher::LanguageSwitcher;
use crate::shared::widgets::quick_exit::QuickExit;
use builds::PageBuild;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Start the app in this page, drawing the screens `build` holds.
pub fn mount(build: PageBuild) {
    leptos::mount::mount_to_body(move || {
        provide_context(build);
        provide_context(CurrentPage(build.page));
        if let Some(parts) = build.parts {
            provide_context(parts);
        }
        provide_context(Query::from_location());
        view! { <Shell /> }
    });
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
    provide_context(Visit::new());
    provide_context(DataCache::new());
    let more_ui = context::<PageBuild>().more_ui;

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
    let build = context::<PageBuild>();
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
                if page == build.page {
                    (build.draw)(screen)
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
                {build.footer.map(|footer| footer())}
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
