//! The other tests chosen for this visit: the next one to take, and those already taken.

use crate::engine::answers::Answers;
use crate::engine::flow;
use crate::engine::language::catalog_key;
use crate::engine::model::keys;
use crate::engine::scoring::score;
use crate::selftest::session::use_session;
use crate::shared::context::context;
use crate::shared::data::DataCache;
use crate::shared::i18n::use_i18n;
use crate::shared::route::use_go;
use crate::shared::state::Visit;
use leptos::prelude::*;

/// In a sitting of several tests: the next one, and how the others came out.
#[component]
pub(super) fn SittingNext() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let visit = context::<Visit>();
    let go = use_go();
    let here = session.questionnaire.with_value(|q| q.id.clone());
    let title = move |id: &str| i18n.t(&catalog_key(id, keys::TITLE));
    let cache = context::<DataCache>();
    // Finished: every required question answered (a half-done test is offered again as next).
    let answered = move |id: &str| {
        let Some(Ok(q)) = cache.questionnaire(id) else {
            return false;
        };
        visit.answers.with(|all| {
            all.get(id)
                .is_some_and(|a: &Answers| flow::is_finished(&q, a))
        })
    };
    let next = {
        let here = here.clone();
        move || {
            visit
                .queue
                .with(|q| q.iter().find(|id| **id != here && !answered(id)).cloned())
        }
    };
    let others = {
        let here = here.clone();
        move || {
            visit.queue.with(|q| {
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
    let visit = context::<Visit>();
    let lines = move || -> Vec<String> {
        let Some(Ok(q)) = cache.questionnaire(&id) else {
            return vec![];
        };
        let Some(Ok(texts)) = i18n.lang.with(|l| cache.texts(&id, l)) else {
            return vec![];
        };
        let answers = visit
            .answers
            .with(|all| all.get(&id).cloned().unwrap_or_default());
        score(&q, &answers)
            .into_iter()
            .map(|r| {
                let text = |key: String| texts.get(&key).unwrap_or_default().to_string();
                let points = i18n.count(
                    "result.points_of",
                    "points",
                    f64::from(r.points),
                    &[("max", i18n.number(f64::from(r.max), 0))],
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
