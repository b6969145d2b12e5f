//! Settings an embedding host passes in the URL: colours are checked, nonsense is ignored.

use selfassess::engine::embed::{accent, contrast, parse_colour};

#[test]
fn colours_are_hex_or_nothing() {
    assert_eq!(parse_colour("1F5F8B").as_deref(), Some("#1f5f8b"));
    assert_eq!(parse_colour("#abc").as_deref(), Some("#aabbcc"));
    for nonsense in [
        "",
        "red",
        "#12345",
        "1234567",
        "javascript:alert(1)",
        "12;background:url(x)",
        "ggg",
    ] {
        assert_eq!(parse_colour(nonsense), None, "{nonsense}");
    }
}

#[test]
fn an_accent_must_stay_readable() {
    assert_eq!(accent("1f5f8b"), Some(("#1f5f8b".into(), "#ffffff")));
    // Too light to read on white: refused, the app keeps its own colours.
    assert_eq!(accent("ffff00"), None);
    assert_eq!(accent("not a colour"), None);
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
}
