//! Several parties' files side by side: where they agree and where they differ.

use super::labels::*;
use super::state::{use_assess, Assess, Section};
use super::toolbar::FilePicker;
use crate::engine::assessment::{csv, party_groups, stakeholders, Disagreement, Positions, Status};
use crate::engine::model::{keys, Item};
use crate::engine::numbers::iso_day;
use crate::shared::i18n::use_i18n;
use crate::shared::platform;
use leptos::prelude::*;

/// Several parties' files on the same questionnaire: agreement and disagreement per question.
#[component]
pub fn Stakeholders() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let only_differences = RwSignal::new(true);
    let add = Callback::new(move |text: String| {
        if let Some(file) = assess.read(&text) {
            assess.parties.update(|p| p.push(file));
            assess.say(false, i18n.t("stakeholders.added"));
        }
    });
    let party_name = move |n: usize| party_label(&assess, n);
    let positions = move || {
        assess
            .questionnaire
            .with_value(|q| assess.parties.with(|p| stakeholders(q, p)))
    };
    // The agenda of the next meeting: every question where the parties differ, major first.
    let export_agenda = move |_| {
        let order = party_order(&assess);
        let mut header = vec![
            i18n.t("assessment.area"),
            i18n.t("csv.question_id"),
            i18n.t("csv.question"),
            i18n.t("stakeholders.dimension"),
            i18n.t("stakeholders.disagreement"),
        ];
        header.extend(order.iter().map(|n| party_name(*n)));
        let mut rows = vec![vec![i18n.t("report.limits")], header];
        for p in agenda(&assess) {
            let item = assess
                .questionnaire
                .with_value(|q| q.item(&p.item).cloned());
            let mut row = vec![
                assess.text(&keys::page_title(&p.area)),
                p.item.clone(),
                assess.text(&keys::item_text(&p.item)),
                i18n.t(dimension_key(p.dimension)),
                disagreement_key(p.disagreement)
                    .map(|k| i18n.t(k))
                    .unwrap_or_default(),
            ];
            row.extend(order.iter().map(|n| {
                let (status, note) = p.answers.get(*n).cloned().unwrap_or_default();
                let label = status_words(&assess, item.as_ref(), status);
                note.map_or(label.clone(), |n| format!("{label} · {n}"))
            }));
            rows.push(row);
        }
        let name = format!("agenda-{}.csv", iso_day(&platform::now_iso()));
        platform::download(&name, "text/csv;charset=utf-8", &csv(&rows));
    };
    view! {
        <section aria-labelledby="stakeholders-heading">
            <h2 id="stakeholders-heading">{i18n.text("assessment.stakeholders")}</h2>
            <p>{i18n.text("stakeholders.explain")}</p>
            <FilePicker id="party-file" label="stakeholders.add" on_text=add />
            <ol class="parties">
                {move || (0..assess.parties.with(Vec::len)).map(|n| view! { <li>{party_name(n)}</li> }).collect_view()}
            </ol>
            <Show when=move || { assess.parties.with(|p| p.len() >= 2) }>
                <label class="option">
                    <input type="checkbox" prop:checked=move || only_differences.get() on:change=move |ev| only_differences.set(event_target_checked(&ev)) />
                    <span>{i18n.text("stakeholders.only_differences")}</span>
                </label>
                <p>{move || {
                    // Questions, not answers: one that differs in law and in practice counts once.
                    let differ = positions()
                        .iter()
                        .filter(|p| !p.agree)
                        .map(|p| p.item.clone())
                        .collect::<std::collections::BTreeSet<_>>()
                        .len();
                    i18n.count("stakeholders.differ_count", "count", differ as f64, &[])
                }}</p>
                <div class="nav-buttons">
                    <button type="button" class="secondary" on:click=export_agenda>{i18n.text("stakeholders.agenda_csv")}</button>
                    <button type="button" class="secondary" on:click=move |_| assess.go(Section::Agenda)>{i18n.text("stakeholders.agenda_page")}</button>
                </div>
                <ul class="positions">
                    {move || positions().into_iter().filter(|p| !only_differences.get() || !p.agree).map(|p| view! { <PositionItem position=p /> }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

/// One question in one dimension: where it is, how far apart the parties are, and each answer.
#[component]
pub(super) fn PositionItem(position: Positions) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let p = position;
    let item = assess
        .questionnaire
        .with_value(|q| q.item(&p.item).cloned());
    view! {
        <li class:differ=!p.agree>
            <p class="plan-area">{assess.text(&keys::page_title(&p.area))}" · "{i18n.t(dimension_key(p.dimension))}</p>
            {disagreement_key(p.disagreement).map(|key| view! { <p><span class="badge" class:major=p.disagreement == Disagreement::Major>{i18n.t(key)}</span></p> })}
            <p><strong>{assess.text(&keys::item_text(&p.item))}</strong></p>
            <PartyAnswers answers=p.answers item=item />
        </li>
    }
}

/// A party by its file's context answers (country, who assessed…), else by number, with its role.
pub(super) fn party_label(assess: &Assess, n: usize) -> String {
    let i18n = use_i18n();
    let (named, role) = assess.parties.with(|p| {
        p.get(n)
            .map(|f| (context_texts(assess, f).join(" · "), f.role))
            .unwrap_or_default()
    });
    let name = if named.is_empty() {
        i18n.fill("stakeholders.party", &[("n", (n + 1).to_string())])
    } else {
        named
    };
    with_role(&name, role)
}

/// The parties in the order shown: government, community, the human-rights institution, other.
pub(super) fn party_order(assess: &Assess) -> Vec<usize> {
    assess
        .parties
        .with(|p| party_groups(p))
        .into_iter()
        .flat_map(|(_, members)| members)
        .collect()
}

/// The agenda of the next meeting: every question where the parties differ, major first.
pub(super) fn agenda(assess: &Assess) -> Vec<Positions> {
    let mut agenda: Vec<_> = assess
        .questionnaire
        .with_value(|q| assess.parties.with(|p| stakeholders(q, p)))
        .into_iter()
        .filter(|p| !p.agree)
        .collect();
    agenda.sort_by_key(|p| std::cmp::Reverse(p.disagreement));
    agenda
}

/// Each party's answer to one question, grouped by side when the parties are on several.
#[component]
pub(super) fn PartyAnswers(
    answers: Vec<(Option<Status>, Option<String>)>,
    item: Option<Item>,
) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let groups = assess.parties.with(|p| party_groups(p));
    let several = groups.len() > 1;
    let answers = StoredValue::new(answers);
    let item = StoredValue::new(item);
    let line = move |n: usize| {
        let (status, note) = answers.with_value(|a| a.get(n).cloned().unwrap_or_default());
        let label = item.with_value(|i| status_words(&assess, i.as_ref(), status));
        view! { <li><strong>{party_label(&assess, n)}</strong>": "{label}{note.map(|t| format!(" · {t}"))}</li> }
    };
    groups
        .into_iter()
        .map(|(side, members)| {
            let lines = members.into_iter().map(line).collect_view();
            view! {
                {several.then(|| view! { <p class="side">{i18n.t(side_key(side))}</p> })}
                <ul class="side-answers">{lines}</ul>
            }
        })
        .collect_view()
}

pub(super) fn disagreement_key(disagreement: Disagreement) -> Option<&'static str> {
    match disagreement {
        Disagreement::Major => Some("stakeholders.major"),
        Disagreement::Minor => Some("stakeholders.minor"),
        Disagreement::None => None,
    }
}
