//! One questionnaire: start screen, one question per screen, and the result.

use crate::app::AnswerStore;
use crate::components::about_test::AboutTest;
use crate::components::deferred::use_parts;
use crate::components::item_view::ItemView;
use crate::components::paragraphs::Paragraphs;
use crate::context::context;
use crate::data::DataCache;
use crate::engine::answers::Answers;
use crate::engine::model::{keys, Questionnaire, Texts};
use crate::engine::scoring::{missing_required, shown_items};
use crate::i18n::use_i18n;
use crate::platform::focus_soon;
use crate::query::use_go;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    Start,
    Item(String),
    Result,
}

/// What a screen of this questionnaire needs, shared with its components.
#[derive(Clone, Copy)]
pub struct Session {
    pub questionnaire: StoredValue<Arc<Questionnaire>>,
    pub texts: Memo<Option<Arc<Texts>>>,
    pub answers: Signal<Answers>,
    pub set_answers: Callback<Answers>,
    pub step: RwSignal<Step>,
    /// Set when a person goes back from the result to change an answer.
    pub reviewing: RwSignal<bool>,
}

impl Session {
    /// A text of this questionnaire in the current language.
    pub fn text(&self, key: &str) -> String {
        self.texts
            .with(|t| t.as_ref().and_then(|t| t.get(key)).map(str::to_string))
            .unwrap_or_default()
    }

    pub fn has_text(&self, key: &str) -> bool {
        self.texts
            .with(|t| t.as_ref().is_some_and(|t| t.get(key).is_some()))
    }

    pub fn go(&self, step: Step) {
        self.step.set(step);
        focus_soon("screen-heading");
    }
}

/// Draws a loaded questionnaire: each page of the build passes the screens it holds.
pub type Show = fn(Arc<Questionnaire>, Memo<Option<Arc<Texts>>>) -> AnyView;

/// The self-test's screens, for the start page's bundle.
pub fn show_self_test(
    questionnaire: Arc<Questionnaire>,
    texts: Memo<Option<Arc<Texts>>>,
) -> AnyView {
    view! { <Screens questionnaire=questionnaire texts=texts /> }.into_any()
}

#[component]
pub fn QuestionnairePage(id: String, show: Show) -> impl IntoView {
    let i18n = use_i18n();
    let cache = context::<DataCache>();
    let structure = {
        let id = id.clone();
        Memo::new(move |_| cache.questionnaire(&id))
    };
    // Keeps the previous language's texts until the new ones arrive, so the screen stays put.
    let texts = Memo::new(move |previous: Option<&Option<Arc<Texts>>>| {
        let fresh = i18n
            .lang
            .with(|lang| cache.texts(&id, lang))
            .and_then(Result::ok);
        fresh.or_else(|| previous.cloned().flatten())
    });
    move || match structure.get() {
        None => view! { <p role="status">{i18n.t("app.loading")}</p> }.into_any(),
        Some(Err(_)) => view! { <NotFound /> }.into_any(),
        Some(Ok(q)) => show(q, texts),
    }
}

#[component]
fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    let go = use_go();
    view! {
        <h1 id="screen-heading" tabindex="-1">{i18n.text("questionnaire.not_found")}</h1>
        <button type="button" on:click=move |_| go(&[("q", "")])>{i18n.text("questionnaire.back_home")}</button>
    }
}

#[component]
fn Screens(questionnaire: Arc<Questionnaire>, texts: Memo<Option<Arc<Texts>>>) -> impl IntoView {
    let store = context::<AnswerStore>();
    let id = questionnaire.id.clone();
    let answers = {
        let id = id.clone();
        Signal::derive(move || {
            store
                .0
                .with(|all| all.get(&id).cloned().unwrap_or_default())
        })
    };
    let set_answers = Callback::new(move |a: Answers| {
        store.0.update(|all| {
            all.insert(id.clone(), a);
        })
    });
    // Back to a finished test (from the results of a sitting): its result, not its start.
    let finished =
        answers.with_untracked(|a| !a.is_empty() && missing_required(&questionnaire, a).is_empty());
    let session = Session {
        questionnaire: StoredValue::new(questionnaire),
        texts,
        answers,
        set_answers,
        step: RwSignal::new(if finished { Step::Result } else { Step::Start }),
        reviewing: RwSignal::new(false),
    };
    provide_context(session);
    focus_soon("screen-heading");
    let has_texts = Memo::new(move |_| texts.with(Option::is_some));
    move || {
        if !has_texts.get() {
            return ().into_any();
        }
        match session.step.get() {
            Step::Start => view! { <StartScreen /> }.into_any(),
            Step::Item(item) => view! { <ItemScreen item_id=item /> }.into_any(),
            Step::Result => use_parts().result.view(),
        }
    }
}

pub fn use_session() -> Session {
    context::<Session>()
}

#[component]
fn StartScreen() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let minutes = session.questionnaire.with_value(|q| q.minutes);
    let start = move |_| {
        let first = session.questionnaire.with_value(|q| {
            session
                .answers
                .with_untracked(|a| shown_items(q, a).first().map(|i| i.id.clone()))
        });
        if let Some(first) = first {
            session.go(Step::Item(first));
        }
    };
    view! {
        <h1 id="screen-heading" tabindex="-1">{move || session.text(keys::TITLE)}</h1>
        {minutes.map(|m| view! { <p class="minutes">{move || i18n.fill("home.minutes", &[("minutes", m.to_string())])}</p> })}
        <Paragraphs text=Signal::derive(move || session.text(keys::INTRO)) class="intro" />
        <p class="privacy-note">{i18n.text("questionnaire.privacy")}</p>
        <button type="button" class="primary" on:click=start>{i18n.text("questionnaire.start")}</button>
        <AboutTest />
    }
}

#[component]
fn ItemScreen(item_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let error = RwSignal::new(false);
    let invalid = RwSignal::new(false);
    let shown = Memo::new(move |_| {
        session.questionnaire.with_value(|q| {
            session.answers.with(|a| {
                shown_items(q, a)
                    .iter()
                    .map(|i| i.id.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    let position = {
        let item_id = item_id.clone();
        Memo::new(move |_| shown.with(|s| s.iter().position(|i| *i == item_id).unwrap_or(0)))
    };
    let (shown, position) = (move || shown.get(), move || position.get());
    let page_id = session
        .questionnaire
        .with_value(|q| {
            q.pages
                .iter()
                .find(|p| p.items.iter().any(|i| i.id == item_id))
                .map(|p| p.id.clone())
        })
        .unwrap_or_default();
    // The first item of its page that is shown now (the page's first may be hidden).
    let first_of_page = session.questionnaire.with_value(|q| {
        session.answers.with_untracked(|a| {
            shown_items(q, a)
                .into_iter()
                .find(|i| {
                    q.pages
                        .iter()
                        .any(|p| p.id == page_id && p.items.iter().any(|x| x.id == i.id))
                })
                .is_some_and(|i| i.id == item_id)
        })
    });
    let intro_key = keys::page_intro(&page_id);

    let next = {
        let item_id = item_id.clone();
        move |_| {
            let missing = session.questionnaire.with_value(|q| {
                session
                    .answers
                    .with_untracked(|a| missing_required(q, a).iter().any(|i| i.id == item_id))
            });
            if missing || invalid.get_untracked() {
                error.set(true);
                focus_soon("item-error");
                return;
            }
            // After a change from the result, a newly shown question still needs an answer.
            let still_missing = session.questionnaire.with_value(|q| {
                session
                    .answers
                    .with_untracked(|a| missing_required(q, a).first().map(|i| i.id.clone()))
            });
            let list = shown();
            let here = list.iter().position(|i| *i == item_id).unwrap_or(0);
            match (
                list.get(here + 1),
                session.reviewing.get_untracked(),
                still_missing,
            ) {
                (Some(next), false, _) => session.go(Step::Item(next.clone())),
                (_, true, Some(missing)) => session.go(Step::Item(missing)),
                _ => session.go(Step::Result),
            }
        }
    };
    let back = move |_| {
        let list = shown();
        let here = position();
        if session.reviewing.get_untracked() {
            session.go(Step::Result)
        } else {
            match here.checked_sub(1).and_then(|n| list.get(n)) {
                Some(previous) => session.go(Step::Item(previous.clone())),
                None => session.go(Step::Start),
            }
        }
    };
    let is_last = move || position() + 1 >= shown().len() || session.reviewing.get();
    // The result's part is fetched while the last question is read, not after it: no wait at the
    // end, and a connection that drops then still shows the result.
    let parts = use_parts();
    Effect::new(move |_| {
        if is_last() {
            parts.result.prefetch();
        }
    });
    let optional_page = first_of_page
        && session
            .questionnaire
            .with_value(|q| q.pages.iter().any(|p| p.id == page_id && p.optional));
    let skip_page = {
        let page_id = page_id.clone();
        move |_| {
            let after = session.questionnaire.with_value(|q| {
                let on_page: Vec<String> = q
                    .pages
                    .iter()
                    .filter(|p| p.id == page_id)
                    .flat_map(|p| p.items.iter().map(|i| i.id.clone()))
                    .collect();
                let mut answers = session.answers.get_untracked();
                answers.retain(|id, _| !on_page.contains(id));
                session.set_answers.run(answers.clone());
                shown_items(q, &answers)
                    .into_iter()
                    .skip_while(|i| !on_page.contains(&i.id))
                    .find(|i| !on_page.contains(&i.id))
                    .map(|i| i.id.clone())
            });
            match after {
                Some(next) if !session.reviewing.get_untracked() => session.go(Step::Item(next)),
                _ => session.go(Step::Result),
            }
        }
    };
    let progress_text = move || {
        i18n.fill(
            "questionnaire.progress",
            &[
                ("current", (position() + 1).to_string()),
                ("total", shown().len().to_string()),
            ],
        )
    };
    view! {
        <div class="progress">
            <p id="progress-text">{progress_text}</p>
            <progress max=move || shown().len() value=move || position() + 1 aria-labelledby="progress-text"></progress>
        </div>
        <h1 id="screen-heading" tabindex="-1">{move || session.text(&keys::page_title(&page_id))}</h1>
        <Show when={
            let intro_key = intro_key.clone();
            move || first_of_page && session.has_text(&intro_key)
        }>
            <Paragraphs text=Signal::derive({
                let intro_key = intro_key.clone();
                move || session.text(&intro_key)
            }) class="page-intro" />
        </Show>
        {optional_page.then(|| view! {
            <button type="button" class="secondary skip" on:click=skip_page.clone()>{i18n.text("questionnaire.skip_page")}</button>
        })}
        <ItemView item_id=item_id.clone() error=error invalid=invalid />
        <div class="nav-buttons">
            <button type="button" class="secondary" on:click=back>{i18n.text("nav.back")}</button>
            <button type="button" class="primary" on:click=next>
                {move || if is_last() { i18n.t("nav.see_result") } else { i18n.t("nav.next") }}
            </button>
        </div>
    }
}
