//! The app is built as two pages, each with its own wasm: the start page with the self-tests (kept
//! small, since a person in need waits for it), and the policy assessment. Which page holds a
//! questionnaire follows from its `tool`, so adding a questionnaire touches no Rust.

pub mod assessment;
pub mod embed;
pub mod home;
pub mod questionnaire;

use crate::engine::validate::ASSESSMENT;
use leptos::prelude::*;

/// What the query asks to see.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    Home,
    Embed,
    Questionnaire(String),
}

/// One page of the build: its file, and how it draws the screens it holds.
#[derive(Clone, Copy)]
pub struct Bundle {
    pub page: &'static str,
    pub show: fn(Screen) -> AnyView,
}

/// The page holding the start page and the self-tests (`index.html`).
pub const START_PAGE: &str = "./";
/// The page holding the policy assessment, named in `assessment.html` at the top of the project.
pub const ASSESSMENT_PAGE: &str = "assessment.html";

/// The page that holds questionnaires of `tool`; the start page for no questionnaire.
pub fn page_for(tool: Option<&str>) -> &'static str {
    match tool {
        Some(ASSESSMENT) => ASSESSMENT_PAGE,
        _ => START_PAGE,
    }
}

pub const SELF_TEST: Bundle = Bundle {
    page: START_PAGE,
    show: |screen| match screen {
        Screen::Home => view! { <home::HomePage /> }.into_any(),
        Screen::Embed => view! { <embed::EmbedPage /> }.into_any(),
        Screen::Questionnaire(id) => {
            view! { <questionnaire::QuestionnairePage id=id show=questionnaire::show_self_test /> }
                .into_any()
        }
    },
};

pub const POLICY_ASSESSMENT: Bundle = Bundle {
    page: ASSESSMENT_PAGE,
    show: |screen| match screen {
        Screen::Questionnaire(id) => {
            view! { <questionnaire::QuestionnairePage id=id show=assessment::show /> }.into_any()
        }
        // The start page and the embed page live in the other page; Shell sends people there.
        Screen::Home | Screen::Embed => ().into_any(),
    },
};
