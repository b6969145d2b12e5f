//! Languages, the catalogue of questionnaires, and choosing a language for a visitor.

use super::model::Tool;
use litemap::LiteMap;
use serde::{Deserialize, Serialize};

/// The language used when nothing else matches.
pub const FALLBACK: &str = "en";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    /// BCP 47 primary code, such as "sr".
    pub code: String,
    /// The language's name in itself, such as "Srpski".
    pub name: String,
    /// Other codes a browser may send for which this language is the best we have.
    #[serde(default)]
    pub also_for: Vec<String>,
}

/// A questionnaire on offer. Its title, description and topic label are in each language's
/// interface strings (see `catalog_key`), so that a visit downloads only the language it shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogEntry {
    pub id: String,
    pub tool: Tool,
    pub minutes: Option<u32>,
    #[serde(default)]
    pub topic: Option<String>,
}

/// The key, among the interface strings, of a questionnaire's `text` (`title`, `description`,
/// `topic`) as the catalogue offers it.
pub fn catalog_key(id: &str, text: &str) -> String {
    format!("catalog.{id}.{text}")
}

/// What the app fetches first: the site's settings, the languages and the questionnaires on offer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub site: Site,
    pub languages: Vec<Language>,
    pub questionnaires: Vec<CatalogEntry>,
}

/// Settings a host of its own copy changes in `site.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// Where "Quick exit" goes: a neutral page that replaces this one.
    pub quick_exit_url: String,
    /// This copy's name in the header (an NGO's own); the translated "selfassess" when absent.
    #[serde(default)]
    pub name: Option<String>,
    /// This copy's logo, shown before the name in the header: in `site.toml`, a file beside it
    /// (SVG, PNG, WebP or JPEG, at most 50 KB); in the built catalogue, where the app fetches it.
    #[serde(default)]
    pub logo: Option<String>,
    /// This copy's accent colour, as hex digits; refused at build time if text on it is hard to read.
    #[serde(default)]
    pub accent: Option<String>,
    /// Which sites may show this copy in a frame (CSP `frame-ancestors`), such as
    /// `["'self'", "https://ngo.example"]`; any site when absent.
    #[serde(default)]
    pub frame_ancestors: Option<Vec<String>>,
    /// The questionnaires this copy offers, in this order; all of them when absent.
    #[serde(default)]
    pub questionnaires: Option<Vec<String>>,
    /// The country whose help is offered first (a help file's code, such as "MK"); the person can
    /// change it. When absent, it is chosen from the browser's languages.
    #[serde(default)]
    pub country: Option<String>,
}

/// One language's interface strings, keyed like "nav.next".
pub type UiTexts = LiteMap<String, String>;

/// A string that takes a count is stored as one entry per CLDR plural category its language has,
/// keyed `result.points_of#one`, `result.points_of#few`, `result.points_of#other`.
pub const PLURAL_MARK: char = '#';

/// CLDR's plural categories, as `Intl.PluralRules` names them.
pub const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The key a plural form is stored under.
pub fn plural_key(key: &str, category: &str) -> String {
    format!("{key}{PLURAL_MARK}{category}")
}

/// A key without its plural category: `result.points_of#one` → `result.points_of`.
pub fn base_key(key: &str) -> &str {
    key.split_once(PLURAL_MARK).map_or(key, |(base, _)| base)
}

/// The form of `key` for a count in `category` (as the browser's `Intl.PluralRules` chose it):
/// that category's form, else `other` (every language has it), else a plain string.
pub fn plural_form<'a>(ui: &'a UiTexts, key: &str, category: &str) -> Option<&'a String> {
    ui.get(&plural_key(key, category))
        .or_else(|| ui.get(&plural_key(key, "other")))
        .or_else(|| ui.get(key))
}

/// Where the strings used only on the page for organisations go: `ui/assessment/<code>`, beside
/// `ui/<code>` with all the others, so that the self-tests' page does not download them.
pub const ORGANISATION_UI: &str = "assessment";

/// The interface sections used only on the page for organisations (the policy assessment).
pub const ORGANISATION_SECTIONS: [&str; 12] = [
    "assessment",
    "parties",
    "references",
    "csv",
    "evidence",
    "plan",
    "export",
    "import",
    "keep",
    "report",
    "review",
    "stakeholders",
];

/// The strings of the page's crash message, which plain JS shows when the wasm has stopped (see
/// `scripts/postbuild.mjs`): written to `crash.json`, one entry per language, not to `ui/<code>`.
/// The message's quick exit says `exit.button`, which the app shows too.
pub const CRASH_KEYS: [&str; 4] = ["crash.heading", "crash.body", "crash.reload", "exit.button"];

/// One language's strings as two files: (for every page, for the organisations' page only).
pub fn split_ui(ui: &UiTexts) -> (UiTexts, UiTexts) {
    ui.iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .partition(|(key, _)| {
            let section = base_key(key).split('.').next().unwrap_or_default();
            !ORGANISATION_SECTIONS.contains(&section)
        })
}

/// The parts of a BCP 47 tag that choose a language and a country: its language and its region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LanguageTag<'a> {
    pub language: &'a str,
    pub region: Option<&'a str>,
}

impl<'a> LanguageTag<'a> {
    /// `sr-Latn-ME` → sr and ME; `cnr` → cnr alone. A region is two letters (a numeric one names
    /// no country).
    pub fn parse(tag: &'a str) -> Self {
        let mut parts = tag.split(['-', '_']);
        let language = parts.next().unwrap_or_default();
        let region = parts.find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()));
        LanguageTag { language, region }
    }
}

fn primary(tag: &str) -> String {
    LanguageTag::parse(tag).language.to_ascii_lowercase()
}

fn matching<'a>(tag: &str, languages: &'a [Language]) -> Option<&'a Language> {
    let code = primary(tag);
    languages
        .iter()
        .find(|l| l.code == code)
        .or_else(|| languages.iter().find(|l| l.also_for.contains(&code)))
}

/// The URL's `?lang=` first, then the browser's languages in order, then English.
pub fn negotiate(requested: Option<&str>, browser: &[String], languages: &[Language]) -> String {
    requested
        .and_then(|r| languages.iter().find(|l| l.code == r))
        .or_else(|| browser.iter().find_map(|tag| matching(tag, languages)))
        .map(|l| l.code.clone())
        .unwrap_or_else(|| FALLBACK.to_string())
}

/// A string split at its `{name}` placeholder, so that a link can stand there: the text before
/// and after. A string without it keeps everything before, and the link comes last.
pub fn around_placeholder<'a>(text: &'a str, name: &str) -> (&'a str, &'a str) {
    let mark = format!("{{{name}}}");
    match text.find(&mark) {
        Some(at) => (&text[..at], &text[at + mark.len()..]),
        None => (text, ""),
    }
}
