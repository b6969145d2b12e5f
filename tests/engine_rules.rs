//! Engine rules on a small questionnaire: adjustments, notes, conditions on points, multi items,
//! options without points, and empty answers.

use selfassess::engine::answers::{Answer, Answers};
use selfassess::engine::model::Questionnaire;
use selfassess::engine::scoring::{
    missing_required, notes, score, score_range, shown_items, weighed_most,
};
use selfassess::engine::source::parse;
use std::path::Path;

const SOURCE: &str = r#"
format = 1
id = "rules"
tool = "selftest"
version = "1"
[about]
authors = "x"
citation = "x"
licence = "x"

[[pages]]
id = "main"
[[pages.items]]
id = "freq"
kind = "choice"
required = true
options = [{ id = "never", points = 0 }, { id = "often", points = 3 }, { id = "rather_not_say" }]
[[pages.items]]
id = "how"
kind = "multi"
show_if = { item = "freq", points_at_least = 1 }
options = [{ id = "smoke", points = 1 }, { id = "inject", points = 2 }]

[[bands]]
id = "low"
level = 0
[[bands]]
id = "mid"
level = 1
[[bands]]
id = "high"
level = 2

[[scores]]
id = "total"
[[scores.cutoffs]]
id = "all"
bands = [{ band = "low", min = 0, max = 1 }, { band = "mid", min = 2, max = 3 }, { band = "high", min = 4, max = 6 }]
[[scores.adjust]]
id = "injecting"
when = { item = "how", in = ["inject"] }
raise_bands = 1

[[notes]]
id = "inject"
when = { item = "how", in = ["inject"] }
urgent = true
[[notes]]
id = "often"
when = { item = "freq", in = ["often"] }
"#;

fn q() -> Questionnaire {
    parse(Path::new("rules.toml"), SOURCE).expect("parses")
}

fn answers(pairs: &[(&str, Answer)]) -> Answers {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

fn choice(o: &str) -> Answer {
    Answer::Choice(o.into())
}

fn multi(os: &[&str]) -> Answer {
    Answer::Multi(os.iter().map(|o| o.to_string()).collect())
}

#[test]
fn an_option_without_points_makes_zero_reachable() {
    let q = q();
    assert_eq!(score_range(&q, &q.scores[0]), (0, 6));
    let r = &score(&q, &answers(&[("freq", choice("rather_not_say"))]))[0];
    assert_eq!((r.points, r.band.as_str()), (0, "low"));
}

#[test]
fn a_condition_on_points_shows_an_item() {
    let q = q();
    let ids = |a: &Answers| {
        shown_items(&q, a)
            .iter()
            .map(|i| i.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&answers(&[("freq", choice("never"))])), vec!["freq"]);
    assert_eq!(
        ids(&answers(&[("freq", choice("often"))])),
        vec!["freq", "how"]
    );
}

#[test]
fn a_hidden_item_counts_for_nothing() {
    let q = q();
    let r = &score(
        &q,
        &answers(&[("freq", choice("never")), ("how", multi(&["inject"]))]),
    )[0];
    assert_eq!((r.points, r.band.as_str()), (0, "low"));
    assert!(r.adjusted.is_empty());
    assert!(notes(
        &q,
        &answers(&[("freq", choice("never")), ("how", multi(&["inject"]))])
    )
    .is_empty());
}

#[test]
fn a_multi_item_sums_its_options() {
    let q = q();
    let r = &score(
        &q,
        &answers(&[("freq", choice("often")), ("how", multi(&["smoke"]))]),
    )[0];
    assert_eq!((r.points, r.band.as_str()), (4, "high"));
}

#[test]
fn an_adjustment_raises_the_band_and_the_top_stays_the_top() {
    let q = q();
    let raised = &score(
        &q,
        &answers(&[
            ("freq", choice("rather_not_say")),
            ("how", multi(&["inject"])),
        ]),
    )[0];
    // Hidden: "rather_not_say" earns no points, so "how" is not shown and nothing is raised.
    assert_eq!(raised.band, "low");
    let a = answers(&[("freq", choice("often")), ("how", multi(&["inject"]))]);
    let r = &score(&q, &a)[0];
    assert_eq!(
        (r.points, r.band.as_str(), r.adjusted.clone()),
        (5, "high", vec!["injecting".to_string()])
    );
}

#[test]
fn urgent_notes_come_first() {
    let q = q();
    let held: Vec<_> = notes(
        &q,
        &answers(&[("freq", choice("often")), ("how", multi(&["inject"]))]),
    )
    .iter()
    .map(|n| n.id.clone())
    .collect();
    assert_eq!(held, vec!["inject", "often"]);
}

#[test]
fn an_empty_multi_answer_is_not_an_answer() {
    let mut q = q();
    q.pages[0].items[1].required = true;
    let a = answers(&[("freq", choice("often")), ("how", multi(&[]))]);
    assert_eq!(
        missing_required(&q, &a)
            .iter()
            .map(|i| i.id.as_str())
            .collect::<Vec<_>>(),
        vec!["how"]
    );
}

#[test]
fn the_answers_that_weighed_most() {
    let q = q();
    let a = answers(&[
        ("freq", choice("often")),
        ("how", multi(&["smoke", "inject"])),
    ]);
    let top: Vec<_> = weighed_most(&q, &q.scores[0], &a, 3)
        .iter()
        .map(|(i, p)| (i.id.clone(), *p))
        .collect();
    assert_eq!(top, vec![("freq".to_string(), 3), ("how".to_string(), 3)]);
    assert_eq!(weighed_most(&q, &q.scores[0], &a, 1).len(), 1);
}
