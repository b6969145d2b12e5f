//! The DUDIT as shipped: scoring and cut-offs per the authors' manual.

use selfassess::engine::answers::{Answer, Answers};
use selfassess::engine::scoring::{missing_required, score, ScoreResult};
use selfassess::engine::source::{load_library, Bundle};
use std::path::Path;

fn dudit() -> Bundle {
    let library =
        load_library(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("shipped data is valid");
    library
        .bundles
        .into_iter()
        .find(|b| b.questionnaire.id == "dudit")
        .expect("dudit ships")
}

/// Answers whose points are given item by item (q1..q11), with an optional sex.
fn answers(points: [i32; 11], sex: Option<&str>) -> Answers {
    let q = dudit().questionnaire;
    let mut answers = Answers::new();
    for (n, p) in points.iter().enumerate() {
        let id = format!("q{}", n + 1);
        let item = q.item(&id).unwrap();
        let option = q
            .options_of(item)
            .iter()
            .find(|o| o.points == Some(*p))
            .unwrap_or_else(|| panic!("{id} has no option worth {p}"));
        answers.insert(id, Answer::Choice(option.id.clone()));
    }
    if let Some(sex) = sex {
        answers.insert("sex".into(), Answer::Choice(sex.into()));
    }
    answers
}

fn total(points: [i32; 11], sex: Option<&str>) -> ScoreResult {
    let q = dudit().questionnaire;
    let results = score(&q, &answers(points, sex));
    assert_eq!(results.len(), 1);
    results.into_iter().next().unwrap()
}

#[test]
fn range_is_0_to_44() {
    let r = total([0; 11], Some("male"));
    assert_eq!((r.points, r.min, r.max), (0, 0, 44));
    assert_eq!(total([4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4], None).points, 44);
}

#[test]
fn items_10_and_11_score_0_2_4() {
    let q = dudit().questionnaire;
    for id in ["q10", "q11"] {
        let points: Vec<_> = q
            .options_of(q.item(id).unwrap())
            .iter()
            .map(|o| o.points)
            .collect();
        assert_eq!(points, vec![Some(0), Some(2), Some(4)]);
    }
    for n in 1..=9 {
        let points: Vec<_> = q
            .options_of(q.item(&format!("q{n}")).unwrap())
            .iter()
            .map(|o| o.points.unwrap())
            .collect();
        assert_eq!(points, vec![0, 1, 2, 3, 4], "item q{n}");
    }
}

#[test]
fn men_cut_off_is_6() {
    let five = total([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0], Some("male"));
    assert_eq!(
        (five.points, five.band.as_str(), five.cutoffs.as_str()),
        (5, "no_problems", "men")
    );
    let six = total([1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0], Some("male"));
    assert_eq!((six.points, six.band.as_str()), (6, "problems"));
}

#[test]
fn women_cut_off_is_2() {
    let one = total([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], Some("female"));
    assert_eq!(
        (one.points, one.band.as_str(), one.cutoffs.as_str()),
        (1, "no_problems", "women")
    );
    let two = total([0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0], Some("female"));
    assert_eq!((two.points, two.band.as_str()), (2, "problems"));
}

#[test]
fn dependence_from_25_for_anyone() {
    for sex in [Some("male"), Some("female"), Some("other"), None] {
        let below = total([4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0], sex);
        assert_eq!(
            (below.points, below.band.as_str()),
            (24, "problems"),
            "{sex:?}"
        );
        let at = total([4, 4, 4, 4, 4, 4, 1, 0, 0, 0, 0], sex);
        assert_eq!((at.points, at.band.as_str()), (25, "dependence"), "{sex:?}");
    }
}

#[test]
fn sex_not_given_or_other_uses_the_lower_cut_off() {
    for sex in [None, Some("other")] {
        let one = total([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0], sex);
        assert_eq!(
            (one.band.as_str(), one.cutoffs.as_str()),
            ("no_problems", "sex_not_given")
        );
        let two = total([0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0], sex);
        assert_eq!(
            (two.band.as_str(), two.cutoffs.as_str()),
            ("problems", "sex_not_given")
        );
    }
}

#[test]
fn every_dudit_item_is_required_and_sex_and_age_are_not() {
    let q = dudit().questionnaire;
    let missing: Vec<_> = missing_required(&q, &Answers::new())
        .iter()
        .map(|i| i.id.clone())
        .collect();
    assert_eq!(
        missing,
        (1..=11).map(|n| format!("q{n}")).collect::<Vec<_>>()
    );
    assert!(missing_required(&q, &answers([0; 11], None)).is_empty());
}

#[test]
fn changing_an_answer_changes_the_result() {
    let q = dudit().questionnaire;
    let mut a = answers([0; 11], Some("male"));
    assert_eq!(score(&q, &a)[0].band, "no_problems");
    a.insert("q10".into(), Answer::Choice("yes_past_year".into()));
    a.insert("q11".into(), Answer::Choice("yes_past_year".into()));
    assert_eq!(
        (score(&q, &a)[0].points, score(&q, &a)[0].band.as_str()),
        (8, "problems")
    );
}
