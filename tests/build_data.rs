//! The `questionnaires` command as trunk's build hook and an NGO run it.

use selfassess::engine::data_file::decode;
use selfassess::engine::help::Country;
use selfassess::engine::language::{Catalog, UiTexts};
use selfassess::engine::model::{Questionnaire, Texts};
use std::fs;
use std::path::Path;
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of the shipped data (site settings, locales, help contacts, questionnaires).
fn copy_of_data() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["locales", "questionnaires", "help"] {
        copy_tree(&Path::new(ROOT).join(sub), &dir.path().join(sub));
    }
    fs::copy(
        Path::new(ROOT).join("site.toml"),
        dir.path().join("site.toml"),
    )
    .unwrap();
    dir
}

fn run(dir: &Path, args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_questionnaires"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn build_writes_the_catalog_ui_strings_and_questionnaires() {
    let data = copy_of_data();
    let (ok, stderr) = run(data.path(), &["build", "out"]);
    assert!(ok, "{stderr}");
    let catalog = fs::read_to_string(data.path().join("out/catalog.json")).unwrap();
    assert!(catalog.contains("\"dudit\""));
    for code in ["en", "fr", "sr", "hr", "mk", "el", "ro"] {
        assert!(data.path().join(format!("out/ui/{code}.json")).is_file());
        assert!(data
            .path()
            .join(format!("out/ui/assessment/{code}.bin"))
            .is_file());
        assert!(data
            .path()
            .join(format!("out/q/dudit/{code}.json"))
            .is_file());
    }
}

/// What the app loads: gunzip, then the engine's decoder (the browser does the same).
fn load<T: serde::de::DeserializeOwned>(file: &Path) -> T {
    use std::io::Read;
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(fs::File::open(file).unwrap())
        .read_to_end(&mut bytes)
        .unwrap();
    decode(&bytes).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

/// Each .bin the app loads holds the same as its readable .json copy.
fn same_as_json<T: serde::de::DeserializeOwned + serde::Serialize>(bin: &Path) {
    let loaded = serde_json::to_value(load::<T>(bin)).unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(bin.with_extension("json")).unwrap()).unwrap();
    assert_eq!(loaded, json, "{}", bin.display());
}

#[test]
fn every_data_file_reads_back_as_its_readable_copy() {
    let data = copy_of_data();
    let (ok, stderr) = run(data.path(), &["build", "out"]);
    assert!(ok, "{stderr}");
    let out = data.path().join("out");
    same_as_json::<Catalog>(&out.join("catalog.bin"));
    same_as_json::<Vec<Country>>(&out.join("help.bin"));
    let catalog: Catalog = load(&out.join("catalog.bin"));
    for language in &catalog.languages {
        same_as_json::<UiTexts>(&out.join(format!("ui/{}.bin", language.code)));
        same_as_json::<UiTexts>(&out.join(format!("ui/assessment/{}.bin", language.code)));
    }
    for entry in &catalog.questionnaires {
        same_as_json::<Questionnaire>(&out.join(format!("q/{}.bin", entry.id)));
        for language in &catalog.languages {
            same_as_json::<Texts>(&out.join(format!("q/{}/{}.bin", entry.id, language.code)));
        }
    }
}

#[test]
fn a_broken_questionnaire_fails_the_build_with_file_and_line() {
    let data = copy_of_data();
    let file = data.path().join("questionnaires/dudit/questionnaire.toml");
    let source = fs::read_to_string(&file).unwrap();
    fs::write(&file, source.replace("{ band = \"dependence\", min = 25, max = 44 },\n]\n\n[[scores.cutoffs]]\nid = \"women\"", "{ band = \"dependence\", min = 24, max = 44 },\n]\n\n[[scores.cutoffs]]\nid = \"women\"")).unwrap();
    let (ok, stderr) = run(data.path(), &["build", "out"]);
    assert!(!ok);
    let line = source.lines().position(|l| l == "id = \"men\"").unwrap() + 1;
    let expected = format!("questionnaires/dudit/questionnaire.toml:{line}: score \"total\", cut-offs \"men\": overlap");
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(
        !data.path().join("out").exists(),
        "nothing is written when a file is invalid"
    );
}

#[test]
fn check_names_a_missing_translation_for_one_folder() {
    let data = copy_of_data();
    let file = data.path().join("questionnaires/dudit/mk.toml");
    let source = fs::read_to_string(&file).unwrap();
    let without = source
        .lines()
        .filter(|l| !l.starts_with("yes_past_year"))
        .collect::<Vec<_>>()
        .join("\n");
    fs::write(&file, without).unwrap();
    let (ok, stderr) = run(data.path(), &["check", "questionnaires/dudit"]);
    assert!(!ok);
    assert!(
        stderr.contains("mk.toml: option_sets.yes_in_past_year.yes_past_year: is missing"),
        "{stderr}"
    );
}

#[test]
fn a_copy_offers_the_questionnaires_its_site_file_names_in_its_order() {
    let catalog = catalog_with_site_settings(
        "name = \"HOPS\"\naccent = \"7a1d14\"\nquestionnaires = [\"cast\", \"dudit\"]",
    );
    let ids: Vec<&str> = catalog["questionnaires"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["cast", "dudit"]);
    assert_eq!(catalog["site"]["name"], "HOPS");
}

#[test]
fn a_host_names_its_country_in_the_site_file() {
    let catalog = catalog_with_site_settings("country = \"MK\"");
    assert_eq!(catalog["site"]["country"], "MK");
}

/// The catalogue a copy builds with `settings` added to its site.toml.
fn catalog_with_site_settings(settings: &str) -> serde_json::Value {
    let data = copy_of_data();
    let site = data.path().join("site.toml");
    let text = fs::read_to_string(&site).unwrap();
    fs::write(&site, format!("{text}\n{settings}\n")).unwrap();
    let (ok, stderr) = run(data.path(), &["build", "out"]);
    assert!(ok, "{stderr}");
    serde_json::from_str(&fs::read_to_string(data.path().join("out/catalog.json")).unwrap())
        .unwrap()
}

#[test]
fn a_help_file_with_mistakes_stops_the_build_with_its_place() {
    let crisis = "[crisis_line]\nname = { en = \"Line\" }\nphone = \"3114\"\n";
    for (file, change, says) in [
        // The same language cannot lead to two countries.
        (
            "cy.toml",
            ("languages = []", "languages = [\"el\"]"),
            "\"el\" is already claimed by",
        ),
        (
            "ba.toml",
            ("languages = [\"bs\"]", "languages = [\"Bosnian\"]"),
            "is not a language subtag",
        ),
        // A crisis line needs English, and a number that can be dialled.
        (
            "ge.toml",
            ("[standard_drink]", &*crisis.replace("en =", "fr =")),
            "the crisis line: every text needs English",
        ),
        (
            "ge.toml",
            ("[standard_drink]", &*crisis.replace("3114", "call us")),
            "\"call us\" is not a phone number",
        ),
        (
            "ge.toml",
            ("[standard_drink]", &*format!("{crisis}hotline = true\n")),
            "unknown field `hotline`",
        ),
    ] {
        let data = copy_of_data();
        let path = data.path().join("help").join(file);
        let text = fs::read_to_string(&path).unwrap();
        let (from, to) = change;
        let to = if from == "[standard_drink]" {
            format!("{to}\n[standard_drink]")
        } else {
            to.to_string()
        };
        assert!(text.contains(from), "{file} has no {from}");
        fs::write(&path, text.replacen(from, &to, 1)).unwrap();
        let (ok, stderr) = run(data.path(), &["build", "out"]);
        assert!(!ok, "{file}: {to} was accepted");
        assert!(
            stderr.contains("help/") && stderr.contains(says) && stderr.contains(".toml:"),
            "{file}: {to}: {stderr}"
        );
    }
}

#[test]
fn a_site_file_with_mistakes_stops_the_build() {
    for (addition, says) in [
        (
            "questionnaires = [\"dudit\", \"phq9\"]",
            "\"phq9\" is not a questionnaire",
        ),
        ("accent = \"ffff66\"", "dark enough for white text"),
        ("colour = \"red\"", "unknown field `colour`"),
        ("country = \"DE\"", "\"DE\" has no help file"),
    ] {
        let data = copy_of_data();
        let site = data.path().join("site.toml");
        let text = fs::read_to_string(&site).unwrap();
        fs::write(&site, format!("{text}\n{addition}\n")).unwrap();
        let (ok, stderr) = run(data.path(), &["build", "out"]);
        assert!(!ok, "{addition} was accepted");
        assert!(
            stderr.contains("site.toml") && stderr.contains(says),
            "{addition}: {stderr}"
        );
    }
}

#[test]
fn a_logo_named_in_the_site_file_is_copied_into_the_build() {
    let data = copy_of_data();
    fs::write(
        data.path().join("logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    )
    .unwrap();
    let site = data.path().join("site.toml");
    let text = fs::read_to_string(&site).unwrap();
    fs::write(&site, format!("{text}\nlogo = \"logo.svg\"\n")).unwrap();
    let (ok, stderr) = run(data.path(), &["build", "out"]);
    assert!(ok, "{stderr}");
    let catalog: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(data.path().join("out/catalog.json")).unwrap())
            .unwrap();
    assert_eq!(catalog["site"]["logo"], "data/logo.svg");
    assert_eq!(
        fs::read(data.path().join("out/logo.svg")).unwrap(),
        fs::read(data.path().join("logo.svg")).unwrap()
    );
}

#[test]
fn a_missing_odd_or_heavy_logo_stops_the_build_with_its_place() {
    let heavy = vec![b' '; 60 * 1024];
    for (file, content, says) in [
        ("absent.png", None, "cannot read"),
        (
            "logo.gif",
            Some(&b"GIF89a"[..]),
            "must be one of these kinds of file",
        ),
        ("logo.png", Some(&heavy[..]), "at most 50 KB"),
    ] {
        let data = copy_of_data();
        if let Some(content) = content {
            fs::write(data.path().join(file), content).unwrap();
        }
        let site = data.path().join("site.toml");
        let text = fs::read_to_string(&site).unwrap();
        fs::write(&site, format!("{text}\nlogo = \"{file}\"\n")).unwrap();
        let (ok, stderr) = run(data.path(), &["build", "out"]);
        assert!(!ok, "{file} was accepted");
        assert!(
            stderr.contains("site.toml") && stderr.contains("logo") && stderr.contains(says),
            "{file}: {stderr}"
        );
    }
}
