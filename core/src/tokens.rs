//! Splits text into word, number and punctuation tokens with byte offsets.
//!
//! Person and address detection work on tokens rather than characters: names are sequences of
//! words, and the context that marks them (titles, relation words, form labels) is words too.

use regex::{Match, Regex};

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with inner apostrophes or hyphens ("O'Neill", "Smith-Jones").
    Word,
    /// ASCII digits only.
    Number,
    /// Letters and digits mixed ("14a", "BN2").
    Alnum,
    /// One character that is none of the above and not whitespace.
    Punct,
}

/// A token: a byte range of the text and what precedes it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace comes right before this token.
    pub space_before: bool,
    /// A line break comes before this token (and after the previous one).
    pub newline_before: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Tokenises `text`. A possessive "'s" after a word is split off as punctuation plus a word, so
/// "Jade's" yields "Jade", "'", "s".
///
/// A word glued to a number, as in exports that lost their line breaks, is a token of its own:
/// "900123Zoë" yields "900123", "Zoë" and "Brighton07700" yields "Brighton", "07700" (see
/// [`splits_glued`]). Codes, ordinals and short suffixes stay whole ("BN2", "M25", "14a", "5th").
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    tokenize_with_breaks::<false>(text, &[])
}

/// [`tokenize`], with a token ending at each of the sorted byte offsets `breaks`, as if the text
/// on one side of it were punctuation.
fn tokenize_with_breaks<const BREAKS: bool>(text: &str, breaks: &[usize]) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut chars = text.char_indices().peekable();
    let (mut space, mut newline) = (false, false);
    let mut b = 0;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            space = true;
            newline |= c == '\n' || c == '\r';
            continue;
        }
        while BREAKS && b < breaks.len() && breaks[b] <= start {
            b += 1;
        }
        let next_break = if BREAKS && b < breaks.len() { breaks[b] } else { usize::MAX };
        let mut end = start + c.len_utf8();
        let kind = if c.is_alphanumeric() {
            let (mut letters, mut digits) = (!c.is_ascii_digit(), c.is_ascii_digit());
            // Where the current run of letters or of digits began, and what the last character was.
            let mut run = start;
            let (mut prev_digit, mut prev_upper) = (c.is_ascii_digit(), c.is_uppercase());
            while let Some(&(i, d)) = chars.peek() {
                if BREAKS && i == next_break {
                    break;
                }
                if d.is_ascii_lowercase() && !prev_digit {
                    // A word going on, the common case.
                    letters = true;
                    prev_upper = false;
                } else if d.is_alphanumeric() {
                    let digit = d.is_ascii_digit();
                    let upper = d.is_uppercase();
                    if digit != prev_digit {
                        if splits_glued(text, run, i) {
                            break;
                        }
                        run = i;
                    } else if upper && prev_upper && starts_lowercase_word(&text[i..]) {
                        // Capitals run into a capitalised word: "1ABFlat", "NHSEngland".
                        break;
                    }
                    letters |= !digit;
                    digits |= digit;
                    (prev_digit, prev_upper) = (digit, upper);
                } else if (is_apostrophe(d) || d == '-') && letters && !digits {
                    // Join "O'Neill" and "Smith-Jones", but not a possessive "'s" or a trailing mark.
                    let rest = &text[i + d.len_utf8()..];
                    let mut next = rest.chars();
                    match next.next() {
                        Some(n) if n.is_alphabetic() && i + d.len_utf8() != next_break => {
                            let possessive = is_apostrophe(d)
                                && (n == 's' || n == 'S')
                                && !next.next().is_some_and(char::is_alphanumeric);
                            if possessive {
                                break;
                            }
                        }
                        _ => break,
                    }
                    (prev_digit, prev_upper) = (false, false);
                } else {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            match (letters, digits) {
                (true, false) => Kind::Word,
                (false, true) => Kind::Number,
                _ => Kind::Alnum,
            }
        } else {
            Kind::Punct
        };
        tokens.push(Token { start, end, kind, space_before: space, newline_before: newline });
        space = false;
        newline = false;
    }
    tokens
}

/// Whether an alphanumeric token splits at byte `at`, between a run of letters and a run of
/// digits (`run` is where the run before `at` began): when the letters make a word, that is
/// three letters or more, or a capital and a lowercase letter ("900123|Zoë", "2010|Jade",
/// "Brighton|07700", "Jo|07700", "2010|MORRIS", "1900|hrs"), but not the suffix of an ordinal
/// or a time ("5th", "3pm"), nor the one or two capitals of a code ("BN2", "14A", "SW1A", "M25").
fn splits_glued(text: &str, run: usize, at: usize) -> bool {
    let word = |letters: &str| {
        let mut chars = letters.chars();
        match (chars.next(), chars.next(), chars.next()) {
            (Some(_), Some(_), Some(_)) => true,
            (Some(a), Some(b), None) => a.is_uppercase() && b.is_lowercase(),
            _ => false,
        }
    };
    if text.as_bytes()[at].is_ascii_digit() {
        // Letters, then digits.
        return word(&text[run..at]);
    }
    // Digits, then letters up to the next character that is not a letter.
    let rest = &text[at..];
    let len = rest.find(|c: char| !c.is_alphanumeric() || c.is_ascii_digit()).unwrap_or(rest.len());
    word(&rest[..len])
}

/// Whether `s` starts with a capital and then two lowercase letters ("Flat", "Zoë"), not a plural
/// of capitals ("GPs").
fn starts_lowercase_word(s: &str) -> bool {
    let mut chars = s.chars().skip(1);
    // Capitals going on ("MORRIS"), the common case, are rejected without decoding.
    if s.as_bytes().get(1).is_some_and(|&b| b.is_ascii() && !b.is_ascii_lowercase()) {
        return false;
    }
    chars.next().is_some_and(char::is_lowercase) && chars.next().is_some_and(char::is_lowercase)
}

/// The largest char boundary of `text` at or below byte `i` (clamped to the text).
pub(crate) fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Whether a structured identifier (a postcode, a date, an NHS or NI number) may start or end at
/// byte `at` of `text`. This is an ASCII word boundary, and also where digits and letters meet
/// ("900123|Zoë", "Brighton|07700", "BN2 1AB|943 476 5919") or a capitalised word is glued on
/// ("BN2 1AB|Flat", "Brighton|BN2 1AB"): exports that lost their line breaks run identifiers
/// into the text next to them. An underscore joins, as in `\b`.
pub(crate) fn glued_boundary(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let (Some(&a), Some(&b)) = (at.checked_sub(1).and_then(|i| bytes.get(i)), bytes.get(at)) else {
        return true;
    };
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    if !word(a) || !word(b) {
        return true;
    }
    if a == b'_' || b == b'_' {
        return false;
    }
    if a.is_ascii_digit() != b.is_ascii_digit() {
        return true;
    }
    // Two letters: a capital after a lowercase letter ("Brighton|BN2"), or a capital starting
    // a capitalised word ("1AB|Flat").
    b.is_ascii_uppercase()
        && (a.is_ascii_lowercase() || text[at + 1..].chars().next().is_some_and(char::is_lowercase))
}

/// Calls `accept` with each leftmost match of `re` in `text` that starts at a
/// [`glued_boundary`], as a pattern starting `(?-u:\b)` would; `accept` checks the rest and
/// returns where the identifier it took ends, or `None`. The search goes on from there, or after
/// a rejected match from the next boundary after its start, so a match rejected at its end cannot
/// hide one that starts inside it ("2019 07700 900123" first matches a phone at "019 0770...").
/// Groups are read off the match by the caller: the capturing engine costs more than the search.
pub(crate) fn glued_finds<'t>(
    re: &Regex,
    text: &'t str,
    mut accept: impl FnMut(&Match<'t>) -> Option<usize>,
) {
    glued_search(text, std::slice::from_ref(&(0..text.len())), |at, _| {
        let m = re.find_at(text, at)?;
        Some((m.start(), glued_boundary(text, m.start()).then(|| accept(&m)).flatten()))
    });
}

/// The search loop of [`glued_finds`], inside `windows` (ascending, disjoint byte ranges).
/// `step(at, to)` searches from `at` for a match ending by `to` and returns its start and,
/// when the match starts at a glued boundary and is taken, where the identifier taken ends.
pub(crate) fn glued_search(
    text: &str,
    windows: &[std::ops::Range<usize>],
    mut step: impl FnMut(usize, usize) -> Option<(usize, Option<usize>)>,
) {
    let mut at = 0;
    for w in windows {
        at = at.max(w.start);
        while at < w.end {
            let Some((start, taken)) = step(at, w.end) else { break };
            if let Some(end) = taken.filter(|&end| end > start) {
                at = end;
                continue;
            }
            at = start + 1;
            while at < text.len() && !(text.is_char_boundary(at) && glued_boundary(text, at)) {
                at += 1;
            }
        }
    }
}

/// The tokens of `text` again, ending at every start or end of a span of `spans` that lies
/// inside a token ("GuBN2 1AB", once the postcode is found, gives "Gu", "BN2"), or `None` when
/// none does. Names are looked for in these, so a word run into an identifier is seen as it will
/// be once the identifier next to it is masked.
pub(crate) fn split_at_spans(text: &str, tokens: &[Token], spans: &[crate::Span]) -> Option<Vec<Token>> {
    // Not between two letters of a word ("Pl|ácido", where a pattern's ASCII `\b` may end a
    // match), but where a digit meets a letter or a capital follows ("Gu|BN2", "1AB|Flat").
    let inside = |at: usize| {
        // Most spans start and end next to a space or a punctuation mark.
        let bytes = text.as_bytes();
        let joins = |b: u8| !b.is_ascii() || b.is_ascii_alphanumeric() || b == b'\'' || b == b'-';
        if at == 0 || at >= bytes.len() || !joins(bytes[at - 1]) || !joins(bytes[at]) {
            return false;
        }
        let i = tokens.partition_point(|t| t.end <= at);
        tokens.get(i).is_some_and(|t| t.start < at && at < t.end) && {
            let a = text[..at].chars().next_back().unwrap_or(' ');
            let b = text[at..].chars().next().unwrap_or(' ');
            a.is_ascii_digit() != b.is_ascii_digit() || !a.is_alphabetic() || !b.is_lowercase()
        }
    };
    let mut cuts: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).filter(|&at| inside(at)).collect();
    if cuts.is_empty() {
        return None;
    }
    cuts.sort_unstable();
    cuts.dedup();
    Some(tokenize_with_breaks::<true>(text, &cuts))
}

/// The shape of a word's letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// "Jade", "O'Neill", "McDonald".
    Capitalised,
    /// "MORRIS" (two letters or more).
    Upper,
    /// "jade".
    Lower,
    /// Anything else ("iPhone").
    Mixed,
}

pub(crate) fn case_of(word: &str) -> Case {
    // "al-Tamimi", "el-Amin", "bin-Laden": a lowercase particle joined to a capitalised name.
    if let Some(dash) = word.bytes().position(|b| b == b'-') {
        let (head, rest) = (&word[..dash], &word[dash + 1..]);
        if head.len() <= 3 && head.chars().all(char::is_lowercase) && case_of(rest) == Case::Capitalised {
            return Case::Capitalised;
        }
    }
    if word.is_ascii() {
        // Most words: no characters to decode.
        letters_case(
            word.bytes()
                .filter(u8::is_ascii_alphabetic)
                .map(|b| (b.is_ascii_uppercase(), b.is_ascii_lowercase())),
        )
    } else {
        letters_case(word.chars().filter(|c| c.is_alphabetic()).map(|c| (c.is_uppercase(), c.is_lowercase())))
    }
}

/// The case of a word from whether each of its letters is upper and lower case.
fn letters_case(mut letters: impl Iterator<Item = (bool, bool)>) -> Case {
    let Some((first_upper, _)) = letters.next() else { return Case::Mixed };
    let (mut upper, mut lower, mut n) = (0usize, 0usize, 1usize);
    for (is_upper, is_lower) in letters {
        n += 1;
        upper += usize::from(is_upper);
        lower += usize::from(is_lower);
    }
    shape(first_upper, n, upper, lower)
}

/// The case of a word from its first letter and the counts of the other `n - 1` letters.
fn shape(first_upper: bool, n: usize, upper: usize, lower: usize) -> Case {
    if first_upper {
        if n > 1 && lower == 0 {
            Case::Upper
        } else if upper == 0 || lower > upper {
            // "McDonald", "MacKenzie", "O'Neill-Smith" stay capitalised.
            Case::Capitalised
        } else {
            Case::Mixed
        }
    } else if upper == 0 {
        Case::Lower
    } else {
        Case::Mixed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII path agrees with the general one.
    #[test]
    fn ascii_case_agrees_with_unicode_case() {
        let by_chars = |w: &str| {
            letters_case(
                w.chars().filter(|c| c.is_alphabetic()).map(|c| (c.is_uppercase(), c.is_lowercase())),
            )
        };
        for w in [
            "Jade",
            "MORRIS",
            "jade",
            "iPhone",
            "McDonald",
            "O'Neill-Smith",
            "X",
            "x",
            "A1",
            "-",
            "",
            "'",
            "Ab-",
            "-Ab",
            "MacKenzie",
            "DeShawn",
        ] {
            assert_eq!(case_of(w), by_chars(w), "{w:?}");
        }
        assert_eq!(case_of("al-Tamimi"), Case::Capitalised);
        assert_eq!(case_of("bin-Laden"), Case::Capitalised);
        assert_eq!(case_of("el-AMIN"), Case::Mixed);
        assert_eq!(case_of("abcd-Efg"), Case::Mixed);
    }

    fn words(text: &str) -> Vec<(&str, Kind)> {
        tokenize(text).iter().map(|t| (t.text(text), t.kind)).collect()
    }

    #[test]
    fn joins_inner_apostrophes_and_hyphens_but_splits_possessives() {
        assert_eq!(
            words("O'Neill's Smith-Jones 14a, BN2"),
            [
                ("O'Neill", Kind::Word),
                ("'", Kind::Punct),
                ("s", Kind::Word),
                ("Smith-Jones", Kind::Word),
                ("14a", Kind::Alnum),
                (",", Kind::Punct),
                ("BN2", Kind::Alnum)
            ]
        );
        assert_eq!(
            words("Jade\u{2019}s"),
            [("Jade", Kind::Word), ("\u{2019}", Kind::Punct), ("s", Kind::Word)]
        );
    }

    #[test]
    fn splits_words_glued_to_numbers_but_not_codes() {
        assert_eq!(
            words("900123Zoë 2010Jade Brighton07700 Jo07700 2010MORRIS 1900hrs"),
            [
                ("900123", Kind::Number),
                ("Zoë", Kind::Word),
                ("2010", Kind::Number),
                ("Jade", Kind::Word),
                ("Brighton", Kind::Word),
                ("07700", Kind::Number),
                ("Jo", Kind::Word),
                ("07700", Kind::Number),
                ("2010", Kind::Number),
                ("MORRIS", Kind::Word),
                ("1900", Kind::Number),
                ("hrs", Kind::Word)
            ]
        );
        for whole in
            ["BN2", "14a", "5th", "21ST", "3pm", "SW1A", "M25", "2B", "x3", "GPs", "McDonald", "O'Neill"]
        {
            assert_eq!(words(whole).len(), 1, "{whole}");
        }
        assert_eq!(
            words("1ABFlat NHSEngland"),
            [
                ("1", Kind::Number),
                ("AB", Kind::Word),
                ("Flat", Kind::Word),
                ("NHS", Kind::Word),
                ("England", Kind::Word)
            ]
        );
    }

    #[test]
    fn glued_boundaries() {
        let at = |text: &str, i: usize| glued_boundary(text, i);
        // Word boundaries, digits meeting letters, and a glued capitalised word.
        assert!(at("a b", 1) && at("ab", 0) && at("ab", 2));
        assert!(at("123Zoë", 3) && at("Brighton07", 8) && at("1ABFlat", 3) && at("BrightonBN2", 8));
        // Not inside a word, a number or a code, nor at an underscore.
        assert!(!at("Jade", 2) && !at("2010", 2) && !at("BN2", 1) && !at("1ABC", 3) && !at("1ABjade", 3));
        assert!(!at("kayz_m", 4) && !at("kayz_m", 5) && !at("a_1", 2));
    }

    #[test]
    fn splits_tokens_at_spans_inside_them() {
        let text = "GuBN2 1AB and Jade";
        let tokens = tokenize(text);
        let span =
            |start, end| crate::Span { start, end, label: crate::Label::Postcode, score: 1.0, detector: "t" };
        assert!(split_at_spans(text, &tokens, &[span(2, 9)]).is_some());
        let split = split_at_spans(text, &tokens, &[span(2, 9)]).unwrap();
        let pieces: Vec<&str> = split.iter().map(|t| t.text(text)).collect();
        assert_eq!(pieces, ["Gu", "BN2", "1AB", "and", "Jade"]);
        assert!(!split[1].space_before && split[2].space_before);
        // Spans at token edges, or between two letters of a word ("Pl|ácido"), change nothing.
        assert!(split_at_spans(text, &tokens, &[span(14, 18)]).is_none());
        assert!(split_at_spans("Plácido", &tokenize("Plácido"), &[span(0, 2)]).is_none());
    }

    #[test]
    fn records_line_breaks() {
        let t = tokenize("a b\nc");
        assert!(!t[1].newline_before && t[1].space_before);
        assert!(t[2].newline_before);
    }

    #[test]
    fn word_shapes() {
        assert_eq!(case_of("Jade"), Case::Capitalised);
        assert_eq!(case_of("McDonald"), Case::Capitalised);
        assert_eq!(case_of("MORRIS"), Case::Upper);
        assert_eq!(case_of("jade"), Case::Lower);
        assert_eq!(case_of("Łukasz"), Case::Capitalised);
    }
}
