//! The shipped help contacts, and how a country and a standard drink are shown.

use selfassess::engine::help::{
    default_country, localised, millilitres, tel_href, Contact, Country, CountryHints,
    DRINK_EXAMPLES,
};
use selfassess::engine::language::LanguageTag;
use selfassess::engine::source::{load_countries, load_locales};
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn shipped() -> Vec<Country> {
    let locales = load_locales(&Path::new(ROOT).join("locales")).expect("locales are valid");
    let languages: Vec<_> = locales.into_iter().map(|l| l.language).collect();
    load_countries(&Path::new(ROOT).join("help"), &languages).unwrap_or_else(|p| {
        panic!(
            "{}",
            p.iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

#[test]
fn the_countries_drughelp_served_and_those_of_our_languages_are_there() {
    let codes: Vec<String> = shipped().into_iter().map(|c| c.country).collect();
    for code in [
        "ME", "HR", "BA", "MK", "RS", "GR", "RO", "GE", "FR", "GB", "CY", "MD",
    ] {
        assert!(codes.iter().any(|c| c == code), "{code} is missing");
    }
}

fn chosen(site: Option<&str>, browser: &[&str], app_language: &str) -> Option<String> {
    let countries = shipped();
    let browser: Vec<String> = browser.iter().map(|t| t.to_string()).collect();
    let hints = CountryHints {
        site,
        browser: &browser,
        app_language,
    };
    default_country(hints, &countries).map(|c| c.country.clone())
}

#[test]
fn each_app_language_pre_selects_its_country_when_the_browser_says_nothing() {
    for (lang, country) in [
        ("en", "GB"),
        ("fr", "FR"),
        ("sr", "RS"),
        ("hr", "HR"),
        ("mk", "MK"),
        ("el", "GR"),
        ("ro", "RO"),
    ] {
        assert_eq!(chosen(None, &[], lang).as_deref(), Some(country), "{lang}");
    }
    assert_eq!(chosen(None, &[], "xx"), None);
}

#[test]
fn a_browser_region_with_a_help_file_comes_before_any_language() {
    assert_eq!(chosen(None, &["sr-ME"], "sr").as_deref(), Some("ME"));
    assert_eq!(
        chosen(None, &["sr-Latn-ME", "sr"], "sr").as_deref(),
        Some("ME")
    );
    assert_eq!(chosen(None, &["hr-BA"], "hr").as_deref(), Some("BA"));
    assert_eq!(chosen(None, &["el-CY"], "el").as_deref(), Some("CY"));
    assert_eq!(chosen(None, &["ro-MD"], "ro").as_deref(), Some("MD"));
    // A region in a later tag still wins over a language in an earlier one.
    assert_eq!(chosen(None, &["sr", "sr-ME"], "sr").as_deref(), Some("ME"));
    // A region without a help file is passed over; then languages count, in the browser's order.
    assert_eq!(chosen(None, &["de-AT", "el"], "en").as_deref(), Some("GR"));
    assert_eq!(chosen(None, &["fr-CA", "el"], "el").as_deref(), Some("FR"));
}

#[test]
fn a_browser_language_a_help_file_claims_comes_before_the_app_language() {
    assert_eq!(chosen(None, &["bs"], "hr").as_deref(), Some("BA"));
    assert_eq!(chosen(None, &["cnr"], "sr").as_deref(), Some("ME"));
    assert_eq!(chosen(None, &["el"], "el").as_deref(), Some("GR"));
    // ?lang= changes the app language, not the country the browser points to.
    assert_eq!(chosen(None, &["el"], "fr").as_deref(), Some("GR"));
    assert_eq!(chosen(None, &["de-DE", "de"], "fr").as_deref(), Some("FR"));
}

#[test]
fn the_hosts_country_comes_first() {
    assert_eq!(
        chosen(Some("MK"), &["el-GR", "el"], "el").as_deref(),
        Some("MK")
    );
    // A code without a help file is refused at build time; here it is simply passed over.
    assert_eq!(chosen(Some("ZZ"), &["bs"], "hr").as_deref(), Some("BA"));
}

#[test]
fn a_language_tag_gives_its_language_and_region() {
    let tag = LanguageTag::parse("sr-Latn-ME");
    assert_eq!((tag.language, tag.region), ("sr", Some("ME")));
    assert_eq!(LanguageTag::parse("cnr").region, None);
    assert_eq!(LanguageTag::parse("es-419").region, None);
    assert_eq!(LanguageTag::parse("en_GB").region, Some("GB"));
}

#[test]
fn each_language_leads_to_one_country_at_most() {
    let countries = shipped();
    let mut claimed: Vec<&String> = countries.iter().flat_map(|c| &c.languages).collect();
    let all = claimed.len();
    claimed.sort();
    claimed.dedup();
    assert_eq!(claimed.len(), all, "a language is claimed twice");
}

#[test]
fn a_country_offers_only_the_contacts_its_file_has() {
    let countries = shipped();
    let france = countries
        .iter()
        .find(|c| c.country == "FR")
        .expect("France");
    assert_eq!(france.number(Contact::CrisisLine), Some("3114"));
    assert_eq!(france.number(Contact::Emergency), Some("112"));
    let mut without = france.clone();
    without.crisis_line = None;
    without.ambulance = None;
    assert_eq!(without.number(Contact::CrisisLine), None);
    assert_eq!(without.number(Contact::Ambulance), None);
    assert_eq!(tel_href("0 800 23 13 13"), "tel:0800231313");
    assert_eq!(tel_href("+373 22 72-16-18"), "tel:+37322721618");
}

#[test]
fn every_service_speaks_english_and_has_a_way_to_reach_it() {
    for country in shipped() {
        assert!(!country.emergency.is_empty());
        assert!(
            (5.0..=20.0).contains(&country.standard_drink.grams),
            "{}",
            country.country
        );
        for service in &country.services {
            assert!(
                !localised(&service.offer, "en").is_empty(),
                "{}",
                service.name
            );
            assert!(
                service.phone.is_some() || service.website.is_some(),
                "{} has no phone or website",
                service.name
            );
        }
    }
}

#[test]
fn a_standard_drink_as_amounts() {
    // 10 g of alcohol: 10 / (0.05 x 0.789) = 253.5 ml of 5% beer, rounded to 5 ml.
    let amounts: Vec<u32> = DRINK_EXAMPLES
        .iter()
        .map(|d| millilitres(10.0, d.abv))
        .collect();
    assert_eq!(amounts, vec![255, 105, 30]);
    assert_eq!(millilitres(8.0, 40.0), 25);
}

#[test]
fn a_localised_text_falls_back_to_english() {
    let text = [
        ("en".to_string(), "Help".to_string()),
        ("hr".to_string(), "Pomoć".to_string()),
    ]
    .into_iter()
    .collect();
    assert_eq!(localised(&text, "hr"), "Pomoć");
    assert_eq!(localised(&text, "el"), "Help");
}

/// The country names a help file gives, for a language whose browsers may have none.
#[test]
fn every_country_is_named_in_macedonian_and_a_name_in_an_unknown_language_is_refused() {
    for country in shipped() {
        let name = country
            .names
            .get("mk")
            .map(String::as_str)
            .unwrap_or_default();
        assert!(
            name.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
            "{} has no Macedonian name",
            country.country
        );
    }
    let locales = load_locales(&Path::new(ROOT).join("locales")).expect("locales are valid");
    let languages: Vec<_> = locales.into_iter().map(|l| l.language).collect();
    let dir = tempfile::tempdir().unwrap();
    let source = std::fs::read_to_string(Path::new(ROOT).join("help/gb.toml")).unwrap();
    let changed = source.replace(
        "names = { mk =",
        "names = { de = \"Vereinigtes Königreich\", mk =",
    );
    assert_ne!(source, changed);
    std::fs::write(dir.path().join("gb.toml"), changed).unwrap();
    let problems: Vec<String> = load_countries(dir.path(), &languages)
        .unwrap_err()
        .iter()
        .map(|p| p.to_string())
        .collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("gb.toml") && p.contains("\"de\" is not a language of this app")),
        "{problems:?}"
    );
}
