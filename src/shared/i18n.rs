//! The chosen language and its interface strings, shared through context.

use crate::engine::language::UiTexts;
use crate::shared::context::context;
use leptos::prelude::*;
use std::borrow::Cow;

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

    /// The string for `key`, kept up to date in a view. One closure type serves every call site,
    /// where a `move || i18n.t(..)` per site would each add its own rendering code to the wasm.
    pub fn text(
        self,
        key: impl Into<Cow<'static, str>>,
    ) -> impl Fn() -> String + Clone + Send + Sync {
        let key = key.into();
        move || self.t(&key)
    }

    /// The string for `key` with each `{name}` replaced.
    pub fn fill(&self, key: &str, values: &[(&str, String)]) -> String {
        values.iter().fold(self.t(key), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
    }
}

pub fn use_i18n() -> I18n {
    context::<I18n>()
}
