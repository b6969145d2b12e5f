use crate::shared::i18n::use_i18n;
use leptos::prelude::*;

/// "About", folded: what an instrument is and who made it.
#[component]
pub fn AboutBox(text: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="about-test">
            <summary>{i18n.text("about.heading")}</summary>
            <p>{text}</p>
        </details>
    }
}
