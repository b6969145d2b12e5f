//! The assessment engine: files, results by area, the action plan, the annual review, stakeholders.

use selfassess::engine::answers::Answer;
use selfassess::engine::assessment::*;
use selfassess::engine::model::Questionnaire;
use selfassess::engine::source::parse;
use std::path::Path;

const SOURCE: &str = r#"
format = 1
id = "rights"
tool = "assessment"
version = "2026.1"
[about]
authors = "x"
citation = "x"
licence = "x"
[[option_sets]]
id = "status"
options = [{ id = "yes" }, { id = "partly" }, { id = "no" }, { id = "dont_know" }, { id = "not_applicable" }]

[[pages]]
id = "context"
[[pages.items]]
id = "country"
kind = "text"
[[pages.items]]
id = "out_of_scope"
kind = "multi"
options = [{ id = "health" }, { id = "privacy" }]

[[pages]]
id = "health"
[[pages.items]]
id = "h1"
kind = "choice"
option_set = "status"
show_if = { not = { item = "out_of_scope", in = ["health"] } }
[[pages.items]]
id = "h2"
kind = "choice"
option_set = "status"
show_if = { not = { item = "out_of_scope", in = ["health"] } }
[[pages.items]]
id = "h3"
kind = "choice"
option_set = "status"
show_if = { not = { item = "out_of_scope", in = ["health"] } }
[[pages.items]]
id = "h4"
kind = "choice"
option_set = "status"
show_if = { not = { item = "out_of_scope", in = ["health"] } }

[[pages]]
id = "privacy"
[[pages.items]]
id = "p1"
kind = "choice"
option_set = "status"
show_if = { not = { item = "out_of_scope", in = ["privacy"] } }
[[pages.items]]
id = "p2"
kind = "choice"
option_set = "status"
show_if = { not = { item = "out_of_scope", in = ["privacy"] } }
"#;

fn q() -> Questionnaire {
    parse(Path::new("rights.toml"), SOURCE).unwrap()
}

fn file(answers: &[(&str, &str)]) -> AssessmentFile {
    let mut f = AssessmentFile::new(&q(), "2026-11-23".into());
    for (id, status) in answers {
        f.answers
            .insert(id.to_string(), Answer::Choice(status.to_string()));
    }
    f
}

#[test]
fn results_by_area_count_each_answer_with_coverage_and_evidence_gap() {
    let f = file(&[
        ("h1", "yes"),
        ("h2", "partly"),
        ("h3", "no"),
        ("h4", "dont_know"),
        ("p1", "not_applicable"),
    ]);
    let areas = area_summaries(&q(), &f);
    assert_eq!(
        areas.iter().map(|a| a.area.as_str()).collect::<Vec<_>>(),
        vec!["health", "privacy"]
    );
    let health = &areas[0];
    assert_eq!(
        (
            health.questions,
            health.count(Status::Yes),
            health.count(Status::Partly),
            health.count(Status::No)
        ),
        (4, 1, 1, 1)
    );
    // (1 + 0.5) of 3 known answers = 50 %; 1 "don't know" of 4 applicable = 25 %.
    assert_eq!(
        (health.coverage(), health.evidence_gap()),
        (Some(50), Some(25))
    );
    let privacy = &areas[1];
    assert_eq!(
        (
            privacy.unanswered,
            privacy.coverage(),
            privacy.evidence_gap()
        ),
        (1, None, Some(0))
    );
}

#[test]
fn an_area_left_out_is_not_in_scope_and_not_in_the_plan() {
    let mut f = file(&[("h1", "no"), ("p1", "no")]);
    f.answers
        .insert("out_of_scope".into(), Answer::Multi(vec!["health".into()]));
    let areas = area_summaries(&q(), &f);
    assert!(!areas[0].in_scope);
    assert!(areas[1].in_scope);
    assert_eq!(
        action_plan(&q(), &f)
            .iter()
            .map(|a| a.item.as_str())
            .collect::<Vec<_>>(),
        vec!["p1"]
    );
}

#[test]
fn the_action_plan_lists_every_no_and_partly_priorities_first() {
    let mut f = file(&[
        ("h1", "partly"),
        ("h2", "no"),
        ("h3", "yes"),
        ("h4", "dont_know"),
        ("p1", "partly"),
        ("p2", "no"),
    ]);
    f.priority.insert("p1".into());
    let plan: Vec<_> = action_plan(&q(), &f)
        .into_iter()
        .map(|a| (a.item, a.priority))
        .collect();
    assert_eq!(
        plan,
        vec![
            ("p1".into(), true),
            ("h2".into(), false),
            ("p2".into(), false),
            ("h1".into(), false)
        ]
    );
}

#[test]
fn the_annual_review_says_what_improved_worsened_or_is_open() {
    let before = file(&[
        ("h1", "no"),
        ("h2", "yes"),
        ("h3", "partly"),
        ("h4", "dont_know"),
        ("p1", "yes"),
    ]);
    let after = file(&[
        ("h1", "partly"),
        ("h2", "partly"),
        ("h3", "partly"),
        ("h4", "dont_know"),
        ("p1", "yes"),
        ("p2", "no"),
    ]);
    let changes: Vec<_> = compare(&q(), &before, &after)
        .into_iter()
        .map(|c| (c.item, c.change))
        .collect();
    assert_eq!(
        changes,
        vec![
            ("h1".into(), Change::Improved),
            ("h2".into(), Change::Worsened),
            ("h3".into(), Change::StillOpen),
            ("h4".into(), Change::StillOpen),
            ("p1".into(), Change::Unchanged),
            ("p2".into(), Change::NotComparable),
        ]
    );
}

#[test]
fn stakeholders_agree_or_differ_with_their_notes_side_by_side() {
    let mut ministry = file(&[("h1", "yes"), ("h2", "no")]);
    ministry
        .notes
        .insert("h1".into(), "Programme runs in 3 cities".into());
    let mut ngo = file(&[("h1", "partly"), ("h2", "no")]);
    ngo.notes.insert("h1".into(), "Only 3 of 20 cities".into());
    let positions = stakeholders(&q(), &[ministry, ngo]);
    let h1 = positions.iter().find(|p| p.item == "h1").unwrap();
    assert!(!h1.agree);
    assert_eq!(
        h1.answers[1],
        (Some(Status::Partly), Some("Only 3 of 20 cities".into()))
    );
    assert!(positions.iter().find(|p| p.item == "h2").unwrap().agree);
}

#[test]
fn an_exported_file_imports_back_unchanged() {
    let mut f = file(&[("h1", "yes"), ("p2", "not_applicable")]);
    f.answers
        .insert("country".into(), Answer::Text("Montenegro".into()));
    f.notes
        .insert("h1".into(), "<script>alert(1)</script> kept as text".into());
    f.priority.insert("p2".into());
    assert_eq!(import(&f.to_json(), &q()), Ok(f));
}

#[test]
fn bad_files_are_refused_with_a_reason() {
    let good = file(&[("h1", "yes")]).to_json();
    let cases: Vec<(String, ImportError)> = vec![
        (
            good[..good.len() / 2].to_string(),
            ImportError::NotJson { line: 0, column: 0 },
        ),
        ("{\"hello\": 1}".into(), ImportError::NotAnAssessment),
        (
            good.replace("\"format\": 1", "\"format\": 9"),
            ImportError::NewerFormat { format: 9 },
        ),
        (
            good.replace(
                "\"questionnaire\": \"rights\"",
                "\"questionnaire\": \"dudit\"",
            ),
            ImportError::OtherQuestionnaire { id: "dudit".into() },
        ),
        (
            good.replace("\"h1\"", "\"zz\""),
            ImportError::UnknownQuestion { id: "zz".into() },
        ),
        (
            good.replace("\"yes\"", "\"maybe\""),
            ImportError::UnknownAnswer {
                question: "h1".into(),
                answer: "maybe".into(),
            },
        ),
        (
            format!("{}{}", " ".repeat(MAX_FILE_BYTES), good),
            ImportError::TooLarge {
                bytes: MAX_FILE_BYTES + good.len(),
            },
        ),
    ];
    for (text, expected) in cases {
        let got = import(&text, &q()).unwrap_err();
        match (&got, &expected) {
            (ImportError::NotJson { .. }, ImportError::NotJson { .. }) => {}
            _ => assert_eq!(got, expected),
        }
    }
    let mut long = file(&[("h1", "yes")]);
    long.notes
        .insert("h1".into(), "x".repeat(MAX_NOTE_CHARS + 1));
    assert_eq!(
        import(&long.to_json(), &q()),
        Err(ImportError::NoteTooLong {
            question: "h1".into()
        })
    );
}

#[test]
fn csv_cells_are_quoted_and_formulas_defused() {
    assert_eq!(csv_cell("plain"), "plain");
    assert_eq!(csv_cell("a, b"), "\"a, b\"");
    assert_eq!(csv_cell("say \"no\""), "\"say \"\"no\"\"\"");
    assert_eq!(csv_cell("line\nbreak"), "\"line\nbreak\"");
    assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    let text = csv(&[
        vec!["area".into(), "note".into()],
        vec!["health".into(), "Ćirilica, ћирилица".into()],
    ]);
    assert_eq!(
        text,
        "\u{feff}area,note\r\nhealth,\"Ćirilica, ћирилица\"\r\n"
    );
}

#[test]
fn answers_in_a_file_are_found_in_any_order() {
    let f = file(&[("h1", "yes"), ("p2", "no")]);
    let json = f.to_json();
    let h1 = "\"h1\": {\n      \"choice\": \"yes\"\n    }";
    let p2 = "\"p2\": {\n      \"choice\": \"no\"\n    }";
    assert!(json.contains(&format!("{h1},\n    {p2}")), "{json}");
    // Written by another tool, which orders the answers otherwise.
    let reordered = json.replace(&format!("{h1},\n    {p2}"), &format!("{p2},\n    {h1}"));
    assert_ne!(reordered, json);
    let imported = import(&reordered, &q()).unwrap();
    assert_eq!(
        imported.answers.get("h1"),
        Some(&Answer::Choice("yes".into()))
    );
    assert_eq!(
        imported.answers.get("p2"),
        Some(&Answer::Choice("no".into()))
    );
    assert_eq!(imported, f);
}

#[test]
fn areas_are_the_pages_with_guiding_questions_and_the_rest_is_context() {
    let q = q();
    let areas: Vec<&str> = areas(&q).map(|p| p.id.as_str()).collect();
    assert_eq!(areas, vec!["health", "privacy"]);
    let context: Vec<&str> = context_items(&q).map(|i| i.id.as_str()).collect();
    assert_eq!(context, vec!["country", "out_of_scope"]);
    assert!(is_question(&q, q.item("h1").unwrap()));
    assert!(!is_question(&q, q.item("out_of_scope").unwrap()));
}

#[test]
fn a_file_is_named_after_its_country_and_day_in_plain_characters() {
    assert_eq!(
        file_name("North Macedonia", "2026-12-06T10:00:00Z", "json"),
        "assessment-north-macedonia-2026-12-06.json"
    );
    assert_eq!(
        file_name("Северна Македонија", "2026-12-06", "csv"),
        "assessment-северна-македонија-2026-12-06.csv"
    );
    assert_eq!(file_name("", "", "json"), "assessment.json");
    assert_eq!(
        file_name(" / ", "2026-01-02", "csv"),
        "assessment-2026-01-02.csv"
    );
}

#[test]
fn a_label_is_shortened_with_an_ellipsis_only_when_too_long() {
    assert_eq!(shortened("Right to health", 38), "Right to health");
    assert_eq!(shortened("Δικαίωμα στην υγεία", 8), "Δικαίωμ…");
    assert_eq!(shortened("abc", 0), "…");
}

/// A file exported by the release of 2026-12-06 (format 1), kept so that every later version is
/// proven to open it: one area left out, one question unanswered, a note and a priority.
#[test]
fn a_file_exported_by_the_release_of_2026_12_opens_with_everything_in_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let library = selfassess::engine::source::load_library(root).expect("shipped data is valid");
    let q = library
        .bundles
        .into_iter()
        .find(|b| b.questionnaire.id == "rights")
        .expect("rights ships")
        .questionnaire;
    let text =
        std::fs::read_to_string(root.join("tests/fixtures/assessment-format-1.json")).unwrap();
    let file = import(&text, &q).expect("the old file opens");
    assert_eq!(file.format, 1);
    let summaries = area_summaries(&q, &file);
    let children = summaries.iter().find(|s| s.area == "children").unwrap();
    assert!(!children.in_scope, "the area left out stays out");
    let answered: usize = summaries
        .iter()
        .map(|s| s.counts.values().sum::<usize>())
        .sum();
    let unanswered: usize = summaries.iter().map(|s| s.unanswered).sum();
    assert_eq!((answered, unanswered), (75, 1));
    assert_eq!(file.status("detention_3"), Some(Status::No));
    assert_eq!(
        file.notes.get("foundations_1").map(String::as_str),
        Some("Law on Drugs, art. 5; \"pilot\" — 2024\nsecond line")
    );
    assert!(file.priority.contains("overdose_2"));
    assert!(matches!(file.answers.get("country"), Some(Answer::Text(t)) if t == "North Macedonia"));
}
