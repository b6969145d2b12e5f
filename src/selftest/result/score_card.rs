//! A score: its band, its place on the scale, and what added most to it.

use super::answers::answer_text;
use crate::engine::model::{keys, BandRange, Cutoffs};
use crate::engine::scoring::{by_key, weighed_most, ScoreResult};
use crate::selftest::session::use_session;
use crate::shared::i18n::use_i18n;
use crate::shared::widgets::paragraphs::Paragraphs;
use leptos::prelude::*;

#[component]
pub(super) fn ScoreCard(result: ScoreResult) -> impl IntoView {
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
        adjusted,
        ..
    } = result;
    let adjust_notes: Vec<String> = adjusted
        .iter()
        .map(|a| keys::adjust_note(&score, a))
        .collect();
    let weighed = view! { <WeighedMost score=score.clone() /> };
    let advice_key = keys::band_advice(&band);
    let has_advice = session.has_text(&advice_key);
    view! {
        <div class=format!("score-card level-{level}")>
            <h2>{move || session.text(&keys::score_label(&score))}</h2>
            <p class="score-value">
                {move || i18n.count("result.points_of", "points", f64::from(points), &[("max", i18n.number(f64::from(max), 0))])}
            </p>
            {cutoffs.map(|c| view! { <Scale cutoffs=c min=min max=max points=points band=band.clone() /> })}
            <h3 class="band-label">{{ let band = band.clone(); move || session.text(&keys::band_label(&band)) }}</h3>
            <Paragraphs text=Signal::derive({ let band = band.clone(); move || session.text(&keys::band_meaning(&band)) }) class="band-meaning" />
            {has_advice.then(|| view! { <Paragraphs text=Signal::derive(move || session.text(&advice_key)) class="band-advice" /> })}
            {adjust_notes.into_iter().map(|key| view! { <p class="cutoffs-note">{move || session.text(&key)}</p> }).collect_view()}
            {has_note.then(|| view! { <p class="cutoffs-note">{move || session.text(&note_key)}</p> })}
            {weighed}
        </div>
    }
}

/// The score's range as coloured bands with a marker; the legend below says the same in words.
#[component]
fn Scale(cutoffs: Cutoffs, min: i32, max: i32, points: i32, band: String) -> impl IntoView {
    let session = use_session();
    // Integer arithmetic only: each point is one equal cell of the bar (no float formatting in the wasm).
    let cells = (max - min + 1).max(1);
    let bands: Vec<BandRange> = by_key(&cutoffs.bands, |b| b.min)
        .into_iter()
        .cloned()
        .collect();
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
            let width = (b.max.min(max) - b.min.max(min) + 1).max(0);
            view! { <span class=format!("segment level-{level}") style:flex=width.to_string()></span> }
        })
        .collect_view();
    let legend = bands
        .into_iter()
        .zip(levels)
        .map(|(b, level)| {
            // The band given, which an adjustment may have raised above the points' own band.
            let current = b.band == band;
            view! {
                <li class=format!("level-{level}") class:current=current aria-current=current.then_some("true")>
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
            <span class="marker" style:left=format!("calc(100% * {} / {})", 2 * (points - min).clamp(0, cells - 1) + 1, 2 * cells)></span>
        </div>
        <ul class="scale-legend">{legend}</ul>
    }
}

/// The answers that added most to this score, so a person sees what drove the result.
#[component]
fn WeighedMost(score: String) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let rows = Memo::new(move |_| {
        session.questionnaire.with_value(|q| {
            let Some(scale) = q.scores.iter().find(|s| s.id == score) else {
                return vec![];
            };
            session.answers.with(|answers| {
                weighed_most(q, scale, answers, 3)
                    .into_iter()
                    .filter_map(|(item, points)| {
                        let answer = answers.get(&item.id)?;
                        Some((
                            session.text(&keys::item_text(&item.id)),
                            answer_text(q, &session, item, answer),
                            points,
                        ))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let rows = move || rows.get();
    view! {
        <Show when=move || !rows().is_empty()>
            <h3 class="weighed-heading">{i18n.text("result.weighed_most")}</h3>
            <ul class="weighed-most">
                {move || rows().into_iter().map(|(question, answer, points)| view! {
                    <li>
                        <span class="question">{question}</span>
                        " "
                        <span class="answer">{answer}</span>
                        " "
                        <span class="points">{i18n.fill("result.points_added", &[("points", points.to_string())])}</span>
                    </li>
                }).collect_view()}
            </ul>
        </Show>
    }
}
