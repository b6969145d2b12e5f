//! The split points both self-test binaries share (the result and the standard-drink aside),
//! included by src/main.rs and src/bin/start.rs. Not in the library: the assessment's wasm carries
//! no split point.

use leptos::prelude::AnyView;
use selfassess::selftest::draw;
use selfassess::{Part, Parts, SplitLoaderError};
use wasm_split_helpers::wasm_split;

#[wasm_split(result, fallible, preload(result_ahead))]
fn result() -> Result<AnyView, SplitLoaderError> {
    Ok(draw::result())
}

#[wasm_split(drink, fallible)]
fn standard_drink() -> Result<AnyView, SplitLoaderError> {
    Ok(draw::standard_drink())
}

/// Starts the self-test page with `home` and `questionnaire` as the binary holds them.
pub fn mount(home: Part, questionnaire: Part) {
    selfassess::mount(selfassess::app::builds::self_test(Parts {
        home,
        questionnaire,
        result: Part::Split {
            load: || Box::pin(result()),
            ahead: || Box::pin(result_ahead()),
        },
        standard_drink: || Box::pin(standard_drink()),
    }));
}
