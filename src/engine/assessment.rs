//! The human-rights self-assessment: the saved file, results by area, the action plan, the annual
//! review and the comparison of several stakeholders. Plain Rust, no web dependency.
//!
//! An assessment questionnaire answers each guiding question on one scale whose option ids are
//! fixed by this format: `yes`, `partly`, `no`, `dont_know`, `not_applicable`, once for each of
//! its dimensions (in law and policy, in practice). Files of format 1 held one answer per
//! question; they open, their answer carried over to each dimension and marked so.

use super::answers::{Answer, Answers};
use super::model::{Carry, Dimension, Item, ItemKind, Questionnaire};
use super::numbers::iso_day;
use super::scoring::shown_items;
use litemap::LiteMap;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// What a saved or exported assessment file says it is.
pub const FILE_KIND: &str = "selfassess-assessment";
/// The version of that file format this engine writes; it reads this one and every earlier one.
pub const FILE_FORMAT: u32 = 2;
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

/// What an answer rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// A law, regulation, strategy or other official text.
    Law,
    Statistics,
    /// An inspection or monitoring report (ombudsperson, CPT, national preventive mechanism…).
    Monitoring,
    CourtDecision,
    /// A survey or research.
    Research,
    /// Testimony of people with lived experience.
    LivedExperience,
    Other,
}

impl EvidenceKind {
    pub const ALL: [EvidenceKind; 7] = [
        EvidenceKind::Law,
        EvidenceKind::Statistics,
        EvidenceKind::Monitoring,
        EvidenceKind::CourtDecision,
        EvidenceKind::Research,
        EvidenceKind::LivedExperience,
        EvidenceKind::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            EvidenceKind::Law => "law",
            EvidenceKind::Statistics => "statistics",
            EvidenceKind::Monitoring => "monitoring",
            EvidenceKind::CourtDecision => "court_decision",
            EvidenceKind::Research => "research",
            EvidenceKind::LivedExperience => "lived_experience",
            EvidenceKind::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<EvidenceKind> {
        EvidenceKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// One piece of evidence behind an answer: its kind, where it is found, and its date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub kind: EvidenceKind,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub date: String,
}

impl Evidence {
    /// Evidence counts once its source is named.
    pub fn is_given(&self) -> bool {
        !self.source.trim().is_empty()
    }
}

/// Where a guiding question stands in each of its dimensions.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<Status>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practice: Option<Status>,
    /// The question's revision when it was answered.
    pub revision: u32,
    /// The dimensions whose answer was carried over from a file of format 1 (or from a replaced
    /// question) and not yet confirmed by the person.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub carried: BTreeSet<Dimension>,
    /// The evidence behind each dimension's answer.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub evidence: BTreeMap<Dimension, Vec<Evidence>>,
}

impl Position {
    pub fn get(&self, dimension: Dimension) -> Option<Status> {
        match dimension {
            Dimension::Law => self.law,
            Dimension::Practice => self.practice,
        }
    }

    fn slot(&mut self, dimension: Dimension) -> &mut Option<Status> {
        match dimension {
            Dimension::Law => &mut self.law,
            Dimension::Practice => &mut self.practice,
        }
    }

    /// Marks the answered ones of `dimensions` as carried over, to check.
    fn mark_carried(&mut self, dimensions: &[Dimension]) {
        for d in dimensions {
            if self.get(*d).is_some() {
                self.carried.insert(*d);
            }
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
    /// The context: who assessed, the country, the areas left out.
    #[serde(default)]
    pub answers: Answers,
    /// The guiding questions' answers, per dimension.
    #[serde(default)]
    pub positions: LiteMap<String, Position>,
    /// The person's evidence and sources, per question.
    #[serde(default)]
    pub notes: LiteMap<String, String>,
    /// Questions flagged as a priority.
    #[serde(default)]
    pub priority: BTreeSet<String>,
    /// The action plan's follow-up, per action (`action_key`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub plan: BTreeMap<String, FollowUp>,
    /// What an export says of itself, in the language it was made in: self-reported, not
    /// verified, not comparable between countries. Not read back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<String>,
    /// The role of the party that answered this file (its name is the context's "assessors").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<PartyRole>,
    /// The parties taking part in the review, each with its role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<Party>,
}

/// What kind of party answers: it sets the side a party's answers are grouped with.
/// In files: "ministry", "nhri", "civil_society", "people_who_use_drugs", "other".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyRole {
    /// A ministry or another government body.
    Ministry,
    /// The national human-rights institution or ombudsperson.
    Nhri,
    CivilSociety,
    /// An organisation of people who use drugs.
    PeopleWhoUseDrugs,
    Other,
}

impl PartyRole {
    pub const ALL: [PartyRole; 5] = [
        PartyRole::Ministry,
        PartyRole::Nhri,
        PartyRole::CivilSociety,
        PartyRole::PeopleWhoUseDrugs,
        PartyRole::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            PartyRole::Ministry => "ministry",
            PartyRole::Nhri => "nhri",
            PartyRole::CivilSociety => "civil_society",
            PartyRole::PeopleWhoUseDrugs => "people_who_use_drugs",
            PartyRole::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<PartyRole> {
        PartyRole::ALL.into_iter().find(|r| r.id() == id)
    }

    /// Government and community are read against each other; the human-rights institution is
    /// independent of both, so it stands apart.
    pub fn side(self) -> Side {
        match self {
            PartyRole::Ministry => Side::Government,
            PartyRole::CivilSociety | PartyRole::PeopleWhoUseDrugs => Side::Community,
            PartyRole::Nhri => Side::Nhri,
            PartyRole::Other => Side::Other,
        }
    }
}

/// The groups of the stakeholders' view, in the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    Government,
    Community,
    Nhri,
    /// Other roles, and parties whose file names none.
    Other,
}

/// A party taking part in the review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<PartyRole>,
}

/// The parties' files grouped by side (government, community, the human-rights institution,
/// other), each group in the order the files were added; empty groups left out.
pub fn party_groups(files: &[AssessmentFile]) -> Vec<(Side, Vec<usize>)> {
    let side = |f: &AssessmentFile| f.role.map_or(Side::Other, PartyRole::side);
    let mut groups: BTreeMap<Side, Vec<usize>> = BTreeMap::new();
    for (n, file) in files.iter().enumerate() {
        groups.entry(side(file)).or_default().push(n);
    }
    groups.into_iter().collect()
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
            positions: LiteMap::new(),
            notes: LiteMap::new(),
            priority: BTreeSet::new(),
            plan: BTreeMap::new(),
            limits: None,
            role: None,
            parties: Vec::new(),
        }
    }

    pub fn status(&self, item: &str, dimension: Dimension) -> Option<Status> {
        self.positions.get(item).and_then(|p| p.get(dimension))
    }

    fn position_mut(&mut self, item: &Item) -> &mut Position {
        if self.positions.get(&item.id).is_none() {
            let fresh = Position {
                revision: item.revision,
                ..Position::default()
            };
            self.positions.insert(item.id.clone(), fresh);
        }
        self.positions.get_mut(&item.id).expect("just inserted")
    }

    /// The evidence behind a dimension's answer.
    pub fn evidence(&self, item: &str, dimension: Dimension) -> &[Evidence] {
        self.positions
            .get(item)
            .and_then(|p| p.evidence.get(&dimension))
            .map_or(&[], Vec::as_slice)
    }

    /// Adds, changes (`Some(index)`) or, with `None` evidence, removes a piece of evidence.
    pub fn set_evidence(
        &mut self,
        item: &Item,
        dimension: Dimension,
        index: Option<usize>,
        evidence: Option<Evidence>,
    ) {
        let list = self
            .position_mut(item)
            .evidence
            .entry(dimension)
            .or_default();
        match (index, evidence) {
            (None, Some(e)) => list.push(e),
            (Some(n), Some(e)) if n < list.len() => list[n] = e,
            (Some(n), None) if n < list.len() => {
                list.remove(n);
            }
            _ => {}
        }
        let position = self.position_mut(item);
        if position.evidence.get(&dimension).is_some_and(Vec::is_empty) {
            position.evidence.remove(&dimension);
        }
    }

    /// The person's answer: it replaces a carried-over one, under the question's revision.
    pub fn set_status(&mut self, item: &Item, dimension: Dimension, status: Status) {
        let position = self.position_mut(item);
        *position.slot(dimension) = Some(status);
        position.carried.remove(&dimension);
        position.revision = item.revision;
    }

    /// Whether the dimension's answer came from an older file and awaits the person's check.
    pub fn is_carried(&self, item: &str, dimension: Dimension) -> bool {
        self.positions
            .get(item)
            .is_some_and(|p| p.carried.contains(&dimension))
    }

    /// Answered when every dimension that applies has an answer.
    pub fn is_answered(&self, item: &Item) -> bool {
        item.dimensions()
            .iter()
            .all(|d| self.status(&item.id, *d).is_some())
    }

    /// How many answers were carried over and not yet checked.
    /// The carried-over answers still to check, on the questions still asked (a retired
    /// question's answer is kept in the file but no longer shown).
    pub fn carried_count(&self, q: &Questionnaire) -> usize {
        self.positions
            .iter()
            .filter(|(id, _)| q.item(id).is_some_and(|i| !i.retired))
            .map(|(_, p)| p.carried.len())
            .sum()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("plain data always serialises")
    }
}

/// A file of format 1: one answer per guiding question, among the context's answers.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileFormat1 {
    questionnaire: String,
    questionnaire_version: String,
    saved: String,
    #[serde(default)]
    answers: Answers,
    #[serde(default)]
    notes: LiteMap<String, String>,
    #[serde(default)]
    priority: BTreeSet<String>,
    #[allow(dead_code)]
    kind: String,
    #[allow(dead_code)]
    format: u32,
}

/// A file of format 1 in today's form: each guiding question's one answer becomes the answer of
/// each dimension that applies, marked as carried over; everything else comes as it was.
fn from_format_1(old: FileFormat1, q: &Questionnaire) -> AssessmentFile {
    let mut answers = Answers::new();
    let mut positions = LiteMap::new();
    for (id, answer) in old.answers {
        let question = q.item(&id).filter(|i| is_question(q, i));
        let status = match &answer {
            Answer::Choice(o) => Status::from_id(o),
            _ => None,
        };
        match (question, status) {
            (Some(item), Some(status)) => {
                let mut position = Position {
                    revision: 1,
                    ..Position::default()
                };
                for d in item.dimensions() {
                    *position.slot(*d) = Some(status);
                }
                position.mark_carried(item.dimensions());
                positions.insert(id, position);
            }
            _ => {
                answers.insert(id, answer);
            }
        }
    }
    AssessmentFile {
        kind: FILE_KIND.into(),
        format: FILE_FORMAT,
        questionnaire: old.questionnaire,
        questionnaire_version: old.questionnaire_version,
        saved: old.saved,
        answers,
        positions,
        notes: old.notes,
        priority: old.priority,
        plan: BTreeMap::new(),
        limits: None,
        role: None,
        parties: Vec::new(),
    }
}

/// Answers to retired questions that a new one copies: each goes to the new question when it has
/// none yet, marked as carried over. The retired answer stays in the file.
pub fn carry_replaced(q: &Questionnaire, file: &mut AssessmentFile) {
    for item in q.items() {
        for replaced in item.replaces.iter().filter(|r| r.carry == Carry::Copy) {
            if file.positions.get(&item.id).is_some() {
                continue;
            }
            let Some(old) = file.positions.get(&replaced.item).cloned() else {
                continue;
            };
            let mut position = Position {
                revision: item.revision,
                ..Position::default()
            };
            for d in item.dimensions() {
                *position.slot(*d) = old.get(*d);
            }
            position.mark_carried(item.dimensions());
            file.positions.insert(item.id.clone(), position);
        }
    }
}

/// Answers given to an earlier wording of a question still asked (its revision was raised since):
/// kept, and marked to check like a carried-over answer.
pub fn mark_earlier_wording(q: &Questionnaire, file: &mut AssessmentFile) {
    for item in q.items().filter(|i| !i.retired) {
        let Some(position) = file.positions.get_mut(&item.id) else {
            continue;
        };
        if position.revision < item.revision {
            position.mark_carried(item.dimensions());
        }
    }
}

/// The answers of retired questions that `item` shows beside itself (its wording changed too
/// much to copy them): each retired question's id and position.
pub fn earlier_answers<'a>(
    item: &'a Item,
    file: &'a AssessmentFile,
) -> impl Iterator<Item = (&'a str, &'a Position)> {
    item.replaces
        .iter()
        .filter(|r| r.carry == Carry::Show)
        .filter_map(|r| file.positions.get(&r.item).map(|p| (r.item.as_str(), p)))
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
    let mut file = match value.get("format").and_then(|f| f.as_u64()) {
        Some(f) if f > u64::from(FILE_FORMAT) => {
            return Err(ImportError::NewerFormat { format: f as u32 })
        }
        // Checked below like a file of today's format: an unknown id stays among the answers.
        Some(1) => from_format_1(
            serde_json::from_value(value).map_err(|_| ImportError::NotAnAssessment)?,
            q,
        ),
        Some(_) => {
            unknown_status(&value)?;
            serde_json::from_value(value).map_err(|_| ImportError::NotAnAssessment)?
        }
        None => return Err(ImportError::NotAnAssessment),
    };
    if file.questionnaire != q.id {
        return Err(ImportError::OtherQuestionnaire {
            id: file.questionnaire,
        });
    }
    carry_replaced(q, &mut file);
    mark_earlier_wording(q, &mut file);
    check_contents(&file, q)?;
    Ok(file)
}

/// A status that is not on the scale, named with its question (serde would only say "invalid").
fn unknown_status(value: &serde_json::Value) -> Result<(), ImportError> {
    let Some(positions) = value.get("positions").and_then(|p| p.as_object()) else {
        return Ok(());
    };
    for (id, position) in positions {
        for dimension in Dimension::ALL {
            let given = position.get(dimension.id()).and_then(|s| s.as_str());
            if let Some(answer) = given.filter(|s| Status::from_id(s).is_none()) {
                return Err(ImportError::UnknownAnswer {
                    question: id.clone(),
                    answer: answer.to_string(),
                });
            }
        }
    }
    Ok(())
}

/// Every id a file names is a question of this questionnaire, asked or retired.
fn check_ids<'a>(
    mut ids: impl Iterator<Item = &'a String>,
    q: &Questionnaire,
) -> Result<(), ImportError> {
    match ids.find(|id| q.item(id).is_none()) {
        Some(id) => Err(ImportError::UnknownQuestion { id: id.clone() }),
        None => Ok(()),
    }
}

fn check_contents(file: &AssessmentFile, q: &Questionnaire) -> Result<(), ImportError> {
    let planned: Vec<String> = file
        .plan
        .keys()
        .map(|k| parse_action_key(k).0.to_string())
        .collect();
    check_ids(
        file.answers
            .keys()
            .chain(file.positions.keys())
            .chain(file.notes.keys())
            .chain(&file.priority)
            .chain(&planned),
        q,
    )?;
    let long_plan = file.plan.iter().find(|(_, f)| {
        [&f.owner, &f.deadline, &f.indicator]
            .iter()
            .any(|t| t.chars().count() > MAX_NOTE_CHARS)
    });
    if let Some((key, _)) = long_plan {
        return Err(ImportError::NoteTooLong {
            question: parse_action_key(key).0.to_string(),
        });
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
        if !fits || is_question(q, item) {
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
    if let Some(id) = file
        .positions
        .keys()
        .find(|id| q.item(id).is_none_or(|i| !is_question(q, i)))
    {
        return Err(ImportError::UnknownQuestion { id: id.clone() });
    }
    let long_evidence = file.positions.iter().find(|(_, p)| {
        p.evidence
            .values()
            .flatten()
            .any(|e| e.source.chars().count() + e.date.chars().count() > MAX_NOTE_CHARS)
    });
    if let Some((id, _)) = long_evidence {
        return Err(ImportError::NoteTooLong {
            question: id.clone(),
        });
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
    page.items
        .iter()
        .filter(move |i| !i.retired && is_question(q, i))
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
    let parts: Vec<&str> = ["assessment", slug.trim_matches('-'), iso_day(saved)]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    format!("{}.{ext}", parts.join("-"))
}

/// One area's profile in one dimension. Not a score: it shows where the area stands and what is
/// not known.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaSummary {
    pub area: String,
    pub dimension: Dimension,
    /// False when the assessors left the area out.
    pub in_scope: bool,
    /// The questions of the area in scope that take this dimension.
    pub questions: usize,
    pub counts: BTreeMap<Status, usize>,
    /// "No" to a policy option: an option not taken, not a standard unmet (not in `counts`).
    pub options_not_taken: usize,
    pub unanswered: usize,
}

impl AreaSummary {
    pub fn count(&self, status: Status) -> usize {
        self.counts.get(&status).copied().unwrap_or(0)
    }

    /// Whether any question of the area has an answer in this dimension. An area in scope that has
    /// none is "not yet assessed", never a row of zeros.
    pub fn is_assessed(&self) -> bool {
        self.unanswered < self.questions
    }
}

/// The guiding questions shown (in scope, not retired), with their area, in order.
fn shown_questions<'a>(
    q: &'a Questionnaire,
    file: &AssessmentFile,
) -> Vec<(&'a super::model::Page, &'a Item)> {
    let shown: BTreeSet<&str> = shown_items(q, &file.answers)
        .into_iter()
        .map(|i| i.id.as_str())
        .collect();
    q.pages
        .iter()
        .flat_map(|p| questions(q, p).map(move |i| (p, i)))
        .filter(|(_, i)| shown.contains(i.id.as_str()))
        .collect()
}

/// Every area's profile, in questionnaire order, law then practice for each area.
pub fn area_summaries(q: &Questionnaire, file: &AssessmentFile) -> Vec<AreaSummary> {
    let shown = shown_questions(q, file);
    areas(q)
        .flat_map(|page| Dimension::ALL.map(|d| (page, d)))
        .filter(|(page, d)| questions(q, page).any(|i| i.dimensions().contains(d)))
        .map(|(page, dimension)| {
            let mut summary = AreaSummary {
                area: page.id.clone(),
                dimension,
                in_scope: false,
                questions: 0,
                counts: BTreeMap::new(),
                options_not_taken: 0,
                unanswered: 0,
            };
            let items = shown
                .iter()
                .filter(|(p, i)| p.id == page.id && i.dimensions().contains(&dimension));
            for (_, item) in items {
                summary.questions += 1;
                match file.status(&item.id, dimension) {
                    Some(Status::No) if item.is_option() => summary.options_not_taken += 1,
                    Some(s) => *summary.counts.entry(s).or_insert(0) += 1,
                    None => summary.unanswered += 1,
                }
            }
            summary.in_scope = summary.questions > 0;
            summary
        })
        .collect()
}

/// How far an area is answered: a question counts once every dimension that applies is answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaProgress {
    pub area: String,
    /// False when the assessors left the area out.
    pub in_scope: bool,
    pub questions: usize,
    pub answered: usize,
}

/// Whether the assessors kept an area in the assessment: some question of it is shown.
pub fn area_in_scope(q: &Questionnaire, area: &str, file: &AssessmentFile) -> bool {
    shown_questions(q, file).iter().any(|(p, _)| p.id == area)
}

/// Every area's progress, in questionnaire order.
pub fn area_progress(q: &Questionnaire, file: &AssessmentFile) -> Vec<AreaProgress> {
    let shown = shown_questions(q, file);
    areas(q)
        .map(|page| {
            let items: Vec<&Item> = shown
                .iter()
                .filter(|(p, _)| p.id == page.id)
                .map(|(_, i)| *i)
                .collect();
            AreaProgress {
                area: page.id.clone(),
                in_scope: !items.is_empty(),
                questions: items.len(),
                answered: items.iter().filter(|i| file.is_answered(i)).count(),
            }
        })
        .collect()
}

/// An answer that claims something ("yes", "partly", "not applicable") with no evidence named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsupported {
    pub area: String,
    pub item: String,
    pub dimension: Dimension,
    pub status: Status,
}

/// Every such answer in scope, in questionnaire order: the most common weakness of a
/// self-assessment, so the results list them.
pub fn unsupported(q: &Questionnaire, file: &AssessmentFile) -> Vec<Unsupported> {
    shown_questions(q, file)
        .into_iter()
        .flat_map(|(page, item)| item.dimensions().iter().map(move |d| (page, item, *d)))
        .filter_map(|(page, item, dimension)| {
            let status = file
                .status(&item.id, dimension)
                .filter(|s| matches!(s, Status::Yes | Status::Partly | Status::NotApplicable))?;
            let supported = file
                .evidence(&item.id, dimension)
                .iter()
                .any(Evidence::is_given);
            (!supported).then(|| Unsupported {
                area: page.id.clone(),
                item: item.id.clone(),
                dimension,
                status,
            })
        })
        .collect()
}

/// What an action of the plan is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ActionKind {
    /// Meet the standard where it is not met ("no") or only partly.
    Remedy,
    /// Find out: who holds the data, and what to request ("don't know").
    Evidence,
}

/// A step of the action plan: a question not met, or not known, naming the dimensions concerned.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    pub area: String,
    pub item: String,
    pub kind: ActionKind,
    /// The dimensions concerned and their answers, law first.
    pub dimensions: Vec<(Dimension, Status)>,
    pub priority: bool,
}

impl Action {
    /// The key of its follow-up in the file: the question's id, with ":evidence" for a
    /// finding-out action.
    pub fn key(&self) -> String {
        action_key(&self.item, self.kind)
    }
}

const EVIDENCE_SUFFIX: &str = ":evidence";

pub fn action_key(item: &str, kind: ActionKind) -> String {
    match kind {
        ActionKind::Remedy => item.to_string(),
        ActionKind::Evidence => format!("{item}{EVIDENCE_SUFFIX}"),
    }
}

/// A follow-up's key read back: the question's id and the kind of action.
pub fn parse_action_key(key: &str) -> (&str, ActionKind) {
    match key.strip_suffix(EVIDENCE_SUFFIX) {
        Some(item) => (item, ActionKind::Evidence),
        None => (key, ActionKind::Remedy),
    }
}

/// One action per question not met ("no" or "partly" in some dimension) and one per question
/// not known ("don't know"), in scope; priorities first, then remedies with a "no", then the
/// rest, in questionnaire order.
pub fn action_plan(q: &Questionnaire, file: &AssessmentFile) -> Vec<Action> {
    let mut plan: Vec<(usize, Action)> = shown_questions(q, file)
        .into_iter()
        .flat_map(|(page, item)| {
            let answers: Vec<(Dimension, Status)> = item
                .dimensions()
                .iter()
                .filter_map(|d| file.status(&item.id, *d).map(|s| (*d, s)))
                .collect();
            let action = |kind: ActionKind, fits: fn(Status) -> bool| {
                let dimensions: Vec<_> =
                    answers.iter().copied().filter(|(_, s)| fits(*s)).collect();
                (!dimensions.is_empty()).then(|| Action {
                    area: page.id.clone(),
                    item: item.id.clone(),
                    kind,
                    dimensions,
                    priority: file.priority.contains(&item.id),
                })
            };
            // A policy option not taken needs no action; one partly taken still does.
            let unmet = if item.is_option() {
                |s| s == Status::Partly
            } else {
                |s| matches!(s, Status::No | Status::Partly)
            };
            [
                action(ActionKind::Remedy, unmet),
                action(ActionKind::Evidence, |s| s == Status::DontKnow),
            ]
        })
        .flatten()
        .enumerate()
        .collect();
    let has_no = |a: &Action| a.dimensions.iter().any(|(_, s)| *s == Status::No);
    plan.sort_by_key(|(n, a)| (!a.priority, a.kind, !has_no(a), *n));
    plan.into_iter().map(|(_, a)| a).collect()
}

/// Where an action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Planned,
    UnderWay,
    Done,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Planned,
        ActionStatus::UnderWay,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ActionStatus::Planned => "planned",
            ActionStatus::UnderWay => "under_way",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    pub fn from_id(id: &str) -> Option<ActionStatus> {
        ActionStatus::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// How an action is followed up: who owns it, by when, where it stands, and how progress is seen.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    #[serde(default)]
    pub owner: String,
    /// A day (YYYY-MM-DD), as a date field gives it; empty when not set.
    #[serde(default)]
    pub deadline: String,
    #[serde(default)]
    pub status: ActionStatus,
    #[serde(default)]
    pub indicator: String,
}

/// How last year's action stands now: a deadline passed without its being done makes it late.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Done,
    Dropped,
    Late,
    Open,
}

impl FollowUp {
    /// Its outcome on `today` (YYYY-MM-DD; ISO days compare as text).
    pub fn outcome(&self, today: &str) -> Outcome {
        match self.status {
            ActionStatus::Done => Outcome::Done,
            ActionStatus::Dropped => Outcome::Dropped,
            _ if !self.deadline.is_empty() && self.deadline.as_str() < today => Outcome::Late,
            _ => Outcome::Open,
        }
    }
}

/// Next year's file from this one: the context, the plan, the notes and the priorities come;
/// the answers and their evidence are cleared, to be given again.
pub fn next_year(file: &AssessmentFile, saved: String) -> AssessmentFile {
    AssessmentFile {
        saved,
        positions: LiteMap::new(),
        limits: None,
        ..file.clone()
    }
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
    /// Answered in only one of the two, "not applicable" in either, or answered to two
    /// revisions of the question.
    NotComparable,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionChange {
    pub area: String,
    pub item: String,
    pub dimension: Dimension,
    pub before: Option<Status>,
    pub after: Option<Status>,
    pub change: Change,
}

/// Every question in each of its dimensions, with its area, in order (retired ones left out).
fn question_dimensions(
    q: &Questionnaire,
) -> impl Iterator<Item = (&super::model::Page, &Item, Dimension)> {
    q.pages
        .iter()
        .flat_map(move |p| questions(q, p).map(move |i| (p, i)))
        .flat_map(|(p, i)| i.dimensions().iter().map(move |d| (p, i, *d)))
}

/// Last year's file beside this year's: what improved, worsened, or is still open.
pub fn compare(
    q: &Questionnaire,
    before: &AssessmentFile,
    after: &AssessmentFile,
) -> Vec<QuestionChange> {
    question_dimensions(q)
        .map(|(page, item, dimension)| {
            let (b, a) = (
                before.status(&item.id, dimension),
                after.status(&item.id, dimension),
            );
            let revision = |f: &AssessmentFile| f.positions.get(&item.id).map(|p| p.revision);
            let same_wording = revision(before) == revision(after);
            let change = match (b.and_then(Status::rank), a.and_then(Status::rank)) {
                _ if !same_wording => Change::NotComparable,
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
                dimension,
                before: b,
                after: a,
                change,
            }
        })
        .collect()
}

/// How far apart the parties' answers are: "yes" against "no" is major; any other difference
/// (neighbours on the scale, or "don't know" and "not applicable" against an answer) is minor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Disagreement {
    None,
    Minor,
    Major,
}

/// One question in one dimension as several parties answered it.
#[derive(Debug, Clone, PartialEq)]
pub struct Positions {
    pub area: String,
    pub item: String,
    pub dimension: Dimension,
    /// Per party (in the order given): its answer and its note.
    pub answers: Vec<(Option<Status>, Option<String>)>,
    /// Everyone who answered gave the same answer.
    pub agree: bool,
    pub disagreement: Disagreement,
}

/// Several files on the same questionnaire, question by question and dimension by dimension:
/// where the parties differ, the disagreement is the agenda of the next meeting.
pub fn stakeholders(q: &Questionnaire, files: &[AssessmentFile]) -> Vec<Positions> {
    question_dimensions(q)
        .map(|(page, item, dimension)| {
            let answers: Vec<_> = files
                .iter()
                .map(|f| {
                    (
                        f.status(&item.id, dimension),
                        f.notes.get(&item.id).cloned(),
                    )
                })
                .collect();
            let given: BTreeSet<Status> = answers.iter().filter_map(|(s, _)| *s).collect();
            let disagreement = if given.contains(&Status::Yes) && given.contains(&Status::No) {
                Disagreement::Major
            } else if given.len() > 1 {
                Disagreement::Minor
            } else {
                Disagreement::None
            };
            Positions {
                area: page.id.clone(),
                item: item.id.clone(),
                dimension,
                answers,
                agree: given.len() <= 1,
                disagreement,
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
