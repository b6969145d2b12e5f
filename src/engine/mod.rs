//! The engine: plain Rust with no web dependency, tested natively.

pub mod answers;
pub mod assessment;
pub mod data_file;
pub mod embed;
pub mod flow;
pub mod help;
pub mod language;
pub mod model;
pub mod numbers;
pub mod scoring;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;
pub mod validate;
