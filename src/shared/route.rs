//! The app's state lives in the URL's query string (`lang`, `q`, `view`, `embed`, `accent`), so any
//! screen can be reloaded or shared from any sub-path of a plain static host. A signal over the
//! query is all the routing the app needs; a router crate would cost more wasm than it saves.

use crate::engine::model::Tool;
use crate::shared::context::context;
use crate::shared::state::CatalogState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What the query asks to see.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    Home,
    Embed,
    Questionnaire(String),
}

impl Screen {
    /// The screen for the query's `q` and `view`.
    pub fn of(q: Option<String>, view: Option<&str>) -> Screen {
        match (q, view) {
            (Some(id), _) if !id.is_empty() => Screen::Questionnaire(id),
            (_, Some("embed")) => Screen::Embed,
            _ => Screen::Home,
        }
    }

    /// The page of the build that holds this screen; `tool` is a questionnaire's, from the catalogue.
    pub fn page(&self, tool: Option<Tool>) -> &'static str {
        match self {
            Screen::Home => START_PAGE,
            // For organisations, like the assessment: the self-tests' page stays small.
            Screen::Embed => ASSESSMENT_PAGE,
            Screen::Questionnaire(_) => page_for(tool),
        }
    }
}

/// The page holding the start page and the self-tests (`index.html`).
pub const START_PAGE: &str = "./";
/// The page for organisations (the policy assessment and the embed page): `assessment.html` at the
/// top of the project.
pub const ASSESSMENT_PAGE: &str = "assessment.html";

/// The page that holds questionnaires of `tool`; the start page for no questionnaire.
pub fn page_for(tool: Option<Tool>) -> &'static str {
    match tool {
        Some(Tool::Assessment) => ASSESSMENT_PAGE,
        Some(Tool::Selftest) | None => START_PAGE,
    }
}

/// The page of the build this wasm runs in (`START_PAGE` or `ASSESSMENT_PAGE`).
#[derive(Clone, Copy)]
pub struct CurrentPage(pub &'static str);

/// The query's pairs, in order, tracked by whoever reads them.
#[derive(Clone, Copy)]
pub struct Query(RwSignal<Vec<(String, String)>>);

impl Query {
    /// The query of the address this page was opened at.
    pub fn from_location() -> Self {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let mut pairs = Vec::new();
        if let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) {
            if let Ok(Some(entries)) = js_sys::try_iter(&params) {
                for entry in entries.flatten() {
                    let entry: js_sys::Array = entry.unchecked_into();
                    if let (Some(k), Some(v)) = (entry.get(0).as_string(), entry.get(1).as_string())
                    {
                        pairs.push((k, v));
                    }
                }
            }
        }
        Query(RwSignal::new(pairs))
    }

    /// The value of `key` (tracked).
    pub fn get(&self, key: &str) -> Option<String> {
        self.0.with(|pairs| find(pairs, key))
    }

    pub fn get_untracked(&self, key: &str) -> Option<String> {
        self.0.with_untracked(|pairs| find(pairs, key))
    }

    /// `?…` for the current query without `key` (tracked); "" when nothing is left.
    pub fn search_without(&self, key: &str) -> String {
        self.0.with(|pairs| {
            search(
                &pairs
                    .iter()
                    .filter(|(k, _)| k != key)
                    .cloned()
                    .collect::<Vec<_>>(),
            )
        })
    }
}

fn find(pairs: &[(String, String)], key: &str) -> Option<String> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
}

/// `?k=v&…`, each value encoded; "" for none.
fn search(pairs: &[(String, String)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", js_sys::encode_uri_component(v)))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

pub fn use_query() -> Query {
    context::<Query>()
}

/// Change some query parameters (an empty value removes one). Within this page the address is
/// replaced, not added to the history; a screen held by the other page is opened there.
pub fn use_go() -> impl Fn(&[(&str, &str)]) + Clone {
    let query = use_query();
    let current = context::<CurrentPage>();
    let catalog = context::<CatalogState>();
    move |params: &[(&str, &str)]| {
        let mut pairs = query.0.get_untracked();
        for (key, value) in params {
            pairs.retain(|(k, _)| k != key);
            let value = safe(value);
            if !value.is_empty() {
                pairs.push((key.to_string(), value));
            }
        }
        let tool = find(&pairs, "q").and_then(|id| catalog.tool_of(&id));
        let page = Screen::of(find(&pairs, "q"), find(&pairs, "view").as_deref()).page(tool);
        let Some(window) = web_sys::window() else {
            return;
        };
        if page == current.0 {
            let path = window.location().pathname().unwrap_or_default();
            let url = format!("{path}{}", search(&pairs));
            let _ = window.history().and_then(|h| {
                h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            });
            query.0.set(pairs);
        } else {
            let _ = window
                .location()
                .assign(&format!("{page}{}", search(&pairs)));
        }
    }
}

/// Ids and language codes are plain; anything else is dropped rather than encoded.
fn safe(value: &str) -> String {
    value
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect()
}
