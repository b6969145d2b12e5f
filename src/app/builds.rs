//! The app is built as two pages, each with its own wasm: the start page with the self-tests (kept
//! small, since a person in need waits for it), and the page for organisations: the policy
//! assessment and the embed page. Which page holds a questionnaire follows from its `tool`, so
//! adding a questionnaire touches no Rust.

use crate::engine::language::ORGANISATION_UI;
use crate::selftest::Parts;
use crate::shared::questionnaire_page::QuestionnairePage;
use crate::shared::route::{Screen, ASSESSMENT_PAGE, START_PAGE};
use leptos::prelude::*;

/// One page of the build: its file, and how it draws the screens it holds.
#[derive(Clone, Copy)]
pub struct PageBuild {
    pub page: &'static str,
    pub draw: fn(Screen) -> AnyView,
    /// Interface strings this page needs beyond those every page shares (`ui/<this>/<code>`).
    pub more_ui: Option<&'static str>,
    /// How this page's binary holds the screens that can be parts (in its main module, or split).
    pub parts: Option<Parts>,
    /// What the foot of every screen adds (the self-test shows the offline copy on its start page
    /// and its result instead, which may be parts: the questions stay light).
    pub footer: Option<fn() -> AnyView>,
}

/// The start page and the self-tests; `parts` as the binary holds them (src/main.rs,
/// src/bin/start.rs).
pub fn self_test(parts: Parts) -> PageBuild {
    PageBuild {
        page: START_PAGE,
        more_ui: None,
        parts: Some(parts),
        footer: None,
        draw: crate::selftest::draw_screen,
    }
}

/// The page for organisations: the policy assessment and the embed page (src/bin/assessment.rs).
pub const POLICY_ASSESSMENT: PageBuild = PageBuild {
    page: ASSESSMENT_PAGE,
    more_ui: Some(ORGANISATION_UI),
    parts: None,
    footer: Some(|| view! { <crate::shared::widgets::offline::OfflineCopy /> }.into_any()),
    draw: |screen| match screen {
        Screen::Questionnaire(id) => {
            view! { <QuestionnairePage id=id draw=crate::assessment::draw /> }.into_any()
        }
        Screen::Embed => view! { <crate::embed::EmbedPage /> }.into_any(),
        // On the other page; Shell sends people there.
        Screen::Home => ().into_any(),
    },
};
