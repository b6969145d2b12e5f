//! The interface strings the Rust code asks for all exist in the English locale, and every
//! English string is used (other languages are held to English's keys by the locale loader).

use selfassess::engine::assessment::EvidenceKind;
use selfassess::engine::language::{base_key, plural_form, split_ui, ORGANISATION_SECTIONS};
use selfassess::engine::model::Tool;
use selfassess::engine::source::load_locales;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const SECTIONS: [&str; 26] = [
    "plan",
    "parties",
    "references",
    "evidence",
    "format",
    "app",
    "home",
    "questionnaire",
    "nav",
    "result",
    "about",
    "sitting",
    "help",
    "drink",
    "exit",
    "assessment",
    "keep",
    "export",
    "import",
    "review",
    "stakeholders",
    "report",
    "csv",
    "embed",
    "offline",
    "crash",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The contents of the string literals in Rust source (escapes skipped, `'"'` is not a string).
fn string_literals(source: &str) -> Vec<String> {
    let chars: Vec<char> = source.chars().collect();
    let mut found = Vec::new();
    let mut n = 0;
    while n < chars.len() {
        match chars[n] {
            '\'' if chars.get(n + 2) == Some(&'\'') => n += 3,
            '\'' if chars.get(n + 1) == Some(&'\\') && chars.get(n + 3) == Some(&'\'') => n += 4,
            '"' => {
                let mut text = String::new();
                n += 1;
                while n < chars.len() && chars[n] != '"' {
                    if chars[n] == '\\' {
                        n += 1;
                    }
                    if let Some(c) = chars.get(n) {
                        text.push(*c);
                    }
                    n += 1;
                }
                found.push(text);
                n += 1;
            }
            _ => n += 1,
        }
    }
    found
}

/// Every string literal in the UI code that looks like `section.key`.
fn keys_in_code() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(&Path::new(ROOT).join("src"), &mut files);
    let mut keys = BTreeSet::new();
    // The interface code, and the engine files that name interface strings (drink examples, the
    // crash message).
    let interface = |f: &&PathBuf| {
        !f.components().any(|c| c.as_os_str() == "engine")
            || f.ends_with("engine/help.rs")
            || f.ends_with("engine/language.rs")
    };
    for file in files.iter().filter(interface) {
        let source = fs::read_to_string(file).unwrap();
        for literal in string_literals(&source) {
            let literal = literal.as_str();
            let Some((section, rest)) = literal.split_once('.') else {
                continue;
            };
            if ["json", "toml", "html"].contains(&rest) {
                continue; // a file name, such as "help.json" or "assessment.html"
            }
            if SECTIONS.contains(&section)
                && !rest.is_empty()
                && rest
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_' || c == '{' || c == '}')
            {
                keys.insert(literal.to_string());
            }
        }
    }
    // Keys built at run time from data: the pattern the code writes, then every key it stands for.
    let mut built = |pattern: &str, ids: Vec<&str>| {
        assert!(keys.remove(pattern), "a key is built as {pattern}");
        let prefix = &pattern[..pattern.find('{').unwrap()];
        keys.extend(ids.iter().map(|id| format!("{prefix}{id}")));
    };
    built(
        "home.tool_{name}",
        Tool::ALL.iter().map(|t| t.as_str()).collect(),
    );
    built(
        "evidence.kind_{}",
        EvidenceKind::ALL.iter().map(|k| k.id()).collect(),
    );
    keys
}

#[test]
fn every_key_the_code_uses_is_in_english_and_every_english_key_is_used() {
    let locales = load_locales(&Path::new(ROOT).join("locales")).expect("locales are consistent");
    let en: BTreeSet<String> = locales
        .iter()
        .find(|l| l.language.code == "en")
        .unwrap()
        .ui
        .keys()
        .map(|k| base_key(k).to_string())
        .collect();
    let used = keys_in_code();
    let missing: Vec<_> = used.difference(&en).collect();
    let unused: Vec<_> = en.difference(&used).collect();
    assert!(
        missing.is_empty(),
        "used in src/ but not in locales/en.toml: {missing:?}"
    );
    assert!(
        unused.is_empty(),
        "in locales/en.toml but not used in src/: {unused:?}"
    );
}

#[test]
fn every_language_has_every_string_and_no_other() {
    let locales = load_locales(&Path::new(ROOT).join("locales")).expect("locales are consistent");
    let codes: BTreeSet<&str> = locales.iter().map(|l| l.language.code.as_str()).collect();
    assert_eq!(
        codes,
        BTreeSet::from(["el", "en", "fr", "hr", "mk", "ro", "sr"])
    );
    let en = &locales.iter().find(|l| l.language.code == "en").unwrap().ui;
    for locale in &locales {
        // A plural string has one key per CLDR form, and languages differ in their forms.
        let keys: BTreeSet<_> = locale.ui.keys().map(|k| base_key(k)).collect();
        assert_eq!(
            keys,
            en.keys().map(|k| base_key(k)).collect::<BTreeSet<_>>(),
            "{}",
            locale.language.code
        );
        for (key, text) in &locale.ui {
            let placeholders = |t: &str| {
                t.split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|x| x.0.to_string()))
                    .collect::<BTreeSet<_>>()
            };
            assert_eq!(
                placeholders(text),
                placeholders(plural_form(en, base_key(key), "other").unwrap()),
                "{} {key}: placeholders differ from English",
                locale.language.code
            );
        }
    }
}

/// The organisations' page's own strings are loaded by that page only: no other code may ask for
/// them, and every language's strings fall wholly into the two files.
#[test]
fn the_organisations_strings_are_used_on_their_page_only() {
    let mut files = Vec::new();
    rust_files(&Path::new(ROOT).join("src"), &mut files);
    // The two features whose code lands in the organisations' page only.
    let theirs = ["assessment", "embed"].map(|folder| Path::new(ROOT).join("src").join(folder));
    for file in files
        .iter()
        .filter(|f| !theirs.iter().any(|t| f.starts_with(t)))
    {
        for literal in string_literals(&fs::read_to_string(file).unwrap()) {
            let Some((section, rest)) = literal.split_once('.') else {
                continue;
            };
            let is_key = !["json", "toml", "html", "bin"].contains(&rest)
                && rest.chars().all(|c| c.is_ascii_lowercase() || c == '_');
            assert!(
                !(is_key && ORGANISATION_SECTIONS.contains(&section)),
                "{} asks for \"{literal}\", which only the organisations' page loads",
                file.display()
            );
        }
    }
    for locale in load_locales(&Path::new(ROOT).join("locales")).unwrap() {
        let (shared, organisations) = split_ui(&locale.ui);
        assert!(!shared.is_empty() && !organisations.is_empty());
        assert_eq!(shared.len() + organisations.len(), locale.ui.len());
        assert!(organisations.keys().all(|k| k.starts_with("assessment.")
            || ORGANISATION_SECTIONS
                .iter()
                .any(|s| k.starts_with(&format!("{s}.")))));
    }
}
