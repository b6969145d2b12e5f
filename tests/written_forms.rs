//! How each language writes what depends on a number: plural forms (one per CLDR category, checked
//! when the locales load; the browser picks one), and the decimals and dates a browser without the
//! language's data is given.

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

#[test]
fn a_decimal_is_written_with_the_languages_separator_and_no_trailing_zero() {
    use selfassess::engine::numbers::write_decimal;
    assert_eq!(write_decimal(8.5, 1, ","), "8,5");
    assert_eq!(write_decimal(8.0, 1, ","), "8");
    assert_eq!(write_decimal(12.25, 2, "."), "12.25");
    assert_eq!(write_decimal(0.05, 2, ","), "0,05");
    assert_eq!(write_decimal(2.50, 2, ","), "2,5");
    assert_eq!(write_decimal(-1.5, 1, ","), "-1,5");
    assert_eq!(write_decimal(44.0, 0, ","), "44");
}

#[test]
fn a_date_is_written_in_the_languages_pattern_from_the_iso_day() {
    use selfassess::engine::numbers::write_date;
    let saved = "2026-03-06T23:10:00.000Z";
    assert_eq!(
        write_date(saved, "{day}.{month}.{year}").unwrap(),
        "6.3.2026"
    );
    assert_eq!(
        write_date(saved, "{day}. {month}. {year}.").unwrap(),
        "6. 3. 2026."
    );
    assert!(write_date("yesterday", "{day}").is_none());
    assert!(write_date("2026-13-01", "{day}").is_none());
}

#[test]
fn the_day_of_an_iso_date_time_is_its_first_ten_characters() {
    use selfassess::engine::numbers::iso_day;
    assert_eq!(iso_day("2026-12-06T10:00:00.000Z"), "2026-12-06");
    assert_eq!(iso_day("2026-12-06"), "2026-12-06");
    assert_eq!(iso_day("2026"), "2026");
    assert_eq!(iso_day("ÅÅÅÅ-ÅÅ-ÅÅTx"), "ÅÅÅÅ-ÅÅ-ÅÅ");
}
