//! What every screen of an open self-test shares: the questionnaire, its texts, the answers,
//! the step shown.

use crate::engine::answers::Answers;
use crate::engine::flow::Step;
use crate::engine::model::{Questionnaire, Texts};
use crate::shared::context::context;
use crate::shared::platform::focus_soon;
use crate::shared::questionnaire_page::text_in;
use leptos::prelude::*;
use std::sync::Arc;

/// What a screen of this questionnaire needs, shared with its components.
#[derive(Clone, Copy)]
pub struct Session {
    pub questionnaire: StoredValue<Arc<Questionnaire>>,
    pub texts: Memo<Option<Arc<Texts>>>,
    pub answers: Signal<Answers>,
    pub set_answers: Callback<Answers>,
    pub step: RwSignal<Step>,
    /// Set when a person goes back from the result to change an answer.
    pub reviewing: RwSignal<bool>,
}

impl Session {
    /// A text of this questionnaire in the current language.
    pub fn text(&self, key: &str) -> String {
        text_in(self.texts, key)
    }

    pub fn has_text(&self, key: &str) -> bool {
        self.texts
            .with(|t| t.as_ref().is_some_and(|t| t.get(key).is_some()))
    }

    /// Read the questionnaire with its answers (tracked: a view updates when the answers change).
    pub fn read<R>(&self, f: impl FnOnce(&Questionnaire, &Answers) -> R) -> R {
        self.questionnaire
            .with_value(|q| self.answers.with(|a| f(q, a)))
    }

    /// The same, once, for an event handler.
    pub fn read_untracked<R>(&self, f: impl FnOnce(&Questionnaire, &Answers) -> R) -> R {
        self.questionnaire
            .with_value(|q| self.answers.with_untracked(|a| f(q, a)))
    }

    pub fn go(&self, step: Step) {
        self.step.set(step);
        focus_soon("screen-heading");
    }
}

pub fn use_session() -> Session {
    context::<Session>()
}
