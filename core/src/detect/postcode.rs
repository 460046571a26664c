//! POSTCODE: UK postcodes in every valid shape, upper or lower case, with or without the space.

use std::ops::Range;
#[cfg(test)]
use std::sync::LazyLock;

use super::candidate;
use super::shapes::{digits, letter, letter_before, Runs};
use super::windows::glued_finds_by;
#[cfg(test)]
use super::windows::Pattern;
use crate::tokens::glued_boundary;
use crate::{Label, Span};

/// Outward code (A9, A99, AA9, AA99, A9A, AA9A), optional space, inward code (digit + two letters
/// never C, I, K, M, O or V); or GIR 0AA. Where it may start and end is checked with
/// `glued_boundary`, so a postcode run into a word or a number ("BN2 1ABFlat 3",
/// "BN2 1AB943 476 5919", "BrightonBN2 1AB") is found.
/// Matched by hand ([`find_at`]); the tests compare the two.
#[cfg(test)]
static POSTCODE: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"(?i)(?:[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}|GIR ?0AA)"));

/// Finds the postcodes inside `digits`, the windows that can hold one (`super::digit_windows`);
/// `runs` are the runs of digits in them (`shapes::Runs`).
pub(crate) fn find(text: &str, digits: &[Range<usize>], runs: &Runs, out: &mut Vec<Span>) {
    // Matched by hand at the runs of digits ([`find_at`]), as the shapes in `shapes` are.
    glued_finds_by(
        text,
        digits,
        |at, to| find_at(text.as_bytes(), runs, at, to),
        |m| {
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
        },
    );
}

/// What `POSTCODE.find_at(text, at, to)` gives: the leftmost-first match that starts at or after
/// `at` and ends by `to`. `find_at` matches again without the bound a match that reaches `to`;
/// here there is nothing longer to find, as the pattern's choices exclude each other (two area
/// letters or one, a character after the first digit or not: only one can leave a digit and two
/// letters next), so at most one match starts at a position.
fn find_at(bytes: &[u8], runs: &Runs, at: usize, to: usize) -> Option<Range<usize>> {
    let b = &bytes[..to];
    // A match has one or two letters right before its first digit, or is "GIR 0AA": either way
    // a letter or a space comes before that digit, which so starts a run of digits. The starts
    // found from one run lie after the run before it, so they come in order.
    runs.between(at, to).filter(|r| r.start >= at).find_map(|r| {
        let d = r.start;
        let one = letter_before(b, d);
        let two = one.and_then(|one| letter_before(b, one));
        let gir = |p: usize| b[p..].len() >= 3 && b[p..p + 3].eq_ignore_ascii_case(b"GIR");
        let zero = b[d] == b'0';
        let gir_spaced = (zero && d >= 4 && b[d - 1] == b' ' && gir(d - 4)).then(|| d - 4);
        let gir_glued = (zero && d >= 3 && gir(d - 3)).then(|| d - 3);
        let mut starts = [gir_spaced, two, gir_glued, one];
        // Leftmost first (None, the absent ones, sort first and are skipped).
        starts.sort_unstable();
        starts.into_iter().flatten().filter(|&p| p >= at).find_map(|p| Some(p..match_at(b, p)?))
    })
}

/// The end of [`POSTCODE`]'s match at `p` in `b`, trying its choices in the regex's order of
/// preference: two area letters before one, the optional character, then the space.
fn match_at(b: &[u8], p: usize) -> Option<usize> {
    let n = b.len();
    if let Some(first) = letter(b, p, n) {
        for letters_end in [letter(b, first, n), Some(first)].into_iter().flatten() {
            let Some(x) = digits(b, letters_end, 1, n) else { continue };
            let extra = digits(b, x, 1, n).or_else(|| letter(b, x, n));
            for y in [extra, Some(x)].into_iter().flatten() {
                for z in [(b.get(y) == Some(&b' ')).then_some(y + 1), Some(y)].into_iter().flatten() {
                    let inward = digits(b, z, 1, n)
                        .and_then(|i| inward_letter(b, i))
                        .and_then(|i| inward_letter(b, i));
                    if inward.is_some() {
                        return inward;
                    }
                }
            }
        }
    }
    let gir = b.get(p..p + 3).is_some_and(|g| g.eq_ignore_ascii_case(b"GIR"));
    let spaced = gir && b.get(p + 3) == Some(&b' ');
    for q in [spaced.then_some(p + 4), gir.then_some(p + 3)].into_iter().flatten() {
        if b.get(q..q + 3).is_some_and(|z| z.eq_ignore_ascii_case(b"0AA")) {
            return Some(q + 3);
        }
    }
    None
}

/// `(?i)[ABD-HJLNP-UW-Z]` at `i` (an inward code's letters: never C, I, K, M, O or V; 'ſ' is an
/// "s", the Kelvin sign a "k"): where it ends, as `shapes::letter` gives.
fn inward_letter(b: &[u8], i: usize) -> Option<usize> {
    letter(b, i, b.len()).filter(|&end| {
        let c = b[i];
        end == i + 2 || end == i + 1 && !b"CIKMOVcikmov".contains(&c)
    })
}

/// [`find`] in the whole of `text`.
pub(crate) fn find_anywhere(text: &str, out: &mut Vec<Span>) {
    let all = 0..text.len();
    let whole = std::slice::from_ref(&all);
    find(text, whole, &Runs::of(text.as_bytes(), whole), out);
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

    /// The letters matched by hand are the letters the pattern's classes take, in all Unicode.
    #[test]
    fn letter_classes_are_the_patterns() {
        let any_letter = regex::Regex::new(r"(?i)^[A-Z]$").unwrap();
        let inward = regex::Regex::new(r"(?i)^[ABD-HJLNP-UW-Z]$").unwrap();
        let gir = regex::Regex::new(r"(?i)^[GIR0A]$").unwrap();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            let len = |n: usize| {
                if n > 0 {
                    assert_eq!(n, s.len(), "{c:?}");
                    true
                } else {
                    false
                }
            };
            let b = s.as_bytes();
            assert_eq!(letter(b, 0, b.len()).is_some_and(len), any_letter.is_match(&s), "{c:?}");
            assert_eq!(letter_before(b, b.len()) == Some(0), any_letter.is_match(&s), "{c:?}");
            assert_eq!(inward_letter(b, 0).is_some_and(len), inward.is_match(&s), "{c:?}");
            assert_eq!(gir.is_match(&s), c.is_ascii() && b"GIR0Agir0a".contains(&(c as u8)), "{c:?}");
        }
    }

    /// By hand as by the regex: every start and end of random texts, and the glued search in
    /// the digit windows.
    #[test]
    fn by_hand_is_the_regex() {
        let pieces = [
            "BN2", "1AB", "bn", "2", "1", "ab", "W1A", "0AA", "GIR", "gir", "SW1A", "C", "I", "K", "\u{17F}",
            "\u{212A}", "é", "X", "Q", "Z", "99", "Flat", " ", "\n", "-", "0",
        ];
        let texts = crate::detect::random_texts(&pieces, 3000, 8, 6, 0x7f4a_7c15_9e37_79b9);
        let finder = |b: &[u8], runs: &Runs, at, to| find_at(b, runs, at, to);
        let found = crate::detect::shapes::compare::every_span(&POSTCODE, &texts, finder);
        assert!(found > 15_000, "{found}");
        crate::detect::shapes::compare::glued(&POSTCODE, &texts, finder);
    }
}
