//! The anonymous self-tests, on the start page. Each folder below `selftest/` is one part of the
//! wasm (src/main.rs, src/bin/start.rs, src/split_parts.rs): `home`, `questions`, `result` and
//! `drink` never import each other (tests/module_rule.rs); what two of them need is here.

pub mod about_test;
mod drink;
mod home;
mod questions;
mod result;
pub mod session;

use crate::shared::context::context;
use crate::shared::deferred::{Load, Part};
use crate::shared::route::Screen;
use leptos::prelude::*;

/// The self-test page's screens, as its binary holds them (src/main.rs for a test opened by its
/// link, src/bin/start.rs for the start page): each draws one of the start page and a
/// questionnaire in its main module; the other, the result and the aside are parts.
#[derive(Clone, Copy)]
pub struct Parts {
    pub home: Part,
    /// The screens of the questionnaire named by the `OpenQuestionnaire` in context.
    pub questionnaire: Part,
    pub result: Part,
    /// Drawn beside a question, not as a screen.
    pub standard_drink: Load,
}

/// The questionnaire a `questionnaire` part draws (`Load` takes no arguments, so it comes through
/// the context).
#[derive(Clone)]
pub struct OpenQuestionnaire(pub String);

pub fn use_parts() -> Parts {
    context::<Parts>()
}

/// A screen of the self-test's page.
pub fn draw_screen(screen: Screen) -> AnyView {
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
pub mod draw {
    use crate::shared::questionnaire_page::QuestionnairePage;
    use leptos::prelude::*;

    pub fn home() -> AnyView {
        untrack(|| view! { <crate::selftest::home::HomePage /> }.into_any())
    }

    pub fn questionnaire() -> AnyView {
        // Provided with the screen (above); without it, the page says the test was not found.
        let id = use_context::<crate::selftest::OpenQuestionnaire>()
            .map(|open| open.0)
            .unwrap_or_default();
        untrack(|| {
            view! { <QuestionnairePage id=id draw=crate::selftest::questions::draw /> }.into_any()
        })
    }

    pub fn result() -> AnyView {
        untrack(|| view! { <crate::selftest::result::ResultView /> }.into_any())
    }

    pub fn standard_drink() -> AnyView {
        untrack(|| view! { <crate::selftest::drink::StandardDrink /> }.into_any())
    }
}
