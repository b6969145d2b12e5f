//! The result: each score on a scale with its bands, what the band means, and the answers given.

use crate::app::AnswerStore;
use crate::components::about_test::AboutTest;
use crate::components::paragraphs::Paragraphs;
use crate::engine::model::{keys, Cutoffs};
use crate::engine::scoring::{missing_required, score, shown_items, ScoreResult};
use crate::i18n::use_i18n;
use crate::pages::questionnaire::{use_session, Step};
use leptos::prelude::*;

#[component]
pub fn ResultView() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let results = move || {
        session
            .questionnaire
            .with_value(|q| session.answers.with(|a| score(q, a)))
    };
    let complete = move || {
        session
            .questionnaire
            .with_value(|q| session.answers.with(|a| missing_required(q, a).is_empty()))
    };
    let store = expect_context::<AnswerStore>();
    let start_again = move |_| {
        let id = session.questionnaire.with_value(|q| q.id.clone());
        store.0.update(|all| {
            all.remove(&id);
        });
        session.reviewing.set(false);
        session.go(Step::Start);
    };
    session.reviewing.set(false);
    view! {
        <section class="result" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{move || i18n.t("result.heading")}</h1>
            <Show
                when=complete
                fallback=move || view! { <p role="alert">{i18n.t("result.incomplete")}</p> }
            >
                {move || results().into_iter().map(|r| view! { <ScoreCard result=r /> }).collect_view()}
                <p class="not-diagnosis">{move || i18n.t("result.not_diagnosis")}</p>
            </Show>
            <AnswerReview />
            <div class="nav-buttons">
                <button type="button" class="secondary" on:click=start_again>{move || i18n.t("result.start_again")}</button>
            </div>
            <AboutTest />
        </section>
    }
}

#[component]
fn ScoreCard(result: ScoreResult) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let (cutoffs, level) = session.questionnaire.with_value(|q| {
        let cutoffs = q
            .scores
            .iter()
            .find(|s| s.id == result.score)
            .and_then(|s| s.cutoffs.iter().find(|c| c.id == result.cutoffs))
            .cloned();
        (cutoffs, q.band(&result.band).map(|b| b.level).unwrap_or(0))
    });
    let note_key = keys::cutoffs_note(&result.score, &result.cutoffs);
    let has_note = session.has_text(&note_key);
    let ScoreResult {
        score,
        points,
        min,
        max,
        band,
        ..
    } = result;
    let advice_key = keys::band_advice(&band);
    let has_advice = session.has_text(&advice_key);
    view! {
        <div class=format!("score-card level-{level}")>
            <h2>{move || session.text(&keys::score_label(&score))}</h2>
            <p class="score-value">
                {move || i18n.fill("result.points_of", &[("points", points.to_string()), ("max", max.to_string())])}
            </p>
            {cutoffs.map(|c| view! { <Scale cutoffs=c min=min max=max points=points /> })}
            <h3 class="band-label">{{ let band = band.clone(); move || session.text(&keys::band_label(&band)) }}</h3>
            <Paragraphs text=Signal::derive({ let band = band.clone(); move || session.text(&keys::band_meaning(&band)) }) class="band-meaning" />
            {has_advice.then(|| view! { <Paragraphs text=Signal::derive(move || session.text(&advice_key)) class="band-advice" /> })}
            {has_note.then(|| view! { <p class="cutoffs-note">{move || session.text(&note_key)}</p> })}
        </div>
    }
}

/// The score's range as coloured bands with a marker; the legend below says the same in words.
#[component]
fn Scale(cutoffs: Cutoffs, min: i32, max: i32, points: i32) -> impl IntoView {
    let session = use_session();
    let span = (max - min).max(1) as f64;
    let percent = |v: i32| ((v - min) as f64 / span * 100.0).clamp(0.0, 100.0);
    let mut bands = cutoffs.bands.clone();
    bands.sort_by_key(|b| b.min);
    let levels: Vec<u8> = session.questionnaire.with_value(|q| {
        bands
            .iter()
            .map(|b| q.band(&b.band).map(|x| x.level).unwrap_or(0))
            .collect()
    });
    let segments = bands
        .iter()
        .zip(&levels)
        .map(|(b, level)| {
            let width = percent(b.max.min(max) + 1).min(100.0) - percent(b.min.max(min));
            view! { <span class=format!("segment level-{level}") style=format!("width:{width:.2}%")></span> }
        })
        .collect_view();
    let legend = bands
        .into_iter()
        .zip(levels)
        .map(|(b, level)| {
            let current = b.min <= points && points <= b.max;
            view! {
                <li class=format!("level-{level}") class:current=current>
                    <span class="range">{format!("{}–{}", b.min, b.max)}</span>
                    " "
                    <span>{move || session.text(&keys::band_label(&b.band))}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="scale" aria-hidden="true">
            <div class="segments">{segments}</div>
            <span class="marker" style=format!("left:{:.2}%", percent(points))></span>
        </div>
        <ul class="scale-legend">{legend}</ul>
    }
}

/// Every answer given, each with a way back to change it.
#[component]
fn AnswerReview() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let rows = move || {
        session.questionnaire.with_value(|q| {
            session.answers.with(|answers| {
                shown_items(q, answers)
                    .into_iter()
                    .map(|item| {
                        let shown = match answers.get(&item.id) {
                            None => i18n.t("result.not_answered"),
                            Some(a) if a.chosen().is_empty() => match a {
                                crate::engine::answers::Answer::Number(n) => n.to_string(),
                                crate::engine::answers::Answer::Text(t) => t.clone(),
                                _ => i18n.t("result.not_answered"),
                            },
                            Some(a) => a
                                .chosen()
                                .iter()
                                .map(|o| session.text(&q.option_key(item, o)))
                                .collect::<Vec<_>>()
                                .join(", "),
                        };
                        (
                            item.id.clone(),
                            session.text(&keys::item_text(&item.id)),
                            shown,
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <details class="answer-review">
            <summary>{move || i18n.t("result.your_answers")}</summary>
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
