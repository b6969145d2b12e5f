//! Reads the TOML sources (`locales/`, `questionnaires/`, `help/`, `site.toml`), validates them
//! and writes the data the app fetches (`.bin`, with a readable `.json` copy). Native only: the
//! browser never parses TOML.

use super::data_file;
use super::help::{Country, Localised, HELP_FALLBACK};
use super::language::{
    base_key, catalog_key, plural_key, split_ui, Catalog, CatalogEntry, Language, Site, UiTexts,
    CRASH_KEYS, FALLBACK, ORGANISATION_UI, PLURAL_CATEGORIES, PLURAL_MARK,
};
use super::model::{keys, Questionnaire, Texts, TranslationStatus};
use super::validate::{validate_structure, Problem, Report};
use serde::de::DeserializeOwned;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The questionnaire's structure file inside its folder; every other `<code>.toml` there is a language.
pub const STRUCTURE_FILE: &str = "questionnaire.toml";

#[derive(Debug, Clone)]
pub struct LocaleFile {
    pub language: Language,
    pub ui: UiTexts,
}

#[derive(Debug, Clone)]
pub struct Bundle {
    pub questionnaire: Questionnaire,
    pub texts: BTreeMap<String, Texts>,
}

#[derive(Debug, Clone)]
pub struct Library {
    pub site: Site,
    /// The logo file named in `site.toml`, copied into the build as `logo.<ext>`.
    pub logo: Option<PathBuf>,
    pub locales: Vec<LocaleFile>,
    pub bundles: Vec<Bundle>,
    pub countries: Vec<Country>,
}

type Checked<T> = Result<T, Vec<Problem>>;

fn problem(file: &Path, line: Option<usize>, place: &str, message: impl Into<String>) -> Problem {
    Problem {
        file: file.display().to_string(),
        line,
        place: place.to_string(),
        message: message.into(),
    }
}

fn read(file: &Path) -> Checked<String> {
    fs::read_to_string(file).map_err(|e| vec![problem(file, None, "", format!("cannot read: {e}"))])
}

fn line_of_offset(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

/// Parse TOML into `T`, turning the parser's complaint into a problem with its line.
pub fn parse<T: DeserializeOwned>(file: &Path, source: &str) -> Checked<T> {
    toml::from_str(source).map_err(|e| {
        let line = e.span().map(|s| line_of_offset(source, s.start));
        vec![problem(file, line, "", e.message().trim().to_string())]
    })
}

/// Flatten nested tables into "a.b.c" keys; every leaf must be a string.
fn flatten(
    file: &Path,
    source: &str,
    prefix: &str,
    table: &toml::Table,
    out: &mut BTreeMap<String, String>,
    problems: &mut Vec<Problem>,
) {
    for (key, value) in table {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            toml::Value::String(text) => {
                if text.trim().is_empty() {
                    problems.push(problem(file, key_line(source, &path), &path, "is empty"));
                }
                out.insert(path, text.clone());
            }
            toml::Value::Table(forms) if is_plural(forms) => {
                for (category, form) in forms {
                    match form.as_str() {
                        Some(text) if !text.trim().is_empty() => {
                            out.insert(plural_key(&path, category), text.to_string());
                        }
                        _ => problems.push(problem(
                            file,
                            key_line(source, &path),
                            &plural_key(&path, category),
                            "must be text, not empty",
                        )),
                    }
                }
            }
            toml::Value::Table(inner) => flatten(file, source, &path, inner, out, problems),
            _ => problems.push(problem(
                file,
                key_line(source, &path),
                &path,
                "must be text",
            )),
        }
    }
}

/// A table whose keys are all CLDR plural categories is one string's plural forms, such as
/// `points_of = { one = "{points} point", other = "{points} points" }`.
fn is_plural(table: &toml::Table) -> bool {
    !table.is_empty()
        && table
            .keys()
            .all(|k| PLURAL_CATEGORIES.contains(&k.as_str()))
}

/// The plural categories CLDR gives a language's cardinal numbers (`sr` → one, few, other).
pub fn plural_categories(code: &str) -> Result<Vec<&'static str>, String> {
    use icu_plurals::{PluralCategory, PluralRules};
    let locale: icu_locale_core::Locale = code
        .parse()
        .map_err(|e| format!("{code} is not a language tag CLDR reads: {e}"))?;
    let rules = PluralRules::try_new_cardinal((&locale).into())
        .map_err(|e| format!("CLDR has no plural rules for {code}: {e}"))?;
    let mut found: Vec<&'static str> = rules
        .categories()
        .map(|c| match c {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        })
        .collect();
    found.sort_by_key(|c| PLURAL_CATEGORIES.iter().position(|p| p == c));
    Ok(found)
}

/// Problems with the plural strings of a language: each plural string of English must give
/// exactly the forms CLDR lists for this language, and a plain string may not become plural.
fn plural_problems(
    file: &Path,
    source: &str,
    code: &str,
    ui: &UiTexts,
    reference: &UiTexts,
) -> Vec<Problem> {
    let plural_keys: BTreeSet<&str> = reference
        .keys()
        .filter(|k| k.contains(PLURAL_MARK))
        .map(|k| base_key(k))
        .collect();
    let categories = match plural_categories(code) {
        Ok(c) => c,
        Err(message) => return vec![problem(file, None, "", message)],
    };
    let mut problems = Vec::new();
    for key in &plural_keys {
        if !ui.keys().any(|k| base_key(k) == *key) {
            continue; // reported as missing already
        }
        let has: Vec<&str> = ui
            .keys()
            .filter(|k| base_key(k) == *key && k.contains(PLURAL_MARK))
            .filter_map(|k| k.split_once(PLURAL_MARK).map(|(_, c)| c))
            .collect();
        let missing: Vec<&str> = categories
            .iter()
            .copied()
            .filter(|c| !has.contains(c))
            .collect();
        let extra: Vec<&str> = has
            .iter()
            .copied()
            .filter(|c| !categories.contains(c))
            .collect();
        if !missing.is_empty() || !extra.is_empty() {
            problems.push(problem(
                file,
                key_line(source, key),
                key,
                format!(
                    "takes a count, so it needs the plural forms {} (CLDR's for {code}){}{}",
                    categories.join(", "),
                    if missing.is_empty() {
                        String::new()
                    } else {
                        format!("; missing: {}", missing.join(", "))
                    },
                    if extra.is_empty() {
                        String::new()
                    } else {
                        format!("; not used in this language: {}", extra.join(", "))
                    },
                ),
            ));
        }
    }
    for key in ui.keys().filter(|k| k.contains(PLURAL_MARK)) {
        if !plural_keys.contains(base_key(key)) {
            problems.push(problem(
                file,
                key_line(source, base_key(key)),
                base_key(key),
                format!("has plural forms, but in {FALLBACK}.toml it is one string"),
            ));
        }
    }
    problems
}

/// The line of a dotted key: its table header's line, then the key below it.
pub fn key_line(source: &str, path: &str) -> Option<usize> {
    let (table, leaf) = path.rsplit_once('.').unwrap_or(("", path));
    let lines: Vec<&str> = source.lines().collect();
    let start = if table.is_empty() {
        0
    } else {
        let header = format!("[{table}]");
        lines.iter().position(|l| l.trim() == header)?
    };
    let leaf_line = lines[start..]
        .iter()
        .position(|l| {
            let l = l.trim_start();
            l.starts_with(leaf) && l[leaf.len()..].trim_start().starts_with('=')
        })
        .map(|n| n + start + 1);
    leaf_line.or(Some(start + 1))
}

/// Read every `locales/<code>.toml`; all must have exactly the keys of the English file.
pub fn load_locales(dir: &Path) -> Checked<Vec<LocaleFile>> {
    let mut locales = Vec::new();
    let mut problems = Vec::new();
    for file in toml_files(dir)? {
        match load_locale(&file) {
            Ok(locale) => locales.push(locale),
            Err(mut p) => problems.append(&mut p),
        }
    }
    let Some(reference) = locales.iter().find(|l| l.language.code == FALLBACK) else {
        problems.push(problem(
            dir,
            None,
            "",
            format!("{FALLBACK}.toml is missing: English is the reference language"),
        ));
        return Err(problems);
    };
    let expected: BTreeSet<&str> = reference.ui.keys().map(|k| base_key(k)).collect();
    for locale in &locales {
        let file = dir.join(format!("{}.toml", locale.language.code));
        let source = fs::read_to_string(&file).unwrap_or_default();
        let have: BTreeSet<&str> = locale.ui.keys().map(|k| base_key(k)).collect();
        for missing in expected.difference(&have) {
            problems.push(problem(
                &file,
                None,
                missing,
                format!("is missing (it is in {FALLBACK}.toml)"),
            ));
        }
        for extra in have.difference(&expected) {
            problems.push(problem(
                &file,
                key_line(&source, extra),
                extra,
                format!("is not in {FALLBACK}.toml"),
            ));
        }
        problems.extend(plural_problems(
            &file,
            &source,
            &locale.language.code,
            &locale.ui,
            &reference.ui,
        ));
    }
    if problems.is_empty() {
        Ok(locales)
    } else {
        Err(problems)
    }
}

fn toml_files(dir: &Path) -> Checked<Vec<PathBuf>> {
    let entries = fs::read_dir(dir)
        .map_err(|e| vec![problem(dir, None, "", format!("cannot read folder: {e}"))])?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    Ok(files)
}

fn file_stem(file: &Path) -> String {
    file.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn load_locale(file: &Path) -> Checked<LocaleFile> {
    let source = read(file)?;
    let mut table: toml::Table = parse(file, &source)?;
    let code = file_stem(file);
    let Some(meta) = table.remove("language") else {
        return Err(vec![problem(
            file,
            None,
            "language",
            "needs a [language] table with `name`",
        )]);
    };
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Meta {
        name: String,
        #[serde(default)]
        also_for: Vec<String>,
    }
    let meta: Meta = meta.try_into().map_err(|e: toml::de::Error| {
        vec![problem(
            file,
            key_line(&source, "language.name"),
            "[language]",
            e.message().trim(),
        )]
    })?;
    let mut ui = BTreeMap::new();
    let mut problems = Vec::new();
    flatten(file, &source, "", &table, &mut ui, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(LocaleFile {
        language: Language {
            code,
            name: meta.name,
            also_for: meta.also_for,
        },
        ui: ui.into_iter().collect(),
    })
}

/// Load and check one questionnaire folder against the given languages.
pub fn load_questionnaire(dir: &Path, languages: &[Language]) -> Checked<Bundle> {
    let file = dir.join(STRUCTURE_FILE);
    let source = read(&file)?;
    let questionnaire: Questionnaire = parse(&file, &source)?;
    let file_name = file.display().to_string();
    let mut report = Report::new(&file_name, &source);
    validate_structure(&questionnaire, &file_stem(dir), &mut report);
    // Texts are checked against a sound structure only, so one mistake gives one message.
    let mut problems = report.problems;
    if !problems.is_empty() {
        return Err(problems);
    }
    let texts = load_texts(dir, &questionnaire, languages, &mut problems);
    if problems.is_empty() {
        Ok(Bundle {
            questionnaire,
            texts,
        })
    } else {
        Err(problems)
    }
}

fn load_texts(
    dir: &Path,
    q: &Questionnaire,
    languages: &[Language],
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, Texts> {
    let (required, optional) = q.text_keys();
    let allowed: BTreeSet<&String> = required.iter().chain(&optional).collect();
    let mut all = BTreeMap::new();
    let files = toml_files(dir).unwrap_or_default();
    for file in files.iter().filter(|f| !f.ends_with(STRUCTURE_FILE)) {
        let code = file_stem(file);
        if !languages.iter().any(|l| l.code == code) {
            problems.push(problem(
                file,
                None,
                "",
                format!("\"{code}\" is not a language of this app (see locales/)"),
            ));
        }
    }
    for language in languages {
        let file = dir.join(format!("{}.toml", language.code));
        if !file.exists() {
            problems.push(problem(
                &file,
                None,
                "",
                format!(
                    "is missing: every questionnaire needs texts in {}",
                    language.name
                ),
            ));
            continue;
        }
        match load_language_file(&file, &required, &allowed) {
            Ok(texts) => {
                all.insert(language.code.clone(), texts);
            }
            Err(mut p) => problems.append(&mut p),
        }
    }
    // Optional texts (help, notes) must be given in every language or in none.
    let union: BTreeSet<&String> = all.values().flat_map(|t| t.texts.keys()).collect();
    for (code, texts) in &all {
        for key in union.iter().filter(|k| !texts.texts.contains_key(**k)) {
            let file = dir.join(format!("{code}.toml"));
            problems.push(problem(
                &file,
                None,
                key,
                "is missing here but given in another language",
            ));
        }
    }
    all
}

fn load_language_file(
    file: &Path,
    required: &[String],
    allowed: &BTreeSet<&String>,
) -> Checked<Texts> {
    let source = read(file)?;
    let mut table: toml::Table = parse(file, &source)?;
    let translation: TranslationStatus = match table.remove("translation") {
        Some(value) => value.try_into().map_err(|_| {
            vec![problem(
                file,
                key_line(&source, "translation"),
                "translation",
                "must be \"original\", \"official\" or \"ours\"",
            )]
        })?,
        None => {
            return Err(vec![problem(
                file,
                None,
                "translation",
                "is missing: say \"original\", \"official\" or \"ours\"",
            )])
        }
    };
    let mut texts = BTreeMap::new();
    let mut problems = Vec::new();
    flatten(file, &source, "", &table, &mut texts, &mut problems);
    for key in required.iter().filter(|k| !texts.contains_key(*k)) {
        problems.push(problem(file, None, key, "is missing"));
    }
    for key in texts.keys().filter(|k| !allowed.contains(k)) {
        problems.push(problem(
            file,
            key_line(&source, key),
            key,
            "is not a text this questionnaire has (unknown key)",
        ));
    }
    if problems.is_empty() {
        Ok(Texts {
            translation,
            texts: texts.into_iter().collect(),
        })
    } else {
        Err(problems)
    }
}

/// `site.toml`: the settings of this copy.
pub fn load_site(file: &Path) -> Checked<Site> {
    let source = read(file)?;
    let site: Site = parse(file, &source)?;
    if !site.quick_exit_url.starts_with("https://") {
        return Err(vec![problem(
            file,
            key_line(&source, "quick_exit_url"),
            "quick_exit_url",
            "must be an https:// address",
        )]);
    }
    if site
        .accent
        .as_ref()
        .is_some_and(|a| super::embed::accent(a).is_none())
    {
        return Err(vec![problem(
            file,
            key_line(&source, "accent"),
            "accent",
            "must be a colour as hex digits (such as \"1f5f8b\") dark enough for white text on it and for itself on white (4.5:1)",
        )]);
    }
    if let Some(logo) = &site.logo {
        let line = key_line(&source, "logo");
        let folder = file.parent().unwrap_or(Path::new("."));
        if let Err(message) = check_logo(&folder.join(logo)) {
            return Err(vec![problem(file, line, "logo", message)]);
        }
    }
    Ok(site)
}

/// A logo is small, and of a kind every browser shows.
pub const LOGO_KINDS: [&str; 5] = ["svg", "png", "webp", "jpg", "jpeg"];
pub const MAX_LOGO_BYTES: u64 = 50 * 1024;

fn check_logo(path: &Path) -> Result<(), String> {
    let kind = logo_kind(path);
    if !LOGO_KINDS.contains(&kind.as_str()) {
        return Err(format!(
            "must be one of these kinds of file: {}",
            LOGO_KINDS.join(", ")
        ));
    }
    let size = fs::metadata(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?
        .len();
    if size > MAX_LOGO_BYTES {
        return Err(format!(
            "{} is {} KB; at most {} KB, so the first visit stays quick",
            path.display(),
            size.div_ceil(1024),
            MAX_LOGO_BYTES / 1024
        ));
    }
    Ok(())
}

fn logo_kind(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Every `help/<cc>.toml`, checked against the app's languages.
pub fn load_countries(dir: &Path, languages: &[Language]) -> Checked<Vec<Country>> {
    let mut countries: Vec<Country> = Vec::new();
    let mut problems = Vec::new();
    for file in toml_files(dir)? {
        let source = read(&file)?;
        let country: Country = match parse(&file, &source) {
            Ok(c) => c,
            Err(mut p) => {
                problems.append(&mut p);
                continue;
            }
        };
        let mut complain = |needle: &str, message: String| {
            let line = source
                .lines()
                .position(|l| l.contains(needle))
                .map(|n| n + 1);
            problems.push(problem(&file, line, &country.country, message));
        };
        let expected = file_stem(&file).to_uppercase();
        if country.country != expected || country.country.len() != 2 {
            complain(
                "country",
                format!("the country code must be the file's name in capitals ({expected})"),
            );
        }
        for code in &country.languages {
            if !is_language_subtag(code) {
                complain(
                    "languages",
                    format!("\"{code}\" is not a language subtag (2 or 3 small letters, such as \"bs\")"),
                );
            }
            if let Some(other) = countries.iter().find(|c| c.languages.contains(code)) {
                complain(
                    "languages",
                    format!(
                        "\"{code}\" is already claimed by {}: a language leads to one country",
                        other.country
                    ),
                );
            }
        }
        if country.services.is_empty() {
            complain(
                "country",
                "lists no service: give at least one place to turn to".into(),
            );
        }
        for (needle, message) in contact_problems(&country, languages) {
            complain(&needle, message);
        }
        countries.push(country);
    }
    if problems.is_empty() {
        Ok(countries)
    } else {
        Err(problems)
    }
}

fn is_language_subtag(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase())
}

/// A crisis line or a service, as the checks of a help file see it.
struct Reachable<'a> {
    /// A text to find its line by.
    needle: &'a str,
    /// How a message names it.
    label: String,
    phone: Option<&'a str>,
    website: Option<&'a str>,
    texts: Vec<&'a Localised>,
}

/// What is wrong with a country's numbers, crisis line and services, each with a text to find its
/// line by.
fn contact_problems(country: &Country, languages: &[Language]) -> Vec<(String, String)> {
    let crisis_line = country.crisis_line.as_ref().map(|c| Reachable {
        needle: "[crisis_line]",
        label: "the crisis line".into(),
        phone: Some(&c.phone),
        website: c.website.as_deref(),
        texts: std::iter::once(&c.name)
            .chain(&c.hours)
            .chain(&c.offer)
            .collect(),
    });
    let services = country.services.iter().map(|s| Reachable {
        needle: &s.name,
        label: format!("\"{}\"", s.name),
        phone: s.phone.as_deref(),
        website: s.website.as_deref(),
        texts: std::iter::once(&s.offer).chain(&s.hours).collect(),
    });
    let mut found = Vec::new();
    let mut complain = |needle: &str, message: String| found.push((needle.to_string(), message));
    for (needle, number) in [
        ("emergency", Some(country.emergency.as_str())),
        ("ambulance", country.ambulance.as_deref()),
    ] {
        if let Some(number) = number.filter(|n| !is_phone_number(n)) {
            complain(needle, not_a_phone_number(number));
        }
    }
    for code in country.names.keys() {
        if !languages.iter().any(|l| &l.code == code) {
            complain(
                "names",
                format!("names: \"{code}\" is not a language of this app"),
            );
        }
    }
    for it in crisis_line.into_iter().chain(services) {
        let (needle, label) = (it.needle, &it.label);
        if it.texts.iter().any(|t| !t.contains_key(HELP_FALLBACK)) {
            complain(
                needle,
                format!("{label}: every text needs English ({HELP_FALLBACK})"),
            );
        }
        for code in it.texts.iter().flat_map(|t| t.keys()) {
            if !languages.iter().any(|l| &l.code == code) {
                complain(
                    needle,
                    format!("{label}: \"{code}\" is not a language of this app"),
                );
            }
        }
        if let Some(number) = it.phone.filter(|n| !is_phone_number(n)) {
            complain(needle, not_a_phone_number(number));
        }
        if it
            .website
            .is_some_and(|w| !w.starts_with("https://") && !w.starts_with("http://"))
        {
            complain(
                needle,
                format!("{label}: the website must be a full http(s):// address"),
            );
        }
    }
    found
}

fn not_a_phone_number(number: &str) -> String {
    format!("\"{number}\" is not a phone number (digits, spaces, and + - / ( ) only)")
}

/// A number people can dial: at least two digits (France's SAMU is 15), and only the signs
/// phone numbers are written with.
fn is_phone_number(number: &str) -> bool {
    number.chars().filter(char::is_ascii_digit).count() >= 2
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || " +-/()".contains(c))
}

/// Load the site settings, locales, help contacts and every questionnaire under `root`.
pub fn load_library(root: &Path) -> Checked<Library> {
    let site = load_site(&root.join("site.toml"))?;
    let logo = site.logo.as_ref().map(|l| root.join(l));
    let locales = load_locales(&root.join("locales"))?;
    let languages: Vec<Language> = locales.iter().map(|l| l.language.clone()).collect();
    let qdir = root.join("questionnaires");
    let entries = fs::read_dir(&qdir)
        .map_err(|e| vec![problem(&qdir, None, "", format!("cannot read folder: {e}"))])?;
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let mut bundles: Vec<Bundle> = Vec::new();
    let mut problems = Vec::new();
    for dir in dirs {
        match load_questionnaire(&dir, &languages) {
            Ok(bundle) => bundles.push(bundle),
            Err(mut p) => problems.append(&mut p),
        }
    }
    let countries = load_countries(&root.join("help"), &languages).unwrap_or_else(|mut p| {
        problems.append(&mut p);
        Vec::new()
    });
    if let Some(code) = &site.country {
        if !countries.iter().any(|c| &c.country == code) {
            let file = root.join("site.toml");
            problems.push(problem(
                &file,
                None,
                "country",
                format!("\"{code}\" has no help file: name one of help/<cc>.toml in capitals"),
            ));
        }
    }
    // A copy may offer only some questionnaires, in its own order.
    if let Some(offered) = &site.questionnaires {
        let file = root.join("site.toml");
        for id in offered
            .iter()
            .filter(|id| !bundles.iter().any(|b| &b.questionnaire.id == *id))
        {
            problems.push(problem(
                &file,
                None,
                "questionnaires",
                format!("\"{id}\" is not a questionnaire in questionnaires/"),
            ));
        }
        bundles = offered
            .iter()
            .filter_map(|id| bundles.iter().find(|b| &b.questionnaire.id == id).cloned())
            .collect();
    }
    if problems.is_empty() {
        Ok(Library {
            site,
            logo,
            locales,
            bundles,
            countries,
        })
    } else {
        Err(problems)
    }
}

impl Library {
    /// The logo's name in the build, such as `logo.svg`.
    fn logo_file(&self) -> Option<String> {
        self.logo.as_ref().map(|l| format!("logo.{}", logo_kind(l)))
    }

    pub fn catalog(&self) -> Catalog {
        Catalog {
            site: Site {
                logo: self.logo_file().map(|name| format!("data/{name}")),
                ..self.site.clone()
            },
            languages: self.locales.iter().map(|l| l.language.clone()).collect(),
            questionnaires: self
                .bundles
                .iter()
                .map(|b| CatalogEntry {
                    id: b.questionnaire.id.clone(),
                    tool: b.questionnaire.tool,
                    minutes: b.questionnaire.minutes,
                    topic: b.questionnaire.topic.clone(),
                })
                .collect(),
        }
    }

    /// The catalogue's texts in one language, as interface strings (`catalog_key`).
    pub fn catalog_texts(&self, code: &str) -> UiTexts {
        let mut texts = UiTexts::new();
        for bundle in &self.bundles {
            let Some(language) = bundle.texts.get(code) else {
                continue;
            };
            let id = &bundle.questionnaire.id;
            let mut wanted = vec![keys::TITLE, keys::DESCRIPTION];
            if bundle.questionnaire.topic.is_some() {
                wanted.push(keys::TOPIC);
            }
            for key in wanted {
                let text = language.get(key).unwrap_or_default().to_string();
                texts.insert(catalog_key(id, key), text);
            }
        }
        texts
    }

    /// Write what the app fetches: `catalog`, `help`, `ui/<code>` and `ui/assessment/<code>`,
    /// `q/<id>` and `q/<id>/<code>`, each as `.bin` (what the app loads, see `data_file`) and
    /// `.json` (the same, for people and tools to read).
    pub fn write(&self, out: &Path) -> std::io::Result<()> {
        let write = |path: PathBuf, value: &dyn erased::Data| -> std::io::Result<()> {
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::write(path.with_extension(data_file::EXTENSION), value.bin())?;
            fs::write(path.with_extension("json"), value.json())
        };
        write(out.join("catalog"), &self.catalog())?;
        write(out.join("help"), &self.countries)?;
        if let (Some(from), Some(name)) = (&self.logo, self.logo_file()) {
            fs::copy(from, out.join(name))?;
        }
        let mut crash = BTreeMap::new();
        for locale in &self.locales {
            let (mut shared, organisations) = split_ui(&locale.ui);
            let code = &locale.language.code;
            crash.insert(code.clone(), crash_texts(&locale.ui));
            shared.retain(|key, _| !key.starts_with("crash."));
            shared.extend(self.catalog_texts(code));
            write(out.join("ui").join(code), &shared)?;
            write(
                out.join("ui").join(ORGANISATION_UI).join(code),
                &organisations,
            )?;
        }
        // Plain JSON: read by the start-up script when the wasm has stopped.
        fs::write(out.join("crash.json"), serde_json::to_string(&crash)?)?;
        for bundle in &self.bundles {
            let id = &bundle.questionnaire.id;
            write(out.join("q").join(id), &bundle.questionnaire)?;
            for (code, texts) in &bundle.texts {
                write(out.join("q").join(id).join(code), texts)?;
            }
        }
        Ok(())
    }
}

/// A language's crash message, keyed by the part of each key after its section ("heading", ...,
/// "button" for the quick exit).
fn crash_texts(ui: &UiTexts) -> BTreeMap<String, String> {
    CRASH_KEYS
        .iter()
        .filter_map(|key| {
            let name = key.rsplit('.').next()?;
            Some((name.to_string(), ui.get(*key)?.clone()))
        })
        .collect()
}

mod erased {
    use super::data_file;

    /// Lets one closure write values of different types.
    pub trait Data {
        fn json(&self) -> String;
        fn bin(&self) -> Vec<u8>;
    }
    impl<T: serde::Serialize> Data for T {
        fn json(&self) -> String {
            serde_json::to_string(self).expect("plain data always serialises")
        }
        fn bin(&self) -> Vec<u8> {
            data_file::pack(self)
        }
    }
}
