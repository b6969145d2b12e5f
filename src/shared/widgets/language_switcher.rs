use crate::shared::context::context;
use crate::shared::i18n::use_i18n;
use crate::shared::route::use_go;
use crate::shared::state::CatalogState;
use leptos::prelude::*;

/// Each language named in itself; choosing one changes `?lang=` and keeps every answer.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let catalog = context::<CatalogState>();
    let go = use_go();
    let languages = move || catalog.with(|c| c.languages.clone()).unwrap_or_default();
    view! {
        <div class="language-switcher">
            <label for="language">{i18n.text("app.language")}</label>
            <select
                id="language"
                on:change=move |ev| go(&[("lang", &event_target_value(&ev))])
                prop:value=move || i18n.lang.get()
            >
                {move || {
                    languages()
                        .into_iter()
                        .map(|l| {
                            let code = l.code.clone();
                            view! {
                                <option value=l.code lang=code.clone() selected=move || i18n.lang.get() == code>
                                    {l.name}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}
