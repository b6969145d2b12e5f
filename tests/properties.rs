//! Property tests: whatever a person answers, every shipped questionnaire scores inside its
//! declared range and lands in exactly one band.

mod common;

use common::{answers_from, QUESTIONNAIRES};
use proptest::prelude::*;
use selfassess::engine::scoring::{effective_answers, holds, score, score_range};

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
