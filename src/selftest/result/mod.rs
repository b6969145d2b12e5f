//! The result: each score on a scale with its bands, what the band means, and the answers given.

mod answers;
mod notes;
mod score_card;
mod sitting;

use answers::{AnswerReview, PrintedAnswers};
use notes::Notes;
use score_card::ScoreCard;
use sitting::SittingNext;

use crate::engine::scoring::{missing_required, score};
use crate::selftest::about_test::AboutTest;
use crate::selftest::session::use_session;
use crate::shared::context::context;
use crate::shared::help::HelpPanel;
use crate::shared::i18n::use_i18n;
use crate::shared::platform;
use crate::shared::route::use_go;
use crate::shared::state::Visit;
use crate::shared::widgets::offline::OfflineCopy;
use leptos::prelude::*;

#[component]
pub fn ResultView() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let results = move || session.read(score);
    let complete = move || session.read(|q, a| missing_required(q, a).is_empty());
    let visit = context::<Visit>();
    let go = use_go();
    let start_again = move |_| {
        visit.wipe();
        go(&[("q", "")]);
    };
    let include_answers = RwSignal::new(false);
    session.reviewing.set(false);
    // Its code may arrive after the step changed (a split part): the heading takes focus once drawn.
    platform::focus_soon("screen-heading");
    view! {
        <section class="result" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{i18n.text("result.heading")}</h1>
            <Show
                when=complete
                fallback=move || view! { <p role="alert">{i18n.t("result.incomplete")}</p> }
            >
                <Notes urgent=true />
                {move || results().into_iter().map(|r| view! { <ScoreCard result=r /> }).collect_view()}
                <p class="not-diagnosis">{i18n.text("result.not_diagnosis")}</p>
                <Notes urgent=false />
                <SittingNext />
                <HelpPanel />
            </Show>
            <AnswerReview />
            <div class="print-controls">
                <label class="option">
                    <input type="checkbox" prop:checked=move || include_answers.get() on:change=move |ev| include_answers.set(event_target_checked(&ev)) />
                    <span>{i18n.text("result.print_with_answers")}</span>
                </label>
                <button type="button" class="secondary" on:click=move |_| platform::print()>{i18n.text("result.print")}</button>
            </div>
            <Show when=move || include_answers.get()>
                <PrintedAnswers />
            </Show>
            <div class="nav-buttons">
                <button type="button" class="secondary" on:click=start_again>{i18n.text("result.start_again")}</button>
            </div>
            <AboutTest />
        </section>
        <OfflineCopy />
    }
}
