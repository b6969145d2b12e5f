//! Who takes part: the role of the party answering this file, and the parties of the review,
//! each with its role. Both are kept in the file.

use super::labels::*;
use super::state::use_assess;
use crate::engine::assessment::{Party, PartyRole};
use crate::engine::model::{keys, Item};
use crate::shared::i18n::use_i18n;
use crate::shared::platform::focus_soon;
use leptos::prelude::*;

/// A select of the roles, with "role not given" first; `on_pick` gets the chosen one.
#[component]
fn RoleSelect(
    id: String,
    initial: Option<PartyRole>,
    on_pick: impl Fn(Option<PartyRole>) + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <select id=id on:change=move |ev| on_pick(PartyRole::from_id(&event_target_value(&ev)))>
            <option value="" selected=initial.is_none()>{i18n.t("parties.role_not_given")}</option>
            {PartyRole::ALL.into_iter().map(|r| view! {
                <option value=r.id() selected=initial == Some(r)>{i18n.t(role_key(r))}</option>
            }).collect_view()}
        </select>
    }
}

/// The role of the party that answers this file.
#[component]
pub(super) fn ThisFilesRole() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let initial = assess.file.with_untracked(|f| f.role);
    let pick = move |role| assess.file.update(|f| f.role = role);
    view! {
        <div class="item">
            <label class="legend" for="file-role">{i18n.text("parties.this_file")}</label>
            <p class="help">{i18n.text("parties.this_file_help")}</p>
            <RoleSelect id="file-role".into() initial=initial on_pick=pick />
        </div>
    }
}

/// The parties taking part: a name and a role each, added and removed as a list.
#[component]
pub(super) fn PartyList() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    // Rows are keyed by a counter so that removing one keeps the others' inputs as typed.
    let next = StoredValue::new(0usize);
    let rows = RwSignal::new(assess.file.with_untracked(|f| {
        f.parties
            .iter()
            .map(|_| next.next_key())
            .collect::<Vec<_>>()
    }));
    let add = move |_| {
        let key = next.next_key();
        assess.file.update(|f| {
            f.parties.push(Party {
                name: String::new(),
                role: None,
            })
        });
        rows.update(|r| r.push(key));
        focus_soon(format!("party-name-{key}"));
    };
    view! {
        <fieldset class="item parties">
            <legend>{i18n.text("parties.heading")}</legend>
            <p class="help">{i18n.text("parties.explain")}</p>
            <Show when=move || rows.with(Vec::is_empty)>
                <p>{i18n.text("parties.none")}</p>
            </Show>
            <ul class="party-rows">
                <For each=move || rows.get() key=|k| *k let:key>
                    <PartyRow key=key rows=rows />
                </For>
            </ul>
            <button type="button" class="secondary" on:click=add>{i18n.text("parties.add")}</button>
        </fieldset>
    }
}

trait NextKey {
    fn next_key(&self) -> usize;
}

impl NextKey for StoredValue<usize> {
    fn next_key(&self) -> usize {
        let key = self.get_value();
        self.set_value(key + 1);
        key
    }
}

/// One party: its name and role, saved as they change, and a button that removes it.
#[component]
fn PartyRow(key: usize, rows: RwSignal<Vec<usize>>) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let index = move || rows.with(|r| r.iter().position(|k| *k == key));
    let initial = index()
        .and_then(|n| assess.file.with_untracked(|f| f.parties.get(n).cloned()))
        .unwrap_or(Party {
            name: String::new(),
            role: None,
        });
    let change = move |edit: &dyn Fn(&mut Party)| {
        if let Some(n) = index() {
            assess.file.update(|f| {
                if let Some(party) = f.parties.get_mut(n) {
                    edit(party);
                }
            });
        }
    };
    let name = RwSignal::new(initial.name.clone());
    let remove = move |_| {
        if let Some(n) = index() {
            assess.file.update(|f| {
                f.parties.remove(n);
            });
            rows.update(|r| r.retain(|k| *k != key));
        }
    };
    let (name_id, role_id) = (format!("party-name-{key}"), format!("party-role-{key}"));
    view! {
        <li class="party-row">
            <span class="party-field">
                <label for=name_id.clone()>{i18n.text("parties.name")}</label>
                <input type="text" id=name_id value=initial.name on:input=move |ev| name.set(event_target_value(&ev))
                    on:change=move |ev| { let v = event_target_value(&ev); change(&|p| p.name = v.trim().to_string()); } />
            </span>
            <span class="party-field">
                <label for=role_id.clone()>{i18n.text("parties.role")}</label>
                <RoleSelect id=role_id initial=initial.role on_pick=move |role| change(&|p| p.role = role) />
            </span>
            <button type="button" class="secondary" on:click=remove>
                {move || {
                    // A row not yet named is named by its place in the list.
                    let named = name.get().trim().to_string();
                    let name = if named.is_empty() {
                        let n = index().map_or(0, |n| n + 1);
                        i18n.fill("stakeholders.party", &[("n", n.to_string())])
                    } else {
                        named
                    };
                    i18n.fill("parties.remove", &[("name", name)])
                }}
            </button>
        </li>
    }
}

/// Who answers a question, as its data says: the lead body, where the data is held, whom to
/// consult.
#[component]
pub(super) fn WhoAnswers(item: Item) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let names = |ids: &[String]| {
        ids.iter()
            .map(|b| assess.text(&keys::body_name(b)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let rows = [
        ("parties.lead", names(item.lead.as_slice())),
        ("parties.data", names(&item.data)),
        ("parties.consult", names(&item.consult)),
    ];
    let rows: Vec<_> = rows.into_iter().filter(|(_, v)| !v.is_empty()).collect();
    (!rows.is_empty()).then(|| {
        view! {
            <ul class="who">
                {rows.into_iter().map(|(key, value)| view! { <li>{labelled(i18n.t(key), value)}</li> }).collect_view()}
            </ul>
        }
    })
}
