//! One question: a fieldset of options, or a labelled number or text field.

use crate::engine::answers::Answer;
use crate::engine::model::{keys, Aside, Item, ItemKind};
use crate::selftest::session::use_session;
use crate::selftest::use_parts;
use crate::shared::deferred::Deferred;
use crate::shared::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn ItemView(item_id: String, error: RwSignal<bool>, invalid: RwSignal<bool>) -> impl IntoView {
    let session = use_session();
    // The screen asks for an item of its own questionnaire; anything else draws nothing.
    let Some(item) = session
        .questionnaire
        .with_value(|q| q.item(&item_id).cloned())
    else {
        return ().into_any();
    };
    let help_key = keys::item_help(&item.id);
    let has_help = session.has_text(&help_key);
    let text_key = keys::item_text(&item.id);
    let help = move || session.text(&help_key);
    let described_by = if has_help {
        format!("help-{} item-error", item.id)
    } else {
        "item-error".to_string()
    };
    let help_view =
        has_help.then(|| view! { <p class="help" id=format!("help-{}", item.id)>{help}</p> });
    let aside = item.aside.map(|aside| match aside {
        Aside::StandardDrink => view! { <Deferred load=use_parts().standard_drink /> },
    });
    let question = match item.kind {
        ItemKind::Choice | ItemKind::Multi => view! {
            <fieldset class="item" aria-describedby=described_by>
                <legend>{move || session.text(&text_key)}</legend>
                {help_view}
                <ErrorMessage error=error key="questionnaire.choose_an_answer" values=vec![] />
                <Options item=item.clone() error=error />
            </fieldset>
        }
        .into_any(),
        ItemKind::Number | ItemKind::Text => view! {
            <div class="item">
                <label class="legend" for=format!("input-{}", item.id)>{move || session.text(&text_key)}</label>
                {help_view}
                <ErrorMessage
                    error=error
                    key=if item.kind == ItemKind::Number { "questionnaire.number_range" } else { "questionnaire.choose_an_answer" }
                    values=vec![("min", item.min.unwrap_or_default().to_string()), ("max", item.max.unwrap_or_default().to_string())]
                />
                <FreeInput item=item.clone() error=error invalid=invalid described_by=described_by />
            </div>
        }
        .into_any(),
    };
    view! { {question} {aside} }.into_any()
}

/// Announced when it appears; it is the target of focus after a refused "Next".
#[component]
fn ErrorMessage(
    error: RwSignal<bool>,
    key: &'static str,
    values: Vec<(&'static str, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p id="item-error" class="error" role="alert" tabindex="-1">
            {move || error.get().then(|| i18n.fill(key, &values))}
        </p>
    }
}

#[component]
fn Options(item: Item, error: RwSignal<bool>) -> impl IntoView {
    let session = use_session();
    let options = session.questionnaire.with_value(|q| {
        q.options_of(&item)
            .iter()
            .map(|o| (o.id.clone(), q.option_key(&item, &o.id)))
            .collect::<Vec<_>>()
    });
    let multi = item.kind == ItemKind::Multi;
    let item_id = item.id.clone();
    options
        .into_iter()
        .map(|(option, label_key)| {
            let input_id = format!("option-{item_id}-{option}");
            let checked = {
                let (item_id, option) = (item_id.clone(), option.clone());
                move || {
                    session.answers.with(|a| {
                        a.get(&item_id)
                            .is_some_and(|ans| ans.chosen().contains(&option))
                    })
                }
            };
            let toggle = {
                let (item_id, option) = (item_id.clone(), option.clone());
                move |_| {
                    let mut answers = session.answers.get_untracked();
                    let answer = if multi {
                        let mut chosen = answers
                            .get(&item_id)
                            .map(|a| a.chosen().to_vec())
                            .unwrap_or_default();
                        if let Some(at) = chosen.iter().position(|c| *c == option) {
                            chosen.remove(at);
                        } else {
                            chosen.push(option.clone());
                        }
                        Answer::Multi(chosen)
                    } else {
                        Answer::Choice(option.clone())
                    };
                    if answer.is_empty() {
                        answers.remove(&item_id);
                    } else {
                        answers.insert(item_id.clone(), answer);
                    }
                    session.set_answers.run(answers);
                    error.set(false);
                }
            };
            view! {
                <label class="option" for=input_id.clone()>
                    <input
                        type=if multi { "checkbox" } else { "radio" }
                        id=input_id.clone()
                        name=item_id.clone()
                        value=option.clone()
                        prop:checked=checked
                        on:change=toggle
                    />
                    <span>{move || session.text(&label_key)}</span>
                </label>
            }
        })
        .collect_view()
}

/// A number or text field. What is typed stays as typed: a number out of range is kept in the
/// field, stored as no answer, and reported when the person leaves the field or goes on.
#[component]
fn FreeInput(
    item: Item,
    error: RwSignal<bool>,
    invalid: RwSignal<bool>,
    described_by: String,
) -> impl IntoView {
    let session = use_session();
    let item_id = item.id.clone();
    let initial = session.answers.with_untracked(|a| match a.get(&item_id) {
        Some(Answer::Number(n)) => n.to_string(),
        Some(Answer::Text(t)) => t.clone(),
        _ => String::new(),
    });
    let (min, max) = (item.min.unwrap_or(i64::MIN), item.max.unwrap_or(i64::MAX));
    let is_number = item.kind == ItemKind::Number;
    let on_input = {
        let item_id = item_id.clone();
        move |ev| {
            let value = event_target_value(&ev);
            let trimmed = value.trim();
            let answer = match trimmed.parse::<i64>() {
                _ if trimmed.is_empty() => None,
                Ok(n) if is_number && (min..=max).contains(&n) => Some(Answer::Number(n)),
                _ if is_number => None,
                _ => Some(Answer::Text(value.clone())),
            };
            let bad = is_number && answer.is_none() && !trimmed.is_empty();
            invalid.set(bad);
            if !bad {
                error.set(false);
            }
            let mut answers = session.answers.get_untracked();
            match answer {
                Some(a) => answers.insert(item_id.clone(), a),
                None => answers.remove(&item_id),
            };
            session.set_answers.run(answers);
        }
    };
    let on_leave = move |_| error.set(invalid.get_untracked());
    if is_number {
        view! {
            <input
                type="number"
                inputmode="numeric"
                id=format!("input-{item_id}")
                min=item.min
                max=item.max
                aria-describedby=described_by
                aria-invalid=move || error.get().to_string()
                value=initial
                on:input=on_input
                on:change=on_leave
            />
        }
        .into_any()
    } else {
        view! {
            <textarea id=format!("input-{item_id}") rows="4" aria-describedby=described_by on:input=on_input>
                {initial}
            </textarea>
        }
        .into_any()
    }
}
