//! One question per screen, with next, back and skipping an optional page.

use super::item_view::ItemView;
use crate::engine::flow;
use crate::engine::model::keys;
use crate::selftest::session::use_session;
use crate::selftest::use_parts;
use crate::shared::i18n::use_i18n;
use crate::shared::platform::focus_soon;
use crate::shared::widgets::paragraphs::Paragraphs;
use leptos::prelude::*;

#[component]
pub(super) fn ItemScreen(item_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let error = RwSignal::new(false);
    let invalid = RwSignal::new(false);
    let progress = {
        let item_id = item_id.clone();
        Memo::new(move |_| session.read(|q, a| flow::progress(q, a, &item_id)))
    };
    let page_id = session
        .questionnaire
        .with_value(|q| flow::page_of(q, &item_id).map(|p| p.id.clone()))
        .unwrap_or_default();
    let (opens_page, offers_skip) = session.read_untracked(|q, a| {
        (
            flow::opens_its_page(q, a, &item_id),
            flow::offers_skip(q, a, &item_id),
        )
    });
    let intro_key = keys::page_intro(&page_id);

    let next = {
        let item_id = item_id.clone();
        move |_| {
            let missing = session.read_untracked(|q, a| flow::needs_answer(q, a, &item_id));
            if missing || invalid.get_untracked() {
                error.set(true);
                focus_soon("item-error");
                return;
            }
            let reviewing = session.reviewing.get_untracked();
            session.go(session.read_untracked(|q, a| flow::after(q, a, &item_id, reviewing)));
        }
    };
    let back = {
        let item_id = item_id.clone();
        move |_| {
            let reviewing = session.reviewing.get_untracked();
            session.go(session.read_untracked(|q, a| flow::before(q, a, &item_id, reviewing)));
        }
    };
    let is_last = {
        let item_id = item_id.clone();
        move || {
            let reviewing = session.reviewing.get();
            session.read(|q, a| flow::is_last(q, a, &item_id, reviewing))
        }
    };
    // The result's part is fetched while the last question is read, not after it: no wait at the
    // end, and a connection that drops then still shows the result.
    let parts = use_parts();
    {
        let is_last = is_last.clone();
        Effect::new(move |_| {
            if is_last() {
                parts.result.prefetch();
            }
        });
    }
    let skip_page = {
        let item_id = item_id.clone();
        move |_| {
            let reviewing = session.reviewing.get_untracked();
            let (kept, step) =
                session.read_untracked(|q, a| flow::skip_page(q, a, &item_id, reviewing));
            session.set_answers.run(kept);
            session.go(step);
        }
    };
    let progress_text = move || {
        let flow::Progress { current, total } = progress.get();
        i18n.fill(
            "questionnaire.progress",
            &[
                ("current", current.to_string()),
                ("total", total.to_string()),
            ],
        )
    };
    view! {
        <div class="progress">
            <p id="progress-text">{progress_text}</p>
            <progress max=move || progress.get().total value=move || progress.get().current aria-labelledby="progress-text"></progress>
        </div>
        <h1 id="screen-heading" tabindex="-1">{move || session.text(&keys::page_title(&page_id))}</h1>
        <Show when={
            let intro_key = intro_key.clone();
            move || opens_page && session.has_text(&intro_key)
        }>
            <Paragraphs text=Signal::derive({
                let intro_key = intro_key.clone();
                move || session.text(&intro_key)
            }) class="page-intro" />
        </Show>
        {offers_skip.then(|| view! {
            <button type="button" class="secondary skip" on:click=skip_page.clone()>{i18n.text("questionnaire.skip_page")}</button>
        })}
        <ItemView item_id=item_id.clone() error=error invalid=invalid />
        <div class="nav-buttons">
            <button type="button" class="secondary" on:click=back>{i18n.text("nav.back")}</button>
            <button type="button" class="primary" on:click=next>
                {move || if is_last() { i18n.t("nav.see_result") } else { i18n.t("nav.next") }}
            </button>
        </div>
    }
}
