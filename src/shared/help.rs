//! Where to get help: the person picks a country (pre-selected from the host's choice or the
//! browser's languages, never from location) and sees its crisis line, emergency number and
//! services, each number a tap-to-call link.

use crate::engine::help::{
    default_country, localised, tel_href, Contact, Country, CountryHints, CrisisLine, Localised,
};
use crate::engine::language::around_placeholder;
use crate::shared::context::context;
use crate::shared::data::DataCache;
use crate::shared::i18n::{use_i18n, I18n};
use crate::shared::platform::{browser_languages, intl_knows, region_name};
use crate::shared::state::{CatalogState, Visit};
use leptos::prelude::*;
use std::sync::Arc;

/// The countries (once loaded) and the one chosen, by default the one `default_country` offers.
pub fn use_country() -> (Memo<Vec<Country>>, Memo<Option<Country>>) {
    let i18n = use_i18n();
    let cache = context::<DataCache>();
    let visit = context::<Visit>();
    let catalog = context::<CatalogState>();
    let site_country = catalog.with_untracked(|c| c.site.country.clone()).flatten();
    let browser = browser_languages();
    let countries = Memo::new(move |_| {
        cache
            .countries()
            .and_then(Result::ok)
            .map(Arc::unwrap_or_clone)
            .unwrap_or_default()
    });
    let chosen = Memo::new(move |_| {
        countries.with(|all| {
            let picked = visit.country.get();
            picked
                .and_then(|code| all.iter().find(|c| c.country == code))
                .or_else(|| {
                    i18n.lang.with(|lang| {
                        let hints = CountryHints {
                            site: site_country.as_deref(),
                            browser: &browser,
                            app_language: lang,
                        };
                        default_country(hints, all)
                    })
                })
                .cloned()
        })
    });
    (countries, chosen)
}

#[component]
pub fn CountrySelect(id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let visit = context::<Visit>();
    let (countries, chosen) = use_country();
    let options = move || {
        let mut named: Vec<(String, String)> = countries
            .get()
            .into_iter()
            .map(|c| (country_name(&i18n, &c), c.country))
            .collect();
        named.sort_unstable();
        named
    };
    let current =
        move || chosen.with(|c| c.as_ref().map(|c| c.country.clone()).unwrap_or_default());
    view! {
        <label for=id>{i18n.text("help.country")}</label>
        <select id=id prop:value=current on:change=move |ev| visit.country.set(Some(event_target_value(&ev)))>
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
    let name = {
        let country = country.clone();
        move || {
            let place = country_name(&i18n, &country);
            i18n.fill("help.printed_country", &[("country", place)])
        }
    };
    let crisis = country.crisis_line.clone();
    let numbers = [Contact::Emergency, Contact::Ambulance]
        .into_iter()
        .map(|contact| view! { <ContactLine country=country.clone() contact=contact /> })
        .collect_view();
    view! {
        <p class="print-only">{name}</p>
        {crisis.map(|line| view! { <CrisisLineCard line=line /> })}
        {numbers}
        <ul class="services">
            {country.services
                .into_iter()
                .map(|service| {
                    let offer = service.offer.clone();
                    let hours = service.hours.clone();
                    view! {
                        <li class="service">
                            <h3>{service.name.clone()}</h3>
                            <p>{in_language(i18n, offer)}</p>
                            {hours.map(|h| view! { <p class="hours">{in_language(i18n, h)}</p> })}
                            <Badges anonymous=service.anonymous free=service.free />
                            {service.phone.map(|phone| view! { <p><a href=tel_href(&phone)>{phone.clone()}</a></p> })}
                            {service.website.map(|site| view! { <Website site=site /> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The crisis line in full, above the services: whom it is for, when, and how to reach it.
#[component]
fn CrisisLineCard(line: CrisisLine) -> impl IntoView {
    let i18n = use_i18n();
    let CrisisLine {
        offer,
        hours,
        website,
        anonymous,
        free,
        ..
    } = line.clone();
    view! {
        <div class="crisis-line">
            <h3>{i18n.text("help.crisis_heading")}</h3>
            <p class="contact"><CrisisLineLink line=line /></p>
            {offer.map(|o| view! { <p>{in_language(i18n, o)}</p> })}
            {hours.map(|h| view! { <p class="hours">{in_language(i18n, h)}</p> })}
            <Badges anonymous=anonymous free=free />
            {website.map(|site| view! { <Website site=site /> })}
        </div>
    }
}

/// "Name: number", the number a tap-to-call link.
#[component]
fn CrisisLineLink(line: CrisisLine) -> impl IntoView {
    let i18n = use_i18n();
    let name = line.name.clone();
    let template = move || {
        let name = i18n.lang.with(|l| localised(&name, l).to_string());
        i18n.fill("help.crisis_line", &[("name", name)])
    };
    view! { <Dial template=Signal::derive(template) number=line.phone /> }
}

/// One way to reach help, as a line whose number is a tap-to-call link; nothing when the country
/// has none of this kind.
#[component]
pub fn ContactLine(country: Country, contact: Contact) -> impl IntoView {
    let i18n = use_i18n();
    match contact {
        Contact::CrisisLine => country.crisis_line.map(|line| {
            let hours = line.hours.clone();
            view! {
                <p class="contact crisis">
                    <CrisisLineLink line=line />
                    {hours.map(|h| view! { " " <span class="hours">{in_language(i18n, h)}</span> })}
                </p>
            }
            .into_any()
        }),
        Contact::Emergency | Contact::Ambulance => country.number(contact).map(|number| {
            let key = if contact == Contact::Emergency {
                "help.emergency"
            } else {
                "help.ambulance"
            };
            view! {
                <p class="contact emergency">
                    <Dial template=Signal::derive(move || i18n.t(key)) number=number.to_string() />
                </p>
            }
            .into_any()
        }),
    }
}

/// A help file's text in the app's language (or English), kept up to date in a view.
fn in_language(i18n: I18n, text: Localised) -> impl Fn() -> String + Clone + Send + Sync {
    move || i18n.lang.with(|l| localised(&text, l).to_string())
}

/// A translated string whose `{number}` is a tap-to-call link.
#[component]
fn Dial(template: Signal<String>, number: String) -> impl IntoView {
    let href = tel_href(&number);
    let before = move || template.with(|t| around_placeholder(t, "number").0.to_string());
    let after = move || template.with(|t| around_placeholder(t, "number").1.to_string());
    // The number keeps its full stop beside it when the line wraps.
    view! { {before}<span class="dial"><a class="call" href=href>{number}</a>{after}</span> }
}

#[component]
fn Badges(anonymous: bool, free: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="badges">
            {anonymous.then(|| view! { <span class="badge">{i18n.text("help.anonymous")}</span> })}
            {free.then(|| view! { <span class="badge">{i18n.text("help.free")}</span> })}
        </p>
    }
}

#[component]
fn Website(site: String) -> impl IntoView {
    view! { <p><a href=site.clone() rel="noopener noreferrer" target="_blank">{site.clone()}</a></p> }
}

/// A country's name in the app's language: the browser's own, or the help file's where the browser
/// has no data for the language.
fn country_name(i18n: &I18n, country: &Country) -> String {
    let locale = i18n.locale();
    if !intl_knows(&locale) {
        if let Some(name) = i18n.lang.with(|lang| country.names.get(lang).cloned()) {
            return name;
        }
    }
    region_name(&locale, &country.country)
}
