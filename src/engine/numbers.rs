//! Numbers and dates written from a language's own few rules, for a browser that has no data for
//! the language (Chrome has none for Macedonian); otherwise the browser's `Intl` writes them.

/// `value` with at most `decimals` decimals (0 to 3) and the language's decimal separator:
/// 8.5 → "8,5". Integer arithmetic only: float formatting would add to the wasm.
pub fn write_decimal(value: f64, decimals: u8, separator: &str) -> String {
    let scale = 10_i64.pow(u32::from(decimals.min(3)));
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, mut fraction) = (scaled.abs() / scale, scaled.abs() % scale);
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let mut digits = usize::from(decimals.min(3));
    while fraction % 10 == 0 {
        fraction /= 10;
        digits -= 1;
    }
    format!("{sign}{whole}{separator}{fraction:0digits$}")
}

/// The day of an ISO date-time ("2026-12-06T10:00:00Z") in a pattern such as
/// "{day}.{month}.{year}", without leading zeros; None if it does not start with an ISO date.
pub fn write_date(iso: &str, pattern: &str) -> Option<String> {
    let mut parts = iso.get(..10)?.split('-');
    let year: u32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(
        pattern
            .replace("{day}", &day.to_string())
            .replace("{month}", &month.to_string())
            .replace("{year}", &year.to_string()),
    )
}

/// The day of an ISO date-time ("2026-12-06T10:00:00Z" → "2026-12-06"); shorter text as it is.
pub fn iso_day(iso: &str) -> &str {
    iso.char_indices()
        .nth(10)
        .map_or(iso, |(end, _)| &iso[..end])
}
