//! The AUDIT and the CAST as shipped: scoring and cut-offs per their published standards
//! (AUDIT: WHO manual, 2nd edition, 2001; CAST: OFDT, Legleye et al. 2007).

use selfassess::engine::answers::{Answer, Answers};
use selfassess::engine::model::Questionnaire;
use selfassess::engine::scoring::{missing_required, score, ScoreResult};
use selfassess::engine::source::load_library;
use std::path::Path;

fn shipped(id: &str) -> Questionnaire {
    load_library(Path::new(env!("CARGO_MANIFEST_DIR")))
        .expect("shipped data is valid")
        .bundles
        .into_iter()
        .map(|b| b.questionnaire)
        .find(|q| q.id == id)
        .unwrap_or_else(|| panic!("{id} ships"))
}

/// Answers choosing, for each item named, its option worth that many points.
fn answers_worth(q: &Questionnaire, worth: &[(&str, i32)]) -> Answers {
    let mut answers = Answers::new();
    for &(id, p) in worth {
        let item = q.item(id).unwrap_or_else(|| panic!("{} has no {id}", q.id));
        let option = q
            .options_of(item)
            .iter()
            .find(|o| o.points == Some(p))
            .unwrap_or_else(|| panic!("{id} has no option worth {p}"));
        answers.insert(id.into(), Answer::Choice(option.id.clone()));
    }
    answers
}

/// The ids `prefix`1 to `prefix`n.
fn ids(prefix: &str, n: usize) -> Vec<String> {
    (1..=n).map(|k| format!("{prefix}{k}")).collect()
}

/// The total score when items `prefix`1, `prefix`2... earn these points.
fn total(q: &Questionnaire, prefix: &str, points: &[i32]) -> ScoreResult {
    let ids = ids(prefix, points.len());
    let worth: Vec<(&str, i32)> = ids
        .iter()
        .map(String::as_str)
        .zip(points.to_vec())
        .collect();
    score(q, &answers_worth(q, &worth))
        .into_iter()
        .find(|r| r.score == "total")
        .expect("a total score")
}

/// The points of each option of an item, in order.
fn option_points(q: &Questionnaire, id: &str) -> Vec<Option<i32>> {
    q.options_of(q.item(id).unwrap())
        .iter()
        .map(|o| o.points)
        .collect()
}

fn missing(q: &Questionnaire, answers: &Answers) -> Vec<String> {
    missing_required(q, answers)
        .iter()
        .map(|i| i.id.clone())
        .collect()
}

/// Raising any one item from `base` to its top answer raises the total by the difference.
fn each_answer_counts(q: &Questionnaire, prefix: &str, base: &[i32], top: &[i32]) {
    let before = total(q, prefix, base).points;
    for n in 0..base.len() {
        let mut points = base.to_vec();
        points[n] = top[n];
        assert_eq!(
            total(q, prefix, &points).points,
            before + top[n] - base[n],
            "{prefix}{}",
            n + 1
        );
    }
}

// --- AUDIT ---

/// The AUDIT total for items a1..a10, with the zone and whether an adjustment applied.
fn audit(points: [i32; 10]) -> ScoreResult {
    total(&shipped("audit"), "a", &points)
}

/// A zone from the total alone: no adjustment for dependence or harm signs took part.
fn audit_zone(points: [i32; 10]) -> (i32, String) {
    let r = audit(points);
    assert!(r.adjusted.is_empty(), "{points:?}: {:?}", r.adjusted);
    (r.points, r.band)
}

#[test]
fn audit_scores_ten_items_1_to_8_from_0_to_4_and_9_10_as_0_2_4() {
    let q = shipped("audit");
    let scored: Vec<_> = q
        .score_items(&q.scores[0])
        .iter()
        .map(|i| i.id.clone())
        .collect();
    assert_eq!(scored, ids("a", 10));
    for id in &ids("a", 8) {
        let all = [0, 1, 2, 3, 4].map(Some).to_vec();
        assert_eq!(option_points(&q, id), all, "{id}");
    }
    for id in ["a9", "a10"] {
        assert_eq!(
            option_points(&q, id),
            vec![Some(0), Some(2), Some(4)],
            "{id}"
        );
    }
}

#[test]
fn audit_range_is_0_to_40() {
    let zero = audit([0; 10]);
    assert_eq!(
        (zero.points, zero.min, zero.max, zero.band.as_str()),
        (0, 0, 40, "zone_1")
    );
    let top = audit([4; 10]);
    assert_eq!((top.points, top.band.as_str()), (40, "zone_4"));
}

#[test]
fn audit_zone_1_ends_at_7_and_zone_2_starts_at_8() {
    assert_eq!(
        audit_zone([1, 1, 1, 1, 1, 1, 1, 0, 0, 0]),
        (7, "zone_1".into())
    );
    assert_eq!(
        audit_zone([1, 1, 1, 1, 1, 1, 1, 1, 0, 0]),
        (8, "zone_2".into())
    );
}

#[test]
fn audit_zone_2_ends_at_15_and_zone_3_starts_at_16() {
    assert_eq!(
        audit_zone([4, 4, 4, 1, 1, 1, 0, 0, 0, 0]),
        (15, "zone_2".into())
    );
    assert_eq!(
        audit_zone([4, 4, 4, 1, 1, 1, 1, 0, 0, 0]),
        (16, "zone_3".into())
    );
}

#[test]
fn audit_zone_3_ends_at_19_and_zone_4_starts_at_20() {
    assert_eq!(
        audit_zone([4, 4, 4, 1, 1, 1, 2, 0, 2, 0]),
        (19, "zone_3".into())
    );
    assert_eq!(
        audit_zone([4, 4, 4, 1, 1, 1, 4, 1, 0, 0]),
        (20, "zone_4".into())
    );
}

#[test]
fn audit_dependence_or_harm_signs_raise_the_zone_by_one() {
    // WHO manual: 2 or more on item 4, 5 or 6, or 4 on item 9 or 10, calls for the next level.
    let harm = audit([1, 1, 1, 0, 0, 0, 0, 0, 4, 0]);
    assert_eq!(
        (harm.points, harm.band.as_str(), harm.adjusted.len()),
        (7, "zone_2", 1)
    );
    let dependence = audit([1, 1, 1, 2, 0, 0, 0, 0, 0, 0]);
    assert_eq!((dependence.points, dependence.band.as_str()), (5, "zone_2"));
}

#[test]
fn audit_never_drinking_skips_items_2_to_8_which_count_0() {
    // WHO skip rule: item 1 "Never" goes straight to items 9 and 10.
    let r = audit([0, 4, 4, 4, 4, 4, 4, 4, 0, 0]);
    assert_eq!((r.points, r.band.as_str()), (0, "zone_1"));
    assert!(r.adjusted.is_empty());
}

#[test]
fn every_audit_item_is_required_when_shown_and_sex_and_age_are_not() {
    let q = shipped("audit");
    for id in &ids("a", 10) {
        assert!(q.item(id).unwrap().required, "{id}");
    }
    assert_eq!(missing(&q, &Answers::new()), ["a1", "a9", "a10"]);
    let drinker = answers_worth(&q, &[("a1", 1)]);
    assert_eq!(missing(&q, &drinker), ids("a", 10)[1..]);
    let never = answers_worth(&q, &[("a1", 0)]);
    assert_eq!(missing(&q, &never), ["a9", "a10"]);
    let items = ids("a", 10);
    let all: Vec<(&str, i32)> = items
        .iter()
        .map(|id| (id.as_str(), i32::from(id == "a1")))
        .collect();
    assert!(missing(&q, &answers_worth(&q, &all)).is_empty());
}

#[test]
fn changing_one_audit_answer_changes_the_total() {
    let q = shipped("audit");
    each_answer_counts(
        &q,
        "a",
        &[1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        &[4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
    );
}

// --- CAST ---

fn cast(points: [i32; 6]) -> (i32, String) {
    let r = total(&shipped("cast"), "q", &points);
    (r.points, r.band)
}

#[test]
fn cast_scores_six_items_from_0_to_4() {
    let q = shipped("cast");
    let scored: Vec<_> = q
        .score_items(&q.scores[0])
        .iter()
        .map(|i| i.id.clone())
        .collect();
    assert_eq!(scored, ids("q", 6));
    for id in &ids("q", 6) {
        let all = [0, 1, 2, 3, 4].map(Some).to_vec();
        assert_eq!(option_points(&q, id), all, "{id}");
    }
}

#[test]
fn cast_range_is_0_to_24() {
    let zero = total(&shipped("cast"), "q", &[0; 6]);
    assert_eq!(
        (zero.points, zero.min, zero.max, zero.band.as_str()),
        (0, 0, 24, "no_risk")
    );
    assert_eq!(cast([4; 6]), (24, "high_risk".into()));
}

#[test]
fn cast_no_risk_below_3_low_risk_from_3() {
    assert_eq!(cast([1, 1, 0, 0, 0, 0]), (2, "no_risk".into()));
    assert_eq!(cast([0, 0, 0, 1, 1, 1]), (3, "low_risk".into()));
}

#[test]
fn cast_low_risk_to_6_high_risk_from_7() {
    assert_eq!(cast([2, 0, 0, 0, 0, 4]), (6, "low_risk".into()));
    assert_eq!(cast([3, 4, 0, 0, 0, 0]), (7, "high_risk".into()));
}

#[test]
fn every_cast_item_is_required_and_sex_and_age_are_not() {
    let q = shipped("cast");
    assert_eq!(missing(&q, &Answers::new()), ids("q", 6));
    let items = ids("q", 6);
    let all: Vec<(&str, i32)> = items.iter().map(|id| (id.as_str(), 0)).collect();
    assert!(missing(&q, &answers_worth(&q, &all)).is_empty());
}

#[test]
fn changing_one_cast_answer_changes_the_total() {
    each_answer_counts(&shipped("cast"), "q", &[0; 6], &[4; 6]);
}
