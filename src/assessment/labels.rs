//! What the assessment's screens read from the questionnaire and the file: the areas, the
//! context's items, the labels of the status scale, an answer in words.

use super::state::Assess;
use crate::engine::assessment;
use crate::engine::assessment::AssessmentFile;
use crate::engine::assessment::{area_summaries, AreaSummary, PartyRole, Side, Status};
use crate::engine::model::{Dimension, Item, Page};
use crate::shared::i18n::use_i18n;
use leptos::prelude::*;

/// The areas: pages whose questions carry the status scale.
pub(super) fn areas(assess: &Assess) -> Vec<Page> {
    assess
        .questionnaire
        .with_value(|q| assessment::areas(q).cloned().collect())
}

pub(super) fn status_label(assess: &Assess, item: &Item, status: Status) -> String {
    if status == Status::No && item.is_option() {
        return use_i18n().t("assessment.option_not_taken");
    }
    let key = assess
        .questionnaire
        .with_value(|q| q.option_key(item, status.id()));
    assess.text(&key)
}

/// The label of a status on the shared scale (from the first question that uses it).
pub(super) fn scale_label(assess: &Assess, status: Status) -> String {
    let item = assess
        .questionnaire
        .with_value(|q| q.items().find(|i| assessment::is_question(q, i)).cloned());
    item.map(|i| status_label(assess, &i, status))
        .unwrap_or_default()
}

pub(super) fn summaries(assess: &Assess) -> Vec<AreaSummary> {
    assess
        .questionnaire
        .with_value(|q| assess.file.with(|f| area_summaries(q, f)))
}

/// The items of the pages without guiding questions: the context.
pub(super) fn context_items(assess: &Assess) -> Vec<Item> {
    assess
        .questionnaire
        .with_value(|q| assessment::context_items(q).cloned().collect())
}

/// An answer of the assessment file in words ("" when not answered).
pub(super) fn answer_words(assess: &Assess, item: &Item) -> String {
    assess.file.with(|f| {
        f.answers
            .get(&item.id)
            .map(|a| {
                assess.questionnaire.with_value(|q| {
                    assess.texts.with(|t| {
                        t.as_ref()
                            .map(|t| q.answer_words(t, item, a))
                            .unwrap_or_default()
                    })
                })
            })
            .unwrap_or_default()
    })
}

/// The text answers of the context, in order (country, who assesses…): they name a file.
pub(super) fn context_texts(assess: &Assess, file: &AssessmentFile) -> Vec<String> {
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

/// The interface string that names a dimension.
pub(super) fn dimension_key(dimension: Dimension) -> &'static str {
    match dimension {
        Dimension::Law => "assessment.in_law",
        Dimension::Practice => "assessment.in_practice",
    }
}

/// An answer in words; "not answered" when there is none (or no such question).
pub(super) fn status_words(assess: &Assess, item: Option<&Item>, status: Option<Status>) -> String {
    match (item, status) {
        (Some(item), Some(status)) => status_label(assess, item, status),
        _ => use_i18n().t("assessment.unanswered"),
    }
}

/// A question's answer in one dimension, in words; "not answered" when none.
pub(super) fn dimension_words(assess: &Assess, item: &Item, dimension: Dimension) -> String {
    let status = assess.file.with(|f| f.status(&item.id, dimension));
    status_words(assess, Some(item), status)
}

/// A question's answers in words, each dimension named: "In law and policy: Yes · In practice: No".
pub(super) fn position_words(assess: &Assess, item: &Item) -> String {
    let i18n = use_i18n();
    item.dimensions()
        .iter()
        .map(|d| labelled(i18n.t(dimension_key(*d)), dimension_words(assess, item, *d)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// An area's row in one dimension: "Right to health: in practice".
pub(super) fn summary_title(assess: &Assess, summary: &AreaSummary) -> String {
    labelled(
        assess.text(&crate::engine::model::keys::page_title(&summary.area)),
        use_i18n().t(dimension_key(summary.dimension)),
    )
}

/// "Label: value" as the language writes it (French puts a no-break space before the colon).
pub(super) fn labelled(label: String, value: String) -> String {
    use_i18n().fill("assessment.labelled", &[("label", label), ("value", value)])
}

/// The interface string that names a party's role.
pub(super) fn role_key(role: PartyRole) -> &'static str {
    match role {
        PartyRole::Ministry => "parties.role_ministry",
        PartyRole::Nhri => "parties.role_nhri",
        PartyRole::CivilSociety => "parties.role_civil_society",
        PartyRole::PeopleWhoUseDrugs => "parties.role_people_who_use_drugs",
        PartyRole::Other => "parties.role_other",
    }
}

/// The interface string that names a group of parties.
pub(super) fn side_key(side: Side) -> &'static str {
    match side {
        Side::Government => "parties.side_government",
        Side::Community => "parties.side_community",
        Side::Nhri => "parties.side_nhri",
        Side::Other => "parties.side_other",
    }
}

/// A role in words; "role not given" when none.
pub(super) fn role_words(role: Option<PartyRole>) -> String {
    use_i18n().t(role.map_or("parties.role_not_given", role_key))
}

/// A party as the stakeholders' view, the agenda and the CSV name it: "HOPS (Civil society
/// organisation)".
pub(super) fn with_role(name: &str, role: Option<PartyRole>) -> String {
    format!("{name} ({})", role_words(role))
}
