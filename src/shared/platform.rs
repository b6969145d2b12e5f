//! The few browser calls the app needs, in one place.

use crate::engine::data_file;
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Fetch one of the app's own compiled data files (a relative URL, so any sub-path works).
pub async fn fetch_data<T: DeserializeOwned>(path: &str) -> Result<T, String> {
    decode_data(path, &fetch_bytes(path).await?)
}

pub fn decode_data<T: DeserializeOwned>(path: &str, bytes: &[u8]) -> Result<T, String> {
    data_file::decode(bytes).map_err(|e| format!("{path}: {e}"))
}

/// One of the app's own data files, unpacked. Not generic, so the wasm holds the fetching once.
/// The files are gzipped at build time, so they travel small from any server.
pub async fn fetch_bytes(path: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| format!("{path}: network error"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("{path}: HTTP {}", response.status()));
    }
    let body = response.body().ok_or_else(|| format!("{path}: empty"))?;
    // Browsers before 2023 (Safari 16.4, Firefox 113) have no gzip decoder: say so, not hang.
    let Ok(gunzip) = DecompressionStream::new("gzip") else {
        return Err(too_old().await);
    };
    let unpacked = body.pipe_through(gunzip.unchecked_ref());
    let unpacked =
        web_sys::Response::new_with_opt_readable_stream(Some(&unpacked)).map_err(|_| "no body")?;
    let bytes = JsFuture::from(unpacked.array_buffer().map_err(|_| "no body")?)
        .await
        .map_err(|_| format!("{path}: cannot read"))?;
    Ok(js_sys::Uint8Array::new(&bytes).to_vec())
}

/// "This browser is too old…" in the visitor's language: the build writes it in every language to
/// a plain JSON file beside the page, `too-old.json` (scripts/postbuild.mjs), since the interface
/// strings cannot be unpacked.
async fn too_old() -> String {
    const KEY: &str = "app.browser_too_old";
    let texts = async {
        let response = JsFuture::from(web_sys::window()?.fetch_with_str("too-old.json"))
            .await
            .ok()?;
        let response: web_sys::Response = response.dyn_into().ok()?;
        JsFuture::from(response.json().ok()?).await.ok()
    };
    // Like a missing interface string, a build without it shows the key.
    let Some(texts) = texts.await else {
        return KEY.to_string();
    };
    let text_in = |lang: &str| js_sys::Reflect::get(&texts, &lang.into()).ok()?.as_string();
    browser_languages()
        .iter()
        .map(|tag| {
            tag.split('-')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase()
        })
        .chain([crate::engine::language::FALLBACK.to_string()])
        .find_map(|lang| text_in(&lang))
        .unwrap_or_default()
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's own gzip decoder (web-sys has it only behind an unstable flag).
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, wasm_bindgen::JsValue>;
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return vec![];
    };
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Keep `<html lang>` in step with the chosen language, for screen readers and hyphenation.
pub fn set_document_language(code: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}

/// Move focus to an element by id (a new screen's heading), after it is drawn, unless the person
/// is already answering in that screen: a fast tab or tap into a field wins over a late heading.
pub fn focus_soon(id: impl Into<String>) {
    let id: String = id.into();
    leptos::prelude::request_animation_frame(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(element) = document
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let screen = element.parent_element();
        let already_inside = document.active_element().is_some_and(|active| {
            let field = matches!(active.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA");
            field
                && screen
                    .as_ref()
                    .is_some_and(|s| s.contains(Some(active.unchecked_ref())))
        });
        if !already_inside {
            let _ = element.focus();
        }
    });
}

/// A country's name in the given language (an `Intl` tag), from the browser's own `Intl.DisplayNames`.
pub fn region_name(lang: &str, code: &str) -> String {
    let name = (|| {
        let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let constructor: js_sys::Function = js_sys::Reflect::get(&intl, &"DisplayNames".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"type".into(), &"region".into()).ok()?;
        let args = js_sys::Array::of2(&js_sys::Array::of1(&lang.into()), &options);
        let names = js_sys::Reflect::construct(&constructor, &args).ok()?;
        let of: js_sys::Function = js_sys::Reflect::get(&names, &"of".into())
            .ok()?
            .dyn_into()
            .ok()?;
        of.call1(&names, &code.into()).ok()?.as_string()
    })();
    name.unwrap_or_else(|| code.to_string())
}

/// Open the browser's print dialog (where "Save as PDF" is too).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Offer `text` as a file to save (nothing leaves the device: the browser writes it locally).
pub fn download(filename: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(filename);
        link.click();
    }
    // Released later, not at once: a browser may still be reading it when click() returns.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
}

/// What became of the file chosen in a file input.
pub enum ChosenFile {
    Text(String),
    /// Larger than the limit: refused from its size, before a byte of it is read.
    TooLarge {
        bytes: usize,
    },
    /// The browser could not read it; its name.
    Unreadable(String),
}

/// The text of the file chosen in a file input, if any, when it is at most `max_bytes` long.
pub async fn chosen_file_text(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Option<ChosenFile> {
    let file = input.files()?.get(0)?;
    if file.size() > max_bytes as f64 {
        return Some(ChosenFile::TooLarge {
            bytes: file.size() as usize,
        });
    }
    Some(match JsFuture::from(file.text()).await {
        Ok(text) => ChosenFile::Text(text.as_string().unwrap_or_default()),
        Err(_) => ChosenFile::Unreadable(file.name()),
    })
}

/// Now, as an ISO 8601 timestamp.
pub fn now_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// The device's local storage, used only when the person asks to keep an assessment.
pub mod kept {
    /// None where the browser refuses storage, as it may in a frame on another site's page
    /// (gloo-storage panics there, which took the whole embedded assessment down).
    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    pub fn get(key: &str) -> Option<String> {
        storage()?.get_item(key).ok().flatten()
    }
    pub fn set(key: &str, value: &str) -> bool {
        storage().is_some_and(|s| s.set_item(key, value).is_ok())
    }
    pub fn delete(key: &str) {
        if let Some(s) = storage() {
            let _ = s.remove_item(key);
        }
    }
}

/// Inside another site's frame, tell the host page this page's height whenever it changes.
/// The message carries the height and nothing else; the host's script checks where it comes from.
pub fn report_height_to_host() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let post = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        else {
            return;
        };
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"selfassess:height".into());
        let _ = js_sys::Reflect::set(
            &message,
            &"height".into(),
            &f64::from(root.scroll_height()).into(),
        );
        // Any origin may receive it: it says only how tall the page is.
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    post.forget(); // lives as long as the page
}

/// Whether this page runs inside a frame.
pub fn in_frame() -> bool {
    web_sys::window()
        .and_then(|w| w.parent().ok().flatten().map(|p| p != w))
        .unwrap_or(false)
}

/// Set the page's accent colours (already checked) as CSS variables.
pub fn set_accent(accent: &str, ink: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let style = root.style();
        let _ = style.set_property("--accent", accent);
        let _ = style.set_property("--accent-ink", ink);
    }
}

/// Leave for `url`, replacing the current history entry; inside a frame, the whole tab leaves.
pub fn leave_for(url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let target = if in_frame() {
        window.top().ok().flatten().unwrap_or(window)
    } else {
        window
    };
    let _ = target.location().replace(url);
}

/// Open `url` in place of this page, leaving no history entry for the address that led here.
pub fn replace_location(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(url);
    }
}

/// The offline copy: a service worker (`sw.js`, written at build time) and its cache, present only
/// after the person asked for it, and removed, cache and all, when they ask.
pub mod offline {
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    fn container() -> Option<web_sys::ServiceWorkerContainer> {
        let navigator = web_sys::window()?.navigator();
        // Absent outside secure contexts (http:// other than localhost, file://).
        js_sys::Reflect::has(&navigator, &"serviceWorker".into())
            .unwrap_or(false)
            .then(|| navigator.service_worker())
    }

    /// Whether this browser and address allow an offline copy at all.
    pub fn possible() -> bool {
        container().is_some() && web_sys::window().and_then(|w| w.caches().ok()).is_some()
    }

    async fn registration() -> Option<web_sys::ServiceWorkerRegistration> {
        let found = JsFuture::from(container()?.get_registration()).await.ok()?;
        found.dyn_into().ok()
    }

    /// Whether this copy is kept for offline use on this device.
    pub async fn is_kept() -> bool {
        registration().await.is_some()
    }

    /// Register the worker and wait until it has cached every file of this release.
    pub async fn keep() -> Result<(), JsValue> {
        let container = container().ok_or("no service workers here")?;
        JsFuture::from(container.register("sw.js")).await?;
        JsFuture::from(container.ready()?).await?;
        Ok(())
    }

    /// Unregister the worker and delete this copy's caches; other copies on this origin stay.
    pub async fn remove() -> Result<(), JsValue> {
        if let Some(registration) = registration().await {
            let prefix = format!("selfassess {} ", registration.scope());
            JsFuture::from(registration.unregister()?).await?;
            let caches = web_sys::window().ok_or("no window")?.caches()?;
            let names: js_sys::Array = JsFuture::from(caches.keys()).await?.unchecked_into();
            for name in names.iter().filter_map(|n| n.as_string()) {
                if name.starts_with(&prefix) {
                    JsFuture::from(caches.delete(&name)).await?;
                }
            }
        }
        Ok(())
    }
}

/// An options object for the browser's `Intl` constructors.
fn intl_options(entries: &[(&str, JsValue)]) -> js_sys::Object {
    let options = js_sys::Object::new();
    for (name, value) in entries {
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str(name), value);
    }
    options
}

fn locales(lang: &str) -> js_sys::Array {
    js_sys::Array::of1(&JsValue::from_str(lang))
}

/// Whether the browser has data to write numbers and dates in `lang` (Chrome has none for
/// Macedonian, and would write them in English).
pub fn intl_knows(lang: &str) -> bool {
    js_sys::Intl::DateTimeFormat::supported_locales_of(&locales(lang), &js_sys::Object::new())
        .length()
        > 0
        && js_sys::Intl::NumberFormat::supported_locales_of(&locales(lang), &js_sys::Object::new())
            .length()
            > 0
}

/// The CLDR plural category (`one`, `few`, `other`…) of `n` in `lang`, as the browser's
/// `Intl.PluralRules` chooses it. The language codes are checked against CLDR at build time.
pub fn plural_category(lang: &str, n: f64) -> String {
    js_sys::Intl::PluralRules::new(&locales(lang), &js_sys::Object::new())
        .select(n)
        .into()
}

/// Calls an `Intl` formatter's `format` with one value; empty if the browser refuses.
fn call_format(format: js_sys::Function, value: &JsValue) -> String {
    format
        .call1(&JsValue::UNDEFINED, value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// A number as `lang` writes it, with at most `decimals` decimals: "8,5" in French, "8.5" in English.
pub fn format_number(lang: &str, value: f64, decimals: u8) -> String {
    let options = intl_options(&[("maximumFractionDigits", JsValue::from(decimals))]);
    let format = js_sys::Intl::NumberFormat::new(&locales(lang), &options).format();
    call_format(format, &JsValue::from(value))
}

/// The day of an ISO date-time ("2026-12-06T10:00:00Z") as `lang` writes a date ("6 décembre
/// 2026"); the ISO day itself if the browser cannot read it.
pub fn format_date(lang: &str, iso: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return crate::engine::numbers::iso_day(iso).to_string();
    }
    let options = intl_options(&[("dateStyle", JsValue::from_str("long"))]);
    let format = js_sys::Intl::DateTimeFormat::new(&locales(lang), &options).format();
    call_format(format, &date)
}
