//! Leave at once: forget every answer and replace this page with a neutral one.

use crate::shared::context::context;
use crate::shared::i18n::use_i18n;
use crate::shared::state::{CatalogState, Visit};
use leptos::ev;
use leptos::prelude::*;

/// Two presses of Esc within this many milliseconds leave too.
const DOUBLE_ESC_MS: f64 = 1500.0;

#[component]
pub fn QuickExit() -> impl IntoView {
    let i18n = use_i18n();
    let catalog = context::<CatalogState>();
    let visit = context::<Visit>();
    let leave = move || {
        visit.wipe();
        let url = catalog.with_untracked(|c| c.site.quick_exit_url.clone());
        // `replace`: the test does not stay in the back-button history (of the whole tab, when embedded).
        if let Some(url) = url {
            crate::shared::platform::leave_for(&url);
        }
    };
    let last_escape = StoredValue::new(f64::NEG_INFINITY);
    let handle = window_event_listener(ev::keydown, move |event| {
        if event.key() != "Escape" {
            return;
        }
        let now = js_sys::Date::now();
        if now - last_escape.get_value() < DOUBLE_ESC_MS {
            leave();
        }
        last_escape.set_value(now);
    });
    on_cleanup(move || handle.remove());
    view! {
        <button type="button" class="quick-exit" on:click=move |_| leave() title=i18n.text("exit.hint")>
            {i18n.text("exit.button")}
        </button>
    }
}
