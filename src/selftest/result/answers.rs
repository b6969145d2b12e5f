//! The answers given: to review and change, and to print with the result.

use crate::engine::answers::Answer;
use crate::engine::flow::Step;
use crate::engine::model::{keys, Item, Questionnaire};
use crate::engine::scoring::shown_items;
use crate::selftest::session::{use_session, Session};
use crate::shared::i18n::use_i18n;
use leptos::prelude::*;

/// The questions shown, in order, each with its id and its answer in words (None if unanswered).
fn shown_answers(session: &Session) -> Vec<(String, String, Option<String>)> {
    session.questionnaire.with_value(|q| {
        session.answers.with(|answers| {
            shown_items(q, answers)
                .into_iter()
                .map(|item| {
                    let answer = answers
                        .get(&item.id)
                        .filter(|a| !matches!(a, Answer::Multi(o) if o.is_empty()))
                        .map(|a| answer_text(q, session, item, a));
                    (
                        item.id.clone(),
                        session.text(&keys::item_text(&item.id)),
                        answer,
                    )
                })
                .collect()
        })
    })
}

/// The answers, for the printout only, when the person asked for them.
#[component]
pub(super) fn PrintedAnswers() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let rows = move || {
        shown_answers(&session)
            .into_iter()
            .filter_map(|(_, question, answer)| Some((question, answer?)))
            .collect::<Vec<_>>()
    };
    view! {
        <section class="printed-answers">
            <h2>{i18n.text("result.your_answers")}</h2>
            <ol>{move || rows().into_iter().map(|(q, a)| view! { <li>{q}" "<strong>{a}</strong></li> }).collect_view()}</ol>
        </section>
    }
}

/// Every answer given, each with a way back to change it.
#[component]
pub(super) fn AnswerReview() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let rows = move || {
        shown_answers(&session)
            .into_iter()
            .map(|(id, question, answer)| {
                (
                    id,
                    question,
                    answer.unwrap_or_else(|| i18n.t("result.not_answered")),
                )
            })
            .collect::<Vec<_>>()
    };
    view! {
        <details class="answer-review">
            <summary>{i18n.text("result.your_answers")}</summary>
            <ol>
                {move || {
                    rows()
                        .into_iter()
                        .map(|(id, question, answer)| {
                            let change_label = i18n.fill("result.change_answer", &[("question", question.clone())]);
                            view! {
                                <li>
                                    <span class="question">{question}</span>
                                    <span class="answer">{answer}</span>
                                    <button
                                        type="button"
                                        class="link"
                                        aria-label=change_label
                                        on:click=move |_| {
                                            session.reviewing.set(true);
                                            session.go(Step::Item(id.clone()));
                                        }
                                    >
                                        {i18n.t("result.change")}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </details>
    }
}

/// A chosen answer in words, in the current language.
pub(super) fn answer_text(
    q: &Questionnaire,
    session: &Session,
    item: &Item,
    answer: &Answer,
) -> String {
    session
        .texts
        .with(|t| t.as_ref().map(|t| q.answer_words(t, item, answer)))
        .unwrap_or_default()
}
