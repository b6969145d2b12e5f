//! A screen whose code is in a wasm of its own, loaded when first shown; a failed load says so
//! and can be tried again, and nothing the person entered is lost.

use crate::i18n::use_i18n;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::future::Future;
use wasm_split_helpers::SplitLoaderError;

#[component]
pub fn Deferred<F, Fut>(load: F) -> impl IntoView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, SplitLoaderError>> + 'static,
{
    let i18n = use_i18n();
    let attempt = RwSignal::new(0u32);
    let loading = move || view! { <p role="status">{i18n.t("app.loading")}</p> };
    view! {
        <Suspense fallback=loading>
            {move || {
                attempt.track();
                Suspend::new(SendWrapper::new(async move {
                    match load().await {
                        Ok(view) => view,
                        Err(_) => view! {
                            <p role="alert">{i18n.t("app.part_failed")}</p>
                            <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                                {i18n.t("app.try_again")}
                            </button>
                        }
                        .into_any(),
                    }
                }))
            }}
        </Suspense>
    }
}
