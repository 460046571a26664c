//! NHS_NUMBER, NI_NUMBER and PHONE: numbers with a national format.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::candidate;
use super::shapes::{digits, first_at_digits, letter, letter_before, separator, whole, Runs};
use super::windows::glued_finds_by;
use crate::tokens::glued_boundary;
use crate::{Label, Span};

// NHS and NI numbers may be run into the words or numbers next to them ("Brighton943 476 5919",
// "QQ 12 34 56 CJade"): `windows::glued_finds_by` and `glued_boundary` check where they start and
// end. Digits are ASCII (`[0-9]`): only those are counted and checked.

// The three shapes are matched by hand, not by regex: every match holds a run of digits, digits
// are a seventh of the bytes in the windows, and trying the few starts next to each run costs
// less than an automaton's scan of every byte. Each `*_at` function gives its regex's
// leftmost-first match anchored at `start` in the span `start..limit` (the regexes are in the
// tests, which compare the two on every span of thousands of texts).

/// NHS: ten digits, 3-3-4 with spaces or hyphens, or run together:
/// `[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}`.
fn nhs_at(b: &[u8], start: usize, limit: usize) -> Option<usize> {
    let i = digits(b, start, 3, limit)?;
    let i = digits(b, separator(b, i, limit), 3, limit)?;
    digits(b, separator(b, i, limit), 4, limit)
}

/// NI: two letters, three pairs of digits and a suffix letter, with spaces or hyphens:
/// `(?i)[A-Z][A-Z][ -]?[0-9]{2}[ -]?[0-9]{2}[ -]?[0-9]{2}(?:[ -]?[A-D])?`.
fn ni_at(b: &[u8], start: usize, limit: usize) -> Option<usize> {
    let i = letter(b, start, limit)?;
    let mut i = letter(b, i, limit)?;
    for _ in 0..3 {
        i = digits(b, separator(b, i, limit), 2, limit)?;
    }
    // The suffix, with its separator, or neither.
    let s = separator(b, i, limit);
    Some(if s < limit && matches!(b[s], b'A'..=b'D' | b'a'..=b'd') { s + 1 } else { i })
}

/// PHONE: a UK number starting +44, 0044 or 0, with spaces, hyphens and brackets (its digits
/// are counted afterwards):
/// `(?:(?:\+|00)44[ -]?(?:\(0\)[ -]?)?\(?|\(0|0)[0-9][0-9 \-)]{7,16}[0-9]`.
fn phone_at(b: &[u8], start: usize, limit: usize) -> Option<usize> {
    let has = |i: usize, lit: &[u8]| i + lit.len() <= limit && b[i..].starts_with(lit);
    match b.get(start) {
        Some(b'+') if has(start, b"+44") => phone_after_code(b, start + 3, limit),
        Some(b'(') if has(start, b"(0") => phone_tail(b, start + 2, limit),
        Some(b'0') if start < limit => {
            let code = has(start, b"0044").then(|| phone_after_code(b, start + 4, limit));
            code.flatten().or_else(|| phone_tail(b, start + 1, limit))
        }
        _ => None,
    }
}

/// What may follow "+44" or "0044" at `c`: `[ -]?(?:\(0\)[ -]?)?\(?` and the digits.
fn phone_after_code(b: &[u8], c: usize, limit: usize) -> Option<usize> {
    let has = |i: usize, lit: &[u8]| i + lit.len() <= limit && b[i..].starts_with(lit);
    // An optional "(" is taken when it is there: a digit must follow where it stands.
    let paren = |i: usize| if has(i, b"(") { i + 1 } else { i };
    let a = separator(b, c, limit);
    // "(0)" is tried first; without it, "(" and then "0)..." may still match.
    if has(a, b"(0)") {
        if let Some(end) = phone_tail(b, paren(separator(b, a + 3, limit)), limit) {
            return Some(end);
        }
    }
    phone_tail(b, paren(a), limit)
}

/// `[0-9][0-9 \-)]{7,16}[0-9]` at `x`: the longest such stretch (greedy), which a digit ends.
fn phone_tail(b: &[u8], x: usize, limit: usize) -> Option<usize> {
    if !(x < limit && b[x].is_ascii_digit()) {
        return None;
    }
    let body = x + 1;
    let stretch = b[body..limit.min(body + 17)]
        .iter()
        .take_while(|c| c.is_ascii_digit() || matches!(c, b' ' | b'-' | b')'))
        .count();
    (7..stretch).rev().find(|&n| b[body + n].is_ascii_digit()).map(|n| body + n + 1)
}

// The searches below give what `windows::Pattern::find_at` gives for the shape's regex: the
// leftmost match that starts at or after `from` and ends by `to`, searched again without that
// bound when it reaches `to`. They try starts in ascending order, and every start at which a
// match may begin.

/// An NHS number starts with three digits of a run.
fn find_nhs_at(b: &[u8], runs: &Runs, from: usize, to: usize) -> Option<Range<usize>> {
    first_at_digits(b, runs, from, to, nhs_at)
}

/// An NI number's first digit starts a run and fixes where its letters start (right before it,
/// or before a separator): of two matches, the one that starts first has its digits first, so
/// runs taken in order give starts in order.
fn find_ni_at(b: &[u8], runs: &Runs, from: usize, to: usize) -> Option<Range<usize>> {
    for r in runs.between(from, to) {
        let letters_end =
            if r.start > 0 && matches!(b[r.start - 1], b' ' | b'-') { r.start - 1 } else { r.start };
        let Some(start) = letter_before(b, letters_end).and_then(|l| letter_before(b, l)) else { continue };
        if start >= from {
            if let Some(end) = ni_at(b, start, to) {
                return whole(b, start, end, to, ni_at);
            }
        }
    }
    None
}

/// A phone number starts at a "0" of a run, or right before a run, at a "+" or "(".
fn find_phone_at(b: &[u8], runs: &Runs, from: usize, to: usize) -> Option<Range<usize>> {
    let at = |start: usize| phone_at(b, start, to).map(|end| whole(b, start, end, to, phone_at));
    for r in runs.between(from, to) {
        if r.start > from && matches!(b[r.start - 1], b'+' | b'(') {
            if let Some(m) = at(r.start - 1) {
                return m;
            }
        }
        let first = r.start.max(from);
        let mut zeros = b[first..r.end].iter().enumerate().filter(|(_, &c)| c == b'0');
        if let Some(m) = zeros.find_map(|(i, _)| at(first + i)) {
            return m;
        }
    }
    None
}

/// Words that, shortly before a run of ten digits, mark it as an NHS (or CHI, H&C) number.
static NHS_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:nhs|chi|h&c|h\s*&\s*c|health\s*(?:and|&)\s*care)(?-u:\b)").unwrap()
});

static NI_CONTEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:ni|nino|national\s+insurance)(?-u:\b)").unwrap());

/// Finds the numbers inside `digits`, the windows that can hold one (`super::digit_windows`).
#[inline(never)]
pub(crate) fn find(text: &str, digits: &[Range<usize>], runs: &Runs, out: &mut Vec<Span>) {
    find_nhs(text, digits, runs, out);
    find_ni(text, digits, runs, out);
    find_phones(text, digits, runs, out);
}

/// The NHS modulus 11 check (also used by Scotland's CHI number).
pub(crate) fn nhs_checksum_ok(digits: &[u8]) -> bool {
    if digits.len() != 10 {
        return false;
    }
    let sum: u32 = digits[..9].iter().enumerate().map(|(i, d)| u32::from(d - b'0') * (10 - i as u32)).sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return false,
        c => c,
    };
    u32::from(digits[9] - b'0') == check
}

fn context_before(text: &str, start: usize, context: &Regex, window: usize) -> bool {
    let mut from = start.saturating_sub(window);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    context.is_match(&text[from..start])
}

fn find_nhs(text: &str, digits: &[Range<usize>], runs: &Runs, out: &mut Vec<Span>) {
    let find = |at, to| find_nhs_at(text.as_bytes(), runs, at, to);
    glued_finds_by(text, digits, find, |m| {
        // Not part of a longer number written with the same separators ("0123 456 789 0123").
        let before = text[..m.start].chars().next_back();
        let after = text[m.end..].chars().next();
        // No word boundary is required before it ("Brighton943 476 5919"), but no digit either.
        if before.is_some_and(|c| c.is_ascii_digit() || c == '-' || c == '/' || c == '.' || c == '+')
            || after.is_some_and(|c| c == '-' || c == '/')
            || !glued_boundary(text, m.end)
        {
            return None;
        }
        let digits: Vec<u8> = text[m.clone()].bytes().filter(u8::is_ascii_digit).collect();
        if !nhs_checksum_ok(&digits) {
            return None;
        }
        let (s1, s2) = nhs_separators(&text[m.clone()]);
        let laid_out = !s1.is_empty() && s1 == s2;
        let context = context_before(text, m.start, &NHS_CONTEXT, 40);
        let score = match (laid_out, context) {
            (_, true) => 0.98,
            (true, false) => 0.9,
            // A bare run of ten digits passes the check one time in eleven: not enough alone.
            (false, false) => return None,
        };
        out.push(candidate(m.start, m.end, Label::NhsNumber, score, "nhs_number"));
        Some(m.end)
    });
}

/// The separators after the first and second groups of an `NHS` match ("" when run together):
/// read off the match, which is cheaper than asking the regex for its groups.
fn nhs_separators(s: &str) -> (&str, &str) {
    let sep = |at: usize| if s.as_bytes()[at].is_ascii_digit() { "" } else { &s[at..at + 1] };
    let s1 = sep(3);
    (s1, sep(6 + s1.len()))
}

fn find_ni(text: &str, digits: &[Range<usize>], runs: &Runs, out: &mut Vec<Span>) {
    let find = |at, to| find_ni_at(text.as_bytes(), runs, at, to);
    glued_finds_by(text, digits, find, |m| {
        // The groups, read off the match: two prefix letters, digits, and a suffix letter when
        // the match ends with one.
        let s = &text[m.clone()];
        let digits_end = m.start + s.bytes().rposition(|b| b.is_ascii_digit()).expect("NI digits") + 1;
        // A suffix letter run into a lowercase word is not one ("QQ 12 34 56 Cat"): without it
        // the number may still end after its digits.
        let (end, suffix) = if digits_end < m.end && glued_boundary(text, m.end) {
            (m.end, true)
        } else {
            (digits_end, false)
        };
        if !glued_boundary(text, end) {
            return None;
        }
        let number = &text[m.start..end];
        // The prefix is the first two characters: `(?i)[A-Z]` also takes "ſ" and the Kelvin sign,
        // which are more than one byte.
        let mut prefix_letters = s.chars().map(|c| c.to_ascii_uppercase().to_string());
        let p1 = prefix_letters.next().expect("NI prefix");
        let p2 = prefix_letters.next().expect("NI prefix");
        let prefix = format!("{p1}{p2}");
        let specimen = prefix == "QQ";
        let valid_letters = !"DFIQUV".contains(p1.as_str())
            && !"DFIOQUV".contains(p2.as_str())
            && !matches!(prefix.as_str(), "BG" | "GB" | "KN" | "NK" | "NT" | "TN" | "ZZ");
        if !(valid_letters || specimen) {
            return None;
        }
        let context = context_before(text, m.start, &NI_CONTEXT, 40);
        let upper = number.chars().all(|c| !c.is_lowercase());
        let score = match (suffix, context, upper) {
            (_, true, _) => 0.98,
            (true, false, true) => 0.95,
            (true, false, false) => 0.75,
            (false, false, true) => 0.6,
            (false, false, false) => return None,
        };
        out.push(candidate(m.start, end, Label::NiNumber, score, "ni_number"));
        Some(end)
    });
}

fn find_phones(text: &str, digits: &[Range<usize>], runs: &Runs, out: &mut Vec<Span>) {
    // A phone may follow a word directly ("Brighton07700 900123") but not a digit; a match
    // rejected for that ("2019 07700 900123" matches from the "0" of "2019") is searched again
    // from the next boundary, so it cannot hide the number after it.
    let find = |at, to| find_phone_at(text.as_bytes(), runs, at, to);
    glued_finds_by(text, digits, find, |m| {
        let s = &text[m.clone()];
        let international = s.starts_with('+') || s.starts_with("0044");
        // Skip the country code, then count national digits (a "(0)" after +44 does not count).
        let body_from = if s.starts_with('+') {
            3
        } else if international {
            4
        } else {
            0
        };
        let mut national = 0usize;
        let mut end = None;
        let mut in_zero_bracket = false;
        let bytes = s.as_bytes();
        for (i, &b) in bytes.iter().enumerate().skip(body_from) {
            if b == b'(' && bytes.get(i + 1) == Some(&b'0') && bytes.get(i + 2) == Some(&b')') {
                in_zero_bracket = true;
                continue;
            }
            if in_zero_bracket {
                if b == b')' {
                    in_zero_bracket = false;
                }
                continue;
            }
            if b.is_ascii_digit() {
                national += 1;
                let want = if international { 10 } else { 11 };
                if national == want {
                    end = Some(i + 1);
                    break;
                }
            }
        }
        let end = end?;
        // The number must not run on into more digits.
        let rest = &text[m.start + end..];
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let start = m.start;
        // "(07700 900187)": a bracket opened before a mobile number is not part of it.
        let start = if s.starts_with('(') && !s[..end].contains(')') { start + 1 } else { start };
        let span_text = &text[start..m.start + end];
        // "(01273) 123456" keeps its bracket; a stray ")" at the end is not part of the number.
        let trimmed_end = start + span_text.trim_end_matches([' ', '-', ')']).len();
        out.push(candidate(start, trimmed_end, Label::Phone, 0.9, "phone"));
        Some(trimmed_end)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Prefix letters that are more than one byte ("ſ" and the Kelvin sign match `(?i)[A-Z]`)
    /// are read as characters, not cut inside.
    #[test]
    fn multibyte_prefix_letters() {
        let text = "NI: \u{17F}A 12 34 56 C, \u{212A}Q 12 34 56 C";
        let tokens = crate::tokens::tokenize(text);
        let mut out = Vec::new();
        find(text, &crate::detect::digit_windows(&tokens), &Runs::of_tokens(text, &tokens), &mut out);
        let found: Vec<&str> = out.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(found, ["\u{17F}A 12 34 56 C"]);
    }

    use crate::detect::windows::Pattern;

    /// The patterns the shapes are written from.
    const NHS: &str = r"[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}";
    const NI: &str = r"(?i)[A-Z][A-Z][ -]?[0-9]{2}[ -]?[0-9]{2}[ -]?[0-9]{2}(?:[ -]?[A-D])?";
    const PHONE: &str = r"(?:(?:\+|00)44[ -]?(?:\(0\)[ -]?)?\(?|\(0|0)[0-9][0-9 \-)]{7,16}[0-9]";

    type Finder = fn(&[u8], &Runs, usize, usize) -> Option<Range<usize>>;

    const SHAPES: [(&str, Finder); 3] = [(NHS, find_nhs_at), (NI, find_ni_at), (PHONE, find_phone_at)];

    /// Random texts of the pieces national numbers are made of, and of multi-byte letters.
    fn texts(count: usize, words: usize, seed: u64) -> Vec<String> {
        let pieces = [
            "943",
            "476",
            "5919",
            "9434765919",
            "QQ",
            "Ab",
            "12",
            "34",
            "56",
            "7",
            "0",
            "00",
            "C",
            "d",
            "E",
            "+44",
            "0044",
            "44",
            "(0)",
            "(0",
            "(",
            ")",
            "07700",
            "900",
            "123",
            "(01273)",
            "-",
            "-",
            "+44 (0)",
            " ",
            " ",
            "  ",
            "\u{17F}",
            "\u{212A}",
            "\u{E9}",
            "x",
            "Jade",
            "\n",
            "/",
            ".",
        ];
        crate::detect::random_texts(&pieces, count, words, 3, seed)
    }

    /// Each shape finds what its regex finds, from every start to every end of a text.
    #[test]
    fn shapes_find_what_their_regexes_find() {
        let texts = texts(1500, 14, 0x9E37_79B9_7F4A_7C15);
        for (pattern, finder) in SHAPES {
            let found = crate::detect::shapes::compare::every_span(&Pattern::new(pattern), &texts, finder);
            assert!(found > 10_000, "{pattern}: {found}");
        }
    }

    /// In the digit windows of longer texts, the glued search sees the same matches with either
    /// search, whichever it turns down.
    #[test]
    fn glued_search_sees_what_the_regexes_give() {
        let texts = texts(2000, 40, 0x2545_F491_4F6C_DD1D);
        for (pattern, finder) in SHAPES {
            crate::detect::shapes::compare::glued(&Pattern::new(pattern), &texts, finder);
        }
    }

    #[test]
    fn separators_are_read_off_the_match() {
        assert_eq!(nhs_separators("943 476 5919"), (" ", " "));
        assert_eq!(nhs_separators("943-4765919"), ("-", ""));
        assert_eq!(nhs_separators("943476-5919"), ("", "-"));
        assert_eq!(nhs_separators("9434765919"), ("", ""));
    }

    #[test]
    fn modulus_11() {
        assert!(nhs_checksum_ok(b"9434765919"));
        assert!(!nhs_checksum_ok(b"9434765918"));
        assert!(!nhs_checksum_ok(b"123"));
    }
}
