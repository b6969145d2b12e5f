//! Embedding in another site: the settings a host page passes in the URL, checked so that nonsense
//! is ignored and nothing is ever injected.

/// A colour given as 3 or 6 hex digits (with or without `#`), as `#rrggbb`; anything else is None.
pub fn parse_colour(text: &str) -> Option<String> {
    let hex = text.trim().trim_start_matches('#');
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return None,
    };
    Some(format!("#{}", full.to_ascii_lowercase()))
}

fn channel(hex: &str, at: usize) -> f64 {
    let value = u8::from_str_radix(&hex[at..at + 2], 16).unwrap_or(0) as f64 / 255.0;
    if value <= 0.03928 {
        value / 12.92
    } else {
        ((value + 0.055) / 1.055).powf(2.4)
    }
}

/// WCAG relative luminance of a `#rrggbb` colour.
fn luminance(colour: &str) -> f64 {
    let hex = &colour[1..];
    0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 2) + 0.0722 * channel(hex, 4)
}

/// The WCAG contrast ratio between two `#rrggbb` colours.
pub fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

pub const WHITE: &str = "#ffffff";
pub const INK: &str = "#1b1f24";

/// An accent is used only if text on it (white or ink) and the accent on white both reach 4.5:1.
pub fn accent(text: &str) -> Option<(String, &'static str)> {
    let colour = parse_colour(text)?;
    let on_accent = if contrast(&colour, WHITE) >= contrast(&colour, INK) {
        WHITE
    } else {
        INK
    };
    (contrast(&colour, on_accent) >= 4.5 && contrast(&colour, WHITE) >= 4.5)
        .then_some((colour, on_accent))
}
