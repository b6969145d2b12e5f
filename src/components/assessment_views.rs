//! The assessment's screens: overview, context, an area's questions, results with the action plan,
//! annual review, stakeholders, and the report.

use crate::engine::answers::Answer;
use crate::engine::assessment;
use crate::engine::assessment::{
    action_plan, area_summaries, compare, stakeholders, AreaSummary, Change, Status,
};
use crate::engine::model::{keys, Item, ItemKind, Page};
use crate::engine::scoring::shown_items;
use crate::i18n::{use_i18n, I18n};
use crate::pages::assessment::{context_texts, use_assess, Assess, FilePicker, View};
use leptos::prelude::*;

/// The areas: pages whose questions carry the status scale.
fn areas(assess: &Assess) -> Vec<Page> {
    assess
        .questionnaire
        .with_value(|q| assessment::areas(q).cloned().collect())
}

fn status_label(assess: &Assess, item: &Item, status: Status) -> String {
    let key = assess
        .questionnaire
        .with_value(|q| q.option_key(item, status.id()));
    assess.text(&key)
}

/// The label of a status on the shared scale (from the first question that uses it).
fn scale_label(assess: &Assess, status: Status) -> String {
    let item = assess
        .questionnaire
        .with_value(|q| q.items().find(|i| assessment::is_question(q, i)).cloned());
    item.map(|i| status_label(assess, &i, status))
        .unwrap_or_default()
}

fn summaries(assess: &Assess) -> Vec<AreaSummary> {
    assess
        .questionnaire
        .with_value(|q| assess.file.with(|f| area_summaries(q, f)))
}

#[component]
pub fn Overview() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="overview-heading">
            <h2 id="overview-heading">{i18n.text("assessment.overview")}</h2>
            <crate::components::paragraphs::Paragraphs text=Signal::derive(move || assess.text(keys::INTRO)) />
            <ul class="areas">
                {move || {
                    summaries(&assess)
                        .into_iter()
                        .map(|s| {
                            let area = s.area.clone();
                            let progress = if s.in_scope {
                                i18n.fill("assessment.progress", &[("answered", (s.questions - s.unanswered).to_string()), ("total", s.questions.to_string())])
                            } else {
                                i18n.t("assessment.out_of_scope")
                            };
                            view! {
                                <li class:out=!s.in_scope>
                                    <button type="button" class="link area-link" on:click=move |_| assess.go(View::Area(area.clone()))>
                                        {assess.text(&keys::page_title(&s.area))}
                                    </button>
                                    <span class="area-progress">{progress}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <crate::components::about_test::AboutTestFor text=Signal::derive(move || assess.text(keys::ABOUT_TEST)) />
        </section>
    }
}

/// The items of the pages without guiding questions: the context.
fn context_items(assess: &Assess) -> Vec<Item> {
    assess
        .questionnaire
        .with_value(|q| assessment::context_items(q).cloned().collect())
}

/// An answer of the assessment file in words ("" when not answered).
fn answer_words(assess: &Assess, item: &Item) -> String {
    assess.file.with(|f| {
        f.answers
            .get(&item.id)
            .map(|a| {
                assess.questionnaire.with_value(|q| {
                    assess.texts.with(|t| {
                        t.as_ref()
                            .map(|t| q.answer_words(t, item, a))
                            .unwrap_or_default()
                    })
                })
            })
            .unwrap_or_default()
    })
}

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
            <button type="button" class="primary" on:click=move |_| {
                if let Some(first) = areas(&assess).first() {
                    assess.go(View::Area(first.id.clone()));
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
        ItemKind::Multi => {
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
                        let toggle = move |_| assess.file.update(|f| {
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
                                <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle />
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
        let first = page.items.first().map(|i| i.id.clone()).unwrap_or_default();
        move || {
            assess.questionnaire.with_value(|q| {
                assess
                    .file
                    .with(|f| shown_items(q, &f.answers).iter().any(|i| i.id == first))
            })
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
                {items.clone().into_iter().map(|item| view! { <Question item=item /> }).collect_view()}
            </Show>
            <div class="nav-buttons">
                {previous.map(|p| view! { <button type="button" class="secondary" on:click=move |_| assess.go(View::Area(p.clone()))>{i18n.t("assessment.previous_area")}</button> })}
                {match next {
                    Some(n) => view! { <button type="button" class="primary" on:click=move |_| assess.go(View::Area(n.clone()))>{i18n.t("assessment.next_area")}</button> }.into_any(),
                    None => view! { <button type="button" class="primary" on:click=move |_| assess.go(View::Results)>{i18n.t("assessment.see_results")}</button> }.into_any(),
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
    let standards = assess.text(&keys::item_standards(&id));
    let action = assess.text(&keys::item_action(&id));
    let statuses = Status::ALL.map(|s| (s, status_label(&assess, &item, s)));
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
            <div class="statuses">
                {statuses.into_iter().map(|(status, label)| {
                    let input_id = format!("status-{id}-{}", status.id());
                    let checked = { let id = id.clone(); move || assess.file.with(|f| f.status(&id) == Some(status)) };
                    let choose = { let id = id.clone(); move |_| assess.file.update(|f| { f.answers.insert(id.clone(), Answer::Choice(status.id().into())); }) };
                    view! {
                        <label class="option status" for=input_id.clone()>
                            <input type="radio" name=format!("status-{id}") id=input_id.clone() prop:checked=checked on:change=choose />
                            <span>{label}</span>
                        </label>
                    }
                }).collect_view()}
            </div>
            <label for=note_id.clone() class="note-label">{i18n.text("assessment.note")}</label>
            <textarea id=note_id rows="3" on:change=set_note>{initial_note}</textarea>
            <label class="option priority" for=format!("priority-{id}")>
                <input type="checkbox" id=format!("priority-{id}") prop:checked=priority on:change=toggle_priority />
                <span>{i18n.text("assessment.priority")}</span>
            </label>
            <details class="standards">
                <summary>{i18n.text("assessment.standards_and_action")}</summary>
                <p><strong>{i18n.text("assessment.standards")}</strong>" "{standards}</p>
                <p><strong>{i18n.text("assessment.action")}</strong>" "{action}</p>
            </details>
        </fieldset>
    }
}

/// The colours of the chart, one per status, plus unanswered.
const SEGMENTS: [(Option<Status>, &str); 6] = [
    (Some(Status::Yes), "seg-yes"),
    (Some(Status::Partly), "seg-partly"),
    (Some(Status::No), "seg-no"),
    (Some(Status::DontKnow), "seg-unknown"),
    (Some(Status::NotApplicable), "seg-na"),
    (None, "seg-open"),
];

fn segment_count(s: &AreaSummary, status: Option<Status>) -> usize {
    status.map(|st| s.count(st)).unwrap_or(s.unanswered)
}

fn percent(value: Option<u32>, i18n: &I18n) -> String {
    value
        .map(|v| format!("{v} %"))
        .unwrap_or_else(|| i18n.t("assessment.no_data"))
}

/// Results by area: a chart (with the same figures in a table) and a plain summary, then the plan.
#[component]
pub fn Results() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="results-heading">
            <h2 id="results-heading">{i18n.text("assessment.results")}</h2>
            <p>{i18n.text("assessment.profile_not_rank")}</p>
            <AreaChart />
            <AreaTable />
            <Findings />
            <ActionPlan />
        </section>
    }
}

/// The figures of each area in scope, in one plain sentence each.
#[component]
fn Findings() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    view! {
        <h2>{i18n.text("report.findings")}</h2>
        {move || summaries(&assess).into_iter().filter(|s| s.in_scope).map(|s| view! {
            <h3>{assess.text(&keys::page_title(&s.area))}</h3>
            <p>{i18n.fill("report.area_summary", &[
                ("yes", s.count(Status::Yes).to_string()),
                ("partly", s.count(Status::Partly).to_string()),
                ("no", s.count(Status::No).to_string()),
                ("dont_know", s.count(Status::DontKnow).to_string()),
                ("coverage", percent(s.coverage(), &i18n)),
                ("gap", percent(s.evidence_gap(), &i18n)),
            ])}</p>
        }).collect_view()}
    }
}

#[component]
fn AreaChart() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    // One bar per area in scope, each segment a count; drawn in SVG so it prints sharply.
    let rows = move || {
        summaries(&assess)
            .into_iter()
            .filter(|s| s.in_scope)
            .collect::<Vec<_>>()
    };
    view! {
        <figure class="chart">
            <svg role="img" aria-labelledby="chart-caption" viewBox=move || format!("0 0 1000 {}", rows().len() * 44 + 10) width="100%">
                {move || rows().into_iter().enumerate().map(|(n, s)| {
                    let y = n * 44 + 5;
                    let mut x = 0usize;
                    let total = s.questions.max(1);
                    let label = assess.text(&keys::page_title(&s.area));
                    let segments = SEGMENTS.iter().map(|(status, class)| {
                        let width = segment_count(&s, *status) * 600 / total;
                        let start = x;
                        x += width;
                        view! { <rect x=400 + start y=y + 8 width=width height="24" class=*class></rect> }
                    }).collect_view();
                    view! {
                        <g>
                            <text x="0" y=y + 26 class="chart-label">{assessment::shortened(&label, 38)}</text>
                            {segments}
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption id="chart-caption">{i18n.text("assessment.chart_caption")}</figcaption>
            <ul class="chart-legend">
                {SEGMENTS.iter().map(|(status, class)| {
                    let label = match status { Some(s) => scale_label(&assess, *s), None => i18n.t("assessment.unanswered") };
                    view! { <li><span class=format!("swatch {class}")></span>{label}</li> }
                }).collect_view()}
            </ul>
        </figure>
    }
}

#[component]
fn AreaTable() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    view! {
        <div class="table-scroll">
            <table class="area-table">
                <caption>{i18n.text("assessment.table_caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.text("assessment.area")}</th>
                        {SEGMENTS.iter().map(|(status, _)| {
                            let label = match status { Some(s) => scale_label(&assess, *s), None => i18n.t("assessment.unanswered") };
                            view! { <th scope="col">{label}</th> }
                        }).collect_view()}
                        <th scope="col">{i18n.text("assessment.coverage")}</th>
                        <th scope="col">{i18n.text("assessment.evidence_gap")}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || summaries(&assess).into_iter().map(|s| {
                        let title = assess.text(&keys::page_title(&s.area));
                        if !s.in_scope {
                            return view! { <tr><th scope="row">{title}</th><td colspan="8">{i18n.t("assessment.out_of_scope")}</td></tr> }.into_any();
                        }
                        view! {
                            <tr>
                                <th scope="row">{title}</th>
                                {SEGMENTS.iter().map(|(status, _)| view! { <td>{segment_count(&s, *status)}</td> }).collect_view()}
                                <td>{percent(s.coverage(), &i18n)}</td>
                                <td>{percent(s.evidence_gap(), &i18n)}</td>
                            </tr>
                        }.into_any()
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <p class="help">{i18n.text("assessment.figures_explained")}</p>
    }
}

/// Every "no" and "partly", priorities first, with the recommended action, standards and notes.
#[component]
pub fn ActionPlan() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let plan = move || {
        assess
            .questionnaire
            .with_value(|q| assess.file.with(|f| action_plan(q, f)))
    };
    view! {
        <section aria-labelledby="plan-heading" class="action-plan">
            <h2 id="plan-heading">{i18n.text("assessment.action_plan")}</h2>
            <Show when=move || !plan().is_empty() fallback=move || view! { <p>{i18n.t("assessment.plan_empty")}</p> }>
                <ol>
                    {move || plan().into_iter().map(|a| {
                        let item = assess.questionnaire.with_value(|q| q.item(&a.item).cloned());
                        let status = item.as_ref().map(|i| status_label(&assess, i, a.status)).unwrap_or_default();
                        let note = assess.file.with(|f| f.notes.get(&a.item).cloned());
                        view! {
                            <li class:priority=a.priority>
                                <p class="plan-area">{assess.text(&keys::page_title(&a.area))}</p>
                                <p class="plan-question"><strong>{assess.text(&keys::item_text(&a.item))}</strong></p>
                                <p>
                                    <span class="badge">{status}</span>
                                    {a.priority.then(|| view! { <span class="badge priority-badge">{i18n.t("assessment.priority")}</span> })}
                                </p>
                                <p><strong>{i18n.t("assessment.action")}</strong>" "{assess.text(&keys::item_action(&a.item))}</p>
                                <p class="plan-standards"><strong>{i18n.t("assessment.standards")}</strong>" "{assess.text(&keys::item_standards(&a.item))}</p>
                                {note.map(|n| view! { <p class="plan-note"><strong>{i18n.t("assessment.note")}</strong>" "{n}</p> })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </Show>
        </section>
    }
}

/// Last year's file beside this one: per area and per question, what changed.
#[component]
pub fn Review() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let load = Callback::new(move |text: String| {
        if let Some(file) = assess.read(&text) {
            assess.last_year.set(Some(file));
        }
    });
    let changes = move || {
        assess.last_year.with(|before| {
            before.as_ref().map(|b| {
                assess
                    .questionnaire
                    .with_value(|q| assess.file.with(|now| compare(q, b, now)))
            })
        })
    };
    let kinds = [
        (Change::Improved, "review.improved"),
        (Change::Worsened, "review.worsened"),
        (Change::StillOpen, "review.still_open"),
        (Change::Unchanged, "review.unchanged"),
        (Change::NotComparable, "review.not_comparable"),
    ];
    view! {
        <section aria-labelledby="review-heading">
            <h2 id="review-heading">{i18n.text("assessment.review")}</h2>
            <p>{i18n.text("review.explain")}</p>
            <FilePicker id="last-year-file" label="review.load" on_text=load />
            {move || changes().map(|list| {
                let before_saved = assess.last_year.with(|b| b.as_ref().map(|b| b.saved.chars().take(10).collect::<String>()).unwrap_or_default());
                view! {
                    <p class="notice">{i18n.fill("review.loaded", &[("date", before_saved)])}</p>
                    <ReviewByArea changes=list.clone() />
                    <ul class="review-counts">
                        {kinds.iter().map(|(kind, key)| {
                            let n = list.iter().filter(|c| c.change == *kind).count();
                            view! { <li>{i18n.fill(key, &[("count", n.to_string())])}</li> }
                        }).collect_view()}
                    </ul>
                    {kinds.iter().take(3).map(|(kind, key)| {
                        let items: Vec<_> = list.iter().filter(|c| c.change == *kind).cloned().collect();
                        (!items.is_empty()).then(|| view! {
                            <h3>{i18n.fill(key, &[("count", items.len().to_string())])}</h3>
                            <ul class="review-list">
                                {items.into_iter().map(|c| {
                                    let item = assess.questionnaire.with_value(|q| q.item(&c.item).cloned());
                                    let label = |s: Option<Status>| match (s, &item) { (Some(s), Some(i)) => status_label(&assess, i, s), _ => i18n.t("assessment.unanswered") };
                                    view! {
                                        <li>
                                            <span class="plan-area">{assess.text(&keys::page_title(&c.area))}</span>
                                            " · "
                                            {assess.text(&keys::item_text(&c.item))}
                                            " "
                                            <strong>{format!("{} → {}", label(c.before), label(c.after))}</strong>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        })
                    }).collect_view()}
                }
            })}
        </section>
    }
}

/// Per area: how many questions improved, worsened or are still open.
#[component]
fn ReviewByArea(changes: Vec<crate::engine::assessment::QuestionChange>) -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let columns = [
        (Change::Improved, "review.col_improved"),
        (Change::Worsened, "review.col_worsened"),
        (Change::StillOpen, "review.col_still_open"),
    ];
    view! {
        <div class="table-scroll">
            <table class="area-table">
                <caption>{i18n.t("review.by_area")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("assessment.area")}</th>
                        {columns.iter().map(|(_, key)| view! { <th scope="col">{i18n.t(key)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {areas(&assess).into_iter().map(|page| view! {
                        <tr>
                            <th scope="row">{assess.text(&keys::page_title(&page.id))}</th>
                            {columns.iter().map(|(kind, _)| {
                                let n = changes.iter().filter(|c| c.area == page.id && c.change == *kind).count();
                                view! { <td>{n}</td> }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Several parties' files on the same questionnaire: agreement and disagreement per question.
#[component]
pub fn Stakeholders() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let only_differences = RwSignal::new(true);
    let add = Callback::new(move |text: String| {
        if let Some(file) = assess.read(&text) {
            assess.parties.update(|p| p.push(file));
            assess.say(false, i18n.t("stakeholders.added"));
        }
    });
    // A party is named by its file's context answers (country, who assessed…), else by number.
    let party_name = move |n: usize| {
        let named = assess.parties.with(|p| {
            p.get(n)
                .map(|f| context_texts(&assess, f).join(" · "))
                .unwrap_or_default()
        });
        if named.is_empty() {
            i18n.fill("stakeholders.party", &[("n", (n + 1).to_string())])
        } else {
            named
        }
    };
    let positions = move || {
        assess
            .questionnaire
            .with_value(|q| assess.parties.with(|p| stakeholders(q, p)))
    };
    view! {
        <section aria-labelledby="stakeholders-heading">
            <h2 id="stakeholders-heading">{i18n.text("assessment.stakeholders")}</h2>
            <p>{i18n.text("stakeholders.explain")}</p>
            <FilePicker id="party-file" label="stakeholders.add" on_text=add />
            <ol class="parties">
                {move || (0..assess.parties.with(Vec::len)).map(|n| view! { <li>{party_name(n)}</li> }).collect_view()}
            </ol>
            <Show when=move || { assess.parties.with(|p| p.len() >= 2) }>
                <label class="option">
                    <input type="checkbox" prop:checked=move || only_differences.get() on:change=move |ev| only_differences.set(event_target_checked(&ev)) />
                    <span>{i18n.text("stakeholders.only_differences")}</span>
                </label>
                <p>{move || {
                    let differ = positions().iter().filter(|p| !p.agree).count();
                    i18n.fill("stakeholders.differ_count", &[("count", differ.to_string())])
                }}</p>
                <ul class="positions">
                    {move || positions().into_iter().filter(|p| !only_differences.get() || !p.agree).map(|p| {
                        let item = assess.questionnaire.with_value(|q| q.item(&p.item).cloned());
                        view! {
                            <li class:differ=!p.agree>
                                <p class="plan-area">{assess.text(&keys::page_title(&p.area))}</p>
                                <p><strong>{assess.text(&keys::item_text(&p.item))}</strong></p>
                                <ul>
                                    {p.answers.into_iter().enumerate().map(|(n, (status, note))| {
                                        let label = match (status, &item) { (Some(s), Some(i)) => status_label(&assess, i, s), _ => i18n.t("assessment.unanswered") };
                                        view! { <li><strong>{party_name(n)}</strong>": "{label}{note.map(|t| format!(" · {t}"))}</li> }
                                    }).collect_view()}
                                </ul>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

/// The whole report for print or PDF: cover, chart, findings by area, action plan, annex.
#[component]
pub fn Report() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let context = context_items(&assess);
    let answer_text = move |item: &Item| -> String {
        let words = answer_words(&assess, item);
        if words.is_empty() {
            "—".into()
        } else {
            words
        }
    };
    view! {
        <section aria-labelledby="report-heading" class="report">
            <h2 id="report-heading">{i18n.text("assessment.report")}</h2>
            <p class="no-print">{i18n.text("report.explain")}</p>
            <button type="button" class="primary no-print" on:click=move |_| crate::platform::print()>{i18n.text("result.print")}</button>
            <dl class="cover">
                {context.into_iter().map(|item| view! {
                    <dt>{assess.text(&keys::item_text(&item.id))}</dt>
                    <dd>{answer_text(&item)}</dd>
                }).collect_view()}
            </dl>
            <AreaChart />
            <AreaTable />
            <Findings />
            <ActionPlan />
            <h2>{i18n.text("report.annex")}</h2>
            {move || areas(&assess).into_iter().map(|page| view! {
                <h3>{assess.text(&keys::page_title(&page.id))}</h3>
                <ol class="annex">
                    {page.items.into_iter().map(|item| {
                        let status = assess.file.with(|f| f.status(&item.id)).map(|s| status_label(&assess, &item, s)).unwrap_or_else(|| i18n.t("assessment.unanswered"));
                        let note = assess.file.with(|f| f.notes.get(&item.id).cloned());
                        view! {
                            <li>
                                {assess.text(&keys::item_text(&item.id))}
                                " "<strong>{status}</strong>
                                {note.map(|n| view! { <p class="plan-note">{n}</p> })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }).collect_view()}
        </section>
    }
}

/// All answers and notes as a spreadsheet: area, question, answer, priority, note.
pub fn csv_export(assess: &Assess, i18n: &I18n) -> String {
    let mut rows = vec![vec![
        i18n.t("assessment.area"),
        i18n.t("csv.question_id"),
        i18n.t("csv.question"),
        i18n.t("csv.answer"),
        i18n.t("assessment.priority"),
        i18n.t("assessment.note"),
    ]];
    let pages: Vec<Page> = assess.questionnaire.with_value(|q| q.pages.clone());
    for page in pages {
        for item in &page.items {
            let answer = answer_words(assess, item);
            let (priority, note) = assess.file.with(|f| {
                (
                    f.priority.contains(&item.id),
                    f.notes.get(&item.id).cloned().unwrap_or_default(),
                )
            });
            rows.push(vec![
                assess.text(&keys::page_title(&page.id)),
                item.id.clone(),
                assess.text(&keys::item_text(&item.id)),
                answer,
                if priority {
                    i18n.t("csv.yes")
                } else {
                    String::new()
                },
                note,
            ]);
        }
    }
    crate::engine::assessment::csv(&rows)
}
