use leptos::prelude::*;

/// Text from data, as paragraphs split at blank lines. Always text, never HTML.
#[component]
pub fn Paragraphs(
    #[prop(into)] text: Signal<String>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    view! {
        <div class=class>
            {move || {
                text.get()
                    .split("\n\n")
                    .map(|p| p.trim().to_string())
                    .filter(|p| !p.is_empty())
                    .map(|p| view! { <p>{p}</p> })
                    .collect_view()
            }}
        </div>
    }
}
