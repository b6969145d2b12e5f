use crate::engine::model::{keys, TranslationStatus};
use crate::selftest::session::use_session;
use crate::shared::i18n::use_i18n;
use leptos::prelude::*;

/// Who made the instrument, its terms, and whether this language's version is official.
#[component]
pub fn AboutTest() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let about = session.questionnaire.with_value(|q| q.about.clone());
    let status = move || {
        session
            .texts
            .with(|t| match t.as_ref().map(|t| t.translation) {
                Some(TranslationStatus::Original) => i18n.t("about.status_original"),
                Some(TranslationStatus::Official) => i18n.t("about.status_official"),
                _ => i18n.t("about.status_ours"),
            })
    };
    view! {
        <details class="about-test">
            <summary>{i18n.text("about.heading")}</summary>
            <p>{move || session.text(keys::ABOUT_TEST)}</p>
            <dl>
                <dt>{i18n.text("about.authors")}</dt>
                <dd>{about.authors}</dd>
                <dt>{i18n.text("about.reference")}</dt>
                <dd lang="en">{about.citation}</dd>
                {about.manual.map(|m| view! { <dd lang="en">{m}</dd> })}
                <dt>{i18n.text("about.licence")}</dt>
                <dd>{move || session.text(keys::ABOUT_LICENCE)}</dd>
                <dt>{i18n.text("about.translation")}</dt>
                <dd>
                    <strong>{status}</strong>
                    " "
                    {move || session.text(keys::ABOUT_TRANSLATION)}
                </dd>
            </dl>
        </details>
    }
}
