//! Choosing a language: `?lang=`, then the browser's languages, then English.

use selfassess::engine::language::{around_placeholder, negotiate, Language};

fn languages() -> Vec<Language> {
    let l = |code: &str, also: &[&str]| Language {
        code: code.into(),
        name: code.into(),
        also_for: also.iter().map(|s| s.to_string()).collect(),
    };
    vec![
        l("en", &[]),
        l("fr", &[]),
        l("sr", &["sh", "cnr"]),
        l("hr", &["bs"]),
        l("mk", &[]),
        l("el", &[]),
        l("ro", &[]),
    ]
}

fn browser(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_url_wins() {
    assert_eq!(
        negotiate(Some("mk"), &browser(&["fr-FR"]), &languages()),
        "mk"
    );
}

#[test]
fn an_unknown_url_language_falls_through_to_the_browser() {
    assert_eq!(
        negotiate(Some("xx"), &browser(&["ro-RO"]), &languages()),
        "ro"
    );
    assert_eq!(negotiate(Some(""), &browser(&["el"]), &languages()), "el");
}

#[test]
fn browser_languages_in_order_by_primary_subtag() {
    assert_eq!(
        negotiate(None, &browser(&["de-DE", "sr-Latn-RS", "en"]), &languages()),
        "sr"
    );
    assert_eq!(negotiate(None, &browser(&["FR-ca"]), &languages()), "fr");
}

#[test]
fn related_languages_reach_the_closest_we_have() {
    assert_eq!(negotiate(None, &browser(&["bs-BA"]), &languages()), "hr");
    assert_eq!(negotiate(None, &browser(&["cnr"]), &languages()), "sr");
}

#[test]
fn english_when_nothing_matches() {
    assert_eq!(
        negotiate(None, &browser(&["ja-JP", "de"]), &languages()),
        "en"
    );
    assert_eq!(negotiate(None, &[], &languages()), "en");
}

#[test]
fn a_string_is_split_where_a_link_goes() {
    assert_eq!(
        around_placeholder("In an emergency, call {number}.", "number"),
        ("In an emergency, call ", ".")
    );
    assert_eq!(
        around_placeholder("{number} : appelez", "number"),
        ("", " : appelez")
    );
    assert_eq!(around_placeholder("Call", "number"), ("Call", ""));
}
