#[cfg(target_arch = "wasm32")]
fn main() {
    selfassess::mount(selfassess::pages::SELF_TEST);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("selfassess runs in the browser: use `scripts/serve.sh` (see README).");
}
