//! What "a drink" means in the person's country: grams of alcohol, as amounts of drinks people know.

use crate::engine::help::{millilitres, DRINK_EXAMPLES};
use crate::shared::help::{use_country, CountrySelect};
use crate::shared::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn StandardDrink() -> impl IntoView {
    let i18n = use_i18n();
    let (_, chosen) = use_country();
    let grams = move || chosen.with(|c| c.as_ref().map(|c| c.standard_drink.grams));
    view! {
        <aside class="standard-drink" aria-labelledby="standard-drink-heading">
            <h2 id="standard-drink-heading">{i18n.text("drink.heading")}</h2>
            <div class="field">
                <CountrySelect id="drink-country" />
            </div>
            {move || grams().map(|g| view! {
                <p>{i18n.fill("drink.grams", &[("grams", i18n.number(f64::from(g), 1))])}</p>
                <ul class="drink-examples">
                    {DRINK_EXAMPLES
                        .iter()
                        .map(|d| view! {
                            <li>{i18n.fill(d.key, &[("ml", millilitres(g, d.abv).to_string()), ("abv", i18n.number(f64::from(d.abv), 1))])}</li>
                        })
                        .collect_view()}
                </ul>
            })}
        </aside>
    }
}
