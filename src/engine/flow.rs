//! Moving through a questionnaire one question per screen: which screen comes after, before, or
//! after skipping an optional page, and when it is finished. Pure functions of the questionnaire,
//! the answers and whether the person came back from the result to change an answer (reviewing).

use super::answers::Answers;
use super::model::{Page, Questionnaire};
use super::scoring::{missing_required, shown_items};

/// A screen of a questionnaire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Start,
    Item(String),
    Result,
}

/// Where a question stands among those shown now: its place (from 1) and how many there are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub current: usize,
    pub total: usize,
}

fn shown_ids(q: &Questionnaire, answers: &Answers) -> Vec<String> {
    shown_items(q, answers)
        .into_iter()
        .map(|i| i.id.clone())
        .collect()
}

/// The screen "Start" leads to: the first question shown, or the result when none is.
pub fn first_step(q: &Questionnaire, answers: &Answers) -> Step {
    shown_items(q, answers)
        .first()
        .map_or(Step::Result, |i| Step::Item(i.id.clone()))
}

/// The page that holds an item.
pub fn page_of<'a>(q: &'a Questionnaire, item_id: &str) -> Option<&'a Page> {
    q.pages
        .iter()
        .find(|p| p.items.iter().any(|i| i.id == item_id))
}

/// Whether `item_id` is the first question of its page shown now (the page's first may be hidden):
/// the screen where the page's introduction, and the offer to skip an optional page, appear.
pub fn opens_its_page(q: &Questionnaire, answers: &Answers, item_id: &str) -> bool {
    let Some(page) = page_of(q, item_id) else {
        return false;
    };
    shown_items(q, answers)
        .into_iter()
        .find(|i| page.items.iter().any(|x| x.id == i.id))
        .is_some_and(|i| i.id == item_id)
}

/// Whether the screen of `item_id` offers to skip its whole page.
pub fn offers_skip(q: &Questionnaire, answers: &Answers, item_id: &str) -> bool {
    page_of(q, item_id).is_some_and(|p| p.optional) && opens_its_page(q, answers, item_id)
}

/// The question's place among those shown now (the first when it is not shown).
pub fn progress(q: &Questionnaire, answers: &Answers, item_id: &str) -> Progress {
    let shown = shown_ids(q, answers);
    let here = shown.iter().position(|i| i == item_id).unwrap_or(0);
    Progress {
        current: here + 1,
        total: shown.len(),
    }
}

/// Whether "Next" on this screen leads to the result (its label then says so).
pub fn is_last(q: &Questionnaire, answers: &Answers, item_id: &str, reviewing: bool) -> bool {
    let Progress { current, total } = progress(q, answers, item_id);
    reviewing || current >= total
}

/// Whether `item_id` needs an answer before the person can go on.
pub fn needs_answer(q: &Questionnaire, answers: &Answers, item_id: &str) -> bool {
    missing_required(q, answers).iter().any(|i| i.id == item_id)
}

/// The screen after `item_id` once it is answered: the next question shown; when reviewing, the
/// first required question still unanswered (a change may show a new one), else the result.
pub fn after(q: &Questionnaire, answers: &Answers, item_id: &str, reviewing: bool) -> Step {
    if reviewing {
        return missing_required(q, answers)
            .first()
            .map_or(Step::Result, |i| Step::Item(i.id.clone()));
    }
    let shown = shown_ids(q, answers);
    let here = shown.iter().position(|i| i == item_id).unwrap_or(0);
    shown
        .get(here + 1)
        .map_or(Step::Result, |next| Step::Item(next.clone()))
}

/// The screen "Back" leads to: the question before; the start screen from the first; the result
/// when reviewing.
pub fn before(q: &Questionnaire, answers: &Answers, item_id: &str, reviewing: bool) -> Step {
    if reviewing {
        return Step::Result;
    }
    let shown = shown_ids(q, answers);
    let here = shown.iter().position(|i| i == item_id).unwrap_or(0);
    here.checked_sub(1)
        .and_then(|n| shown.get(n))
        .map_or(Step::Start, |previous| Step::Item(previous.clone()))
}

/// Skipping the page of `item_id`: the answers without that page's, and the screen after it (the
/// first question shown after the page, or the result, which is also where reviewing returns).
pub fn skip_page(
    q: &Questionnaire,
    answers: &Answers,
    item_id: &str,
    reviewing: bool,
) -> (Answers, Step) {
    let on_page: Vec<&str> = page_of(q, item_id)
        .map(|p| p.items.iter().map(|i| i.id.as_str()).collect())
        .unwrap_or_default();
    let mut kept = answers.clone();
    kept.retain(|id, _| !on_page.contains(&id.as_str()));
    let next = shown_items(q, &kept)
        .into_iter()
        .skip_while(|i| !on_page.contains(&i.id.as_str()))
        .find(|i| !on_page.contains(&i.id.as_str()))
        .map(|i| i.id.clone());
    let step = match next {
        Some(next) if !reviewing => Step::Item(next),
        _ => Step::Result,
    };
    (kept, step)
}

/// Whether a person has finished a questionnaire: answered something, and every required
/// question shown.
pub fn is_finished(q: &Questionnaire, answers: &Answers) -> bool {
    !answers.is_empty() && missing_required(q, answers).is_empty()
}
