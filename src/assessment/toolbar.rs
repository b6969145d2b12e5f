//! Keep on this device, delete from it, export (JSON, CSV), open a file.

use super::state::{import_error, use_assess, Assess};
use crate::engine::assessment::{AssessmentFile, ImportError, MAX_FILE_BYTES};
use crate::engine::model::{keys, Page};
use crate::shared::i18n::{use_i18n, I18n};
use crate::shared::platform::{self, kept, ChosenFile};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Keep on this device, delete from it, export, import.
#[component]
pub(super) fn Toolbar() -> impl IntoView {
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
    let export = move |_| export_file(&assess, &i18n);
    let csv = move |_| {
        let name = assess.file.with(|f| file_name(&assess, f, "csv"));
        platform::download(
            &name,
            "text/csv;charset=utf-8",
            &super::toolbar::csv_export(&assess, &i18n),
        );
    };
    let open = move |text: String| {
        if let Some(file) = assess.read(&text) {
            let message = assess.with_carried(i18n.t("import.opened"), &file);
            assess.file.set(file);
            assess.say(false, message);
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

/// The file's name, after its first context answer (the country) and the day it was saved.
fn file_name(assess: &Assess, file: &AssessmentFile, ext: &str) -> String {
    let first = context_texts(assess, file)
        .into_iter()
        .next()
        .unwrap_or_default();
    crate::engine::assessment::file_name(&first, &file.saved, ext)
}

/// Saves the assessment as a file: stamped with the time and with what it is (its limits).
pub(super) fn export_file(assess: &Assess, i18n: &I18n) {
    assess.file.update(|f| {
        f.saved = platform::now_iso();
        f.limits = Some(i18n.t("report.limits"));
    });
    let (json, name) = assess
        .file
        .with(|f| (f.to_json(), file_name(assess, f, "json")));
    platform::download(&name, "application/json", &json);
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
            match platform::chosen_file_text(&element, MAX_FILE_BYTES).await {
                Some(ChosenFile::Text(text)) => on_text.run(text),
                Some(ChosenFile::TooLarge { bytes }) => assess.say(
                    true,
                    import_error(&i18n, &assess, &ImportError::TooLarge { bytes }),
                ),
                Some(ChosenFile::Unreadable(name)) => {
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
use super::labels::{answer_words, context_texts, dimension_words, role_words, with_role};
use crate::engine::assessment::is_question;
use crate::engine::model::Dimension;

/// All answers and notes as a spreadsheet: area, question, the answer in law and policy and in
/// practice (or the context's answer), carried over, priority, note.
pub fn csv_export(assess: &Assess, i18n: &I18n) -> String {
    let mut rows = vec![
        vec![i18n.t("report.limits")],
        vec![
            i18n.t("assessment.area"),
            i18n.t("csv.question_id"),
            i18n.t("csv.question"),
            i18n.t("assessment.in_law"),
            i18n.t("assessment.in_practice"),
            i18n.t("csv.carried"),
            i18n.t("assessment.priority"),
            i18n.t("assessment.note"),
        ],
    ];
    let pages: Vec<Page> = assess.questionnaire.with_value(|q| q.pages.clone());
    let yes = |on: bool| if on { i18n.t("csv.yes") } else { String::new() };
    for page in pages {
        for item in page.items.iter().filter(|i| !i.retired) {
            let question = assess.questionnaire.with_value(|q| is_question(q, item));
            let in_dimension = |d: Dimension| match (question, item.dimensions().contains(&d)) {
                (true, true) => dimension_words(assess, item, d),
                (true, false) => String::new(),
                (false, _) if d == Dimension::Law => answer_words(assess, item),
                (false, _) => String::new(),
            };
            let (carried, priority, note) = assess.file.with(|f| {
                (
                    Dimension::ALL.iter().any(|d| f.is_carried(&item.id, *d)),
                    f.priority.contains(&item.id),
                    f.notes.get(&item.id).cloned().unwrap_or_default(),
                )
            });
            rows.push(vec![
                assess.text(&keys::page_title(&page.id)),
                item.id.clone(),
                assess.text(&keys::item_text(&item.id)),
                in_dimension(Dimension::Law),
                in_dimension(Dimension::Practice),
                yes(carried),
                yes(priority),
                note,
            ]);
        }
    }
    rows.extend(party_rows(assess, i18n));
    crate::engine::assessment::csv(&rows)
}

/// The role of the party answering the file, and the parties taking part, as two rows.
fn party_rows(assess: &Assess, i18n: &I18n) -> [Vec<String>; 2] {
    let (role, parties) = assess.file.with(|f| (f.role, f.parties.clone()));
    let parties = parties
        .iter()
        .map(|p| with_role(&p.name, p.role))
        .collect::<Vec<_>>()
        .join("; ");
    [
        vec![
            i18n.t("assessment.context"),
            "role".into(),
            i18n.t("parties.this_file"),
            role_words(role),
        ],
        vec![
            i18n.t("assessment.context"),
            "parties".into(),
            i18n.t("parties.heading"),
            parties,
        ],
    ]
}
