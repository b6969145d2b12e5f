//! The overview: the assessment's areas and how far each is answered.

use super::state::{use_assess, Section};
use crate::engine::assessment::area_progress;
use crate::engine::model::keys;
use crate::shared::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="overview-heading">
            <h2 id="overview-heading">{i18n.text("assessment.overview")}</h2>
            <crate::shared::widgets::paragraphs::Paragraphs text=Signal::derive(move || assess.text(keys::INTRO)) />
            <ul class="areas">
                {move || {
                    assess
                        .questionnaire
                        .with_value(|q| assess.file.with(|f| area_progress(q, f)))
                        .into_iter()
                        .map(|s| {
                            let area = s.area.clone();
                            let progress = if s.in_scope {
                                i18n.fill("assessment.progress", &[("answered", s.answered.to_string()), ("total", s.questions.to_string())])
                            } else {
                                i18n.t("assessment.out_of_scope")
                            };
                            view! {
                                <li class:out=!s.in_scope>
                                    <button type="button" class="link area-link" on:click=move |_| assess.go(Section::Area(area.clone()))>
                                        {assess.text(&keys::page_title(&s.area))}
                                    </button>
                                    <span class="area-progress">{progress}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <crate::shared::widgets::about_box::AboutBox text=Signal::derive(move || assess.text(keys::ABOUT_TEST)) />
        </section>
    }
}
