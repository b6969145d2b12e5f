//! A self-test's start screen: what it is, how long it takes, what happens to the answers.

use crate::engine::flow;
use crate::engine::model::keys;
use crate::selftest::about_test::AboutTest;
use crate::selftest::session::use_session;
use crate::shared::i18n::use_i18n;
use crate::shared::widgets::paragraphs::Paragraphs;
use leptos::prelude::*;

#[component]
pub(super) fn StartScreen() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let minutes = session.questionnaire.with_value(|q| q.minutes);
    let start = move |_| {
        session.go(session.read_untracked(flow::first_step));
    };
    view! {
        <h1 id="screen-heading" tabindex="-1">{move || session.text(keys::TITLE)}</h1>
        {minutes.map(|m| view! { <p class="minutes">{move || i18n.count("home.minutes", "minutes", f64::from(m), &[])}</p> })}
        <Paragraphs text=Signal::derive(move || session.text(keys::INTRO)) class="intro" />
        <p class="privacy-note">{i18n.text("questionnaire.privacy")}</p>
        <button type="button" class="primary" on:click=start>{i18n.text("questionnaire.start")}</button>
        <AboutTest />
    }
}
