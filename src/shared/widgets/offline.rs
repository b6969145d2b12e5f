//! "Make this work offline on this device": the only way the app's files are kept in the browser.
//! It says what is kept (files, never answers), that it can be seen, and removes it on request.

use crate::shared::i18n::use_i18n;
use crate::shared::platform::offline;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, Copy, PartialEq)]
enum State {
    Unknown,
    NotKept,
    Saving,
    Kept,
    Removed,
    Failed,
}

/// Not offered in a frame: the page a person sees there is the embedding site's, not this copy.
#[component]
pub fn OfflineCopy() -> impl IntoView {
    if crate::shared::platform::in_frame() {
        return ().into_any();
    }
    let i18n = use_i18n();
    let state = RwSignal::new(State::Unknown);
    if offline::possible() {
        spawn_local(async move {
            let kept = offline::is_kept().await;
            state.set(if kept { State::Kept } else { State::NotKept });
        });
    }
    let keep = move |_| {
        state.set(State::Saving);
        spawn_local(async move {
            let done = offline::keep().await.is_ok();
            state.set(if done { State::Kept } else { State::Failed });
        });
    };
    let remove = move |_| {
        spawn_local(async move {
            let done = offline::remove().await.is_ok();
            state.set(if done { State::Removed } else { State::Failed });
        });
    };
    let status = move || match state.get() {
        State::Saving => i18n.t("offline.saving"),
        State::Kept => i18n.t("offline.kept"),
        State::Removed => i18n.t("offline.removed"),
        State::Failed => i18n.t("offline.failed"),
        State::Unknown | State::NotKept => String::new(),
    };
    view! {
        <Show when=move || state.get() != State::Unknown>
            <section class="offline" aria-labelledby="offline-heading">
                <h2 id="offline-heading">{i18n.text("offline.heading")}</h2>
                <p>{i18n.text("offline.explain")}</p>
                <p role="status">{status}</p>
                {move || match state.get() {
                    State::Kept => view! {
                        <button type="button" class="secondary" on:click=remove>{i18n.text("offline.remove")}</button>
                    }.into_any(),
                    State::Saving => ().into_any(),
                    _ => view! {
                        <button type="button" class="secondary" on:click=keep>{i18n.text("offline.keep")}</button>
                    }.into_any(),
                }}
            </section>
        </Show>
    }
    .into_any()
}
