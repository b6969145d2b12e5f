//! selfassess: questionnaires scored in the browser.
//! `engine` is plain Rust; the Leptos interface is built only for the browser.

pub mod engine;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
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
