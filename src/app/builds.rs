//! The app is built as two pages, each with its own wasm: the start page with the self-tests (kept
//! small, since a person in need waits for it), and the page for organisations: the policy
//! assessment and the embed page. Which page holds a questionnaire follows from its `tool`, so
//! adding a questionnaire touches no Rust.

pub mod assessment;
pub mod embed;
pub mod home;
pub mod questionnaire;

use crate::components::deferred::{use_parts, OpenQuestionnaire, Parts};
use crate::engine::language::ORGANISATION_UI;
use crate::engine::model::Tool;
use leptos::prelude::*;

/// What the query asks to see.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    Home,
    Embed,
    Questionnaire(String),
}

impl Screen {
    /// The screen for the query's `q` and `view`.
    pub fn of(q: Option<String>, view: Option<&str>) -> Screen {
        match (q, view) {
            (Some(id), _) if !id.is_empty() => Screen::Questionnaire(id),
            (_, Some("embed")) => Screen::Embed,
            _ => Screen::Home,
        }
    }

    /// The page of the build that holds this screen; `tool` is a questionnaire's, from the catalogue.
    pub fn page(&self, tool: Option<Tool>) -> &'static str {
        match self {
            Screen::Home => START_PAGE,
            // For organisations, like the assessment: the self-tests' page stays small.
            Screen::Embed => ASSESSMENT_PAGE,
            Screen::Questionnaire(_) => page_for(tool),
        }
    }
}

/// One page of the build: its file, and how it draws the screens it holds.
#[derive(Clone, Copy)]
pub struct Bundle {
    pub page: &'static str,
    pub show: fn(Screen) -> AnyView,
    /// Interface strings this page needs beyond those every page shares (`ui/<this>/<code>`).
    pub more_ui: Option<&'static str>,
    /// How this page's binary holds the screens that can be parts (in its main module, or split).
    pub parts: Option<Parts>,
    /// What the foot of every screen adds (the self-test shows the offline copy on its start page
    /// and its result instead, which may be parts: the questions stay light).
    pub footer: Option<fn() -> AnyView>,
}

/// The page holding the start page and the self-tests (`index.html`).
pub const START_PAGE: &str = "./";
/// The page for organisations (the policy assessment and the embed page): `assessment.html` at the
/// top of the project.
pub const ASSESSMENT_PAGE: &str = "assessment.html";

/// The page that holds questionnaires of `tool`; the start page for no questionnaire.
pub fn page_for(tool: Option<Tool>) -> &'static str {
    match tool {
        Some(Tool::Assessment) => ASSESSMENT_PAGE,
        Some(Tool::Selftest) | None => START_PAGE,
    }
}

/// The start page and the self-tests; `parts` as the binary holds them (src/main.rs,
/// src/bin/start.rs).
pub fn self_test(parts: Parts) -> Bundle {
    Bundle {
        page: START_PAGE,
        more_ui: None,
        parts: Some(parts),
        footer: None,
        show: show_self_test_screen,
    }
}

fn show_self_test_screen(screen: Screen) -> AnyView {
    match screen {
        Screen::Home => use_parts().home.view(),
        Screen::Questionnaire(id) => {
            provide_context(OpenQuestionnaire(id));
            use_parts().questionnaire.view()
        }
        // On the other page; Shell sends people there.
        Screen::Embed => ().into_any(),
    }
}

/// What the self-test's parts draw, for its binaries' split points. Drawn untracked: a part is
/// drawn inside a `Suspend`, which would otherwise load and draw it again whenever a signal that
/// its setup reads changes.
pub mod parts {
    use leptos::prelude::*;

    pub fn home() -> AnyView {
        untrack(|| view! { <super::home::HomePage /> }.into_any())
    }

    pub fn questionnaire() -> AnyView {
        use super::questionnaire::{show_self_test, QuestionnairePage};
        // Provided with the screen (above); without it, the page says the test was not found.
        let id = use_context::<super::OpenQuestionnaire>()
            .map(|open| open.0)
            .unwrap_or_default();
        untrack(|| view! { <QuestionnairePage id=id show=show_self_test /> }.into_any())
    }

    pub fn result() -> AnyView {
        untrack(|| view! { <crate::components::result_view::ResultView /> }.into_any())
    }

    pub fn standard_drink() -> AnyView {
        untrack(|| view! { <crate::components::standard_drink::StandardDrink /> }.into_any())
    }
}

pub const POLICY_ASSESSMENT: Bundle = Bundle {
    page: ASSESSMENT_PAGE,
    more_ui: Some(ORGANISATION_UI),
    parts: None,
    footer: Some(|| view! { <crate::components::offline::OfflineCopy /> }.into_any()),
    show: |screen| match screen {
        Screen::Questionnaire(id) => {
            view! { <questionnaire::QuestionnairePage id=id show=assessment::show /> }.into_any()
        }
        Screen::Embed => view! { <embed::EmbedPage /> }.into_any(),
        // On the other page; Shell sends people there.
        Screen::Home => ().into_any(),
    },
};
