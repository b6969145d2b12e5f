//! Reading a context that the shell, or the screen around, provides.

use leptos::prelude::*;

/// The context of type `T`. The one place that allows `expect_context` (denied elsewhere by
/// clippy.toml): every context is provided by the shell or the screen above before anything that
/// reads it is drawn, so a missing one is a mistake in the code's structure that every browser
/// test would hit; should one ever reach a person, the trap it causes is caught by the start-up
/// script, which says so and offers a reload and a quick exit.
#[allow(
    clippy::disallowed_methods,
    reason = "provided before use by construction; a failure is caught by the crash message"
)]
pub fn context<T: Clone + 'static>() -> T {
    expect_context::<T>()
}
