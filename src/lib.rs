//! selfassess: questionnaires scored in the browser.
//! `engine` is plain Rust; the Leptos interface is built only for the browser.

// In the web code, a panic is a trap that stops the page (the release aborts at once): no unwrap,
// expect, indexing or expect_context there (clippy.toml; the one allowed is in `context`).
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods
)]

#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "the engine is tested natively, with unit, property and fuzz tests that would catch a \
              panic; the rule above is for the web code, which only browser tests reach"
)]
pub mod engine;

// The web code, by feature: app → {selftest, assessment, embed} → shared → engine
// (docs/ARCHITECTURE.md; tests/module_rule.rs keeps the rule).
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
mod assessment;
#[cfg(target_arch = "wasm32")]
mod embed;
#[cfg(target_arch = "wasm32")]
pub mod selftest;
#[cfg(target_arch = "wasm32")]
mod shared;

#[cfg(target_arch = "wasm32")]
pub use app::mount;
#[cfg(target_arch = "wasm32")]
pub use selftest::Parts;
#[cfg(target_arch = "wasm32")]
pub use shared::deferred::{Part, SplitLoaderError};
