//! The start page and the self-tests (index.html). The parts a person may never need (the start
//! page itself, the result, the standard-drink aside) are split points: scripts/wasm.mjs puts each
//! in a wasm of its own, fetched when first shown, so a self-test's first question loads less.
//! They are declared here, in the binary, so that the assessment's wasm does not carry them.

#[cfg(target_arch = "wasm32")]
mod split {
    use leptos::prelude::AnyView;
    use selfassess::pages::parts;
    use selfassess::SplitLoaderError;
    use wasm_split_helpers::wasm_split;

    #[wasm_split(home, fallible)]
    pub fn home() -> Result<AnyView, SplitLoaderError> {
        Ok(parts::home())
    }

    #[wasm_split(result, fallible, preload(result_ahead))]
    pub fn result() -> Result<AnyView, SplitLoaderError> {
        Ok(parts::result())
    }

    #[wasm_split(drink, fallible)]
    pub fn standard_drink() -> Result<AnyView, SplitLoaderError> {
        Ok(parts::standard_drink())
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    selfassess::mount(selfassess::pages::self_test(selfassess::Parts {
        home: || Box::pin(split::home()),
        result: || Box::pin(split::result()),
        standard_drink: || Box::pin(split::standard_drink()),
        result_ahead: || Box::pin(split::result_ahead()),
    }));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("selfassess runs in the browser: use `scripts/serve.sh` (see README).");
}
