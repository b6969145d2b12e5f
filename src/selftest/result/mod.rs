//! The result: each score on a scale with its bands, what the band means, and the answers given.

use crate::app::{AnswerStore, Sitting};
use crate::components::about_test::AboutTest;
use crate::components::help_panel::{use_country, ContactLine, HelpPanel};
use crate::components::offline::OfflineCopy;
use crate::components::paragraphs::Paragraphs;
use crate::context::context;
use crate::data::DataCache;
use crate::engine::answers::{Answer, Answers};
use crate::engine::flow;
use crate::engine::help::Contact;
use crate::engine::language::catalog_key;
use crate::engine::model::{keys, BandRange, Cutoffs};
use crate::engine::model::{Item, Questionnaire};
use crate::engine::scoring::{
    by_key, missing_required, notes, score, shown_items, weighed_most, ScoreResult,
};
use crate::i18n::use_i18n;
use crate::pages::questionnaire::{use_session, Step};
use crate::platform;
use crate::query::use_go;
use leptos::prelude::*;

#[component]
pub fn ResultView() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let results = move || session.read(score);
    let complete = move || session.read(|q, a| missing_required(q, a).is_empty());
    let store = context::<AnswerStore>();
    let sitting = context::<Sitting>();
    let go = use_go();
    let start_again = move |_| {
        sitting.wipe(store);
        go(&[("q", "")]);
    };
    let include_answers = RwSignal::new(false);
    session.reviewing.set(false);
    // Its code may arrive after the step changed (a split part): the heading takes focus once drawn.
    platform::focus_soon("screen-heading");
    view! {
        <section class="result" aria-labelledby="screen-heading">
            <h1 id="screen-heading" tabindex="-1">{i18n.text("result.heading")}</h1>
            <Show
                when=complete
                fallback=move || view! { <p role="alert">{i18n.t("result.incomplete")}</p> }
            >
                <Notes urgent=true />
                {move || results().into_iter().map(|r| view! { <ScoreCard result=r /> }).collect_view()}
                <p class="not-diagnosis">{i18n.text("result.not_diagnosis")}</p>
                <Notes urgent=false />
                <SittingNext />
                <HelpPanel />
            </Show>
            <AnswerReview />
            <div class="print-controls">
                <label class="option">
                    <input type="checkbox" prop:checked=move || include_answers.get() on:change=move |ev| include_answers.set(event_target_checked(&ev)) />
                    <span>{i18n.text("result.print_with_answers")}</span>
                </label>
                <button type="button" class="secondary" on:click=move |_| platform::print()>{i18n.text("result.print")}</button>
            </div>
            <Show when=move || include_answers.get()>
                <PrintedAnswers />
            </Show>
            <div class="nav-buttons">
                <button type="button" class="secondary" on:click=start_again>{i18n.text("result.start_again")}</button>
            </div>
            <AboutTest />
        </section>
        <OfflineCopy />
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
                {move || i18n.fill("result.points_of", &[("points", points.to_string()), ("max", max.to_string())])}
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

/// A chosen answer in words, in the current language.
fn answer_text(
    q: &Questionnaire,
    session: &crate::pages::questionnaire::Session,
    item: &Item,
    answer: &Answer,
) -> String {
    session
        .texts
        .with(|t| t.as_ref().map(|t| q.answer_words(t, item, answer)))
        .unwrap_or_default()
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

/// Feedback on what the person told us; urgent notes come first. Each note is followed by the
/// numbers its data asks for, as far as the chosen country has them.
#[component]
fn Notes(urgent: bool) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let (_, country) = use_country();
    let held = move || {
        session.read(|q, a| {
            notes(q, a)
                .into_iter()
                .filter(|n| n.urgent == urgent)
                .map(|n| (keys::note_text(&n.id), n.contacts.clone()))
                .collect::<Vec<_>>()
        })
    };
    let heading = if urgent {
        "result.urgent_heading"
    } else {
        "result.notes_heading"
    };
    let note = move |(key, contacts): (String, Vec<Contact>)| {
        let numbers = move || match country.get() {
            Some(c) => contacts
                .iter()
                .map(|&contact| view! { <ContactLine country=c.clone() contact=contact /> })
                .collect_view()
                .into_any(),
            None if contacts.is_empty() => ().into_any(),
            None => view! { <NoCountryYet /> }.into_any(),
        };
        view! {
            <div class="note">
                <p>{session.text(&key)}</p>
                {numbers}
            </div>
        }
    };
    view! {
        <Show when=move || !held().is_empty()>
            <section class=if urgent { "notes urgent" } else { "notes" } aria-labelledby=format!("notes-{urgent}")>
                <h2 id=format!("notes-{urgent}")>{move || i18n.t(heading)}</h2>
                {move || held().into_iter().map(note).collect_view()}
            </section>
        </Show>
    }
}

/// Before a country is chosen: the number that works across most of Europe, and where to choose.
#[component]
fn NoCountryYet() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="contact emergency">{i18n.text("help.emergency_unknown")}</p>
        <p><a href="#help-country">{i18n.text("help.choose_for_numbers")}</a></p>
    }
}

/// In a sitting of several tests: the next one, and how the others came out.
#[component]
fn SittingNext() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let sitting = context::<Sitting>();
    let store = context::<AnswerStore>();
    let go = use_go();
    let here = session.questionnaire.with_value(|q| q.id.clone());
    let title = move |id: &str| i18n.t(&catalog_key(id, keys::TITLE));
    let cache = context::<DataCache>();
    // Finished: every required question answered (a half-done test is offered again as next).
    let answered = move |id: &str| {
        let Some(Ok(q)) = cache.questionnaire(id) else {
            return false;
        };
        store.0.with(|all| {
            all.get(id)
                .is_some_and(|a: &Answers| flow::is_finished(&q, a))
        })
    };
    let next = {
        let here = here.clone();
        move || {
            sitting
                .queue
                .with(|q| q.iter().find(|id| **id != here && !answered(id)).cloned())
        }
    };
    let others = {
        let here = here.clone();
        move || {
            sitting.queue.with(|q| {
                q.iter()
                    .filter(|id| **id != here && answered(id))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        }
    };
    let go_next = go.clone();
    view! {
        {move || next().map(|id| {
            let label = i18n.fill("sitting.next", &[("title", title(&id))]);
            let go = go_next.clone();
            view! {
                <div class="sitting-next">
                    <button type="button" class="primary" on:click=move |_| go(&[("q", &id)])>{label}</button>
                </div>
            }
        })}
        {move || {
            let others = others();
            (!others.is_empty()).then(|| {
                let go = go.clone();
                view! {
                    <section class="sitting-others" aria-labelledby="others-heading">
                        <h2 id="others-heading">{i18n.t("sitting.other_results")}</h2>
                        <ul>
                            {others.into_iter().map(|id| {
                                let go = go.clone();
                                let heading = title(&id);
                                let label = i18n.fill("sitting.see_result", &[("title", heading.clone())]);
                                view! {
                                    <li>
                                        <h3>{heading}</h3>
                                        <OtherResult id=id.clone() />
                                        <button type="button" class="link" on:click=move |_| go(&[("q", &id)])>{label}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }
            })
        }}
    }
}

/// Another test of this sitting, in brief: each score with its band.
#[component]
fn OtherResult(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let cache = context::<DataCache>();
    let store = context::<AnswerStore>();
    let lines = move || -> Vec<String> {
        let Some(Ok(q)) = cache.questionnaire(&id) else {
            return vec![];
        };
        let Some(Ok(texts)) = i18n.lang.with(|l| cache.texts(&id, l)) else {
            return vec![];
        };
        let answers = store
            .0
            .with(|all| all.get(&id).cloned().unwrap_or_default());
        score(&q, &answers)
            .into_iter()
            .map(|r| {
                let text = |key: String| texts.get(&key).unwrap_or_default().to_string();
                let points = i18n.fill(
                    "result.points_of",
                    &[("points", r.points.to_string()), ("max", r.max.to_string())],
                );
                format!(
                    "{}: {} · {}",
                    text(keys::score_label(&r.score)),
                    points,
                    text(keys::band_label(&r.band))
                )
            })
            .collect()
    };
    view! { {move || lines().into_iter().map(|line| view! { <p>{line}</p> }).collect_view()} }
}

/// The answers, for the printout only, when the person asked for them.
#[component]
fn PrintedAnswers() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let rows = move || {
        session.questionnaire.with_value(|q| {
            session.answers.with(|answers| {
                shown_items(q, answers)
                    .into_iter()
                    .filter_map(|item| {
                        answers.get(&item.id).map(|a| {
                            (
                                session.text(&keys::item_text(&item.id)),
                                answer_text(q, &session, item, a),
                            )
                        })
                    })
                    .collect::<Vec<_>>()
            })
        })
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
                            Some(a) if !matches!(a, Answer::Multi(o) if o.is_empty()) => {
                                answer_text(q, &session, item, a)
                            }
                            _ => i18n.t("result.not_answered"),
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
