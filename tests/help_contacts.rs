//! The shipped help contacts, and how a country and a standard drink are shown.

use selfassess::engine::help::{default_country, localised, millilitres, Country, DRINK_EXAMPLES};
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
    for code in ["ME", "HR", "BA", "MK", "RS", "GR", "RO", "GE", "FR", "GB"] {
        assert!(codes.iter().any(|c| c == code), "{code} is missing");
    }
}

#[test]
fn each_language_pre_selects_its_country() {
    let countries = shipped();
    for (lang, country) in [
        ("en", "GB"),
        ("fr", "FR"),
        ("sr", "RS"),
        ("hr", "HR"),
        ("mk", "MK"),
        ("el", "GR"),
        ("ro", "RO"),
    ] {
        assert_eq!(
            default_country(lang, &countries).map(|c| c.country.as_str()),
            Some(country),
            "{lang}"
        );
    }
    assert_eq!(default_country("xx", &countries), None);
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
