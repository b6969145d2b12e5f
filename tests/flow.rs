//! Moving through a questionnaire (engine/flow.rs): next, back, skipping an optional page, the
//! first question of a page, returning to the result after a review, and "finished".

mod common;

use common::{answers_from, QUESTIONNAIRES};
use proptest::prelude::*;
use selfassess::engine::answers::{Answer, Answers};
use selfassess::engine::flow::{
    after, before, first_step, is_finished, is_last, offers_skip, opens_its_page, page_of,
    progress, skip_page, Progress, Step,
};
use selfassess::engine::model::{ItemKind, Questionnaire};
use selfassess::engine::scoring::shown_items;

fn shipped(id: &str) -> &'static Questionnaire {
    QUESTIONNAIRES
        .iter()
        .find(|q| q.id == id)
        .expect("a shipped questionnaire")
}

fn item(id: &str) -> Step {
    Step::Item(id.to_string())
}

/// Every required question answered with its first option (ages with their minimum).
fn all_required(q: &Questionnaire) -> Answers {
    let mut answers = Answers::new();
    for item in q.items().filter(|i| i.required) {
        let answer = match item.kind {
            ItemKind::Number => Answer::Number(item.min.unwrap_or(0)),
            ItemKind::Text => Answer::Text("x".into()),
            _ => Answer::Choice(q.options_of(item)[0].id.clone()),
        };
        answers.insert(item.id.clone(), answer);
    }
    answers
}

#[test]
fn start_leads_to_the_first_question_and_back_leads_to_start() {
    let q = shipped("dudit");
    let none = Answers::new();
    assert_eq!(first_step(q, &none), item("sex"));
    assert_eq!(after(q, &none, "sex", false), item("age"));
    assert_eq!(before(q, &none, "age", false), item("sex"));
    assert_eq!(before(q, &none, "sex", false), Step::Start);
    assert_eq!(
        progress(q, &none, "age"),
        Progress {
            current: 2,
            total: progress(q, &none, "sex").total
        }
    );
}

#[test]
fn the_last_question_leads_to_the_result() {
    let q = shipped("dudit");
    let answers = all_required(q);
    let shown = shown_items(q, &answers);
    let last = &shown[shown.len() - 1].id;
    assert!(is_last(q, &answers, last, false));
    assert!(!is_last(q, &answers, &shown[0].id, false));
    assert_eq!(after(q, &answers, last, false), Step::Result);
}

#[test]
fn a_hidden_question_is_neither_counted_nor_visited() {
    let q = shipped("audit");
    let never = q.options_of(q.item("a1").unwrap())[0].id.clone();
    let mut answers = Answers::new();
    answers.insert("a1".into(), Answer::Choice(never));
    let all = q.items().count();
    let shown = shown_items(q, &answers);
    assert!(
        shown.len() < all,
        "AUDIT's item 1 'never' hides items 2 and 3 and more"
    );
    assert_eq!(progress(q, &answers, "a1").total, shown.len());
    assert_eq!(
        after(q, &answers, "a1", false),
        item(&shown[shown.iter().position(|i| i.id == "a1").unwrap() + 1].id)
    );
    assert!(!matches!(after(q, &answers, "a1", false), Step::Item(ref id) if id == "a2"));
}

#[test]
fn after_a_review_next_and_back_return_to_the_result_unless_a_question_now_needs_an_answer() {
    let q = shipped("dudit");
    let mut answers = all_required(q);
    assert_eq!(after(q, &answers, "q3", true), Step::Result);
    assert_eq!(before(q, &answers, "q3", true), Step::Result);
    assert!(is_last(q, &answers, "q3", true));
    // A required question left without an answer is where "Next" leads.
    answers.remove("q5");
    assert_eq!(after(q, &answers, "q3", true), item("q5"));
}

#[test]
fn an_optional_page_can_be_skipped_from_its_first_question_only() {
    let q = shipped("dudit");
    let page = q
        .pages
        .iter()
        .find(|p| p.optional)
        .expect("the DUDIT has a voluntary page");
    let first = &page.items[0].id;
    let second = &page.items[1].id;
    let mut answers = all_required(q);
    assert!(offers_skip(q, &answers, first));
    assert!(opens_its_page(q, &answers, first));
    assert!(!offers_skip(q, &answers, second));
    assert!(
        !offers_skip(q, &answers, "q1"),
        "a required page is never skipped"
    );
    // Skipping forgets the page's answers, and only those.
    let option = q.options_of(&page.items[0])[0].id.clone();
    answers.insert(first.clone(), Answer::Choice(option));
    let (kept, step) = skip_page(q, &answers, first, false);
    assert!(kept.get(first).is_none());
    assert_eq!(kept.len(), answers.len() - 1);
    let after_page = shown_items(q, &kept)
        .into_iter()
        .skip_while(|i| page_of(q, &i.id).map(|p| &p.id) != Some(&page.id))
        .find(|i| page_of(q, &i.id).map(|p| &p.id) != Some(&page.id));
    assert_eq!(step, after_page.map_or(Step::Result, |i| item(&i.id)));
    // From a review, skipping returns to the result.
    assert_eq!(skip_page(q, &answers, first, true).1, Step::Result);
}

#[test]
fn finished_means_something_answered_and_nothing_required_missing() {
    let q = shipped("dudit");
    assert!(!is_finished(q, &Answers::new()));
    let mut answers = all_required(q);
    assert!(is_finished(q, &answers));
    answers.remove("q11");
    assert!(!is_finished(q, &answers));
}

proptest! {
    #[test]
    fn next_visits_every_shown_question_once_in_order_then_the_result(picks in prop::collection::vec(any::<u64>(), 200)) {
        for q in QUESTIONNAIRES.iter() {
            let answers = answers_from(q, &picks);
            let shown: Vec<String> = shown_items(q, &answers).into_iter().map(|i| i.id.clone()).collect();
            let mut visited = Vec::new();
            let mut step = first_step(q, &answers);
            while let Step::Item(id) = step {
                prop_assert!(visited.len() <= shown.len(), "{}: a loop", q.id);
                let Progress { current, total } = progress(q, &answers, &id);
                prop_assert_eq!((current, total), (visited.len() + 1, shown.len()));
                visited.push(id.clone());
                step = after(q, &answers, &id, false);
                // Back undoes next.
                if let Step::Item(next) = &step {
                    prop_assert_eq!(before(q, &answers, next, false), Step::Item(id.clone()));
                }
            }
            prop_assert_eq!(step, Step::Result);
            prop_assert_eq!(visited, shown);
        }
    }

    #[test]
    fn skipping_a_page_forgets_its_answers_and_no_other(picks in prop::collection::vec(any::<u64>(), 200)) {
        for q in QUESTIONNAIRES.iter() {
            let answers = answers_from(q, &picks);
            for page in &q.pages {
                let (kept, _) = skip_page(q, &answers, &page.items[0].id, false);
                for (id, answer) in answers.iter() {
                    let on_page = page.items.iter().any(|i| &i.id == id);
                    prop_assert_eq!(kept.get(id), (!on_page).then_some(answer), "{}: {}", q.id, id);
                }
            }
        }
    }
}
