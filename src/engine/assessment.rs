//! The human-rights self-assessment: the saved file, results by area, the action plan, the annual
//! review and the comparison of several stakeholders. Plain Rust, no web dependency.
//!
//! An assessment questionnaire answers each guiding question on one scale whose option ids are
//! fixed by this format: `yes`, `partly`, `no`, `dont_know`, `not_applicable`.

use super::answers::{Answer, Answers};
use super::model::{ItemKind, Questionnaire};
use super::scoring::shown_items;
use litemap::LiteMap;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// What a saved or exported assessment file says it is.
pub const FILE_KIND: &str = "selfassess-assessment";
/// The version of that file format this engine reads and writes.
pub const FILE_FORMAT: u32 = 1;
/// Larger files are refused before parsing (a real assessment is a few tens of kilobytes).
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
/// A note longer than this is refused.
pub const MAX_NOTE_CHARS: usize = 20_000;

/// Where a guiding question stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Yes,
    Partly,
    No,
    DontKnow,
    NotApplicable,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Yes,
        Status::Partly,
        Status::No,
        Status::DontKnow,
        Status::NotApplicable,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Status::Yes => "yes",
            Status::Partly => "partly",
            Status::No => "no",
            Status::DontKnow => "dont_know",
            Status::NotApplicable => "not_applicable",
        }
    }

    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.id() == id)
    }

    /// How far a standard is met, for comparing years: yes 2, partly 1, no 0; others not comparable.
    fn rank(self) -> Option<u8> {
        match self {
            Status::Yes => Some(2),
            Status::Partly => Some(1),
            Status::No => Some(0),
            Status::DontKnow | Status::NotApplicable => None,
        }
    }
}

/// One assessment as saved on the device or exported: answers, notes and priorities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentFile {
    pub kind: String,
    pub format: u32,
    pub questionnaire: String,
    pub questionnaire_version: String,
    /// When it was saved, as the browser wrote it (ISO 8601).
    pub saved: String,
    #[serde(default)]
    pub answers: Answers,
    /// The person's evidence and sources, per question.
    #[serde(default)]
    pub notes: LiteMap<String, String>,
    /// Questions flagged as a priority.
    #[serde(default)]
    pub priority: BTreeSet<String>,
}

impl AssessmentFile {
    pub fn new(q: &Questionnaire, saved: String) -> Self {
        AssessmentFile {
            kind: FILE_KIND.into(),
            format: FILE_FORMAT,
            questionnaire: q.id.clone(),
            questionnaire_version: q.version.clone(),
            saved,
            answers: Answers::new(),
            notes: LiteMap::new(),
            priority: BTreeSet::new(),
        }
    }

    pub fn status(&self, item: &str) -> Option<Status> {
        match self.answers.get(item) {
            Some(Answer::Choice(id)) => Status::from_id(id),
            _ => None,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("plain data always serialises")
    }
}

/// Why a file was refused; the interface words each one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge { bytes: usize },
    NotJson { line: usize, column: usize },
    NotAnAssessment,
    NewerFormat { format: u32 },
    OtherQuestionnaire { id: String },
    UnknownQuestion { id: String },
    UnknownAnswer { question: String, answer: String },
    NoteTooLong { question: String },
}

/// Read a file someone chose; nothing is taken unless all of it is sound.
pub fn import(text: &str, q: &Questionnaire) -> Result<AssessmentFile, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| ImportError::NotJson {
            line: e.line(),
            column: e.column(),
        })?;
    if value.get("kind").and_then(|k| k.as_str()) != Some(FILE_KIND) {
        return Err(ImportError::NotAnAssessment);
    }
    match value.get("format").and_then(|f| f.as_u64()) {
        Some(f) if f > u64::from(FILE_FORMAT) => {
            return Err(ImportError::NewerFormat { format: f as u32 })
        }
        Some(_) => {}
        None => return Err(ImportError::NotAnAssessment),
    }
    let file: AssessmentFile =
        serde_json::from_value(value).map_err(|_| ImportError::NotAnAssessment)?;
    if file.questionnaire != q.id {
        return Err(ImportError::OtherQuestionnaire {
            id: file.questionnaire,
        });
    }
    check_contents(&file, q)?;
    Ok(file)
}

fn check_contents(file: &AssessmentFile, q: &Questionnaire) -> Result<(), ImportError> {
    let known = |id: &str| q.item(id).is_some();
    let ids = file
        .answers
        .keys()
        .chain(file.notes.keys())
        .chain(&file.priority);
    if let Some(id) = ids.into_iter().find(|id| !known(id)) {
        return Err(ImportError::UnknownQuestion { id: id.clone() });
    }
    for (id, answer) in &file.answers {
        let item = q.item(id).expect("checked above");
        let options = q.options_of(item);
        let fits = match (item.kind, answer) {
            (ItemKind::Choice, Answer::Choice(o)) => options.iter().any(|x| &x.id == o),
            (ItemKind::Multi, Answer::Multi(os)) => {
                os.iter().all(|o| options.iter().any(|x| &x.id == o))
            }
            (ItemKind::Number, Answer::Number(n)) => {
                item.min.is_none_or(|m| *n >= m) && item.max.is_none_or(|m| *n <= m)
            }
            (ItemKind::Text, Answer::Text(t)) => t.chars().count() <= MAX_NOTE_CHARS,
            _ => false,
        };
        if !fits {
            let answer = match answer {
                Answer::Choice(o) => o.clone(),
                Answer::Multi(os) => os.join(", "),
                Answer::Number(n) => n.to_string(),
                Answer::Text(_) => "…".into(),
            };
            return Err(ImportError::UnknownAnswer {
                question: id.clone(),
                answer,
            });
        }
    }
    if let Some((id, _)) = file
        .notes
        .iter()
        .find(|(_, n)| n.chars().count() > MAX_NOTE_CHARS)
    {
        return Err(ImportError::NoteTooLong {
            question: id.clone(),
        });
    }
    Ok(())
}

/// Whether an item is a guiding question: answered on the status scale.
pub fn is_question(q: &Questionnaire, item: &super::model::Item) -> bool {
    q.options_of(item)
        .iter()
        .any(|o| Status::from_id(&o.id).is_some())
}

/// The guiding questions of an area (page) that carry the status scale.
fn questions<'a>(
    q: &'a Questionnaire,
    page: &'a super::model::Page,
) -> impl Iterator<Item = &'a super::model::Item> {
    page.items.iter().filter(move |i| is_question(q, i))
}

/// The areas: the pages that hold guiding questions, in order.
pub fn areas(q: &Questionnaire) -> impl Iterator<Item = &super::model::Page> {
    q.pages
        .iter()
        .filter(move |p| p.items.iter().any(|i| is_question(q, i)))
}

/// The context: the items of the pages without guiding questions (country, who took part...).
pub fn context_items(q: &Questionnaire) -> impl Iterator<Item = &super::model::Item> {
    q.pages
        .iter()
        .filter(move |p| !p.items.iter().any(|i| is_question(q, i)))
        .flat_map(|p| p.items.iter())
}

/// A file's name, "assessment-<first context answer>-<date>.<ext>", in plain characters only:
/// letters and digits of any script, the rest turned into single dashes.
pub fn file_name(first_context: &str, saved: &str, ext: &str) -> String {
    let slug: String = first_context
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let date: String = saved.chars().take(10).collect();
    let parts: Vec<&str> = ["assessment", slug.trim_matches('-'), &date]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    format!("{}.{ext}", parts.join("-"))
}

/// `text` cut to at most `max` characters, with an ellipsis where it was cut (chart labels).
pub fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let kept: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{kept}…")
    }
}

/// One area's profile. Not a score: it shows where the area stands and what is not known.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AreaSummary {
    pub area: String,
    /// False when the assessors left the area out.
    pub in_scope: bool,
    pub questions: usize,
    pub counts: BTreeMap<Status, usize>,
    pub unanswered: usize,
}

impl AreaSummary {
    pub fn count(&self, status: Status) -> usize {
        self.counts.get(&status).copied().unwrap_or(0)
    }

    /// Per cent of the questions with a known answer (yes, partly, no) that are met: yes counts
    /// fully, partly half. None when no question has a known answer.
    pub fn coverage(&self) -> Option<u32> {
        let (yes, partly, no) = (
            self.count(Status::Yes),
            self.count(Status::Partly),
            self.count(Status::No),
        );
        let known = yes + partly + no;
        (known > 0).then(|| ((200 * yes + 100 * partly) / (2 * known)) as u32)
    }

    /// Per cent of the applicable questions answered "don't know": where evidence is missing.
    pub fn evidence_gap(&self) -> Option<u32> {
        let applicable = self.questions - self.count(Status::NotApplicable);
        (applicable > 0).then(|| (100 * self.count(Status::DontKnow) / applicable) as u32)
    }
}

/// Every area's profile, in questionnaire order (areas are the pages with guiding questions).
pub fn area_summaries(q: &Questionnaire, file: &AssessmentFile) -> Vec<AreaSummary> {
    let shown: BTreeSet<String> = shown_items(q, &file.answers)
        .iter()
        .map(|i| i.id.clone())
        .collect();
    q.pages
        .iter()
        .filter(|p| questions(q, p).next().is_some())
        .map(|page| {
            let mut summary = AreaSummary {
                area: page.id.clone(),
                ..Default::default()
            };
            for item in questions(q, page).filter(|i| shown.contains(&i.id)) {
                summary.questions += 1;
                match file.status(&item.id) {
                    Some(s) => *summary.counts.entry(s).or_insert(0) += 1,
                    None => summary.unanswered += 1,
                }
            }
            summary.in_scope = summary.questions > 0;
            summary
        })
        .collect()
}

/// A step of the action plan: a question answered "no" or "partly".
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    pub area: String,
    pub item: String,
    pub status: Status,
    pub priority: bool,
}

/// Every "no" and "partly" in scope, priorities first, then "no" before "partly", then in order.
pub fn action_plan(q: &Questionnaire, file: &AssessmentFile) -> Vec<Action> {
    let shown: BTreeSet<String> = shown_items(q, &file.answers)
        .iter()
        .map(|i| i.id.clone())
        .collect();
    let mut plan: Vec<(usize, Action)> = q
        .pages
        .iter()
        .flat_map(|p| questions(q, p).map(move |i| (p, i)))
        .filter(|(_, i)| shown.contains(&i.id))
        .filter_map(|(page, item)| {
            let status = file
                .status(&item.id)
                .filter(|s| matches!(s, Status::No | Status::Partly))?;
            Some(Action {
                area: page.id.clone(),
                item: item.id.clone(),
                status,
                priority: file.priority.contains(&item.id),
            })
        })
        .enumerate()
        .collect();
    plan.sort_by_key(|(n, a)| (!a.priority, a.status != Status::No, *n));
    plan.into_iter().map(|(_, a)| a).collect()
}

/// How a question moved between two assessments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Improved,
    Worsened,
    /// Same answer, and it was "yes".
    Unchanged,
    /// Still "no", "partly" or unknown: open.
    StillOpen,
    /// Answered in only one of the two, or "don't know" / "not applicable" in either.
    NotComparable,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionChange {
    pub area: String,
    pub item: String,
    pub before: Option<Status>,
    pub after: Option<Status>,
    pub change: Change,
}

/// Last year's file beside this year's: what improved, worsened, or is still open.
pub fn compare(
    q: &Questionnaire,
    before: &AssessmentFile,
    after: &AssessmentFile,
) -> Vec<QuestionChange> {
    q.pages
        .iter()
        .flat_map(|p| questions(q, p).map(move |i| (p, i)))
        .map(|(page, item)| {
            let (b, a) = (before.status(&item.id), after.status(&item.id));
            let change = match (b.and_then(Status::rank), a.and_then(Status::rank)) {
                (Some(x), Some(y)) if y > x => Change::Improved,
                (Some(x), Some(y)) if y < x => Change::Worsened,
                (Some(2), Some(2)) => Change::Unchanged,
                (Some(_), Some(_)) => Change::StillOpen,
                _ if b == Some(Status::DontKnow) && a == Some(Status::DontKnow) => {
                    Change::StillOpen
                }
                _ => Change::NotComparable,
            };
            QuestionChange {
                area: page.id.clone(),
                item: item.id.clone(),
                before: b,
                after: a,
                change,
            }
        })
        .collect()
}

/// One question as several parties answered it.
#[derive(Debug, Clone, PartialEq)]
pub struct Positions {
    pub area: String,
    pub item: String,
    /// Per party (in the order given): its answer and its note.
    pub answers: Vec<(Option<Status>, Option<String>)>,
    /// Everyone who answered gave the same answer.
    pub agree: bool,
}

/// Several files on the same questionnaire, question by question: where the parties differ,
/// the disagreement is the agenda of the next meeting.
pub fn stakeholders(q: &Questionnaire, files: &[AssessmentFile]) -> Vec<Positions> {
    q.pages
        .iter()
        .flat_map(|p| questions(q, p).map(move |i| (p, i)))
        .map(|(page, item)| {
            let answers: Vec<_> = files
                .iter()
                .map(|f| (f.status(&item.id), f.notes.get(&item.id).cloned()))
                .collect();
            let given: BTreeSet<Status> = answers.iter().filter_map(|(s, _)| *s).collect();
            Positions {
                area: page.id.clone(),
                item: item.id.clone(),
                answers,
                agree: given.len() <= 1,
            }
        })
        .collect()
}

/// One spreadsheet cell, quoted as RFC 4180 asks when it holds a separator, quote or line break.
/// Cells that a spreadsheet would read as a formula are prefixed with an apostrophe.
pub fn csv_cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Rows of cells as CSV text, with a byte-order mark so spreadsheets read UTF-8.
pub fn csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        out.push_str(
            &row.iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}
