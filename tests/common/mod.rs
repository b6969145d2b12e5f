//! What several test files share: the shipped questionnaires, and random answers to them.

use selfassess::engine::answers::{Answer, Answers};
use selfassess::engine::model::{ItemKind, Questionnaire};
use selfassess::engine::source::load_library;
use std::path::Path;
use std::sync::LazyLock;

pub static QUESTIONNAIRES: LazyLock<Vec<Questionnaire>> = LazyLock::new(|| {
    load_library(Path::new(env!("CARGO_MANIFEST_DIR")))
        .expect("shipped data is valid")
        .bundles
        .into_iter()
        .map(|b| b.questionnaire)
        .collect()
});

/// Turn one random number per item into an answer, or none (a skipped item).
pub fn answers_from(q: &Questionnaire, picks: &[u64]) -> Answers {
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
