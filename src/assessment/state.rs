//! What the assessment's screens share: the file, the section shown, the notice, other years'
//! and parties' files.

use crate::engine::assessment::{import, AssessmentFile, ImportError, MAX_FILE_BYTES};
use crate::engine::model::{keys, Questionnaire, Texts};
use crate::shared::context::context;
use crate::shared::i18n::I18n;
use crate::shared::platform::focus_soon;
use crate::shared::questionnaire_page::text_in;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq)]
pub enum Section {
    Overview,
    Context,
    Area(String),
    Results,
    Review,
    Stakeholders,
    /// The disagreements of the parties, as a page to print for the next meeting.
    Agenda,
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
    pub section: RwSignal<Section>,
    pub notice: RwSignal<Option<Notice>>,
    pub last_year: RwSignal<Option<AssessmentFile>>,
    pub parties: RwSignal<Vec<AssessmentFile>>,
    /// Kept here because files are read after an await, outside any component's context.
    pub i18n: I18n,
}

impl Assess {
    pub fn text(&self, key: &str) -> String {
        text_in(self.texts, key)
    }

    pub fn go(&self, section: Section) {
        self.section.set(section);
        focus_soon("screen-heading");
    }

    pub(super) fn storage_key(&self) -> String {
        self.questionnaire
            .with_value(|q| format!("selfassess.assessment.{}", q.id))
    }

    pub fn say(&self, error: bool, text: String) {
        self.notice.set(Some(Notice { error, text }));
        focus_soon("assessment-notice");
    }

    /// `message`, with what was carried over from a file of the earlier format, if anything.
    pub fn with_carried(&self, message: String, file: &AssessmentFile) -> String {
        match self.questionnaire.with_value(|q| file.carried_count(q)) {
            0 => message,
            n => format!(
                "{message} {}",
                self.i18n.count("import.carried", "count", n as f64, &[])
            ),
        }
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
