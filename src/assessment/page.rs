//! The human-rights self-assessment: context, areas of guiding questions, results, action plan,
//! annual review, several stakeholders, and a printable report. Kept on the device only on request.

use super::agenda::Agenda;
use super::area::AreaForm;
use super::context_form::ContextForm;
use super::overview::Overview;
use super::report::Report;
use super::results::Results;
use super::review::Review;
use super::stakeholders::Stakeholders;
use super::state::{import_error, use_assess, Assess, Section};
use super::toolbar::Toolbar;
use crate::engine::assessment::{import, AssessmentFile};
use crate::engine::model::{keys, Questionnaire, Texts};
use crate::shared::i18n::{use_i18n, I18n};
use crate::shared::platform::{focus_soon, kept};
use leptos::prelude::*;
use std::sync::Arc;

/// The assessment's screens, for its `QuestionnairePage`.
pub fn draw(questionnaire: Arc<Questionnaire>, texts: Memo<Option<Arc<Texts>>>) -> AnyView {
    view! { <AssessmentPage questionnaire=questionnaire texts=texts /> }.into_any()
}

#[component]
pub fn AssessmentPage(
    questionnaire: Arc<Questionnaire>,
    texts: Memo<Option<Arc<Texts>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let file = RwSignal::new(AssessmentFile::new(&questionnaire, String::new()));
    let assess = Assess {
        questionnaire: StoredValue::new(questionnaire),
        texts,
        file,
        kept: RwSignal::new(false),
        section: RwSignal::new(Section::Overview),
        notice: RwSignal::new(None),
        last_year: RwSignal::new(None),
        parties: RwSignal::new(Vec::new()),
        i18n,
    };
    provide_context(assess);
    restore(assess, &i18n);
    // While kept, every change is written to the device at once.
    Effect::new(move |_| {
        let json = file.with(|f| f.to_json());
        if assess.kept.get() && !kept::set(&assess.storage_key(), &json) {
            assess.say(true, i18n.t("keep.failed"));
        }
    });
    focus_soon("screen-heading");
    let has_texts = Memo::new(move |_| texts.with(Option::is_some));
    move || {
        if !has_texts.get() {
            return ().into_any();
        }
        view! {
            <h1 id="screen-heading" tabindex="-1">{move || assess.text(keys::TITLE)}</h1>
            <NoticeBar />
            <Toolbar />
            <AssessmentNav />
            {move || match assess.section.get() {
                Section::Overview => view! { <Overview /> }.into_any(),
                Section::Context => view! { <ContextForm /> }.into_any(),
                Section::Area(area) => view! { <AreaForm area=area /> }.into_any(),
                Section::Results => view! { <Results /> }.into_any(),
                Section::Review => view! { <Review /> }.into_any(),
                Section::Stakeholders => view! { <Stakeholders /> }.into_any(),
                Section::Agenda => view! { <Agenda /> }.into_any(),
                Section::Report => view! { <Report /> }.into_any(),
            }}
        }
        .into_any()
    }
}

/// A kept copy comes back on the next visit; a damaged one is reported and left untouched.
fn restore(assess: Assess, i18n: &I18n) {
    let Some(text) = kept::get(&assess.storage_key()) else {
        return;
    };
    let result = assess.questionnaire.with_value(|q| import(&text, q));
    match result {
        Ok(saved) => {
            let when = i18n.date(&saved.saved);
            let message =
                assess.with_carried(i18n.fill("keep.restored", &[("date", when)]), &saved);
            assess.file.set(saved);
            assess.kept.set(true);
            assess.say(false, message);
        }
        Err(e) => {
            let reason = import_error(i18n, &assess, &e);
            assess.say(true, i18n.fill("keep.damaged", &[("reason", reason)]));
        }
    }
}

#[component]
fn NoticeBar() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    view! {
        <div id="assessment-notice" tabindex="-1" role="status" aria-live="polite">
            {move || assess.notice.get().map(|n| view! {
                <p class=if n.error { "notice error-notice" } else { "notice" }>
                    {n.text}
                    " "
                    <button type="button" class="link" on:click=move |_| assess.notice.set(None)>{i18n.t("keep.dismiss")}</button>
                </p>
            })}
        </div>
    }
}

#[component]
fn AssessmentNav() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let item = move |section: Section, key: &'static str| {
        let current = {
            let section = section.clone();
            move || assess.section.with(|s| *s == section)
        };
        view! {
            <li>
                <button
                    type="button"
                    class="tab"
                    aria-current=move || current().then_some("page")
                    on:click=move |_| assess.go(section.clone())
                >
                    {move || i18n.t(key)}
                </button>
            </li>
        }
    };
    view! {
        <nav class="assessment-nav" aria-label=i18n.text("assessment.sections")>
            <ul>
                {item(Section::Overview, "assessment.overview")}
                {item(Section::Context, "assessment.context")}
                {item(Section::Results, "assessment.results")}
                {item(Section::Review, "assessment.review")}
                {item(Section::Stakeholders, "assessment.stakeholders")}
                {item(Section::Report, "assessment.report")}
            </ul>
        </nav>
    }
}
