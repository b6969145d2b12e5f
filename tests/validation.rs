//! Each validation error, on a small questionnaire broken one way at a time.

use selfassess::engine::language::Language;
use selfassess::engine::source::{load_locales, load_questionnaire};
use std::fs;
use std::path::Path;

const STRUCTURE: &str = r#"format = 1
id = "mini"
tool = "selftest"
version = "1"

[about]
authors = "A. Author"
citation = "A citation"
licence = "public-domain"

[[pages]]
id = "page"

[[pages.items]]
id = "a"
kind = "choice"
options = [{ id = "no", points = 0 }, { id = "yes", points = 2 }]
required = true

[[pages.items]]
id = "b"
kind = "choice"
options = [{ id = "no", points = 0 }, { id = "yes", points = 1 }]
show_if = { item = "a", in = ["yes"] }

[[bands]]
id = "low"
level = 0

[[bands]]
id = "high"
level = 1

[[scores]]
id = "total"

[[scores.cutoffs]]
id = "everyone"
bands = [{ band = "low", min = 0, max = 1 }, { band = "high", min = 2, max = 3 }]
"#;

const TEXTS: &str = r#"translation = "original"
title = "Mini"
description = "A small test"
intro = "Hello"

[about]
test = "About it"
licence = "Free"
translation = "Original"

[pages.page]
title = "Page"

[items.a]
text = "A?"

[items.a.options]
no = "No"
yes = "Yes"

[items.b]
text = "B?"

[items.b.options]
no = "No"
yes = "Yes"

[bands.low]
label = "Low"
meaning = "Low meaning"

[bands.high]
label = "High"
meaning = "High meaning"

[scores.total]
label = "Score"
"#;

fn languages() -> Vec<Language> {
    ["en", "fr"]
        .iter()
        .map(|c| Language {
            code: c.to_string(),
            name: c.to_string(),
            also_for: vec![],
        })
        .collect()
}

/// Write the folder (structure, en, fr), apply `change`, and return the error lines.
fn errors_with(change: impl FnOnce(&Path)) -> Vec<String> {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("mini");
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join("questionnaire.toml"), STRUCTURE).unwrap();
    fs::write(dir.join("en.toml"), TEXTS).unwrap();
    fs::write(dir.join("fr.toml"), TEXTS).unwrap();
    change(&dir);
    match load_questionnaire(&dir, &languages()) {
        Ok(_) => vec![],
        Err(problems) => problems.iter().map(|p| p.to_string()).collect(),
    }
}

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let source = fs::read_to_string(&path).unwrap();
    assert!(source.contains(from), "test setup: {from:?} not in {file}");
    fs::write(path, source.replacen(from, to, 1)).unwrap();
}

fn structure_error(from: &str, to: &str) -> Vec<String> {
    errors_with(|d| edit(d, "questionnaire.toml", from, to))
}

/// Exactly one error, naming the file, the line and what is wrong.
fn assert_one(errors: &[String], file_and_line: &str, says: &str) {
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    assert!(
        errors[0].contains(file_and_line),
        "{:?} should name {file_and_line}",
        errors[0]
    );
    assert!(
        errors[0].contains(says),
        "{:?} should say {says}",
        errors[0]
    );
}

#[test]
fn the_valid_questionnaire_loads() {
    assert_eq!(errors_with(|_| {}), Vec::<String>::new());
}

#[test]
fn toml_syntax_error_names_the_line() {
    assert_one(
        &structure_error("version = \"1\"", "version = \"1"),
        "questionnaire.toml:4",
        "",
    );
}

#[test]
fn an_unknown_tool_names_the_two_there_are() {
    assert_one(
        &structure_error("tool = \"selftest\"", "tool = \"quiz\""),
        "questionnaire.toml:3",
        "unknown variant `quiz`, expected `selftest` or `assessment`",
    );
}

#[test]
fn unknown_field() {
    assert_one(&structure_error("kind = \"choice\"\noptions = [{ id = \"no\", points = 0 }, { id = \"yes\", points = 1 }]", "kind = \"choice\"\ncolour = \"red\"\noptions = [{ id = \"no\", points = 0 }, { id = \"yes\", points = 1 }]"), "questionnaire.toml:23", "unknown field `colour`");
}

#[test]
fn missing_field() {
    assert_one(
        &structure_error("version = \"1\"\n", ""),
        "questionnaire.toml",
        "missing field `version`",
    );
}

#[test]
fn duplicate_item_id() {
    assert_one(
        &structure_error("id = \"b\"", "id = \"a\""),
        "questionnaire.toml:21",
        "item \"a\": the id \"a\" is used twice",
    );
}

#[test]
fn condition_on_unknown_item() {
    assert_one(
        &structure_error("show_if = { item = \"a\"", "show_if = { item = \"zz\""),
        "questionnaire.toml:21",
        "names \"zz\", which is not an earlier item",
    );
}

#[test]
fn condition_on_a_later_item() {
    let errors = errors_with(|d| {
        edit(
            d,
            "questionnaire.toml",
            "required = true\n",
            "required = true\nshow_if = { item = \"b\", answered = true }\n",
        );
        edit(
            d,
            "questionnaire.toml",
            "show_if = { item = \"a\", in = [\"yes\"] }\n",
            "",
        );
    });
    assert_one(
        &errors,
        "questionnaire.toml:15",
        "item \"a\": show_if: names \"b\", which is not an earlier item",
    );
}

#[test]
fn condition_on_unknown_option() {
    assert_one(
        &structure_error("in = [\"yes\"]", "in = [\"maybe\"]"),
        "questionnaire.toml:21",
        "item \"a\" has no option \"maybe\"",
    );
}

#[test]
fn condition_with_two_forms() {
    assert_one(
        &structure_error("in = [\"yes\"] }", "in = [\"yes\"], answered = true }"),
        "questionnaire.toml:21",
        "exactly one of",
    );
}

#[test]
fn band_gap() {
    assert_one(
        &structure_error("band = \"high\", min = 2", "band = \"high\", min = 3"),
        "questionnaire.toml:38",
        "gap: no band covers 2 to 2",
    );
}

#[test]
fn band_overlap() {
    assert_one(
        &structure_error("band = \"high\", min = 2", "band = \"high\", min = 1"),
        "questionnaire.toml:38",
        "overlap: \"low\" and \"high\" both cover 1 to 1",
    );
}

#[test]
fn bands_short_of_the_highest_score() {
    assert_one(
        &structure_error("min = 2, max = 3", "min = 2, max = 2"),
        "questionnaire.toml:38",
        "no band covers 3 to 3",
    );
}

#[test]
fn band_not_defined() {
    let errors = structure_error("{ band = \"high\", min = 2", "{ band = \"top\", min = 2");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("band \"top\" is not defined")),
        "{errors:#?}"
    );
}

#[test]
fn last_cutoffs_need_no_condition() {
    assert_one(
        &structure_error(
            "id = \"everyone\"\n",
            "id = \"everyone\"\nwhen = { item = \"a\", in = [\"yes\"] }\n",
        ),
        "questionnaire.toml:38",
        "the last cut-offs must have no `when`",
    );
}

#[test]
fn unknown_option_set() {
    // Later messages follow from this one (item "a" now has no options); the first names the cause.
    let errors = structure_error(
        "options = [{ id = \"no\", points = 0 }, { id = \"yes\", points = 2 }]",
        "option_set = \"yesno\"",
    );
    assert!(
        errors[0]
            .contains("questionnaire.toml:15: item \"a\": option set \"yesno\" does not exist"),
        "{errors:#?}"
    );
}

#[test]
fn id_must_match_folder() {
    assert_one(
        &structure_error("id = \"mini\"", "id = \"other\""),
        "questionnaire.toml:2",
        "must match its folder name",
    );
}

#[test]
fn text_missing_in_one_language() {
    let errors = errors_with(|d| edit(d, "fr.toml", "[items.b]\ntext = \"B?\"\n", "[items.b]\n"));
    assert_one(&errors, "fr.toml", "items.b.text: is missing");
}

#[test]
fn unknown_text_key() {
    let errors = errors_with(|d| {
        edit(
            d,
            "fr.toml",
            "text = \"B?\"",
            "text = \"B?\"\ntxet = \"typo\"",
        )
    });
    assert_one(
        &errors,
        "fr.toml:23",
        "items.b.txet: is not a text this questionnaire has",
    );
}

#[test]
fn optional_text_in_one_language_only() {
    let errors = errors_with(|d| {
        edit(
            d,
            "en.toml",
            "text = \"B?\"",
            "text = \"B?\"\nhelp = \"Some help\"",
        )
    });
    assert_one(
        &errors,
        "fr.toml",
        "items.b.help: is missing here but given in another language",
    );
}

#[test]
fn empty_text() {
    let errors = errors_with(|d| edit(d, "fr.toml", "label = \"Low\"", "label = \" \""));
    assert_one(&errors, "fr.toml:29", "bands.low.label: is empty");
}

#[test]
fn language_file_for_an_unknown_language() {
    let errors = errors_with(|d| fs::write(d.join("de.toml"), TEXTS).unwrap());
    assert_one(&errors, "de.toml", "\"de\" is not a language of this app");
}

#[test]
fn language_file_missing() {
    let errors = errors_with(|d| fs::remove_file(d.join("fr.toml")).unwrap());
    assert_one(
        &errors,
        "fr.toml",
        "is missing: every questionnaire needs texts",
    );
}

#[test]
fn translation_status_is_required() {
    let errors = errors_with(|d| edit(d, "fr.toml", "translation = \"original\"\n", ""));
    assert_one(&errors, "fr.toml", "translation: is missing");
}

#[test]
fn locales_must_have_the_same_keys() {
    let root = tempfile::tempdir().unwrap();
    fs::write(
        root.path().join("en.toml"),
        "[language]\nname = \"English\"\n\n[nav]\nnext = \"Next\"\nback = \"Back\"\n",
    )
    .unwrap();
    fs::write(
        root.path().join("fr.toml"),
        "[language]\nname = \"Français\"\n\n[nav]\nnext = \"Suivant\"\nbak = \"Retour\"\n",
    )
    .unwrap();
    let errors: Vec<String> = load_locales(root.path())
        .unwrap_err()
        .iter()
        .map(|p| p.to_string())
        .collect();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("fr.toml: nav.back: is missing")),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("fr.toml:6: nav.bak: is not in en.toml")),
        "{errors:#?}"
    );
}

#[test]
fn condition_fields_without_an_item() {
    assert_one(
        &structure_error(
            "show_if = { item = \"a\", in = [\"yes\"] }",
            "show_if = { not = { item = \"a\", in = [\"yes\"] }, answered = true }",
        ),
        "questionnaire.toml:21",
        "go with `item`",
    );
}

#[test]
fn an_empty_in_list() {
    assert_one(
        &structure_error("in = [\"yes\"]", "in = []"),
        "questionnaire.toml:21",
        "`in` needs at least one option",
    );
}

#[test]
fn ids_are_plain() {
    assert_one(
        &structure_error("id = \"b\"", "id = \"b.2\""),
        "questionnaire.toml:21",
        "an id may use only a-z, 0-9, _ and -",
    );
}

#[test]
fn points_out_of_bounds() {
    let errors = structure_error(
        "{ id = \"yes\", points = 1 }",
        "{ id = \"yes\", points = 2147483647 }",
    );
    assert!(
        errors.iter().any(|e| e.contains("points must be within")),
        "{errors:#?}"
    );
}

#[test]
fn required_item_on_an_optional_page() {
    assert_one(
        &structure_error("id = \"page\"\n", "id = \"page\"\noptional = true\n"),
        "questionnaire.toml:16",
        "is required, but its page \"page\" may be skipped",
    );
}

#[test]
fn cut_offs_after_an_unconditional_set_are_unreachable() {
    let errors = structure_error("[[scores.cutoffs]]\nid = \"everyone\"", "[[scores.cutoffs]]\nid = \"first\"\nbands = [{ band = \"low\", min = 0, max = 1 }, { band = \"high\", min = 2, max = 3 }]\n\n[[scores.cutoffs]]\nid = \"everyone\"");
    assert_one(
        &errors,
        "questionnaire.toml:38",
        "cut-offs \"first\": has no `when`, so the cut-offs after it are never used",
    );
}

#[test]
fn a_level_without_a_colour() {
    assert_one(
        &structure_error("level = 1", "level = 7"),
        "questionnaire.toml",
        "level 7 is above 3",
    );
}

#[test]
fn a_band_outside_the_reachable_scores() {
    let errors = structure_error(
        "{ band = \"high\", min = 2, max = 3 }",
        "{ band = \"high\", min = 2, max = 3 }, { band = \"low\", min = 10, max = 12 }",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("lies outside the reachable scores 0 to 3")),
        "{errors:#?}"
    );
}

#[test]
fn number_items_need_min_and_max() {
    let errors = structure_error(
        "kind = \"choice\"\noptions = [{ id = \"no\", points = 0 }, { id = \"yes\", points = 1 }]",
        "kind = \"number\"\nmin = 5",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("item \"b\": a number item needs `min` and `max`")),
        "{errors:#?}"
    );
}

#[test]
fn a_replacement_must_name_a_retired_question_of_this_questionnaire() {
    let replaces_b =
        "id = \"a\"\nkind = \"choice\"\nreplaces = [{ item = \"b\", carry = \"copy\" }]\n";
    let errors = structure_error("id = \"a\"\nkind = \"choice\"\n", replaces_b);
    assert_one(
        &errors,
        "questionnaire.toml:15",
        "replaces \"b\", which is still asked",
    );
    let unknown =
        "id = \"a\"\nkind = \"choice\"\nreplaces = [{ item = \"zz\", carry = \"show\" }]\n";
    let errors = structure_error("id = \"a\"\nkind = \"choice\"\n", unknown);
    assert_one(
        &errors,
        "questionnaire.toml:15",
        "not an item of this questionnaire",
    );
}

/// A question split in two: b is retired and both a and a new c replace it. One question naming
/// the same retired question twice is the only repeat refused.
#[test]
fn two_questions_may_replace_one_retired_question_but_each_names_it_once() {
    let split = |a_replaces: &'static str| {
        errors_with(move |d| {
            edit(
                d,
                "questionnaire.toml",
                "required = true\n",
                &format!("required = true\nreplaces = {a_replaces}\n"),
            );
            edit(
                d,
                "questionnaire.toml",
                "show_if = { item = \"a\", in = [\"yes\"] }\n",
                "retired = true\n\n[[pages.items]]\nid = \"c\"\nkind = \"choice\"\noptions = [{ id = \"no\", points = 0 }]\nreplaces = [{ item = \"b\", carry = \"show\" }]\n",
            );
            for language in ["en.toml", "fr.toml"] {
                edit(
                    d,
                    language,
                    "[bands.low]",
                    "[items.c]\ntext = \"C?\"\n\n[items.c.options]\nno = \"No\"\n\n[bands.low]",
                );
            }
        })
    };
    assert_eq!(
        split("[{ item = \"b\", carry = \"copy\" }]"),
        Vec::<String>::new()
    );
    let twice = split("[{ item = \"b\", carry = \"copy\" }, { item = \"b\", carry = \"show\" }]");
    assert_one(&twice, "questionnaire.toml", "the id \"b\" is used twice");
}

#[test]
fn a_retired_question_is_not_required() {
    let errors = structure_error("required = true\n", "required = true\nretired = true\n");
    assert_one(
        &errors,
        "questionnaire.toml:15",
        "is retired, so it cannot be required",
    );
}

/// The mini questionnaire with item "a" citing `references`, an instrument table, and the
/// instruments' names in both languages; `texts` is added to item a's texts in each.
fn errors_with_references(references: &str, instruments: &str, texts: &str) -> Vec<String> {
    errors_with(|d| {
        let cited = format!("required = true\nreferences = {references}\n");
        edit(d, "questionnaire.toml", "required = true\n", &cited);
        let structure = fs::read_to_string(d.join("questionnaire.toml")).unwrap();
        fs::write(d.join("questionnaire.toml"), structure + instruments).unwrap();
        for file in ["en.toml", "fr.toml"] {
            let names = "\n[instruments]\nechr = \"ECHR\"\nguide = \"A guide\"\n";
            let source = fs::read_to_string(d.join(file)).unwrap();
            fs::write(d.join(file), source + names).unwrap();
        }
        for file in ["en.toml", "fr.toml"] {
            edit(
                d,
                file,
                "text = \"A?\"\n",
                &format!("text = \"A?\"\n{texts}"),
            );
        }
    })
}

const INSTRUMENTS: &str = r#"
[[instruments]]
id = "echr"
kind = "treaty"
cites = "article"
url = "https://www.echr.coe.int/"

[[instruments]]
id = "guide"
kind = "guidance"
"#;

#[test]
fn references_to_a_treaty_and_guidance_load() {
    let errors = errors_with_references(
        r#"[{ instrument = "echr", at = ["3", "8"] }, { instrument = "guide", option = true }]"#,
        INSTRUMENTS,
        "references = { echr = \"consent to treatment\" }\n",
    );
    assert_eq!(errors, Vec::<String>::new());
}

#[test]
fn a_reference_names_an_instrument_of_the_table() {
    let errors = errors_with_references(
        r#"[{ instrument = "echr" }, { instrument = "guide" }, { instrument = "cedaw" }]"#,
        INSTRUMENTS,
        "",
    );
    assert_one(
        &errors,
        "questionnaire.toml:15",
        "cites \"cedaw\", which is not in [[instruments]]",
    );
}

#[test]
fn an_instrument_is_cited_once_per_question() {
    let errors = errors_with_references(
        r#"[{ instrument = "echr", at = ["3"] }, { instrument = "guide" }, { instrument = "echr", at = ["8"] }]"#,
        INSTRUMENTS,
        "",
    );
    assert_one(
        &errors,
        "questionnaire.toml:15",
        "cites \"echr\" twice: list its places in one reference",
    );
}

#[test]
fn places_need_an_instrument_that_says_how_they_are_written() {
    let errors = errors_with_references(
        r#"[{ instrument = "echr" }, { instrument = "guide", at = ["II.1"] }]"#,
        INSTRUMENTS,
        "",
    );
    assert_one(&errors, "questionnaire.toml:15", "has no `cites`");
}

#[test]
fn every_instrument_is_cited_and_linked_safely() {
    let errors = errors_with_references(r#"[{ instrument = "echr" }]"#, INSTRUMENTS, "");
    assert_one(
        &errors,
        "questionnaire.toml",
        "instrument \"guide\": is not cited",
    );
    let plain = INSTRUMENTS.replace("https://www.echr", "http://www.echr");
    let errors = errors_with_references(
        r#"[{ instrument = "echr" }, { instrument = "guide" }]"#,
        &plain,
        "",
    );
    assert_one(
        &errors,
        "questionnaire.toml",
        "url must start with https://",
    );
}

#[test]
fn an_instruments_name_is_in_every_language_and_a_note_only_where_it_is_cited() {
    let errors = errors_with(|d| {
        let cited = "required = true\nreferences = [{ instrument = \"echr\" }]\n";
        edit(d, "questionnaire.toml", "required = true\n", cited);
        let structure = fs::read_to_string(d.join("questionnaire.toml")).unwrap();
        let table = "\n[[instruments]]\nid = \"echr\"\nkind = \"treaty\"\n";
        fs::write(d.join("questionnaire.toml"), structure + table).unwrap();
        let source = fs::read_to_string(d.join("en.toml")).unwrap();
        fs::write(
            d.join("en.toml"),
            source + "\n[instruments]\nechr = \"ECHR\"\n",
        )
        .unwrap();
    });
    assert_one(&errors, "fr.toml", "instruments.echr");
    let errors = errors_with_references(
        r#"[{ instrument = "echr" }, { instrument = "guide" }]"#,
        INSTRUMENTS,
        "references = { cedaw = \"not cited here\" }\n",
    );
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(errors
        .iter()
        .all(|e| e.contains("items.a.references.cedaw")));
}

#[test]
fn the_bodies_a_question_names_are_in_the_table_and_named_in_every_language() {
    let with_bodies = |lead: &str, consult: &str| {
        errors_with(|d| {
            let who = format!("required = true\nlead = \"{lead}\"\nconsult = {consult}\n");
            edit(d, "questionnaire.toml", "required = true\n", &who);
            let structure = fs::read_to_string(d.join("questionnaire.toml")).unwrap();
            let table = "\n[[bodies]]\nid = \"health_ministry\"\n\n[[bodies]]\nid = \"nhri\"\n";
            fs::write(d.join("questionnaire.toml"), structure + table).unwrap();
            for file in ["en.toml", "fr.toml"] {
                let names =
                    "\n[bodies]\nhealth_ministry = \"Ministry of health\"\nnhri = \"NHRI\"\n";
                let source = fs::read_to_string(d.join(file)).unwrap();
                fs::write(d.join(file), source + names).unwrap();
            }
        })
    };
    assert_eq!(
        with_bodies("health_ministry", "[\"nhri\"]"),
        Vec::<String>::new()
    );
    assert_one(
        &with_bodies("police", "[\"nhri\", \"health_ministry\"]"),
        "questionnaire.toml:15",
        "lead: \"police\" is not in [[bodies]]",
    );
    assert_one(
        &with_bodies("health_ministry", "[\"nhri\", \"nhri\"]"),
        "questionnaire.toml:15",
        "consult: \"nhri\" is named twice",
    );
    assert_one(
        &with_bodies("health_ministry", "[]"),
        "questionnaire.toml",
        "body \"nhri\": is not named by any question",
    );
}

#[test]
fn a_place_that_is_more_than_a_number_is_written_in_every_language() {
    let cited = r#"[{ instrument = "echr", at = ["5(1)(e)", "8"] }, { instrument = "guide" }]"#;
    let places = "\n[places]\n\"5(1)(e)\" = \"5 § 1 e)\"\n";
    // Written in French only: English misses it ("8", a plain number, needs no entry).
    let errors = errors_with(|d| {
        let cited = format!("required = true\nreferences = {cited}\n");
        edit(d, "questionnaire.toml", "required = true\n", &cited);
        let structure = fs::read_to_string(d.join("questionnaire.toml")).unwrap();
        fs::write(d.join("questionnaire.toml"), structure + INSTRUMENTS).unwrap();
        for file in ["en.toml", "fr.toml"] {
            let names = "\n[instruments]\nechr = \"ECHR\"\nguide = \"A guide\"\n";
            let source = fs::read_to_string(d.join(file)).unwrap() + names;
            let source = if file == "fr.toml" {
                source + places
            } else {
                source
            };
            fs::write(d.join(file), source).unwrap();
        }
    });
    assert_one(&errors, "en.toml", "places.5(1)(e)");
}

#[test]
fn the_sources_a_question_points_to_are_in_the_table_named_and_used() {
    let with_sources = |cited: &str, about: &str| {
        errors_with(|d| {
            let who = format!("required = true\nsources = {cited}\n");
            edit(d, "questionnaire.toml", "required = true\n", &who);
            let structure = fs::read_to_string(d.join("questionnaire.toml")).unwrap();
            let table = "\n[[sources]]\nid = \"space_i\"\n\n[[sources]]\nid = \"npm_reports\"\n";
            fs::write(d.join("questionnaire.toml"), structure + table).unwrap();
            for file in ["en.toml", "fr.toml"] {
                let names = format!(
                    "\n[sources.space_i]\nname = \"SPACE I\"\nabout = \"{about}\"\n\n[sources.npm_reports]\nname = \"NPM reports\"\nabout = \"visits\"\n"
                );
                let source = fs::read_to_string(d.join(file)).unwrap();
                fs::write(d.join(file), source + &names).unwrap();
            }
        })
    };
    assert_eq!(
        with_sources("[\"space_i\", \"npm_reports\"]", "prisons, yearly"),
        Vec::<String>::new()
    );
    assert_one(
        &with_sources("[\"space_i\", \"npm_reports\", \"espad\"]", "prisons"),
        "questionnaire.toml:15",
        "sources: \"espad\" is not in [[sources]]",
    );
    assert_one(
        &with_sources("[\"space_i\"]", "prisons"),
        "questionnaire.toml",
        "source \"npm_reports\": is not named by any question",
    );
    let errors = with_sources("[\"space_i\", \"npm_reports\"]", "");
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(errors.iter().all(|e| e.contains("sources.space_i.about")));
}
