//! Fuzzing the questionnaire, data-file and assessment parsers with proptest (bounded, so it runs in CI):
//! mangled input is refused with a message, never a panic.

use proptest::prelude::*;
use selfassess::engine::answers::Answers;
use selfassess::engine::assessment::{import, AssessmentFile};
use selfassess::engine::data_file::{decode, encode};
use selfassess::engine::model::Questionnaire;
use selfassess::engine::scoring::score;
use selfassess::engine::source::parse;
use selfassess::engine::validate::{validate_structure, Report};
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn shipped(id: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(format!("questionnaires/{id}/questionnaire.toml")))
        .unwrap()
}

/// Apply edits (position, length, replacement) to a text, on character boundaries.
fn mangle(source: &str, edits: &[(usize, usize, String)]) -> String {
    let mut chars: Vec<char> = source.chars().collect();
    for (at, len, with) in edits {
        let at = at % (chars.len() + 1);
        let end = (at + len % 40).min(chars.len());
        chars.splice(at..end, with.chars());
    }
    chars.into_iter().collect()
}

fn edits() -> impl Strategy<Value = Vec<(usize, usize, String)>> {
    prop::collection::vec(
        (
            any::<usize>(),
            any::<usize>(),
            "[a-z0-9 =\\[\\]{}\",.\\n#-]{0,12}",
        ),
        1..6,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn a_mangled_questionnaire_never_panics(id in prop::sample::select(vec!["dudit", "audit", "cast"]), edits in edits()) {
        let source = mangle(&shipped(id), &edits);
        if let Ok(q) = parse::<Questionnaire>(Path::new("q.toml"), &source) {
            let mut report = Report::new("q.toml", &source);
            validate_structure(&q, id, &mut report);
            let _ = q.text_keys();
            if report.problems.is_empty() {
                let _ = score(&q, &Answers::new());
            }
        }
    }

    #[test]
    fn a_mangled_assessment_file_never_panics(edits in edits()) {
        let q: Questionnaire = parse(Path::new("q.toml"), &shipped("dudit")).unwrap();
        let mut file = AssessmentFile::new(&q, "2026-11-23".into());
        file.answers.insert("q1".into(), selfassess::engine::answers::Answer::Choice("never".into()));
        file.notes.insert("q1".into(), "Evidence: report, 2025".into());
        let _ = import(&mangle(&file.to_json(), &edits), &q);
    }

    #[test]
    fn a_damaged_data_file_is_refused_never_misread_into_a_panic(
        cuts in prop::collection::vec((any::<usize>(), any::<u8>()), 1..8),
        truncate in any::<bool>(),
    ) {
        let q: Questionnaire = parse(Path::new("q.toml"), &shipped("dudit")).unwrap();
        let mut bytes = encode(&q);
        for (at, value) in &cuts {
            let at = at % bytes.len();
            bytes[at] = *value;
        }
        if truncate {
            bytes.truncate(cuts[0].0 % bytes.len());
        }
        if let Ok(read) = decode::<Questionnaire>(&bytes) {
            // A change that still decodes is data like any other: it is scored without a panic.
            let _ = score(&read, &Answers::new());
        }
    }

    #[test]
    fn any_text_at_all_never_panics(text in ".{0,400}") {
        let q: Questionnaire = parse(Path::new("q.toml"), &shipped("cast")).unwrap();
        let _ = import(&text, &q);
        let _ = parse::<Questionnaire>(Path::new("q.toml"), &text);
    }
}
