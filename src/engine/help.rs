//! Where to get help, per country: emergency numbers, services, and the size of a standard drink.

use litemap::LiteMap;
use serde::{Deserialize, Serialize};

/// Text given in several languages; English is always there.
pub type Localised = LiteMap<String, String>;

/// The language every help text must have, shown when the person's language is missing.
pub const HELP_FALLBACK: &str = "en";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case; the file is named by it in lower case.
    pub country: String,
    /// The app languages for which this country is pre-selected.
    #[serde(default)]
    pub languages: Vec<String>,
    pub emergency: String,
    #[serde(default)]
    pub ambulance: Option<String>,
    pub standard_drink: StandardDrink,
    pub services: Vec<Service>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StandardDrink {
    pub grams: f32,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub name: String,
    pub offer: Localised,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub hours: Option<Localised>,
    #[serde(default)]
    pub anonymous: bool,
    #[serde(default)]
    pub free: bool,
}

/// A drink and its usual strength, to show a standard drink as amounts people know.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DrinkExample {
    /// The interface string key of its name.
    pub key: &'static str,
    /// Alcohol by volume, in per cent.
    pub abv: f32,
}

/// Beer, wine and spirits at common strengths.
pub const DRINK_EXAMPLES: [DrinkExample; 3] = [
    DrinkExample {
        key: "drink.beer",
        abv: 5.0,
    },
    DrinkExample {
        key: "drink.wine",
        abv: 12.0,
    },
    DrinkExample {
        key: "drink.spirits",
        abv: 40.0,
    },
];

/// Ethanol weighs 0.789 g per ml.
const ETHANOL_DENSITY: f32 = 0.789;

/// How many millilitres of a drink hold `grams` of pure alcohol, rounded to 5 ml.
pub fn millilitres(grams: f32, abv: f32) -> u32 {
    let ml = grams / (abv / 100.0 * ETHANOL_DENSITY);
    ((ml / 5.0).round() * 5.0) as u32
}

/// The text in `lang`, or in English.
pub fn localised<'a>(text: &'a Localised, lang: &str) -> &'a str {
    text.get(lang)
        .or_else(|| text.get(HELP_FALLBACK))
        .map(String::as_str)
        .unwrap_or_default()
}

/// The country pre-selected for a language (never from location): the first that lists it.
pub fn default_country<'a>(lang: &str, countries: &'a [Country]) -> Option<&'a Country> {
    countries
        .iter()
        .find(|c| c.languages.iter().any(|l| l == lang))
}
