//! One questionnaire: start screen, one question per screen, and the result.

use crate::app::AnswerStore;
use crate::components::about_test::AboutTest;
use crate::components::deferred::use_parts;
use crate::components::item_view::ItemView;
use crate::components::paragraphs::Paragraphs;
use crate::context::context;
use crate::data::DataCache;
use crate::engine::answers::Answers;
use crate::engine::flow;
use crate::engine::model::{keys, Questionnaire, Texts};
use crate::i18n::use_i18n;
use crate::platform::focus_soon;
use crate::query::use_go;
use leptos::prelude::*;
use std::sync::Arc;

pub use crate::engine::flow::Step;

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

    /// Read the questionnaire with its answers (tracked: a view updates when the answers change).
    pub fn read<R>(&self, f: impl FnOnce(&Questionnaire, &Answers) -> R) -> R {
        self.questionnaire
            .with_value(|q| self.answers.with(|a| f(q, a)))
    }

    /// The same, once, for an event handler.
    pub fn read_untracked<R>(&self, f: impl FnOnce(&Questionnaire, &Answers) -> R) -> R {
        self.questionnaire
            .with_value(|q| self.answers.with_untracked(|a| f(q, a)))
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
    let finished = answers.with_untracked(|a| flow::is_finished(&questionnaire, a));
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
        session.go(session.read_untracked(flow::first_step));
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
    let progress = {
        let item_id = item_id.clone();
        Memo::new(move |_| session.read(|q, a| flow::progress(q, a, &item_id)))
    };
    let page_id = session
        .questionnaire
        .with_value(|q| flow::page_of(q, &item_id).map(|p| p.id.clone()))
        .unwrap_or_default();
    let (opens_page, offers_skip) = session.read_untracked(|q, a| {
        (
            flow::opens_its_page(q, a, &item_id),
            flow::offers_skip(q, a, &item_id),
        )
    });
    let intro_key = keys::page_intro(&page_id);

    let next = {
        let item_id = item_id.clone();
        move |_| {
            let missing = session.read_untracked(|q, a| flow::needs_answer(q, a, &item_id));
            if missing || invalid.get_untracked() {
                error.set(true);
                focus_soon("item-error");
                return;
            }
            let reviewing = session.reviewing.get_untracked();
            session.go(session.read_untracked(|q, a| flow::after(q, a, &item_id, reviewing)));
        }
    };
    let back = {
        let item_id = item_id.clone();
        move |_| {
            let reviewing = session.reviewing.get_untracked();
            session.go(session.read_untracked(|q, a| flow::before(q, a, &item_id, reviewing)));
        }
    };
    let is_last = {
        let item_id = item_id.clone();
        move || {
            let reviewing = session.reviewing.get();
            session.read(|q, a| flow::is_last(q, a, &item_id, reviewing))
        }
    };
    // The result's part is fetched while the last question is read, not after it: no wait at the
    // end, and a connection that drops then still shows the result.
    let parts = use_parts();
    {
        let is_last = is_last.clone();
        Effect::new(move |_| {
            if is_last() {
                parts.result.prefetch();
            }
        });
    }
    let skip_page = {
        let item_id = item_id.clone();
        move |_| {
            let reviewing = session.reviewing.get_untracked();
            let (kept, step) =
                session.read_untracked(|q, a| flow::skip_page(q, a, &item_id, reviewing));
            session.set_answers.run(kept);
            session.go(step);
        }
    };
    let progress_text = move || {
        let flow::Progress { current, total } = progress.get();
        i18n.fill(
            "questionnaire.progress",
            &[
                ("current", current.to_string()),
                ("total", total.to_string()),
            ],
        )
    };
    view! {
        <div class="progress">
            <p id="progress-text">{progress_text}</p>
            <progress max=move || progress.get().total value=move || progress.get().current aria-labelledby="progress-text"></progress>
        </div>
        <h1 id="screen-heading" tabindex="-1">{move || session.text(&keys::page_title(&page_id))}</h1>
        <Show when={
            let intro_key = intro_key.clone();
            move || opens_page && session.has_text(&intro_key)
        }>
            <Paragraphs text=Signal::derive({
                let intro_key = intro_key.clone();
                move || session.text(&intro_key)
            }) class="page-intro" />
        </Show>
        {offers_skip.then(|| view! {
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
