//! The context: country, who assesses, when, who took part, areas left out.

use super::labels::*;
use super::parties::{PartyList, ThisFilesRole};
use super::state::{use_assess, Section};
use crate::engine::answers::Answer;
use crate::engine::model::{keys, Item, ItemKind};
use crate::shared::i18n::use_i18n;
use leptos::prelude::*;

/// The context page(s): country, who assesses, when, who took part, areas left out.
#[component]
pub fn ContextForm() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let items = context_items(&assess);
    view! {
        <section aria-labelledby="context-heading">
            <h2 id="context-heading">{i18n.text("assessment.context")}</h2>
            {items.into_iter().map(|item| view! { <ContextItem item=item /> }).collect_view()}
            <ThisFilesRole />
            <PartyList />
            <button type="button" class="primary" on:click=move |_| {
                if let Some(first) = areas(&assess).first() {
                    assess.go(Section::Area(first.id.clone()));
                }
            }>{i18n.text("assessment.to_questions")}</button>
        </section>
    }
}

#[component]
fn ContextItem(item: Item) -> impl IntoView {
    let assess = use_assess();
    let id = item.id.clone();
    let label = assess.text(&keys::item_text(&item.id));
    let help = assess.text(&keys::item_help(&item.id));
    let help_view = (!help.is_empty())
        .then(|| view! { <p class="help" id=format!("help-{id}")>{help.clone()}</p> });
    match item.kind {
        // A list of options: several may be chosen (multi) or one (choice).
        ItemKind::Multi | ItemKind::Choice => {
            let multi = item.kind == ItemKind::Multi;
            let options = assess
                .questionnaire
                .with_value(|q| q.options_of(&item).to_vec());
            view! {
                <fieldset class="item">
                    <legend>{label}</legend>
                    {help_view}
                    {options.into_iter().map(|o| {
                        let (item_id, option) = (id.clone(), o.id.clone());
                        let key = assess.questionnaire.with_value(|q| q.option_key(&item, &o.id));
                        let checked = { let (item_id, option) = (item_id.clone(), option.clone()); move || assess.file.with(|f| f.answers.get(&item_id).is_some_and(|a| a.chosen().contains(&option))) };
                        let change = move |_| assess.file.update(|f| {
                            if !multi {
                                f.answers.insert(item_id.clone(), Answer::Choice(option.clone()));
                                return;
                            }
                            let mut chosen = f.answers.get(&item_id).map(|a| a.chosen().to_vec()).unwrap_or_default();
                            match chosen.iter().position(|c| *c == option) {
                                Some(at) => { chosen.remove(at); }
                                None => chosen.push(option.clone()),
                            }
                            if chosen.is_empty() { f.answers.remove(&item_id); } else { f.answers.insert(item_id.clone(), Answer::Multi(chosen)); }
                        });
                        let input_id = format!("ctx-{}-{}", id, o.id);
                        view! {
                            <label class="option" for=input_id.clone()>
                                <input type=if multi { "checkbox" } else { "radio" } name=format!("ctx-{id}") id=input_id.clone() prop:checked=checked on:change=change />
                                <span>{assess.text(&key)}</span>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
            }
            .into_any()
        }
        _ => {
            let initial = assess.file.with_untracked(|f| match f.answers.get(&id) {
                Some(Answer::Text(t)) => t.clone(),
                Some(Answer::Number(n)) => n.to_string(),
                _ => String::new(),
            });
            let input_id = format!("ctx-{id}");
            let set = move |ev| {
                let value = event_target_value(&ev);
                assess.file.update(|f| {
                    if value.trim().is_empty() {
                        f.answers.remove(&id);
                    } else {
                        f.answers.insert(id.clone(), Answer::Text(value));
                    }
                });
            };
            view! {
                <div class="item">
                    <label class="legend" for=input_id.clone()>{label}</label>
                    {help_view}
                    <input type="text" class="wide" id=input_id value=initial on:change=set />
                </div>
            }
            .into_any()
        }
    }
}
