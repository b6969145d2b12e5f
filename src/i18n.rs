//! The chosen language and its interface strings, shared through context.

use crate::engine::language::UiTexts;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<String>,
    pub ui: RwSignal<UiTexts>,
}

impl I18n {
    /// The interface string for `key`. A missing key shows itself: the tests forbid that.
    pub fn t(&self, key: &str) -> String {
        self.ui
            .with(|ui| ui.get(key).cloned())
            .unwrap_or_else(|| key.to_string())
    }

    /// The string for `key` with each `{name}` replaced.
    pub fn fill(&self, key: &str, values: &[(&str, String)]) -> String {
        values.iter().fold(self.t(key), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
