//! The action plan and its follow-up: who owns each action, by when, where it stands, how progress
//! is seen; next year's file started from this one; last year's plan in the annual review.

use super::labels::*;
use super::references::References;
use super::state::use_assess;
use super::toolbar::export_file;
use crate::engine::assessment::{
    action_plan, next_year, parse_action_key, Action, ActionKind, ActionStatus, AssessmentFile,
    FollowUp, Outcome,
};
use crate::engine::model::keys;
use crate::engine::numbers::iso_day;
use crate::shared::i18n::use_i18n;
use crate::shared::platform;
use leptos::prelude::*;

fn action_status_key(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Planned => "plan.status_planned",
        ActionStatus::UnderWay => "plan.status_under_way",
        ActionStatus::Done => "plan.status_done",
        ActionStatus::Dropped => "plan.status_dropped",
    }
}

fn outcome_key(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Done => "review.outcome_done",
        Outcome::Dropped => "review.outcome_dropped",
        Outcome::Late => "review.outcome_late",
        Outcome::Open => "review.outcome_open",
    }
}

/// Every question not met or not known, priorities first, with what to do, the standards, the
/// notes and the follow-up.
#[component]
pub fn ActionPlan() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    // Drawn again only when the actions change, so typing in a follow-up keeps its focus.
    let plan = Memo::new(move |_| {
        assess
            .questionnaire
            .with_value(|q| assess.file.with(|f| action_plan(q, f)))
    });
    view! {
        <section aria-labelledby="plan-heading" class="action-plan">
            <h2 id="plan-heading">{i18n.text("assessment.action_plan")}</h2>
            <Show when=move || !plan.with(Vec::is_empty) fallback=move || view! { <p>{i18n.t("assessment.plan_empty")}</p> }>
                <ol>
                    {move || plan.get().into_iter().map(|a| view! { <PlannedAction action=a /> }).collect_view()}
                </ol>
            </Show>
            <NextYear />
        </section>
    }
}

#[component]
fn PlannedAction(action: Action) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let item = assess
        .questionnaire
        .with_value(|q| q.item(&action.item).cloned());
    let answers = item
        .as_ref()
        .map(|i| {
            action
                .dimensions
                .iter()
                .map(|(d, s)| labelled(i18n.t(dimension_key(*d)), status_label(&assess, i, *s)))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let note = assess
        .file
        .with_untracked(|f| f.notes.get(&action.item).cloned());
    let what = match action.kind {
        ActionKind::Remedy => assess.text(&keys::item_action(&action.item)),
        ActionKind::Evidence => i18n.t("plan.evidence_action"),
    };
    view! {
        <li class:priority=action.priority>
            <p class="plan-area">{assess.text(&keys::page_title(&action.area))}</p>
            <p class="plan-question"><strong>{assess.text(&keys::item_text(&action.item))}</strong></p>
            <p>
                {(action.kind == ActionKind::Evidence).then(|| view! { <span class="badge">{i18n.t("plan.evidence")}</span> })}
                {answers.into_iter().map(|a| view! { <span class="badge">{a}</span> }).collect_view()}
                {action.priority.then(|| view! { <span class="badge priority-badge">{i18n.t("assessment.priority")}</span> })}
            </p>
            <p><strong>{i18n.t("assessment.action")}</strong>" "{what}</p>
            {item.map(|item| view! {
                <div class="plan-standards">
                    <p><strong>{i18n.t("assessment.standards")}</strong></p>
                    <References item=item />
                </div>
            })}
            {note.map(|n| view! { <p class="plan-note"><strong>{i18n.t("assessment.note")}</strong>" "{n}</p> })}
            <FollowUpFields key=action.key() />
        </li>
    }
}

/// The follow-up of one action, each field saved as it changes.
#[component]
fn FollowUpFields(key: String) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let initial = assess
        .file
        .with_untracked(|f| f.plan.get(&key).cloned().unwrap_or_default());
    let key = StoredValue::new(key);
    let save = move |change: &dyn Fn(&mut FollowUp)| {
        key.with_value(|k| {
            assess.file.update(|f| {
                let mut follow = f.plan.get(k).cloned().unwrap_or_default();
                change(&mut follow);
                if follow == FollowUp::default() {
                    f.plan.remove(k);
                } else {
                    f.plan.insert(k.clone(), follow);
                }
            })
        })
    };
    let text = move |ev| event_target_value(&ev);
    let id = key.with_value(|k| format!("plan-{}", k.replace(':', "-")));
    let field = |name: &str| format!("{id}-{name}");
    view! {
        <div class="follow-up">
            <span class="evidence-field">
                <label for=field("owner")>{i18n.text("plan.owner")}</label>
                <input type="text" id=field("owner") value=initial.owner.clone() on:change=move |ev| { let v = text(ev); save(&|f| f.owner = v.clone()) } />
            </span>
            <span class="evidence-field">
                <label for=field("deadline")>{i18n.text("plan.deadline")}</label>
                <input type="date" id=field("deadline") value=initial.deadline.clone() on:change=move |ev| { let v = text(ev); save(&|f| f.deadline = v.clone()) } />
            </span>
            <span class="evidence-field">
                <label for=field("status")>{i18n.text("plan.status")}</label>
                <select id=field("status") on:change=move |ev| {
                    if let Some(status) = ActionStatus::from_id(&text(ev)) {
                        save(&|f| f.status = status);
                    }
                }>
                    {ActionStatus::ALL.map(|s| view! {
                        <option value=s.id() selected=s == initial.status>{i18n.t(action_status_key(s))}</option>
                    }).collect_view()}
                </select>
            </span>
            <span class="evidence-field wide-field">
                <label for=field("indicator")>{i18n.text("plan.indicator")}</label>
                <input type="text" id=field("indicator") value=initial.indicator.clone() on:change=move |ev| { let v = text(ev); save(&|f| f.indicator = v.clone()) } />
            </span>
        </div>
    }
}

/// Saves this year's file, then starts next year's from it: the context, the plan and the notes
/// come, the answers are cleared, and the annual review opens on this year's plan.
#[component]
fn NextYear() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let start = move |_| {
        export_file(&assess, &i18n);
        let this_year = assess.file.get_untracked();
        assess.file.set(next_year(&this_year, platform::now_iso()));
        assess.last_year.set(Some(this_year));
        assess.say(false, i18n.t("plan.next_year_done"));
    };
    view! {
        <button type="button" class="secondary next-year" on:click=start>{i18n.text("plan.next_year")}</button>
    }
}

/// Last year's plan in the annual review: each action done, dropped, late or still open.
#[component]
pub fn LastYearPlan(last_year: AssessmentFile) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let now = platform::now_iso();
    let today = iso_day(&now);
    let rows: Vec<(String, FollowUp)> = last_year.plan.into_iter().collect();
    view! {
        <section aria-labelledby="last-plan-heading">
            <h3 id="last-plan-heading">{i18n.text("review.last_plan")}</h3>
            {if rows.is_empty() {
                view! { <p>{i18n.t("review.no_plan")}</p> }.into_any()
            } else {
                view! {
                    <ul class="review-list">
                        {rows.into_iter().map(|(key, follow)| {
                            let (item, kind) = parse_action_key(&key);
                            let (item, evidence) = (item.to_string(), kind == ActionKind::Evidence);
                            let outcome = i18n.t(outcome_key(follow.outcome(today)));
                            let due = (!follow.deadline.is_empty()).then(|| format!(" · {}", labelled(i18n.t("plan.deadline"), i18n.date(&follow.deadline))));
                            let owner = (!follow.owner.is_empty()).then(|| format!(" · {}", follow.owner));
                            view! {
                                <li>
                                    {evidence.then(|| view! { <span class="badge">{i18n.t("plan.evidence")}</span>" " })}
                                    {assess.text(&keys::item_text(&item))}
                                    " "<strong>{outcome}</strong>
                                    {owner}{due}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}
