//! The chosen language and its interface strings, shared through context.

use crate::engine::language::{plural_form, UiTexts};
use crate::engine::numbers::{write_date, write_decimal};
use crate::shared::context::context;
use crate::shared::platform::{format_date, format_number, intl_knows, plural_category};
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
        fill_in(self.t(key), values)
    }

    /// The plural string for `key` in the form this language uses for `count` (CLDR's categories,
    /// chosen by the browser), with `{name}` filled in; `name` is given `count` itself.
    pub fn count(&self, key: &str, name: &str, count: f64, values: &[(&str, String)]) -> String {
        let category = plural_category(&self.locale(), count);
        let text = self
            .ui
            .with(|ui| plural_form(ui, key, &category).cloned())
            .unwrap_or_else(|| key.to_string());
        fill_in(fill_in(text, &[(name, self.number(count, 0))]), values)
    }

    /// The tag the browser's `Intl` uses for this language (`sr-Latn` for Serbian).
    pub fn locale(&self) -> String {
        self.t("format.locale")
    }

    /// A number as this language writes it, with at most `decimals` decimals.
    pub fn number(&self, value: f64, decimals: u8) -> String {
        let locale = self.locale();
        if intl_knows(&locale) {
            format_number(&locale, value, decimals)
        } else {
            write_decimal(value, decimals, &self.t("format.decimal"))
        }
    }

    /// The day of an ISO date-time as this language writes a date.
    pub fn date(&self, iso: &str) -> String {
        let locale = self.locale();
        if intl_knows(&locale) {
            format_date(&locale, iso)
        } else {
            write_date(iso, &self.t("format.date")).unwrap_or_else(|| iso.to_string())
        }
    }
}

fn fill_in(text: String, values: &[(&str, String)]) -> String {
    values.iter().fold(text, |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}

pub fn use_i18n() -> I18n {
    context::<I18n>()
}
