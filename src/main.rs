//! The self-test page (index.html) for a person who opens a test by its link (`?q=`): the
//! questionnaire's screens are in the main module; the start page, the result and the
//! standard-drink aside are split points, each a wasm of its own fetched when first shown
//! (scripts/wasm.mjs). The page's start-up picks this binary or the start page's
//! (src/bin/start.rs).

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods
)]

#[cfg(target_arch = "wasm32")]
#[path = "split_parts.rs"]
mod split_parts;

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::AnyView;
    use selfassess::selftest::draw;
    use selfassess::{Part, SplitLoaderError};
    use wasm_split_helpers::wasm_split;

    #[wasm_split(home, fallible, preload(home_ahead))]
    fn home() -> Result<AnyView, SplitLoaderError> {
        Ok(draw::home())
    }

    split_parts::mount(
        Part::Split {
            load: || Box::pin(home()),
            ahead: || Box::pin(home_ahead()),
        },
        Part::InMainModule(draw::questionnaire),
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("selfassess runs in the browser: use `scripts/serve.sh` (see README).");
}
