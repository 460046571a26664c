//! POSTCODE: UK postcodes in every valid shape, upper or lower case, with or without the space.

use std::ops::Range;
use std::sync::LazyLock;

use super::candidate;
use super::windows::Pattern;
use crate::tokens::glued_boundary;
use crate::{Label, Span};

/// Outward code (A9, A99, AA9, AA99, A9A, AA9A), optional space, inward code (digit + two letters
/// never C, I, K, M, O or V); or GIR 0AA. Where it may start and end is checked with
/// `glued_boundary`, so a postcode run into a word or a number ("BN2 1ABFlat 3",
/// "BN2 1AB943 476 5919", "BrightonBN2 1AB") is found.
static POSTCODE: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"(?i)(?:[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}|GIR ?0AA)"));

/// Finds the postcodes inside `digits`, the windows that can hold one (`super::digit_windows`).
pub(crate) fn find(text: &str, digits: &[Range<usize>], out: &mut Vec<Span>) {
    POSTCODE.glued_finds(text, digits, |m| {
        if !glued_boundary(text, m.end) {
            return None;
        }
        let s = &text[m.clone()];
        // The area letters, read off the match: one or two letters before the first digit (more
        // is "GIR 0AA"). Counted as characters: `(?i)[A-Z]` also takes "ſ" and the Kelvin sign.
        let area = &s[..s.find(|c: char| c.is_ascii_digit()).expect("a postcode digit")];
        let score = if area.chars().count() <= 2 {
            let area = area.to_ascii_uppercase();
            let mut letters = area.chars();
            let first = letters.next().unwrap();
            // Area letters: the first is never Q, V or X; a second is never I, J or Z.
            if "QVX".contains(first) || letters.next().is_some_and(|c| "IJZ".contains(c)) {
                return None;
            }
            let upper = s.chars().all(|c| !c.is_lowercase());
            let spaced = s.contains(' ');
            match (upper, spaced) {
                (true, true) => 0.97,
                (true, false) | (false, true) => 0.85,
                (false, false) => 0.7,
            }
        } else {
            0.97
        };
        out.push(candidate(m.start, m.end, Label::Postcode, score, "postcode"));
        Some(m.end)
    });
}

/// [`find`] in the whole of `text`.
pub(crate) fn find_anywhere(text: &str, out: &mut Vec<Span>) {
    find(text, std::slice::from_ref(&(0..text.len())), out);
}

/// Whether `s` is exactly one postcode.
pub(crate) fn is_postcode(s: &str) -> bool {
    let mut found = Vec::new();
    let s = s.trim();
    find_anywhere(s, &mut found);
    found.len() == 1 && found[0].start == 0 && found[0].end == s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The area is the characters before the first digit: "ſ" and the Kelvin sign, which
    /// `(?i)[A-Z]` takes, are read whole, not cut inside; "GIR 0AA" has no area letters to check.
    #[test]
    fn area_letters_are_characters() {
        let text = "at \u{17F}W1A 1AA or \u{212A}T1 1AA, GIR 0AA, BN2 1AB, QA1 1AA";
        let mut out = Vec::new();
        find_anywhere(text, &mut out);
        let found: Vec<(&str, f32)> = out.iter().map(|s| (&text[s.start..s.end], s.score)).collect();
        assert_eq!(
            found,
            [("\u{17F}W1A 1AA", 0.85), ("\u{212A}T1 1AA", 0.97), ("GIR 0AA", 0.97), ("BN2 1AB", 0.97)]
        );
    }
}
