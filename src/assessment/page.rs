//! The human-rights self-assessment: context, areas of guiding questions, results, action plan,
//! annual review, several stakeholders, and a printable report. Kept on the device only on request.

use crate::components::assessment_views::{
    AreaForm, ContextForm, Overview, Report, Results, Review, Stakeholders,
};
use crate::context::context;
use crate::engine::assessment::{import, AssessmentFile, ImportError, MAX_FILE_BYTES};
use crate::engine::model::{keys, Questionnaire, Texts};
use crate::i18n::{use_i18n, I18n};
use crate::platform::{self, focus_soon, kept};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq)]
pub enum View {
    Overview,
    Context,
    Area(String),
    Results,
    Review,
    Stakeholders,
    Report,
}

/// A message shown at the top of the assessment: what just happened, or what went wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub error: bool,
    pub text: String,
}

/// Everything the assessment's screens share.
#[derive(Clone, Copy)]
pub struct Assess {
    pub questionnaire: StoredValue<Arc<Questionnaire>>,
    pub texts: Memo<Option<Arc<Texts>>>,
    pub file: RwSignal<AssessmentFile>,
    /// True while the person keeps this assessment on the device: every change is saved.
    pub kept: RwSignal<bool>,
    pub view: RwSignal<View>,
    pub notice: RwSignal<Option<Notice>>,
    pub last_year: RwSignal<Option<AssessmentFile>>,
    pub parties: RwSignal<Vec<AssessmentFile>>,
    /// Kept here because files are read after an await, outside any component's context.
    pub i18n: I18n,
}

impl Assess {
    pub fn text(&self, key: &str) -> String {
        self.texts
            .with(|t| t.as_ref().and_then(|t| t.get(key)).map(str::to_string))
            .unwrap_or_default()
    }

    pub fn go(&self, view: View) {
        self.view.set(view);
        focus_soon("screen-heading");
    }

    fn storage_key(&self) -> String {
        self.questionnaire
            .with_value(|q| format!("selfassess.assessment.{}", q.id))
    }

    pub fn say(&self, error: bool, text: String) {
        self.notice.set(Some(Notice { error, text }));
        focus_soon("assessment-notice");
    }

    /// Read a chosen file; on any problem, say why and change nothing.
    pub fn read(&self, text: &str) -> Option<AssessmentFile> {
        let i18n = self.i18n;
        let result = self.questionnaire.with_value(|q| import(text, q));
        match result {
            Ok(file) => Some(file),
            Err(e) => {
                self.say(true, import_error(&i18n, self, &e));
                None
            }
        }
    }
}

pub fn use_assess() -> Assess {
    context::<Assess>()
}

/// The words for why a file was refused.
pub fn import_error(i18n: &I18n, assess: &Assess, error: &ImportError) -> String {
    let question = |id: &str| {
        let text = assess.text(&keys::item_text(id));
        if text.is_empty() {
            id.to_string()
        } else {
            text
        }
    };
    match error {
        ImportError::TooLarge { .. } => i18n.fill(
            "import.too_large",
            &[("mb", (MAX_FILE_BYTES / 1024 / 1024).to_string())],
        ),
        ImportError::NotJson { line, column } => i18n.fill(
            "import.not_json",
            &[("line", line.to_string()), ("column", column.to_string())],
        ),
        ImportError::NotAnAssessment => i18n.t("import.not_assessment"),
        ImportError::NewerFormat { .. } => i18n.t("import.newer_format"),
        ImportError::OtherQuestionnaire { id } => {
            i18n.fill("import.other_questionnaire", &[("id", id.clone())])
        }
        ImportError::UnknownQuestion { id } => {
            i18n.fill("import.unknown_question", &[("id", id.clone())])
        }
        ImportError::UnknownAnswer {
            question: q,
            answer,
        } => i18n.fill(
            "import.unknown_answer",
            &[("question", question(q)), ("answer", answer.clone())],
        ),
        ImportError::NoteTooLong { question: q } => {
            i18n.fill("import.note_too_long", &[("question", question(q))])
        }
    }
}

/// The assessment's screens, for the assessment page's bundle.
pub fn show(questionnaire: Arc<Questionnaire>, texts: Memo<Option<Arc<Texts>>>) -> AnyView {
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
        view: RwSignal::new(View::Overview),
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
            {move || match assess.view.get() {
                View::Overview => view! { <Overview /> }.into_any(),
                View::Context => view! { <ContextForm /> }.into_any(),
                View::Area(area) => view! { <AreaForm area=area /> }.into_any(),
                View::Results => view! { <Results /> }.into_any(),
                View::Review => view! { <Review /> }.into_any(),
                View::Stakeholders => view! { <Stakeholders /> }.into_any(),
                View::Report => view! { <Report /> }.into_any(),
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
            let when = saved.saved.chars().take(10).collect::<String>();
            assess.file.set(saved);
            assess.kept.set(true);
            assess.say(false, i18n.fill("keep.restored", &[("date", when)]));
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

/// Keep on this device, delete from it, export, import.
#[component]
fn Toolbar() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let keep = move |_| {
        assess.file.update(|f| f.saved = platform::now_iso());
        assess.kept.set(true);
        assess.say(false, i18n.t("keep.kept"));
    };
    let forget = move |_| {
        kept::delete(&assess.storage_key());
        assess.kept.set(false);
        assess.say(false, i18n.t("keep.deleted"));
    };
    let export = move |_| {
        assess.file.update(|f| f.saved = platform::now_iso());
        let (json, name) = assess
            .file
            .with(|f| (f.to_json(), file_name(&assess, f, "json")));
        platform::download(&name, "application/json", &json);
    };
    let csv = move |_| {
        let name = assess.file.with(|f| file_name(&assess, f, "csv"));
        platform::download(
            &name,
            "text/csv;charset=utf-8",
            &crate::components::assessment_views::csv_export(&assess, &i18n),
        );
    };
    let open = move |text: String| {
        if let Some(file) = assess.read(&text) {
            assess.file.set(file);
            assess.say(false, i18n.t("import.opened"));
        }
    };
    view! {
        <div class="toolbar">
            <Show
                when=move || assess.kept.get()
                fallback=move || view! {
                    <button type="button" class="secondary" on:click=keep>{i18n.t("keep.keep")}</button>
                }
            >
                <p class="kept-indicator">
                    <strong>{i18n.t("keep.indicator")}</strong>
                    " "
                    <button type="button" class="link" on:click=forget>{i18n.t("keep.delete")}</button>
                </p>
            </Show>
            <button type="button" class="secondary" on:click=export>{i18n.text("export.to_file")}</button>
            <button type="button" class="secondary" on:click=csv>{i18n.text("export.csv")}</button>
            <FilePicker id="open-file" label="import.open" on_text=Callback::new(open) />
        </div>
    }
}

/// The text answers of the context, in order (country, who assesses…): they name a file.
pub fn context_texts(assess: &Assess, file: &AssessmentFile) -> Vec<String> {
    assess.questionnaire.with_value(|q| {
        q.items()
            .filter_map(|i| match file.answers.get(&i.id) {
                Some(crate::engine::answers::Answer::Text(t)) if !t.trim().is_empty() => {
                    Some(t.trim().to_string())
                }
                _ => None,
            })
            .collect()
    })
}

/// The file's name, after its first context answer (the country) and the day it was saved.
fn file_name(assess: &Assess, file: &AssessmentFile, ext: &str) -> String {
    let first = context_texts(assess, file)
        .into_iter()
        .next()
        .unwrap_or_default();
    crate::engine::assessment::file_name(&first, &file.saved, ext)
}

/// A labelled file input; the file's text goes to `on_text`, a failure to read it is said.
#[component]
pub fn FilePicker(
    id: &'static str,
    label: &'static str,
    on_text: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let assess = use_assess();
    let input = NodeRef::<leptos::html::Input>::new();
    let changed = move |_| {
        let Some(element) = input.get() else { return };
        spawn_local(async move {
            match platform::chosen_file_text(&element).await {
                Some(Ok(text)) => on_text.run(text),
                Some(Err(name)) => {
                    assess.say(true, i18n.fill("import.unreadable", &[("name", name)]))
                }
                None => {}
            }
            element.set_value("");
        });
    };
    view! {
        <span class="file-picker">
            <label for=id class="button-like">{move || i18n.t(label)}</label>
            <input type="file" id=id accept=".json,application/json" node_ref=input on:change=changed class="visually-hidden-file" />
        </span>
    }
}

#[component]
fn AssessmentNav() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let item = move |view: View, key: &'static str| {
        let current = {
            let view = view.clone();
            move || assess.view.with(|v| *v == view)
        };
        view! {
            <li>
                <button
                    type="button"
                    class="tab"
                    aria-current=move || current().then_some("page")
                    on:click=move |_| assess.go(view.clone())
                >
                    {move || i18n.t(key)}
                </button>
            </li>
        }
    };
    view! {
        <nav class="assessment-nav" aria-label=i18n.text("assessment.sections")>
            <ul>
                {item(View::Overview, "assessment.overview")}
                {item(View::Context, "assessment.context")}
                {item(View::Results, "assessment.results")}
                {item(View::Review, "assessment.review")}
                {item(View::Stakeholders, "assessment.stakeholders")}
                {item(View::Report, "assessment.report")}
            </ul>
        </nav>
    }
}
