//! The questionnaire model: structure and scoring rules, with no text.
//! Texts live in one flat map per language (`Texts`), keyed by the paths built in `keys`.

use super::help::Contact;
use litemap::LiteMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The version of the questionnaire file format this engine reads.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub format: u32,
    pub id: String,
    /// Which tool lists it (and so which page of the build holds it).
    pub tool: Tool,
    pub version: String,
    /// About how long it takes, shown on the start screen.
    #[serde(default)]
    pub minutes: Option<u32>,
    /// What a self-test is about ("alcohol", "cannabis", "drugs"): the guided start offers it
    /// to people who say they used that in the past year. Its label is the text `topic`.
    #[serde(default)]
    pub topic: Option<String>,
    pub about: About,
    #[serde(default)]
    pub option_sets: Vec<OptionSet>,
    pub pages: Vec<Page>,
    #[serde(default)]
    pub bands: Vec<Band>,
    #[serde(default)]
    pub scores: Vec<Score>,
    /// Feedback shown with the result when a condition holds, such as harms someone reported.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// The standards an assessment's questions rest on; their names are in the language files.
    #[serde(default)]
    pub instruments: Vec<Instrument>,
    /// Who answers an assessment's questions: bodies named by id, their names in the language
    /// files, so that a ministry can find its questions.
    #[serde(default)]
    pub bodies: Vec<Named>,
    /// Where to look for evidence: data sources named by id, offered as prompts, never as
    /// benchmarks; their names and what they hold are texts.
    #[serde(default)]
    pub sources: Vec<Named>,
}

/// An entry of a list whose texts are in the language files: a body, a data source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Named {
    pub id: String,
}

/// A treaty, law, judgment or guidance document that questions cite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    pub id: String,
    pub kind: InstrumentKind,
    /// How places in it are written; none when it is cited as a whole.
    #[serde(default)]
    pub cites: Option<Place>,
    /// Its official page, opened only when the person follows the link.
    #[serde(default)]
    pub url: Option<String>,
}

/// Whether an instrument binds, and whom. In files: "treaty", "eu_law", "case_law", "guidance".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InstrumentKind {
    /// Binds the states that ratified it.
    Treaty,
    /// Binds the member states of the European Union.
    EuLaw,
    /// A court's judgment: binds the state concerned and shows how the court reads a treaty.
    CaseLaw,
    /// Does not bind.
    Guidance,
}

impl InstrumentKind {
    pub fn id(self) -> &'static str {
        match self {
            InstrumentKind::Treaty => "treaty",
            InstrumentKind::EuLaw => "eu_law",
            InstrumentKind::CaseLaw => "case_law",
            InstrumentKind::Guidance => "guidance",
        }
    }
}

/// How a place in an instrument is written: "Art. 8", "Rule 24", "para. 3", or as it is ("II.1").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    Article,
    Rule,
    Paragraph,
    Section,
}

impl Place {
    /// Whether a place is written in each language's own way (a text `places.<at>`): an
    /// article, rule or paragraph that is more than a number. Sections are written as they are.
    pub fn needs_text(self, at: &str) -> bool {
        self != Place::Section && !at.chars().all(|c| c.is_ascii_digit())
    }
}

/// One standard a question rests on: an instrument and, optionally, where in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub instrument: String,
    /// The places cited, without the word ("8", "6(2)", "II.1(v)").
    #[serde(default)]
    pub at: Vec<String>,
    /// This standard says states may do it: a "no" is an option not taken and needs no action.
    #[serde(default)]
    pub option: bool,
}

/// The two tools: the anonymous self-tests, and the policy assessment for organisations
/// (answered on the status scale, kept, exported). In files: "selftest", "assessment".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tool {
    Selftest,
    Assessment,
}

impl Tool {
    /// Every tool, in the order the start page lists them.
    pub const ALL: [Tool; 2] = [Tool::Selftest, Tool::Assessment];

    /// Its name in files and in interface-string keys (`home.tool_selftest`).
    pub fn as_str(self) -> &'static str {
        match self {
            Tool::Selftest => "selftest",
            Tool::Assessment => "assessment",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: String,
    pub when: Condition,
    /// Urgent notes come first.
    #[serde(default)]
    pub urgent: bool,
    /// The numbers shown with the note, as tap-to-call links, where the chosen country has them.
    #[serde(default)]
    pub contacts: Vec<Contact>,
}

/// Authorship and terms of an instrument; these stay in their original language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct About {
    pub authors: String,
    pub citation: String,
    #[serde(default)]
    pub manual: Option<String>,
    pub licence: String,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionSet {
    pub id: String,
    pub options: Vec<AnswerOption>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    pub id: String,
    /// Options without points count nothing (demographic items).
    #[serde(default)]
    pub points: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub id: String,
    /// An optional page can be skipped as a whole.
    #[serde(default)]
    pub optional: bool,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// One option.
    Choice,
    /// Any number of options.
    Multi,
    /// A whole number between `min` and `max`.
    Number,
    /// Free text; never scored.
    Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub kind: ItemKind,
    /// Options written in the item itself...
    #[serde(default)]
    pub options: Vec<AnswerOption>,
    /// ...or the id of a shared option set.
    #[serde(default)]
    pub option_set: Option<String>,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub min: Option<i64>,
    #[serde(default)]
    pub max: Option<i64>,
    /// Shown (and counted) only when this holds.
    #[serde(default)]
    pub show_if: Option<Condition>,
    /// A panel shown beside the question, filled from the chosen country's data.
    #[serde(default)]
    pub aside: Option<Aside>,
    /// Which of an assessment question's answers apply: in law and policy, in practice (both
    /// when empty). Not used by other items.
    #[serde(default)]
    pub dimensions: Vec<Dimension>,
    /// The wording's revision, raised when a change makes earlier answers mean something else:
    /// files record it, and answers given to different revisions are not compared.
    #[serde(default = "first_revision")]
    pub revision: u32,
    /// No longer asked, and kept so that every file that answered it still opens. Ids are never
    /// reused or renamed.
    #[serde(default)]
    pub retired: bool,
    /// The retired questions this one replaces, and what becomes of their answers.
    #[serde(default)]
    pub replaces: Vec<Replacement>,
    /// The standards an assessment question rests on.
    #[serde(default)]
    pub references: Vec<Reference>,
    /// The body that leads the answer (assessments).
    #[serde(default)]
    pub lead: Option<String>,
    /// Where the data needed to answer is held.
    #[serde(default)]
    pub data: Vec<String>,
    /// Whom to consult to check the answer against practice.
    #[serde(default)]
    pub consult: Vec<String>,
    /// Where to look for evidence.
    #[serde(default)]
    pub sources: Vec<String>,
}

fn first_revision() -> u32 {
    1
}

/// The two answers of an assessment question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// What law, regulation and policy provide.
    Law,
    /// What happens.
    Practice,
}

impl Dimension {
    pub const ALL: [Dimension; 2] = [Dimension::Law, Dimension::Practice];

    pub fn id(self) -> &'static str {
        match self {
            Dimension::Law => "law",
            Dimension::Practice => "practice",
        }
    }
}

/// A retired question that a new one replaces.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Replacement {
    pub item: String,
    pub carry: Carry,
}

/// What becomes of a replaced question's answer in a file that has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Carry {
    /// Copied to the new question (marked as carried over, to be checked), when it has none.
    Copy,
    /// Only shown beside the new question: the wording changed too much to copy it.
    Show,
}

impl Item {
    /// A policy option: a standard says states may do it, so a "no" is an option not taken.
    pub fn is_option(&self) -> bool {
        self.references.iter().any(|r| r.option)
    }

    /// The answers an assessment question takes: those its data names, or both.
    pub fn dimensions(&self) -> &[Dimension] {
        if self.dimensions.is_empty() {
            &Dimension::ALL
        } else {
            &self.dimensions
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Aside {
    /// What one standard drink is in the person's country, in grams and examples.
    StandardDrink,
}

/// A condition on earlier answers. Exactly one form is used:
/// `{ item, in }`, `{ item, points_at_least }`, `{ item, answered }`, `{ all }`, `{ any }` or `{ not }`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    #[serde(default)]
    pub item: Option<String>,
    /// The answer is one of these options (for a multi item: any chosen one is).
    #[serde(default, rename = "in")]
    pub one_of: Option<Vec<String>>,
    #[serde(default)]
    pub points_at_least: Option<i32>,
    #[serde(default)]
    pub answered: Option<bool>,
    #[serde(default)]
    pub all: Option<Vec<Condition>>,
    #[serde(default)]
    pub any: Option<Vec<Condition>>,
    #[serde(default)]
    pub not: Option<Box<Condition>>,
}

/// A result level, with its texts (label, meaning) in the language files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: String,
    /// 0 is the lowest concern; used for colours and ordering.
    pub level: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Score {
    pub id: String,
    /// The items summed; empty means every item that carries points.
    #[serde(default)]
    pub items: Vec<String>,
    /// Tried in order: the first whose `when` holds gives the bands.
    pub cutoffs: Vec<Cutoffs>,
    /// Rules that move the result up one or more bands, such as the AUDIT's advice to do so
    /// when the dependence items score high.
    #[serde(default)]
    pub adjust: Vec<Adjust>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adjust {
    pub id: String,
    pub when: Condition,
    pub raise_bands: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cutoffs {
    pub id: String,
    #[serde(default)]
    pub when: Option<Condition>,
    pub bands: Vec<BandRange>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandRange {
    pub band: String,
    pub min: i32,
    pub max: i32,
}

/// Whether a language's texts are the instrument's original, an official translation, or ours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TranslationStatus {
    Original,
    Official,
    Ours,
}

/// One language's texts for one questionnaire: a flat map from key path to text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Texts {
    pub translation: TranslationStatus,
    pub texts: LiteMap<String, String>,
}

impl Texts {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.texts.get(key).map(String::as_str)
    }
}

impl Questionnaire {
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.pages.iter().flat_map(|p| p.items.iter())
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items().find(|i| i.id == id)
    }

    pub fn band(&self, id: &str) -> Option<&Band> {
        self.bands.iter().find(|b| b.id == id)
    }

    /// The options an item offers, whether written inline or shared.
    pub fn options_of<'a>(&'a self, item: &'a Item) -> &'a [AnswerOption] {
        match &item.option_set {
            Some(set) => self
                .option_sets
                .iter()
                .find(|s| &s.id == set)
                .map(|s| s.options.as_slice())
                .unwrap_or(&[]),
            None => &item.options,
        }
    }

    /// The items a score sums.
    pub fn score_items<'a>(&'a self, score: &'a Score) -> Vec<&'a Item> {
        if score.items.is_empty() {
            self.items()
                .filter(|i| self.options_of(i).iter().any(|o| o.points.is_some()))
                .collect()
        } else {
            score.items.iter().filter_map(|id| self.item(id)).collect()
        }
    }
}

/// The text keys; the validator and the UI build them the same way.
pub mod keys {
    pub const TITLE: &str = "title";
    pub const DESCRIPTION: &str = "description";
    pub const INTRO: &str = "intro";
    pub const ABOUT_TEST: &str = "about.test";
    pub const ABOUT_LICENCE: &str = "about.licence";
    pub const ABOUT_TRANSLATION: &str = "about.translation";

    pub fn page_title(page: &str) -> String {
        format!("pages.{page}.title")
    }
    pub fn page_intro(page: &str) -> String {
        format!("pages.{page}.intro")
    }
    pub fn item_text(item: &str) -> String {
        format!("items.{item}.text")
    }
    pub fn item_help(item: &str) -> String {
        format!("items.{item}.help")
    }
    /// What a reference says about the question, beside the instrument's name (assessments).
    pub fn reference_note(item: &str, instrument: &str) -> String {
        format!("items.{item}.references.{instrument}")
    }
    /// An instrument's name as a reader sees it.
    pub fn instrument_name(instrument: &str) -> String {
        format!("instruments.{instrument}")
    }
    /// How a language writes a place that is more than a number: "5(1)(e)" is "5 § 1 e)" in
    /// French and "5 παρ. 1 στοιχ. ε΄" in Greek.
    pub fn place(at: &str) -> String {
        format!("places.{at}")
    }
    /// When "not applicable" is a valid answer to a question (assessments).
    pub fn item_not_applicable(item: &str) -> String {
        format!("items.{item}.not_applicable")
    }
    /// A data source's name, and what it holds and how current it is.
    pub fn source_name(source: &str) -> String {
        format!("sources.{source}.name")
    }
    pub fn source_about(source: &str) -> String {
        format!("sources.{source}.about")
    }
    /// A body's name: "Ministry of health".
    pub fn body_name(body: &str) -> String {
        format!("bodies.{body}")
    }
    /// What to do when the answer is not "yes" (assessments).
    pub fn item_action(item: &str) -> String {
        format!("items.{item}.action")
    }
    pub fn item_option(item: &str, option: &str) -> String {
        format!("items.{item}.options.{option}")
    }
    pub fn set_option(set: &str, option: &str) -> String {
        format!("option_sets.{set}.{option}")
    }
    pub fn score_label(score: &str) -> String {
        format!("scores.{score}.label")
    }
    pub fn cutoffs_note(score: &str, cutoffs: &str) -> String {
        format!("scores.{score}.cutoffs.{cutoffs}.note")
    }
    pub fn band_label(band: &str) -> String {
        format!("bands.{band}.label")
    }
    pub fn band_meaning(band: &str) -> String {
        format!("bands.{band}.meaning")
    }
    pub fn band_advice(band: &str) -> String {
        format!("bands.{band}.advice")
    }
    pub fn adjust_note(score: &str, adjust: &str) -> String {
        format!("scores.{score}.adjust.{adjust}.note")
    }
    pub fn note_text(note: &str) -> String {
        format!("notes.{note}.text")
    }
    pub const TOPIC: &str = "topic";
}

impl Questionnaire {
    /// The places cited as articles, rules or paragraphs that are more than a number ("5(1)(e)",
    /// "2.4"): each language writes them as its legal texts do. Sections are written as they are.
    pub fn places_to_write(&self) -> BTreeSet<String> {
        let cites = |r: &Reference| {
            self.instruments
                .iter()
                .find(|i| i.id == r.instrument)
                .and_then(|i| i.cites)
        };
        self.items()
            .flat_map(|i| &i.references)
            .filter_map(|r| cites(r).map(|place| (place, &r.at)))
            .flat_map(|(place, at)| at.iter().filter(move |a| place.needs_text(a)))
            .cloned()
            .collect()
    }

    /// An answer in words: the chosen options' labels, or the number or text given.
    pub fn answer_words(
        &self,
        texts: &Texts,
        item: &Item,
        answer: &crate::engine::answers::Answer,
    ) -> String {
        use crate::engine::answers::Answer;
        match answer {
            Answer::Number(n) => n.to_string(),
            Answer::Text(t) => t.clone(),
            Answer::Choice(_) | Answer::Multi(_) => answer
                .chosen()
                .iter()
                .map(|o| {
                    texts
                        .get(&self.option_key(item, o))
                        .unwrap_or_default()
                        .to_string()
                })
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    /// The label key of one option of an item.
    pub fn option_key(&self, item: &Item, option: &str) -> String {
        match &item.option_set {
            Some(set) => keys::set_option(set, option),
            None => keys::item_option(&item.id, option),
        }
    }

    /// Every text key a language file must have, and the optional ones it may have.
    pub fn text_keys(&self) -> (Vec<String>, Vec<String>) {
        let mut required: Vec<String> = [keys::TITLE, keys::DESCRIPTION, keys::INTRO]
            .iter()
            .chain(&[
                keys::ABOUT_TEST,
                keys::ABOUT_LICENCE,
                keys::ABOUT_TRANSLATION,
            ])
            .map(|k| k.to_string())
            .collect();
        let mut optional = Vec::new();
        for set in &self.option_sets {
            required.extend(set.options.iter().map(|o| keys::set_option(&set.id, &o.id)));
        }
        for page in &self.pages {
            required.push(keys::page_title(&page.id));
            optional.push(keys::page_intro(&page.id));
            for item in &page.items {
                required.push(keys::item_text(&item.id));
                optional.push(keys::item_help(&item.id));
                optional.extend(
                    item.references
                        .iter()
                        .map(|r| keys::reference_note(&item.id, &r.instrument)),
                );
                optional.push(keys::item_action(&item.id));
                optional.push(keys::item_not_applicable(&item.id));
                required.extend(
                    item.options
                        .iter()
                        .map(|o| keys::item_option(&item.id, &o.id)),
                );
            }
        }
        for band in &self.bands {
            required.push(keys::band_label(&band.id));
            required.push(keys::band_meaning(&band.id));
            optional.push(keys::band_advice(&band.id));
        }
        if self.topic.is_some() {
            required.push(keys::TOPIC.to_string());
        }
        for note in &self.notes {
            required.push(keys::note_text(&note.id));
        }
        for instrument in &self.instruments {
            required.push(keys::instrument_name(&instrument.id));
        }
        for body in &self.bodies {
            required.push(keys::body_name(&body.id));
        }
        for source in &self.sources {
            required.push(keys::source_name(&source.id));
            required.push(keys::source_about(&source.id));
        }
        required.extend(
            self.places_to_write()
                .into_iter()
                .map(|at| keys::place(&at)),
        );
        for score in &self.scores {
            required.push(keys::score_label(&score.id));
            required.extend(
                score
                    .adjust
                    .iter()
                    .map(|a| keys::adjust_note(&score.id, &a.id)),
            );
            optional.extend(
                score
                    .cutoffs
                    .iter()
                    .map(|c| keys::cutoffs_note(&score.id, &c.id)),
            );
        }
        (required, optional)
    }
}
