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

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod context;
#[cfg(target_arch = "wasm32")]
mod data;
#[cfg(target_arch = "wasm32")]
mod i18n;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
mod platform;
#[cfg(target_arch = "wasm32")]
mod query;

#[cfg(target_arch = "wasm32")]
pub use app::mount;
#[cfg(target_arch = "wasm32")]
pub use components::deferred::{Part, Parts, SplitLoaderError};
