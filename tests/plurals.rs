//! Strings that take a count: one form per CLDR plural category of each language, checked when the
//! locales load; the browser's Intl.PluralRules picks the category at run time.

use selfassess::engine::language::{plural_form, UiTexts};
use selfassess::engine::source::{load_locales, plural_categories};
use std::fs;
use std::path::Path;

#[test]
fn cldr_gives_each_shipped_language_its_categories() {
    let expected = [
        ("en", vec!["one", "other"]),
        ("fr", vec!["one", "many", "other"]),
        ("sr", vec!["one", "few", "other"]),
        ("hr", vec!["one", "few", "other"]),
        ("mk", vec!["one", "other"]),
        ("el", vec!["one", "other"]),
        ("ro", vec!["one", "few", "other"]),
    ];
    for (code, categories) in expected {
        assert_eq!(plural_categories(code).unwrap(), categories, "{code}");
    }
    assert!(plural_categories("not a tag!").is_err());
}

#[test]
fn every_plural_string_of_every_shipped_language_has_its_forms() {
    let locales = load_locales(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"))
        .unwrap_or_else(|p| panic!("{p:?}"));
    let sr = locales.iter().find(|l| l.language.code == "sr").unwrap();
    for category in ["one", "few", "other"] {
        assert!(sr.ui.contains_key(&format!("result.points_of#{category}")));
    }
}

#[test]
fn the_form_falls_back_to_other_then_to_a_plain_string() {
    let ui: UiTexts = [
        ("n#one", "{n} bod"),
        ("n#few", "{n} boda"),
        ("n#other", "{n} bodova"),
        ("plain", "{n}"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(plural_form(&ui, "n", "few").unwrap(), "{n} boda");
    assert_eq!(plural_form(&ui, "n", "one").unwrap(), "{n} bod");
    assert_eq!(plural_form(&ui, "n", "many").unwrap(), "{n} bodova");
    assert_eq!(plural_form(&ui, "plain", "one").unwrap(), "{n}");
    assert!(plural_form(&ui, "absent", "one").is_none());
}

/// Loads an English and a Serbian file with the given bodies and returns the problems, as text.
fn problems(en: &str, sr: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("en.toml"),
        format!("[language]\nname = \"English\"\n\n{en}"),
    )
    .unwrap();
    fs::write(
        dir.path().join("sr.toml"),
        format!("[language]\nname = \"Srpski\"\n\n{sr}"),
    )
    .unwrap();
    match load_locales(dir.path()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(|p| p.to_string()).collect(),
    }
}

const EN: &str = "[result]\npoints = { one = \"{n} point\", other = \"{n} points\" }\n";

#[test]
fn complete_forms_load() {
    let sr =
        "[result]\npoints = { one = \"{n} poen\", few = \"{n} poena\", other = \"{n} poena\" }\n";
    assert_eq!(problems(EN, sr), Vec::<String>::new());
}

#[test]
fn a_missing_form_names_the_file_the_key_and_the_form() {
    let sr = "[result]\npoints = { one = \"{n} poen\", other = \"{n} poena\" }\n";
    let found = problems(EN, sr);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("sr.toml"), "{found:?}");
    assert!(found[0].contains("result.points"), "{found:?}");
    assert!(found[0].contains("missing: few"), "{found:?}");
}

#[test]
fn a_form_the_language_does_not_have_is_refused() {
    let sr = "[result]\npoints = { one = \"a\", two = \"b\", few = \"c\", other = \"d\" }\n";
    let found = problems(EN, sr);
    assert!(
        found
            .iter()
            .any(|p| p.contains("not used in this language: two")),
        "{found:?}"
    );
}

#[test]
fn one_string_where_english_counts_is_refused_and_so_is_the_reverse() {
    let found = problems(EN, "[result]\npoints = \"Broj poena: {n}\"\n");
    assert!(
        found.iter().any(|p| p.contains("missing: one, few, other")),
        "{found:?}"
    );
    let en = "[result]\npoints = \"Points: {n}\"\n";
    let sr = "[result]\npoints = { one = \"a\", few = \"b\", other = \"c\" }\n";
    let found = problems(en, sr);
    assert!(
        found
            .iter()
            .any(|p| p.contains("in en.toml it is one string")),
        "{found:?}"
    );
}

#[test]
fn an_empty_form_is_refused() {
    let sr = "[result]\npoints = { one = \"\", few = \"b\", other = \"c\" }\n";
    let found = problems(EN, sr);
    assert!(
        found.iter().any(|p| p.contains("result.points#one")),
        "{found:?}"
    );
}
