//! Parts of a page whose code a binary keeps in wasm of their own (its `#[wasm_split]` points:
//! src/main.rs, src/bin/start.rs, src/split_parts.rs), loaded when first shown. A failed load says
//! so and can be tried again, and nothing the person entered is lost.

use crate::shared::i18n::{use_i18n, I18n};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::future::Future;
use std::pin::Pin;
pub use wasm_split_helpers::SplitLoaderError;

/// Loads a part and draws it.
pub type Load = fn() -> Pin<Box<dyn Future<Output = Result<AnyView, SplitLoaderError>>>>;

/// Fetches a part without drawing it.
pub type Prefetch = fn() -> Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>>;

/// A screen of the self-test's page: drawn by the main module, or a part of its own (which can be
/// fetched ahead, when the person is about to need it).
#[derive(Clone, Copy)]
pub enum Part {
    InMainModule(fn() -> AnyView),
    Split { load: Load, ahead: Prefetch },
}

impl Part {
    /// The screen, loading its part first if it is one.
    pub fn view(self) -> AnyView {
        match self {
            Part::InMainModule(draw) => draw(),
            Part::Split { load, .. } => view! { <Deferred load=load screen=true /> }.into_any(),
        }
    }

    /// Start fetching the part, if it is one; a failure is shown only if it still fails when needed.
    pub fn prefetch(self) {
        if let Part::Split { ahead, .. } = self {
            leptos::task::spawn_local(async move {
                let _ = ahead().await;
            });
        }
    }
}

/// `screen`: the part is a whole screen, which takes the focus itself once drawn; a failure then
/// takes it instead (the screen it replaces had it). Any other part sits in a box that takes the
/// focus back when a second try succeeds, since its "Try again" button is gone by then.
#[component]
pub fn Deferred(load: Load, #[prop(optional)] screen: bool) -> impl IntoView {
    let i18n = use_i18n();
    let attempt = RwSignal::new(0u32);
    let loading = move || view! { <p role="status">{i18n.text("app.loading")}</p> };
    let part = view! {
        <Suspense fallback=loading>
            {move || {
                let retried = attempt.get() > 0;
                Suspend::new(SendWrapper::new(async move {
                    match load().await {
                        Ok(view) => {
                            if retried && !screen {
                                crate::shared::platform::focus_soon("deferred-part");
                            }
                            view
                        }
                        Err(_) => failed(i18n, screen, attempt),
                    }
                }))
            }}
        </Suspense>
    };
    if screen {
        part.into_any()
    } else {
        view! { <div id="deferred-part" tabindex="-1">{part}</div> }.into_any()
    }
}

/// The part could not be fetched: say so, and offer to try again (which counts an attempt). In
/// place of a screen the message is the screen's heading and takes the focus, as a screen's heading
/// does; an aside's is an alert, and the focus stays on the question. The strings update in place,
/// so a change of language does not start another load.
fn failed(i18n: I18n, screen: bool, attempt: RwSignal<u32>) -> AnyView {
    let message = i18n.text("app.part_failed");
    let heading = if screen {
        crate::shared::platform::focus_soon("part-failed");
        view! { <h1 id="part-failed" tabindex="-1">{message}</h1> }.into_any()
    } else {
        view! { <p role="alert">{message}</p> }.into_any()
    };
    view! {
        {heading}
        <button type="button" class=if screen { "primary" } else { "secondary" } on:click=move |_| attempt.update(|n| *n += 1)>
            {i18n.text("app.try_again")}
        </button>
    }
    .into_any()
}
