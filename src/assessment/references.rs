//! The standards a question rests on: each instrument marked as binding (and whom) or guidance,
//! with the places cited, what it says about the question, and a link to its official text.

use super::labels::labelled;
use super::state::{use_assess, Assess};
use crate::engine::model::{keys, Instrument, InstrumentKind, Item, Place, Reference};
use crate::shared::i18n::{use_i18n, I18n};
use leptos::prelude::*;

/// The short label of a kind, and what it means for a state.
fn kind_keys(kind: InstrumentKind) -> (&'static str, &'static str) {
    match kind {
        InstrumentKind::Treaty => ("references.treaty", "references.treaty_binds"),
        InstrumentKind::EuLaw => ("references.eu_law", "references.eu_law_binds"),
        InstrumentKind::CaseLaw => ("references.case_law", "references.case_law_binds"),
        InstrumentKind::Guidance => ("references.guidance", "references.guidance_binds"),
    }
}

/// The places cited, with the word this language writes before them ("Art. 3, 8"); a place that is
/// more than a number as this language's legal texts write it.
fn places(assess: &Assess, i18n: &I18n, place: Option<Place>, at: &[String]) -> Option<String> {
    let place = place?;
    let list = at
        .iter()
        .map(|a| match place.needs_text(a) {
            true => assess.text(&keys::place(a)),
            false => a.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let key = match place {
        _ if at.is_empty() => return None,
        Place::Section => return Some(list),
        Place::Article => "references.article",
        Place::Rule => "references.rule",
        Place::Paragraph => "references.paragraph",
    };
    Some(i18n.count(key, "count", at.len() as f64, &[("at", list)]))
}

/// One reference as a reader sees it: the instrument, where in it, and what it says here.
fn reference_line(assess: &Assess, i18n: &I18n, item: &str, r: &Reference) -> ReferenceLine {
    let instrument: Option<Instrument> = assess
        .questionnaire
        .with_value(|q| q.instruments.iter().find(|i| i.id == r.instrument).cloned());
    let kind = instrument
        .as_ref()
        .map_or(InstrumentKind::Guidance, |i| i.kind);
    let name = assess.text(&keys::instrument_name(&r.instrument));
    let place = places(
        assess,
        i18n,
        instrument.as_ref().and_then(|i| i.cites),
        &r.at,
    );
    let note = assess.text(&keys::reference_note(item, &r.instrument));
    ReferenceLine {
        kind,
        name,
        place,
        note: (!note.is_empty()).then_some(note),
        url: instrument.and_then(|i| i.url),
    }
}

struct ReferenceLine {
    kind: InstrumentKind,
    name: String,
    place: Option<String>,
    note: Option<String>,
    url: Option<String>,
}

/// A question's standards, binding ones first, with a key to the kinds present.
#[component]
pub(super) fn References(item: Item) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let mut lines: Vec<ReferenceLine> = item
        .references
        .iter()
        .map(|r| reference_line(&assess, &i18n, &item.id, r))
        .collect();
    lines.sort_by_key(|l| l.kind);
    let mut kinds: Vec<InstrumentKind> = lines.iter().map(|l| l.kind).collect();
    kinds.dedup();
    let legend = kinds
        .iter()
        .map(|k| {
            let (label, binds) = kind_keys(*k);
            labelled(i18n.t(label), i18n.t(binds))
        })
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <ul class="references">
            {lines.into_iter().map(|l| {
                let (label, _) = kind_keys(l.kind);
                let name = match l.url {
                    Some(url) => view! { <a href=url target="_blank" rel="noopener noreferrer">{l.name}</a> }.into_any(),
                    None => view! { <span>{l.name}</span> }.into_any(),
                };
                view! {
                    <li>
                        <span class=format!("badge ref-{}", l.kind.id())>{i18n.t(label)}</span>" "
                        {name}
                        {l.place.map(|p| format!(", {p}"))}
                        {l.note.map(|n| view! { <span class="ref-note">" — "{n}</span> })}
                    </li>
                }
            }).collect_view()}
        </ul>
        <p class="help ref-legend">{legend}</p>
    }
}
