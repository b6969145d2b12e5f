//! The notes a result's answers call for (urgent ones first), with the numbers to call.

use crate::engine::help::Contact;
use crate::engine::model::keys;
use crate::engine::scoring::notes;
use crate::selftest::session::use_session;
use crate::shared::help::{use_country, ContactLine};
use crate::shared::i18n::use_i18n;
use leptos::prelude::*;

/// Feedback on what the person told us; urgent notes come first. Each note is followed by the
/// numbers its data asks for, as far as the chosen country has them.
#[component]
pub(super) fn Notes(urgent: bool) -> impl IntoView {
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
