//! An area's guiding questions, each with its answer, priority and note.

use super::labels::*;
use super::parties::WhoAnswers;
use super::references::References;
use super::sources::WhereToLook;
use super::state::{use_assess, Section};
use crate::engine::assessment::{area_in_scope, earlier_answers, Evidence, EvidenceKind, Status};
use crate::engine::model::{keys, Dimension, Item};
use crate::shared::i18n::use_i18n;
use crate::shared::platform::focus_soon;
use leptos::prelude::*;

/// One area's guiding questions, each with its status, evidence note and priority flag.
#[component]
pub fn AreaForm(area: String) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let all = areas(&assess);
    let index = all.iter().position(|p| p.id == area).unwrap_or(0);
    let page = all.get(index).cloned();
    let previous = index
        .checked_sub(1)
        .and_then(|n| all.get(n))
        .map(|p| p.id.clone());
    let next = all.get(index + 1).map(|p| p.id.clone());
    let Some(page) = page else {
        return ().into_any();
    };
    let in_scope = {
        let area = page.id.clone();
        move || {
            assess
                .questionnaire
                .with_value(|q| assess.file.with(|f| area_in_scope(q, &area, f)))
        }
    };
    let intro = assess.text(&keys::page_intro(&page.id));
    let items = page.items.clone();
    view! {
        <section aria-labelledby="area-heading">
            <h2 id="area-heading">{assess.text(&keys::page_title(&page.id))}</h2>
            <p class="area-number">{i18n.fill("assessment.area_of", &[("current", (index + 1).to_string()), ("total", all.len().to_string())])}</p>
            {(!intro.is_empty()).then(|| view! { <p class="page-intro">{intro.clone()}</p> })}
            <Show
                when=in_scope
                fallback=move || view! { <p class="notice">{i18n.t("assessment.area_left_out")}</p> }
            >
                {items.clone().into_iter().filter(|i| !i.retired).map(|item| view! { <Question item=item /> }).collect_view()}
            </Show>
            <div class="nav-buttons">
                {previous.map(|p| view! { <button type="button" class="secondary" on:click=move |_| assess.go(Section::Area(p.clone()))>{i18n.t("assessment.previous_area")}</button> })}
                {match next {
                    Some(n) => view! { <button type="button" class="primary" on:click=move |_| assess.go(Section::Area(n.clone()))>{i18n.t("assessment.next_area")}</button> }.into_any(),
                    None => view! { <button type="button" class="primary" on:click=move |_| assess.go(Section::Results)>{i18n.t("assessment.see_results")}</button> }.into_any(),
                }}
            </div>
        </section>
    }
    .into_any()
}

#[component]
fn Question(item: Item) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let id = item.id.clone();
    let help = assess.text(&keys::item_help(&id));
    let not_applicable = assess.text(&keys::item_not_applicable(&id));
    let action = assess.text(&keys::item_action(&id));
    let note_id = format!("note-{id}");
    let initial_note = assess
        .file
        .with_untracked(|f| f.notes.get(&id).cloned().unwrap_or_default());
    let set_note = {
        let id = id.clone();
        move |ev| {
            let value = event_target_value(&ev);
            assess.file.update(|f| {
                if value.trim().is_empty() {
                    f.notes.remove(&id);
                } else {
                    f.notes.insert(id.clone(), value);
                }
            });
        }
    };
    let priority = {
        let id = id.clone();
        move || assess.file.with(|f| f.priority.contains(&id))
    };
    let toggle_priority = {
        let id = id.clone();
        move |ev| {
            let on = event_target_checked(&ev);
            assess.file.update(|f| {
                if on {
                    f.priority.insert(id.clone());
                } else {
                    f.priority.remove(&id);
                }
            });
        }
    };
    view! {
        <fieldset class="question">
            <legend>{assess.text(&keys::item_text(&id))}</legend>
            {(!help.is_empty()).then(|| view! { <p class="help">{help.clone()}</p> })}
            {(!not_applicable.is_empty()).then(|| view! { <p class="help not-applicable">{not_applicable.clone()}</p> })}
            <WhoAnswers item=item.clone() />
            <WhereToLook item=item.clone() />
            // Shown with the answers, since it changes what "no" means.
            {item.is_option().then(|| view! { <p class="option-note">{i18n.text("references.option")}</p> })}
            {item.dimensions().iter().map(|d| view! { <DimensionAnswer item=item.clone() dimension=*d /> }).collect_view()}
            <EarlierAnswers item=item.clone() />
            <label for=note_id.clone() class="note-label">{i18n.text("assessment.note")}</label>
            <p class="help">{i18n.text("assessment.no_personal_data")}</p>
            <textarea id=note_id rows="3" on:change=set_note>{initial_note}</textarea>
            <label class="option priority" for=format!("priority-{id}")>
                <input type="checkbox" id=format!("priority-{id}") prop:checked=priority on:change=toggle_priority />
                <span>{i18n.text("assessment.priority")}</span>
            </label>
            <details class="standards">
                <summary>{i18n.text("assessment.standards_and_action")}</summary>
                <p><strong>{i18n.text("assessment.standards")}</strong></p>
                <References item=item.clone() />
                <p><strong>{i18n.text("assessment.action")}</strong>" "{action}</p>
            </details>
        </fieldset>
    }
}

/// One dimension's answer (in law and policy, or in practice) on the five-point scale.
#[component]
fn DimensionAnswer(item: Item, dimension: Dimension) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let id = item.id.clone();
    let statuses = Status::ALL.map(|s| (s, status_label(&assess, &item, s)));
    let carried = {
        let id = id.clone();
        move || assess.file.with(|f| f.is_carried(&id, dimension))
    };
    let item = StoredValue::new(item);
    // Confirms the carried answer as the person's own.
    let keep = move |_| {
        item.with_value(|i| {
            assess.file.update(|f| {
                if let Some(status) = f.status(&i.id, dimension) {
                    f.set_status(i, dimension, status);
                }
            })
        })
    };
    view! {
        <fieldset class="dimension">
            <legend>{i18n.text(dimension_key(dimension))}</legend>
            <div class="statuses">
                {statuses.into_iter().map(|(status, label)| {
                    let input_id = format!("status-{id}-{}-{}", dimension.id(), status.id());
                    let checked = { let id = id.clone(); move || assess.file.with(|f| f.status(&id, dimension) == Some(status)) };
                    let choose = move |_| item.with_value(|i| assess.file.update(|f| f.set_status(i, dimension, status)));
                    view! {
                        <label class="option status" for=input_id.clone()>
                            <input type="radio" name=format!("status-{id}-{}", dimension.id()) id=input_id.clone() prop:checked=checked on:change=choose />
                            <span>{label}</span>
                        </label>
                    }
                }).collect_view()}
            </div>
            <EvidenceList item=item.get_value() dimension=dimension />
            <Show when=carried>
                <p class="carried">
                    {i18n.text("assessment.carried")}
                    " "
                    <button type="button" class="secondary" on:click=keep>{i18n.text("assessment.keep_carried")}</button>
                </p>
            </Show>
        </fieldset>
    }
}

/// The answers given to the retired questions this one replaces, where they were not copied,
/// each in the retired question's own terms and with its wording, since a split question's
/// earlier answer covered more than this one asks.
#[component]
fn EarlierAnswers(item: Item) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let lines = move || {
        assess.file.with(|f| {
            earlier_answers(&item, f)
                .filter_map(|(id, position)| {
                    let old = assess.questionnaire.with_value(|q| q.item(id).cloned())?;
                    let words = old
                        .dimensions()
                        .iter()
                        .filter_map(|d| {
                            let status = position.get(*d)?;
                            Some(labelled(
                                i18n.t(dimension_key(*d)),
                                status_label(&assess, &old, status),
                            ))
                        })
                        .collect::<Vec<_>>()
                        .join(" · ");
                    (!words.is_empty()).then(|| (words, assess.text(&keys::item_text(id))))
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        {move || lines().into_iter().map(|(words, question)| view! {
            <div class="earlier">
                <p>{i18n.fill("assessment.earlier_answer", &[("answer", words)])}</p>
                <p class="earlier-question">{i18n.fill("assessment.earlier_question", &[("question", question)])}</p>
            </div>
        }).collect_view()}
    }
}

/// The evidence behind one dimension's answer: each piece's kind, source and date, added and
/// removed by the person.
#[component]
fn EvidenceList(item: Item, dimension: Dimension) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let item = StoredValue::new(item);
    let id = item.with_value(|i| format!("evidence-{}-{}", i.id, dimension.id()));
    // Rows are drawn again only when one is added or removed, so typing keeps its focus.
    let count = Memo::new(move |_| {
        item.with_value(|i| assess.file.with(|f| f.evidence(&i.id, dimension).len()))
    });
    let add = {
        let id = id.clone();
        move |_| {
            let blank = Evidence {
                kind: EvidenceKind::Law,
                source: String::new(),
                date: String::new(),
            };
            item.with_value(|i| {
                assess
                    .file
                    .update(|f| f.set_evidence(i, dimension, None, Some(blank)))
            });
            focus_soon(format!(
                "{id}-{}-kind",
                count.get_untracked().saturating_sub(1)
            ));
        }
    };
    view! {
        <div class="evidence">
            <p class="evidence-heading" id=id.clone()>{i18n.text("evidence.heading")}</p>
            <ul aria-labelledby=id.clone()>
                {let id = id.clone(); move || (0..count.get()).map(|n| view! {
                    <EvidenceRow item=item dimension=dimension n=n row=format!("{id}-{n}") />
                }).collect_view()}
            </ul>
            <button type="button" class="secondary" on:click=add>{i18n.text("evidence.add")}</button>
        </div>
    }
}

/// One piece of evidence: its kind, its source and its date, each saved as it changes.
#[component]
fn EvidenceRow(
    item: StoredValue<Item>,
    dimension: Dimension,
    n: usize,
    row: String,
) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let current = move || {
        item.with_value(|i| {
            assess
                .file
                .with_untracked(|f| f.evidence(&i.id, dimension).get(n).cloned())
        })
    };
    let Some(initial) = current() else {
        return ().into_any();
    };
    let save = move |change: &dyn Fn(&mut Evidence)| {
        if let Some(mut e) = current() {
            change(&mut e);
            item.with_value(|i| {
                assess
                    .file
                    .update(|f| f.set_evidence(i, dimension, Some(n), Some(e)))
            });
        }
    };
    let change_kind = move |ev| {
        if let Some(kind) = EvidenceKind::from_id(&event_target_value(&ev)) {
            save(&|e| e.kind = kind);
        }
    };
    let change_source = move |ev| {
        let value = event_target_value(&ev);
        save(&|e| e.source = value.clone());
    };
    let change_date = move |ev| {
        let value = event_target_value(&ev);
        save(&|e| e.date = value.clone());
    };
    let remove = move |_| {
        item.with_value(|i| {
            assess
                .file
                .update(|f| f.set_evidence(i, dimension, Some(n), None))
        })
    };
    let (kind_id, source_id, date_id) = (
        format!("{row}-kind"),
        format!("{row}-source"),
        format!("{row}-date"),
    );
    view! {
        <li class="evidence-row">
            <span class="evidence-field">
                <label for=kind_id.clone()>{i18n.text("evidence.kind")}</label>
                <select id=kind_id on:change=change_kind>
                    {EvidenceKind::ALL.map(|k| view! {
                        <option value=k.id() selected=k == initial.kind>{i18n.t(&format!("evidence.kind_{}", k.id()))}</option>
                    }).collect_view()}
                </select>
            </span>
            <span class="evidence-field">
                <label for=source_id.clone()>{i18n.text("evidence.source")}</label>
                <input type="text" id=source_id value=initial.source.clone() on:change=change_source />
            </span>
            <span class="evidence-field">
                <label for=date_id.clone()>{i18n.text("evidence.date")}</label>
                <input type="text" id=date_id value=initial.date.clone() on:change=change_date />
            </span>
            <button type="button" class="link" on:click=remove>{i18n.text("evidence.remove")}</button>
        </li>
    }
    .into_any()
}
