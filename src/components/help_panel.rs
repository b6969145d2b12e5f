//! Where to get help: the person picks a country (pre-selected from the language, never from
//! location) and sees its emergency number and services.

use crate::app::Sitting;
use crate::data::DataCache;
use crate::engine::help::{default_country, localised, Country};
use crate::i18n::use_i18n;
use crate::platform::region_name;
use leptos::prelude::*;
use std::sync::Arc;

/// The countries (once loaded) and the one chosen, defaulting from the language.
pub fn use_country() -> (Memo<Vec<Country>>, Memo<Option<Country>>) {
    let i18n = use_i18n();
    let cache = expect_context::<DataCache>();
    let sitting = expect_context::<Sitting>();
    let countries = Memo::new(move |_| {
        cache
            .countries()
            .and_then(Result::ok)
            .map(Arc::unwrap_or_clone)
            .unwrap_or_default()
    });
    let chosen = Memo::new(move |_| {
        countries.with(|all| {
            let picked = sitting.country.get();
            picked
                .and_then(|code| all.iter().find(|c| c.country == code))
                .or_else(|| i18n.lang.with(|l| default_country(l, all)))
                .cloned()
        })
    });
    (countries, chosen)
}

#[component]
pub fn CountrySelect(id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let sitting = expect_context::<Sitting>();
    let (countries, chosen) = use_country();
    let options = move || {
        let lang = i18n.lang.get();
        let mut named: Vec<(String, String)> = countries
            .get()
            .into_iter()
            .map(|c| (region_name(&lang, &c.country), c.country))
            .collect();
        named.sort_unstable();
        named
    };
    let current =
        move || chosen.with(|c| c.as_ref().map(|c| c.country.clone()).unwrap_or_default());
    view! {
        <label for=id>{i18n.text("help.country")}</label>
        <select id=id prop:value=current on:change=move |ev| sitting.country.set(Some(event_target_value(&ev)))>
            <option value="" selected=move || chosen.with(Option::is_none)>{i18n.text("help.choose_country")}</option>
            {move || {
                options()
                    .into_iter()
                    .map(|(name, code)| {
                        let selected = { let code = code.clone(); move || current() == code };
                        view! { <option value=code selected=selected>{name}</option> }
                    })
                    .collect_view()
            }}
        </select>
    }
}

#[component]
pub fn HelpPanel() -> impl IntoView {
    let i18n = use_i18n();
    let (_, chosen) = use_country();
    view! {
        <section class="help-panel" aria-labelledby="help-heading">
            <h2 id="help-heading">{i18n.text("help.heading")}</h2>
            <p>{i18n.text("help.lead")}</p>
            <div class="field">
                <CountrySelect id="help-country" />
            </div>
            {move || chosen.get().map(|country| view! { <CountryHelp country=country /> })}
        </section>
    }
}

#[component]
fn CountryHelp(country: Country) -> impl IntoView {
    let i18n = use_i18n();
    let Country {
        emergency,
        ambulance,
        services,
        ..
    } = country;
    let emergency_line = {
        let emergency = emergency.clone();
        move || i18n.fill("help.emergency", &[("number", emergency.clone())])
    };
    view! {
        <p class="emergency">
            <strong>{emergency_line}</strong>
            " "
            <a href=format!("tel:{emergency}")>{i18n.text("help.call")}</a>
        </p>
        {ambulance.map(|number| {
            let line = { let number = number.clone(); move || i18n.fill("help.ambulance", &[("number", number.clone())]) };
            view! { <p>{line}</p> }
        })}
        <ul class="services">
            {services
                .into_iter()
                .map(|service| {
                    let offer = service.offer.clone();
                    let hours = service.hours.clone();
                    view! {
                        <li class="service">
                            <h3>{service.name.clone()}</h3>
                            <p>{move || i18n.lang.with(|l| localised(&offer, l).to_string())}</p>
                            {hours.map(|h| view! { <p class="hours">{move || i18n.lang.with(|l| localised(&h, l).to_string())}</p> })}
                            <p class="badges">
                                {service.anonymous.then(|| view! { <span class="badge">{i18n.text("help.anonymous")}</span> })}
                                {service.free.then(|| view! { <span class="badge">{i18n.text("help.free")}</span> })}
                            </p>
                            {service.phone.map(|phone| {
                                let dial: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
                                view! { <p><a href=format!("tel:{dial}")>{phone}</a></p> }
                            })}
                            {service.website.map(|site| view! {
                                <p><a href=site.clone() rel="noopener noreferrer" target="_blank">{site.clone()}</a></p>
                            })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
