//! The assessment engine: files, results by area, the action plan, the annual review, stakeholders.

use selfassess::engine::answers::Answer;
use selfassess::engine::assessment::*;
use selfassess::engine::model::{Carry, Dimension, Questionnaire};
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
dimensions = ["law"]
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

/// A file whose questions are answered alike in each dimension that applies.
fn file(answers: &[(&str, &str)]) -> AssessmentFile {
    let q = q();
    let mut f = AssessmentFile::new(&q, "2026-11-23".into());
    for (id, status) in answers {
        let item = q.item(id).unwrap();
        for d in item.dimensions() {
            f.set_status(item, *d, Status::from_id(status).unwrap());
        }
    }
    f
}

/// How each question moved in law, in order.
fn law_changes(
    q: &Questionnaire,
    before: &AssessmentFile,
    after: &AssessmentFile,
) -> Vec<(String, Change)> {
    compare(q, before, after)
        .into_iter()
        .filter(|c| c.dimension == Dimension::Law)
        .map(|c| (c.item, c.change))
        .collect()
}

/// The law rows of the summaries (the tests of one answer per question read those).
fn law(summaries: Vec<AreaSummary>) -> Vec<AreaSummary> {
    summaries
        .into_iter()
        .filter(|s| s.dimension == Dimension::Law)
        .collect()
}

#[test]
fn results_by_area_count_each_answer_in_each_dimension() {
    let f = file(&[
        ("h1", "yes"),
        ("h2", "partly"),
        ("h3", "no"),
        ("h4", "dont_know"),
        ("p1", "not_applicable"),
    ]);
    let all = area_summaries(&q(), &f);
    assert_eq!(
        all.iter()
            .map(|a| (a.area.as_str(), a.dimension))
            .collect::<Vec<_>>(),
        vec![
            ("health", Dimension::Law),
            ("health", Dimension::Practice),
            ("privacy", Dimension::Law),
            ("privacy", Dimension::Practice)
        ]
    );
    // h3 is asked in law only: the practice row has three questions.
    assert_eq!((all[1].questions, all[1].count(Status::No)), (3, 0));
    let areas = law(all);
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
    assert!(health.is_assessed());
    let privacy = &areas[1];
    assert_eq!(
        (privacy.unanswered, privacy.count(Status::NotApplicable)),
        (1, 1)
    );
    assert!(privacy.is_assessed());
}

#[test]
fn an_area_in_scope_without_an_answer_is_not_yet_assessed() {
    let f = file(&[("h1", "yes")]);
    let areas = law(area_summaries(&q(), &f));
    assert!(areas[0].is_assessed());
    let privacy = &areas[1];
    assert!(privacy.in_scope && !privacy.is_assessed());
    assert_eq!((privacy.questions, privacy.unanswered), (2, 2));
}

#[test]
fn an_area_left_out_is_not_in_scope_and_not_in_the_plan() {
    let mut f = file(&[("h1", "no"), ("p1", "no")]);
    f.answers
        .insert("out_of_scope".into(), Answer::Multi(vec!["health".into()]));
    let areas = law(area_summaries(&q(), &f));
    assert!(!areas[0].in_scope);
    assert!(areas[1].in_scope);
    assert_eq!(
        action_plan(&q(), &f)
            .iter()
            .map(|a| (a.item.as_str(), a.dimensions.len()))
            .collect::<Vec<_>>(),
        vec![("p1", 2)]
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
    // The practice of h2 is better than its law: only the law is a "no".
    let h2 = q().item("h2").cloned().unwrap();
    f.set_status(&h2, Dimension::Practice, Status::Yes);
    let plan = action_plan(&q(), &f);
    let (remedy, evidence) = (ActionKind::Remedy, ActionKind::Evidence);
    assert_eq!(
        plan.iter()
            .map(|a| (a.item.as_str(), a.kind, a.priority))
            .collect::<Vec<_>>(),
        vec![
            ("p1", remedy, true),
            ("h2", remedy, false),
            ("p2", remedy, false),
            ("h1", remedy, false),
            // "Don't know" asks for an evidence action: who holds the data.
            ("h4", evidence, false),
        ]
    );
    // One action per question, naming the dimensions that fail.
    assert_eq!(plan[1].dimensions, vec![(Dimension::Law, Status::No)]);
    assert_eq!(
        plan[3].dimensions,
        vec![
            (Dimension::Law, Status::Partly),
            (Dimension::Practice, Status::Partly)
        ]
    );
    assert_eq!(
        (plan[0].key(), plan[4].key()),
        ("p1".into(), "h4:evidence".into())
    );
}

#[test]
fn a_plan_is_followed_up_and_next_year_starts_from_it() {
    let q = q();
    let mut f = file(&[("h1", "no"), ("h4", "dont_know")]);
    f.notes.insert("h1".into(), "Law of 2019".into());
    f.answers
        .insert("country".into(), Answer::Text("Serbia".into()));
    let follow = |owner: &str, deadline: &str, status: ActionStatus| FollowUp {
        owner: owner.into(),
        deadline: deadline.into(),
        status,
        indicator: "Number of sites".into(),
    };
    f.plan.insert(
        "h1".into(),
        follow("Ministry of Health", "2026-06-30", ActionStatus::UnderWay),
    );
    f.plan.insert(
        "h4:evidence".into(),
        follow("Statistics office", "2027-03-01", ActionStatus::Done),
    );
    // It travels in the file.
    assert_eq!(import(&f.to_json(), &q), Ok(f.clone()));
    // A plan entry for a question the questionnaire does not have is refused.
    let mut stray = f.clone();
    stray.plan.insert("zz".into(), FollowUp::default());
    assert_eq!(
        import(&stray.to_json(), &q),
        Err(ImportError::UnknownQuestion { id: "zz".into() })
    );
    // Next year: the plan, notes and context come; the answers go.
    let next = next_year(&f, "2027-01-10T09:00:00Z".into());
    assert!(next.positions.is_empty());
    assert_eq!(next.plan, f.plan);
    assert_eq!(next.notes, f.notes);
    assert_eq!(next.answers.get("country"), f.answers.get("country"));
    assert_eq!(next.saved, "2027-01-10T09:00:00Z");
    // A year on: done is done; a passed deadline not done is late.
    let today = "2027-01-10";
    assert_eq!(f.plan["h1"].outcome(today), Outcome::Late);
    assert_eq!(f.plan["h4:evidence"].outcome(today), Outcome::Done);
    assert_eq!(
        follow("x", "2027-06-01", ActionStatus::Planned).outcome(today),
        Outcome::Open
    );
    assert_eq!(
        follow("x", "", ActionStatus::Dropped).outcome(today),
        Outcome::Dropped
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
    let changes = law_changes(&q(), &before, &after);
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
    // Each dimension is compared on its own; h3 is asked in law only.
    let practice: Vec<_> = compare(&q(), &before, &after)
        .into_iter()
        .filter(|c| c.dimension == Dimension::Practice)
        .map(|c| c.item)
        .collect();
    assert_eq!(practice, vec!["h1", "h2", "h4", "p1", "p2"]);
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
    let h1 = positions
        .iter()
        .find(|p| p.item == "h1" && p.dimension == Dimension::Practice)
        .unwrap();
    assert!(!h1.agree);
    assert_eq!(
        h1.answers[1],
        (Some(Status::Partly), Some("Only 3 of 20 cities".into()))
    );
    assert!(positions.iter().find(|p| p.item == "h2").unwrap().agree);
    assert_eq!(h1.disagreement, Disagreement::Minor, "yes against partly");
    // Yes against no is a major disagreement; "don't know" against an answer a minor one.
    let files = [
        file(&[("h1", "yes"), ("h2", "dont_know")]),
        file(&[("h1", "no"), ("h2", "no")]),
    ];
    let apart = stakeholders(&q(), &files);
    let of = |id: &str| apart.iter().find(|p| p.item == id).unwrap().disagreement;
    assert_eq!(
        (of("h1"), of("h2"), of("h3")),
        (Disagreement::Major, Disagreement::Minor, Disagreement::None)
    );
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
            good.replace("\"format\": 2", "\"format\": 9"),
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
    let h1 = "\"h1\": {\n      \"law\": \"yes\",\n      \"practice\": \"yes\",\n      \"revision\": 1\n    }";
    let p2 = "\"p2\": {\n      \"law\": \"no\",\n      \"practice\": \"no\",\n      \"revision\": 1\n    }";
    assert!(json.contains(&format!("{h1},\n    {p2}")), "{json}");
    // Written by another tool, which orders the answers otherwise.
    let reordered = json.replace(&format!("{h1},\n    {p2}"), &format!("{p2},\n    {h1}"));
    assert_ne!(reordered, json);
    let imported = import(&reordered, &q()).unwrap();
    assert_eq!(
        imported.status("h1", Dimension::Practice),
        Some(Status::Yes)
    );
    assert_eq!(imported.status("p2", Dimension::Law), Some(Status::No));
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

/// A file exported by the release of 2026-12-06 (format 1), kept so that every later version is
/// proven to open it: one area left out, one question unanswered, a note and a priority.
#[test]
fn a_file_exported_by_the_release_of_2026_12_opens_with_everything_in_it() {
    let (root, q) = shipped_rights();
    let text =
        std::fs::read_to_string(root.join("tests/fixtures/assessment-format-1.json")).unwrap();
    let file = import(&text, &q).expect("the old file opens");
    assert_eq!(file.format, FILE_FORMAT);
    let progress = area_progress(&q, &file);
    let children = progress.iter().find(|s| s.area == "children").unwrap();
    assert!(!children.in_scope, "the area left out stays out");
    assert!(!area_in_scope(&q, "children", &file));
    assert!(
        q.pages.iter().find(|p| p.id == "overdose").unwrap().items[0].retired,
        "an area whose first question is retired"
    );
    assert!(area_in_scope(&q, "overdose", &file), "is still in scope");
    let answered: usize = progress.iter().map(|s| s.answered).sum();
    let asked: usize = progress.iter().map(|s| s.questions).sum();
    // 76 questions were asked then, 75 of them answered. Since then 23 were retired: split,
    // narrowed into new ones or moved (women_3 to the children's area, left out in this file);
    // 22 of them had an answer. The 28 questions outside the children's area that copy a retired
    // answer count as answered, to check; the others, and the questions added since, are asked
    // unanswered.
    let retired = q.items().filter(|i| i.retired).count();
    let copies = q
        .items()
        .filter(|i| !i.retired && !i.id.starts_with("children_"))
        .filter(|i| {
            i.replaces
                .iter()
                .any(|r| r.carry == Carry::Copy && file.positions.contains_key(&r.item))
        })
        .count();
    assert_eq!((retired, copies), (23, 28));
    assert_eq!((answered, asked), (75 - 22 + 28, 115));
    // Its one answer stands for each dimension that applies, marked as carried over.
    for d in Dimension::ALL {
        assert_eq!(file.status("detention_3", d), Some(Status::No));
        assert!(file.is_carried("detention_3", d));
    }
    let law_only = q
        .items()
        .find(|i| i.dimensions() == [Dimension::Law])
        .unwrap();
    if let Some(position) = file.positions.get(&law_only.id) {
        assert!(
            position.practice.is_none(),
            "{} is asked in law only",
            law_only.id
        );
    }
    // Carried answers to check: on the questions still asked, including the copy a retired
    // question gave the one that replaces it (women_3 moved to children_9).
    let carried: usize = q
        .items()
        .filter(|i| !i.retired && file.positions.contains_key(&i.id))
        .map(|i| i.dimensions().len())
        .sum();
    assert_eq!(file.carried_count(&q), carried);
    assert!(q.item("women_3").unwrap().retired);
    for d in Dimension::ALL {
        assert_eq!(file.status("children_9", d), Some(Status::Partly));
        assert!(file.is_carried("children_9", d));
    }
    assert_eq!(
        file.notes.get("foundations_1").map(String::as_str),
        Some("Law on Drugs, art. 5; \"pilot\" — 2024\nsecond line")
    );
    assert!(file.priority.contains("overdose_2"));
    assert!(matches!(file.answers.get("country"), Some(Answer::Text(t)) if t == "North Macedonia"));
}

/// The test questionnaire in a later version: h2's wording revised, p0 retired and replaced by p2
/// (its answer copied), p9 retired and replaced by p1 (its answer only shown).
fn revised() -> Questionnaire {
    let source = SOURCE
        .replace(
            "id = \"h2\"\nkind = \"choice\"\noption_set = \"status\"\n",
            "id = \"h2\"\nkind = \"choice\"\noption_set = \"status\"\nrevision = 2\n",
        )
        .replace(
            "id = \"p2\"\nkind = \"choice\"\noption_set = \"status\"\n",
            "id = \"p2\"\nkind = \"choice\"\noption_set = \"status\"\nreplaces = [{ item = \"p0\", carry = \"copy\" }]\n",
        )
        .replace(
            "id = \"p1\"\nkind = \"choice\"\noption_set = \"status\"\n",
            "id = \"p1\"\nkind = \"choice\"\noption_set = \"status\"\nreplaces = [{ item = \"p9\", carry = \"show\" }]\n",
        )
        + "[[pages.items]]\nid = \"p0\"\nkind = \"choice\"\noption_set = \"status\"\nretired = true\n"
        + "[[pages.items]]\nid = \"p9\"\nkind = \"choice\"\noption_set = \"status\"\nretired = true\n";
    assert_ne!(source.matches("revision").count(), 0);
    parse(Path::new("rights.toml"), &source).unwrap()
}

/// A file of the earlier version that answered p0 and p9, as JSON.
fn with_retired_answers() -> String {
    let mut f = file(&[("h2", "no")]);
    let json = f.to_json();
    f.positions.clear();
    let extra = "\"p0\": { \"law\": \"no\", \"practice\": \"partly\", \"revision\": 1 },\n    \"p9\": { \"law\": \"yes\", \"revision\": 1 },\n    \"h2\"";
    json.replacen("\"h2\"", extra, 1)
}

#[test]
fn a_retired_question_is_not_asked_and_its_answer_moves_to_its_replacement() {
    let q = revised();
    assert!(!areas(&q)
        .flat_map(|p| &p.items)
        .any(|i| i.retired && shown_items_ids(&q).contains(&i.id)));
    let f = import(&with_retired_answers(), &q).expect("retired questions still open");
    // Copied to p2 and marked to check; the retired answer stays in the file.
    assert_eq!(f.status("p2", Dimension::Law), Some(Status::No));
    assert_eq!(f.status("p2", Dimension::Practice), Some(Status::Partly));
    assert!(f.is_carried("p2", Dimension::Law) && f.is_carried("p2", Dimension::Practice));
    assert!(f.positions.contains_key("p0"));
    // p9's answer is only shown beside p1, which stays unanswered.
    assert_eq!(f.status("p1", Dimension::Law), None);
    let p1 = q.item("p1").unwrap();
    let shown: Vec<_> = earlier_answers(p1, &f).map(|(id, p)| (id, p.law)).collect();
    assert_eq!(shown, vec![("p9", Some(Status::Yes))]);
    // The retired questions count nowhere.
    let progress = area_progress(&q, &f);
    assert_eq!(progress[1].questions, 2);
}

/// h2's wording was revised: an answer given to the earlier wording is kept and marked to check;
/// once the person answers again it counts under the new revision.
#[test]
fn an_answer_to_an_earlier_wording_is_kept_and_marked_to_check() {
    let q = revised();
    let mut f = import(&with_retired_answers(), &q).expect("opens");
    assert_eq!(f.status("h2", Dimension::Law), Some(Status::No));
    let h2 = q.item("h2").unwrap();
    assert_eq!(
        f.carried_count(&q),
        2 + h2.dimensions().len(),
        "p2's copy and h2"
    );
    assert!(f.is_carried("h2", Dimension::Law));
    for d in h2.dimensions() {
        f.set_status(h2, *d, Status::Yes);
    }
    let again = import(&f.to_json(), &q).expect("opens");
    assert!(!again.is_carried("h2", Dimension::Law));
    assert_eq!(again.positions.get("h2").map(|p| p.revision), Some(2));
}

fn shown_items_ids(q: &Questionnaire) -> Vec<String> {
    selfassess::engine::scoring::shown_items(q, &Default::default())
        .into_iter()
        .map(|i| i.id.clone())
        .collect()
}

#[test]
fn answers_to_two_revisions_of_a_question_are_not_compared() {
    let before = file(&[("h1", "no"), ("h2", "no")]);
    let q = revised();
    let mut after = before.clone();
    for id in ["h1", "h2"] {
        let item = q.item(id).unwrap();
        for d in item.dimensions() {
            after.set_status(item, *d, Status::Yes);
        }
    }
    assert_eq!(after.positions.get("h2").map(|p| p.revision), Some(2));
    let changes = law_changes(&q, &before, &after);
    assert_eq!(
        changes[..2],
        vec![
            ("h1".into(), Change::Improved),
            ("h2".into(), Change::NotComparable)
        ]
    );
}

#[test]
fn a_question_asked_in_law_only_is_answered_by_its_law_answer() {
    let q = q();
    let h3 = q.item("h3").unwrap();
    let h1 = q.item("h1").unwrap();
    let mut f = AssessmentFile::new(&q, "2026-12-06".into());
    f.set_status(h3, Dimension::Law, Status::Partly);
    f.set_status(h1, Dimension::Law, Status::Partly);
    assert!(f.is_answered(h3));
    assert!(!f.is_answered(h1), "h1 still needs its answer in practice");
    let health = &area_progress(&q, &f)[0];
    assert_eq!((health.answered, health.questions), (1, 4));
}

#[test]
fn a_format_1_file_carries_each_answer_to_each_dimension_and_the_person_confirms_it() {
    let text = r#"{ "kind": "selfassess-assessment", "format": 1, "questionnaire": "rights",
        "questionnaire_version": "2026.1", "saved": "2026-11-23T10:00:00Z",
        "answers": { "country": { "text": "Serbia" }, "h1": { "choice": "partly" },
                     "h3": { "choice": "no" } },
        "notes": { "h1": "Law of 2019" }, "priority": ["h3"] }"#;
    let q = q();
    let mut f = import(text, &q).unwrap();
    assert_eq!(f.format, FILE_FORMAT);
    assert_eq!(f.status("h1", Dimension::Law), Some(Status::Partly));
    assert_eq!(f.status("h1", Dimension::Practice), Some(Status::Partly));
    assert_eq!(
        f.status("h3", Dimension::Practice),
        None,
        "h3 is asked in law only"
    );
    assert_eq!(f.carried_count(&q), 3);
    assert!(matches!(f.answers.get("country"), Some(Answer::Text(t)) if t == "Serbia"));
    assert!(
        !f.answers.contains_key("h1"),
        "the status moved to the positions"
    );
    assert_eq!(f.notes.get("h1").map(String::as_str), Some("Law of 2019"));
    assert!(f.priority.contains("h3"));
    // Keeping (or changing) an answer makes it the person's own.
    f.set_status(q.item("h1").unwrap(), Dimension::Law, Status::Partly);
    assert!(!f.is_carried("h1", Dimension::Law));
    assert!(f.is_carried("h1", Dimension::Practice));
    assert_eq!(f.carried_count(&q), 2);
    // Written again, it is a file of today's format that reads back the same.
    assert_eq!(import(&f.to_json(), &q), Ok(f));
    // A format-1 file naming a question this questionnaire never had is still refused.
    let unknown = text.replace("\"h3\"", "\"zz\"");
    assert_eq!(
        import(&unknown, &q),
        Err(ImportError::UnknownQuestion { id: "zz".into() })
    );
}

#[test]
fn an_answer_that_claims_something_without_evidence_is_listed_as_unsupported() {
    let q = q();
    let mut f = file(&[("h1", "yes"), ("h2", "no"), ("p1", "not_applicable")]);
    let h1 = q.item("h1").unwrap();
    let listed = |f: &AssessmentFile| -> Vec<(String, Dimension)> {
        unsupported(&q, f)
            .into_iter()
            .map(|u| (u.item, u.dimension))
            .collect()
    };
    let (law, practice) = (Dimension::Law, Dimension::Practice);
    // "no" claims nothing; "yes" and "not applicable" do, in each dimension.
    assert_eq!(
        listed(&f),
        vec![
            ("h1".into(), law),
            ("h1".into(), practice),
            ("p1".into(), law),
            ("p1".into(), practice)
        ]
    );
    // Evidence counts once its source is named.
    let blank = Evidence {
        kind: EvidenceKind::Statistics,
        source: " ".into(),
        date: String::new(),
    };
    f.set_evidence(h1, law, None, Some(blank.clone()));
    assert_eq!(listed(&f).len(), 4);
    let named = Evidence {
        source: "Prison administration, annual report 2025".into(),
        date: "2026-03".into(),
        ..blank
    };
    f.set_evidence(h1, law, Some(0), Some(named.clone()));
    assert_eq!(listed(&f)[0], ("h1".into(), practice));
    assert_eq!(f.evidence("h1", law), [named]);
    // It travels in the file, and removing it brings the answer back to the list.
    let back = import(&f.to_json(), &q).unwrap();
    assert_eq!(back, f);
    f.set_evidence(h1, law, Some(0), None);
    assert!(f.evidence("h1", law).is_empty());
    assert_eq!(listed(&f).len(), 4);
    // An unknown kind is refused.
    let bad = back.to_json().replace("\"statistics\"", "\"rumour\"");
    assert_eq!(import(&bad, &q), Err(ImportError::NotAnAssessment));
}

/// The questionnaire with h4 a policy option (its guidance says states may do it).
fn with_option() -> Questionnaire {
    let source = SOURCE.replace(
        "id = \"h4\"\nkind = \"choice\"\n",
        "id = \"h4\"\nkind = \"choice\"\nreferences = [{ instrument = \"guide\", option = true }]\n",
    ) + "\n[[instruments]]\nid = \"guide\"\nkind = \"guidance\"\n";
    parse(Path::new("rights.toml"), &source).unwrap()
}

#[test]
fn a_policy_option_not_taken_is_neither_unmet_nor_an_action() {
    let q = with_option();
    assert!(q.item("h4").unwrap().is_option());
    assert!(!q.item("h1").unwrap().is_option());
    let mut f = AssessmentFile::new(&q, "2026-12-06".into());
    for id in ["h1", "h4"] {
        let item = q.item(id).unwrap();
        f.set_status(item, Dimension::Law, Status::No);
    }
    let health = law(area_summaries(&q, &f)).remove(0);
    assert_eq!(health.count(Status::No), 1, "only h1 is a standard not met");
    assert_eq!(health.options_not_taken, 1);
    assert_eq!(health.unanswered, 2);
    let plan = action_plan(&q, &f);
    assert_eq!(
        plan.iter().map(|a| a.item.as_str()).collect::<Vec<_>>(),
        ["h1"]
    );
    // An option partly taken, or not known, still calls for an action.
    let h4 = q.item("h4").unwrap();
    f.set_status(h4, Dimension::Practice, Status::Partly);
    f.set_status(h4, Dimension::Law, Status::DontKnow);
    let plan = action_plan(&q, &f);
    let h4_actions: Vec<_> = plan
        .iter()
        .filter(|a| a.item == "h4")
        .map(|a| a.kind)
        .collect();
    assert_eq!(h4_actions, [ActionKind::Remedy, ActionKind::Evidence]);
}

#[test]
fn each_file_names_its_partys_role_and_the_parties_taking_part_and_both_carry_to_next_year() {
    let q = q();
    let mut f = file(&[("h1", "yes")]);
    f.role = Some(PartyRole::PeopleWhoUseDrugs);
    f.parties = vec![
        Party {
            name: "Ministry of Health".into(),
            role: Some(PartyRole::Ministry),
        },
        Party {
            name: "Ombudsperson".into(),
            role: Some(PartyRole::Nhri),
        },
        Party {
            name: "Observer".into(),
            role: None,
        },
    ];
    let json = f.to_json();
    assert!(
        json.contains("\"role\": \"people_who_use_drugs\""),
        "{json}"
    );
    assert_eq!(import(&json, &q), Ok(f.clone()));
    let next = next_year(&f, "2027-11-01".into());
    assert_eq!(
        (next.role, next.parties.clone()),
        (f.role, f.parties.clone())
    );
    // A file without either (every file before them) still opens, with none.
    let plain = file(&[("h1", "yes")]);
    assert!(!plain.to_json().contains("parties"));
    let opened = import(&plain.to_json(), &q).unwrap();
    assert_eq!((opened.role, opened.parties.len()), (None, 0));
}

#[test]
fn parties_are_grouped_government_community_and_the_human_rights_institution_apart() {
    let with_role = |role: Option<PartyRole>| {
        let mut f = file(&[("h1", "yes")]);
        f.role = role;
        f
    };
    let files = [
        with_role(Some(PartyRole::PeopleWhoUseDrugs)),
        with_role(Some(PartyRole::Nhri)),
        with_role(Some(PartyRole::Ministry)),
        with_role(None),
        with_role(Some(PartyRole::CivilSociety)),
        with_role(Some(PartyRole::Ministry)),
    ];
    assert_eq!(
        party_groups(&files),
        vec![
            (Side::Government, vec![2, 5]),
            (Side::Community, vec![0, 4]),
            (Side::Nhri, vec![1]),
            (Side::Other, vec![3]),
        ]
    );
    assert_eq!(
        party_groups(&files[2..3]),
        vec![(Side::Government, vec![0])]
    );
}

/// A file written by the release of 6 December 2026 (format 2, questions of version 2026.1, with
/// evidence, a plan and its limits line), opened by the version that added the questions of
/// 2026.2: every answer, note, priority and follow-up is kept, and the new questions are asked.
#[test]
fn a_file_of_version_2026_1_opens_in_the_revised_questions_with_everything_in_it() {
    let (root, q) = shipped_rights();
    assert_ne!(q.version, "2026.1", "the questions have been revised since");
    let text = std::fs::read_to_string(root.join("tests/fixtures/assessment-2026.1.json")).unwrap();
    let file = import(&text, &q).expect("the file of 2026.1 opens");
    assert_eq!(
        file.status("health_services_2", Dimension::Practice),
        Some(Status::No)
    );
    assert_eq!(
        file.status("implementation_7", Dimension::Law),
        Some(Status::NotApplicable)
    );
    assert_eq!(
        file.carried_count(&q),
        0,
        "nothing was carried: the questions did not change"
    );
    assert_eq!(
        file.positions
            .get("foundations_1")
            .map(|p| p.evidence[&Dimension::Law][0].source.as_str()),
        Some("Law on narcotic drugs, art. 2")
    );
    assert_eq!(file.plan["health_services_2"].owner, "Ministry of Health");
    assert!(file.plan.contains_key("detention_4:evidence"));
    assert!(file.priority.contains("detention_4"));
    // The questions added since are asked, unanswered; the area left out stays out.
    let progress = area_progress(&q, &file);
    let health = progress
        .iter()
        .find(|p| p.area == "health_services")
        .unwrap();
    assert!(
        health.questions > 7,
        "health services has its new questions"
    );
    assert_eq!(health.answered, 1);
    assert!(
        !progress
            .iter()
            .find(|p| p.area == "women")
            .unwrap()
            .in_scope
    );
    // liberty_1 was split into an obligation (liberty_9) and a policy option (liberty_10): its
    // answer is shown beside both, copied to neither, and asks for no action.
    let plan = action_plan(&q, &file);
    assert!(!plan.iter().any(|a| a.item.starts_with("liberty_")));
    assert!(plan.iter().any(|a| a.item == "health_services_2"));
    for id in ["liberty_9", "liberty_10"] {
        let item = q.item(id).unwrap();
        let shown: Vec<_> = earlier_answers(item, &file).map(|(id, _)| id).collect();
        assert_eq!(shown, ["liberty_1"], "{id}");
        assert!(!file.is_answered(item));
    }
    assert!(q.item("liberty_10").unwrap().is_option());
    assert!(!q.item("liberty_9").unwrap().is_option());
}

/// The shipped human-rights questionnaire, and the folder it ships from.
fn shipped_rights() -> (&'static Path, Questionnaire) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let library = selfassess::engine::source::load_library(root).expect("shipped data is valid");
    let q = library
        .bundles
        .into_iter()
        .find(|b| b.questionnaire.id == "rights")
        .expect("rights ships")
        .questionnaire;
    (root, q)
}
