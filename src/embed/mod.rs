//! "Embed this tool": fills in the few lines of HTML an NGO pastes into its own site.

use crate::engine::language::catalog_key;
use crate::engine::model::keys;
use crate::shared::context::context;
use crate::shared::data::DataCache;
use crate::shared::i18n::use_i18n;
use crate::shared::platform::focus_soon;
use crate::shared::route::page_for;
use crate::shared::state::CatalogState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The folder this copy of the app lives in: origin and path, without the page or query.
fn app_folder() -> String {
    let location = web_sys::window().map(|w| w.location());
    let origin = location
        .as_ref()
        .and_then(|l| l.origin().ok())
        .unwrap_or_default();
    let path = location
        .and_then(|l| l.pathname().ok())
        .unwrap_or_else(|| "/".into());
    let folder = path
        .rsplit_once('/')
        .map(|(dir, _)| format!("{dir}/"))
        .unwrap_or_else(|| "/".into());
    format!("{origin}{folder}")
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

#[component]
pub fn EmbedPage() -> impl IntoView {
    let i18n = use_i18n();
    let catalog = context::<CatalogState>();
    let cache = context::<DataCache>();
    let questionnaire = RwSignal::new(String::new());
    let language = RwSignal::new(i18n.lang.get_untracked());
    let accent = RwSignal::new("#1f5f8b".to_string());
    let entries = move || {
        catalog
            .with(|c| c.questionnaires.clone())
            .unwrap_or_default()
    };
    let languages = move || catalog.with(|c| c.languages.clone()).unwrap_or_default();
    let readable = move || crate::engine::embed::accent(&accent.get()).is_some();
    let snippet = move || {
        let folder = app_folder();
        let lang = language.get();
        let mut query = vec!["embed=1".to_string(), format!("lang={lang}")];
        let id = questionnaire.get();
        if !id.is_empty() {
            query.push(format!("q={id}"));
        }
        if let Some((colour, _)) = crate::engine::embed::accent(&accent.get()) {
            query.push(format!("accent={}", &colour[1..]));
        }
        let entry = entries().into_iter().find(|e| e.id == id);
        // The page of the build that holds this questionnaire ("./" is the folder itself).
        let page = page_for(entry.as_ref().map(|e| e.tool)).trim_start_matches("./");
        // The frame's title in the language it will show: the catalogue's in this page's language,
        // else from the questionnaire's texts in that language (fetched, then the snippet updates).
        let title = entry
            .and_then(|e| {
                if lang == i18n.lang.get() {
                    return Some(i18n.t(&catalog_key(&e.id, keys::TITLE)));
                }
                let texts = cache.texts(&e.id, &lang)?.ok()?;
                texts.get(keys::TITLE).map(str::to_string)
            })
            .unwrap_or_else(|| i18n.t("app.name"));
        format!(
            "<iframe src=\"{folder}{page}?{}\" title=\"{}\" data-selfassess style=\"width:100%;border:0;min-height:32rem\"></iframe>\n<script src=\"{folder}embed.js\" async></script>",
            query.join("&amp;"),
            escape_attribute(&title)
        )
    };
    let copy = move |_| {
        let text = snippet();
        if let Some(clipboard) = web_sys::window()
            .map(|w| w.navigator())
            .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
        {
            if let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into())
                .and_then(|f| f.dyn_into::<js_sys::Function>())
            {
                let _ = write.call1(&clipboard, &text.into());
            }
        }
    };
    focus_soon("screen-heading");
    view! {
        <h1 id="screen-heading" tabindex="-1">{i18n.text("embed.heading")}</h1>
        <p>{i18n.text("embed.lead")}</p>
        <div class="item">
            <label class="legend" for="embed-what">{i18n.text("embed.what")}</label>
            <select id="embed-what" on:change=move |ev| questionnaire.set(event_target_value(&ev))>
                <option value="">{i18n.text("embed.start_page")}</option>
                {move || {
                    entries().into_iter().map(|e| { let title = i18n.t(&catalog_key(&e.id, keys::TITLE)); view! { <option value=e.id>{title}</option> } }).collect_view()
                }}
            </select>
        </div>
        <div class="item">
            <label class="legend" for="embed-language">{i18n.text("app.language")}</label>
            <select id="embed-language" on:change=move |ev| language.set(event_target_value(&ev)) prop:value=move || language.get()>
                {move || languages().into_iter().map(|l| {
                    let code = l.code.clone();
                    view! { <option value=l.code lang=code.clone() selected=move || language.get() == code>{l.name}</option> }
                }).collect_view()}
            </select>
        </div>
        <div class="item">
            <label class="legend" for="embed-accent">{i18n.text("embed.accent")}</label>
            <input type="color" id="embed-accent" prop:value=move || accent.get() on:input=move |ev| accent.set(event_target_value(&ev)) />
            <p class="help" role="status">{move || (!readable()).then(|| i18n.t("embed.accent_unreadable"))}</p>
        </div>
        <div class="item">
            <label class="legend" for="embed-snippet">{i18n.text("embed.snippet")}</label>
            <textarea id="embed-snippet" rows="5" readonly prop:value=snippet class="snippet"></textarea>
            <button type="button" class="secondary" on:click=copy>{i18n.text("embed.copy")}</button>
        </div>
        <p class="help">{i18n.text("embed.privacy")}</p>
    }
}
