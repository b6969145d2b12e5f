#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::disallowed_methods
)]
#[cfg(target_arch = "wasm32")]
fn main() {
    selfassess::mount(selfassess::app::builds::POLICY_ASSESSMENT);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the assessment runs in the browser: use `scripts/serve.sh` (see README).");
}
