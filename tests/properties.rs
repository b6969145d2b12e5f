//! Property tests: whatever a person answers, every shipped questionnaire scores inside its
//! declared range and lands in exactly one band.

use proptest::prelude::*;
use selfassess::engine::answers::{Answer, Answers};
use selfassess::engine::model::{ItemKind, Questionnaire};
use selfassess::engine::scoring::{effective_answers, holds, score, score_range};
use selfassess::engine::source::load_library;
use std::path::Path;
use std::sync::LazyLock;

static QUESTIONNAIRES: LazyLock<Vec<Questionnaire>> = LazyLock::new(|| {
    load_library(Path::new(env!("CARGO_MANIFEST_DIR")))
        .expect("shipped data is valid")
        .bundles
        .into_iter()
        .map(|b| b.questionnaire)
        .collect()
});

/// Turn one random number per item into an answer, or none (a skipped item).
fn answers_from(q: &Questionnaire, picks: &[u64]) -> Answers {
    let mut answers = Answers::new();
    for (item, pick) in q.items().zip(picks) {
        let options = q.options_of(item);
        let answer = match item.kind {
            ItemKind::Choice => options
                .get(*pick as usize % (options.len() + 1))
                .map(|o| Answer::Choice(o.id.clone())),
            ItemKind::Multi => Some(Answer::Multi(
                options
                    .iter()
                    .enumerate()
                    .filter(|(n, _)| pick >> n & 1 == 1)
                    .map(|(_, o)| o.id.clone())
                    .collect(),
            )),
            ItemKind::Number => {
                let (min, max) = (item.min.unwrap_or(0), item.max.unwrap_or(0));
                (pick % 2 == 0).then(|| Answer::Number(min + (*pick as i64 % (max - min + 1))))
            }
            ItemKind::Text => (pick % 2 == 0).then(|| Answer::Text(format!("<b>{pick}</b>"))),
        };
        if let Some(answer) = answer {
            answers.insert(item.id.clone(), answer);
        }
    }
    answers
}

proptest! {
    #[test]
    fn every_answer_set_scores_in_range_and_in_exactly_one_band(picks in prop::collection::vec(any::<u64>(), 200)) {
        for q in QUESTIONNAIRES.iter() {
            let answers = answers_from(q, &picks);
            let results = score(q, &answers);
            let effective = effective_answers(q, &answers);
            prop_assert_eq!(results.len(), q.scores.len(), "{}: every score gets a band", q.id);
            for (scale, result) in q.scores.iter().zip(&results) {
                let (min, max) = score_range(q, scale);
                prop_assert!(min <= result.points && result.points <= max, "{}: {} outside {}..{}", q.id, result.points, min, max);
                let cutoffs = scale.cutoffs.iter().find(|c| c.when.as_ref().is_none_or(|w| holds(q, w, &effective))).unwrap();
                let containing: Vec<_> = cutoffs.bands.iter().filter(|b| b.min <= result.points && result.points <= b.max).collect();
                prop_assert_eq!(containing.len(), 1, "{}: {} points", q.id, result.points);
                prop_assert!(cutoffs.bands.iter().any(|b| b.band == result.band));
                if result.adjusted.is_empty() {
                    prop_assert_eq!(&containing[0].band, &result.band);
                }
            }
        }
    }
}
