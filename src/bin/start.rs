//! The self-test page (index.html) for a person who comes to its start page (no `?q=`): the start
//! page is in the main module; a questionnaire's screens, the result and the standard-drink aside
//! are split points (scripts/wasm.mjs). Two binaries, because code in a part costs about a sixth
//! more than in the main module: each way in loads what it shows first without that cost.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods
)]

#[cfg(target_arch = "wasm32")]
#[path = "../split_parts.rs"]
mod split_parts;

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::AnyView;
    use selfassess::selftest::draw;
    use selfassess::{Part, SplitLoaderError};
    use wasm_split_helpers::wasm_split;

    #[wasm_split(questionnaire, fallible, preload(questionnaire_ahead))]
    fn questionnaire() -> Result<AnyView, SplitLoaderError> {
        Ok(draw::questionnaire())
    }

    split_parts::mount(
        Part::InMainModule(draw::home),
        Part::Split {
            load: || Box::pin(questionnaire()),
            ahead: || Box::pin(questionnaire_ahead()),
        },
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("selfassess runs in the browser: use `scripts/serve.sh` (see README).");
}
