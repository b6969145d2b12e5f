//! Where to get help, per country: emergency numbers, services, and the size of a standard drink.

use super::language::LanguageTag;
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
    /// Language subtags (such as "el", "bs", "cnr") whose speakers are offered this country when
    /// their browser names no region with a help file; each is claimed by one country at most.
    #[serde(default)]
    pub languages: Vec<String>,
    /// The country's name in a language whose browsers may have no names for countries (Chrome
    /// has none in Macedonian); elsewhere the browser's own `Intl.DisplayNames` names it.
    #[serde(default)]
    pub names: Localised,
    pub emergency: String,
    #[serde(default)]
    pub ambulance: Option<String>,
    pub standard_drink: StandardDrink,
    /// The line for someone in crisis now (suicide prevention, emotional support), where one is known.
    #[serde(default)]
    pub crisis_line: Option<CrisisLine>,
    pub services: Vec<Service>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrisisLine {
    pub name: Localised,
    pub phone: String,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub hours: Option<Localised>,
    /// Who it is for, in a sentence.
    #[serde(default)]
    pub offer: Option<Localised>,
    #[serde(default)]
    pub anonymous: bool,
    #[serde(default)]
    pub free: bool,
}

/// A way to reach help that a note can ask for; the country file says whether it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Contact {
    CrisisLine,
    Emergency,
    Ambulance,
}

impl Country {
    /// The number to dial for `contact`, if this country has one.
    pub fn number(&self, contact: Contact) -> Option<&str> {
        match contact {
            Contact::CrisisLine => self.crisis_line.as_ref().map(|c| c.phone.as_str()),
            Contact::Emergency => Some(self.emergency.as_str()),
            Contact::Ambulance => self.ambulance.as_deref(),
        }
    }
}

/// A phone number as a `tel:` address: its digits and a leading +, nothing else.
pub fn tel_href(number: &str) -> String {
    let dial: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{dial}")
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

/// The country that claims a language (its `languages`), if one does.
pub fn country_of_language<'a>(lang: &str, countries: &'a [Country]) -> Option<&'a Country> {
    countries
        .iter()
        .find(|c| c.languages.iter().any(|l| l.eq_ignore_ascii_case(lang)))
}

/// What the pre-selected country is chosen from; never the person's location.
#[derive(Debug, Clone, Copy, Default)]
pub struct CountryHints<'a> {
    /// The country this copy's host named in `site.toml`.
    pub site: Option<&'a str>,
    /// The browser's language tags, most preferred first (such as "sr-ME", "bs", "el").
    pub browser: &'a [String],
    /// The language the app is shown in.
    pub app_language: &'a str,
}

/// The country offered first: the host's choice; else the first browser tag whose region has a
/// help file (`sr-ME` → Montenegro); else the first browser language a help file claims (`bs` →
/// Bosnia and Herzegovina); else the app language's country.
pub fn default_country<'a>(
    hints: CountryHints<'_>,
    countries: &'a [Country],
) -> Option<&'a Country> {
    let by_code = |code: &str| {
        countries
            .iter()
            .find(|c| c.country.eq_ignore_ascii_case(code))
    };
    let tags = || hints.browser.iter().map(|t| LanguageTag::parse(t));
    hints
        .site
        .and_then(by_code)
        .or_else(|| tags().find_map(|t| t.region.and_then(by_code)))
        .or_else(|| tags().find_map(|t| country_of_language(t.language, countries)))
        .or_else(|| country_of_language(hints.app_language, countries))
}
