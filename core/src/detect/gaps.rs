//! Fixed-shape numbers with two or more spaces between their parts ("BN2  1AB", "07700  900123",
//! "943  476  5919"): fixed-width exports pad a short outward code to four characters ("B1  1AA"),
//! and typists double a space. The shapes take one space between parts; a run of spaces can
//! not simply be read as one everywhere, since forms and tables align their columns with them.
//! So only the lines with a run of spaces between a digit and a letter or digit are read again
//! by the NHS, NI, phone and postcode finders, as copies with each such run one space, and the
//! numbers found across a run are mapped back.

use std::ops::Range;

use super::spaces::Shifts;
use super::{digit_windows, national, postcode, shapes::Runs};
use crate::tokens::tokenize;
use crate::Span;

/// The NHS, NI, phone numbers and postcodes of `text` that hold a run of spaces between a
/// digit and a letter or digit.
pub(crate) fn find(text: &str, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let mut line_end = 0;
    for run in memchr::memmem::find_iter(b, b"  ") {
        if run < line_end || !is_gap(b, run) {
            continue;
        }
        let start = memchr::memrchr(b'\n', &b[..run]).map_or(0, |i| i + 1);
        line_end = memchr::memchr(b'\n', &b[run..]).map_or(b.len(), |i| run + i);
        find_in_line(text, start..line_end, out);
    }
}

/// Whether the run of spaces that starts at `at` (two or more) lies between a digit and a letter
/// or digit, either way round.
fn is_gap(b: &[u8], at: usize) -> bool {
    let end = at + b[at..].iter().take_while(|&&c| c == b' ').count();
    let (Some(&before), Some(&after)) = (at.checked_sub(1).map(|i| &b[i]), b.get(end)) else { return false };
    before.is_ascii_alphanumeric()
        && after.is_ascii_alphanumeric()
        && (before.is_ascii_digit() || after.is_ascii_digit())
}

/// The numbers across a gap in the line `line` of `text`.
fn find_in_line(text: &str, line: Range<usize>, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    // The copy, with each gap one space, and the way back to the line's positions.
    let mut copy = String::with_capacity(line.len());
    let mut closed = Shifts::default();
    let mut at = line.start;
    while at < line.end {
        if b[at] == b' ' && at + 1 < line.end && b[at + 1] == b' ' && is_gap(b, at) {
            let run = b[at..line.end].iter().take_while(|&&c| c == b' ').count();
            closed.replaced(copy.len(), run);
            copy.push(' ');
            at += run;
        } else {
            let c = text[at..].chars().next().expect("a character");
            copy.push(c);
            at += c.len_utf8();
        }
    }
    let original = |p: usize| line.start + closed.original(p);
    let tokens = tokenize(&copy);
    let digits = digit_windows(&tokens);
    let runs = Runs::of_tokens(&copy, &tokens);
    let mut found = Vec::new();
    national::find(&copy, &digits, &runs, &mut found);
    postcode::find(&copy, &digits, &runs, &mut found);
    for s in found {
        // Only what lies across a closed gap is new.
        if closed.any_inside(s.start, s.end) {
            out.push(Span { start: original(s.start), end: original(s.end), ..s });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, crate::Label)> {
        let mut out = Vec::new();
        find(text, &mut out);
        out.iter().map(|s| (&text[s.start..s.end], s.label)).collect()
    }

    #[test]
    fn numbers_across_runs_of_spaces_are_found_in_the_original() {
        use crate::Label::*;
        assert_eq!(found("Lives at B1  1AA now"), [("B1  1AA", Postcode)]);
        assert_eq!(
            found("Moved to BN2   1AB.\nMobile 07700  900123"),
            [("BN2   1AB", Postcode), ("07700  900123", Phone)]
        );
        assert!(found("NHS no 943  476  5919 and NI QQ  12 34 56 C").contains(&("943  476  5919", NhsNumber)));
        // Zoë before the gap: the copy's positions map back past a character of two bytes.
        assert_eq!(found("Zoë at  BN2  1AB"), [("BN2  1AB", Postcode)]);
    }

    #[test]
    fn numbers_without_a_gap_and_columns_are_left_to_the_rest() {
        // One space: the ordinary finders have it; a column gap between a label and a value.
        assert!(found("Lives at BN2 1AB now").is_empty());
        assert!(found("Postcode:    BN2 1AB\nName      Jade").is_empty());
        assert!(found("27.04.23  Enyonam moved to a new placement").is_empty());
    }
}
