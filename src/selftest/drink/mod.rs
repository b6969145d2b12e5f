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
                <p>{i18n.fill("drink.grams", &[("grams", format_grams(g))])}</p>
                <ul class="drink-examples">
                    {DRINK_EXAMPLES
                        .iter()
                        .map(|d| view! {
                            <li>{i18n.fill(d.key, &[("ml", millilitres(g, d.abv).to_string()), ("abv", format_grams(d.abv))])}</li>
                        })
                        .collect_view()}
                </ul>
            })}
        </aside>
    }
}

/// One decimal at most, without float formatting (which would add to the wasm).
fn format_grams(value: f32) -> String {
    let tenths = (value * 10.0).round() as i64;
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, (tenths % 10).abs())
    }
}
