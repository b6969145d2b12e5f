//! The self-test's questions: the start screen, one question per screen; the result is a part.

use crate::engine::answers::Answers;
use crate::engine::flow;
use crate::engine::flow::Step;
use crate::engine::model::{Questionnaire, Texts};
use crate::selftest::session::Session;
use crate::selftest::use_parts;
use crate::shared::context::context;
use crate::shared::platform::focus_soon;
use crate::shared::state::Visit;
use leptos::prelude::*;
use std::sync::Arc;

mod item_screen;
mod item_view;
mod start;

use item_screen::ItemScreen;
use start::StartScreen;

/// The self-test's screens, for its `QuestionnairePage`.
pub fn draw(questionnaire: Arc<Questionnaire>, texts: Memo<Option<Arc<Texts>>>) -> AnyView {
    view! { <Screens questionnaire=questionnaire texts=texts /> }.into_any()
}

#[component]
fn Screens(questionnaire: Arc<Questionnaire>, texts: Memo<Option<Arc<Texts>>>) -> impl IntoView {
    let visit = context::<Visit>();
    let id = questionnaire.id.clone();
    let answers = {
        let id = id.clone();
        Signal::derive(move || {
            visit
                .answers
                .with(|all| all.get(&id).cloned().unwrap_or_default())
        })
    };
    let set_answers = Callback::new(move |a: Answers| {
        visit.answers.update(|all| {
            all.insert(id.clone(), a);
        })
    });
    // Back to a finished test (from the results of a sitting): its result, not its start.
    let finished = answers.with_untracked(|a| flow::is_finished(&questionnaire, a));
    let session = Session {
        questionnaire: StoredValue::new(questionnaire),
        texts,
        answers,
        set_answers,
        step: RwSignal::new(if finished { Step::Result } else { Step::Start }),
        reviewing: RwSignal::new(false),
    };
    provide_context(session);
    focus_soon("screen-heading");
    let has_texts = Memo::new(move |_| texts.with(Option::is_some));
    move || {
        if !has_texts.get() {
            return ().into_any();
        }
        match session.step.get() {
            Step::Start => view! { <StartScreen /> }.into_any(),
            Step::Item(item) => view! { <ItemScreen item_id=item /> }.into_any(),
            Step::Result => use_parts().result.view(),
        }
    }
}
