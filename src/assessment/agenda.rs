//! The agenda of disagreements as a page to print for the next meeting: who takes part, grouped
//! by side, then every question on which the parties differ, major disagreements first.

use super::labels::*;
use super::stakeholders::{agenda, party_label, PositionItem};
use super::state::{use_assess, Section};
use crate::engine::assessment::party_groups;
use crate::shared::i18n::use_i18n;
use crate::shared::platform;
use leptos::prelude::*;

#[component]
pub fn Agenda() -> impl IntoView {
    let assess = use_assess();
    let i18n = use_i18n();
    let groups = assess.parties.with(|p| party_groups(p));
    let items = agenda(&assess);
    let today = i18n.date(&platform::now_iso());
    view! {
        <section aria-labelledby="agenda-heading" class="report agenda">
            <h2 id="agenda-heading">{i18n.text("stakeholders.agenda_heading")}</h2>
            <div class="nav-buttons no-print">
                <button type="button" class="secondary" on:click=move |_| assess.go(Section::Stakeholders)>{i18n.text("stakeholders.back")}</button>
                <button type="button" class="primary" on:click=move |_| platform::print()>{i18n.text("result.print")}</button>
            </div>
            <p>{today}</p>
            <p class="limits">{i18n.text("report.limits")}</p>
            <p>{i18n.text("stakeholders.agenda_intro")}</p>
            <h3>{i18n.text("parties.heading")}</h3>
            {groups.into_iter().map(|(side, members)| view! {
                <p class="side">{i18n.t(side_key(side))}</p>
                <ul class="side-answers">
                    {members.into_iter().map(|n| view! { <li>{party_label(&assess, n)}</li> }).collect_view()}
                </ul>
            }).collect_view()}
            {items.is_empty().then(|| view! { <p>{i18n.text("stakeholders.no_disagreement")}</p> })}
            <ol class="positions">
                {items.into_iter().map(|p| view! { <PositionItem position=p /> }).collect_view()}
            </ol>
        </section>
    }
}
