#[cfg(target_arch = "wasm32")]
fn main() {
    selfassess::mount(selfassess::pages::POLICY_ASSESSMENT);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the assessment runs in the browser: use `scripts/serve.sh` (see README).");
}
