//! Splits text into word, number and punctuation tokens with byte offsets.
//!
//! Person and address detection work on tokens rather than characters: names are sequences of
//! words, and the context that marks them (titles, relation words, form labels) is words too.

use std::ops::{Range, RangeInclusive};

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
    /// Whether the token is the one ASCII character `c` (no string comparison).
    pub fn is(&self, text: &str, c: u8) -> bool {
        self.end == self.start + 1 && text.as_bytes()[self.start] == c
    }

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
pub(crate) fn tokenize_with_breaks<const BREAKS: bool>(text: &str, breaks: &[usize]) -> Vec<Token> {
    // Case notes have a token for every 4.6 bytes or so: room for them all, as a vector that
    // grows is copied.
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    scan::<BREAKS>(text, 0, (false, false), breaks, &mut tokens, |_| false);
    tokens
}

/// Tokenises `text` from byte `start`, where `flags` (space before, newline before) hold for the
/// first token, pushing tokens onto `out` until the text ends or `stop` says so of a token pushed.
/// The state between two tokens is only where the last one ended, so a scan that ends a token
/// where another scan did goes on as that one would.
#[inline(always)]
fn scan<const BREAKS: bool>(
    text: &str,
    mut start: usize,
    flags: (bool, bool),
    breaks: &[usize],
    out: &mut Vec<Token>,
    mut stop: impl FnMut(&Token) -> bool,
) {
    // Most text is ASCII: the class of a byte is looked up, with no decoding nor Unicode tables,
    // and most tokens are simple words, numbers and marks that need none of the rules.
    let bytes = text.as_bytes();
    let (mut space, mut newline) = flags;
    let mut b = 0;
    while start < bytes.len() {
        if bytes[start] == b' ' {
            // The space between words, the commonest byte of all.
            space = true;
            start += 1;
            continue;
        }
        let class = CLASSES[usize::from(bytes[start])];
        match class {
            Class::Space => {
                space = true;
                start += 1;
                continue;
            }
            Class::Newline => {
                (space, newline) = (true, true);
                start += 1;
                continue;
            }
            _ => {}
        }
        while BREAKS && b < breaks.len() && breaks[b] <= start {
            b += 1;
        }
        let next_break = if BREAKS && b < breaks.len() { breaks[b] } else { usize::MAX };
        let (end, kind) = match simple_token(bytes, start, class, next_break.min(bytes.len())) {
            Some(simple) => simple,
            None => {
                let c = char_at(text, start);
                if c.is_whitespace() {
                    space = true;
                    start += c.len_utf8();
                    continue;
                }
                general_token(text, start, c, class, next_break)
            }
        };
        out.push(Token { start, end, kind, space_before: space, newline_before: newline });
        if stop(&out[out.len() - 1]) {
            return;
        }
        space = false;
        newline = false;
        start = end;
    }
}

/// The end and kind of the token at `start`, of class `class`, when it has one of the common
/// shapes that need none of the rules of [`general_token`], or else `None`. `limit` is the end
/// of the text or the next break, whichever comes first. The shapes:
/// - an ASCII punctuation mark;
/// - an ASCII letter and then lowercase ones ("the", "Jade"), up to whitespace, punctuation
///   other than `'` and `-` (which may join more letters), or `limit`;
/// - ASCII capitals ("NHS", "MORRIS"), up to whitespace, such punctuation or the end of the text
///   (not a break, after which a capitalised word could start);
/// - ASCII digits ("07700"), up to whitespace, any punctuation or `limit`.
///
/// Inlined: a call for each token costs more than most tokens take.
#[inline(always)]
fn simple_token(bytes: &[u8], start: usize, class: Class, limit: usize) -> Option<(usize, Kind)> {
    let space_or_punct =
        |at: usize| matches!(CLASSES[usize::from(bytes[at])], Class::Space | Class::Newline | Class::Punct);
    match class {
        Class::Punct | Class::Joiner => Some((start + 1, Kind::Punct)),
        Class::Upper if start + 1 < limit && bytes[start + 1].is_ascii_uppercase() => {
            let end = run_end(bytes, start + 2, limit, b'A'..=b'Z');
            (end == bytes.len() || end < limit && space_or_punct(end)).then_some((end, Kind::Word))
        }
        Class::Lower | Class::Upper => {
            let end = run_end(bytes, start + 1, limit, b'a'..=b'z');
            (end == limit || space_or_punct(end)).then_some((end, Kind::Word))
        }
        Class::Digit => {
            let end = run_end(bytes, start + 1, limit, b'0'..=b'9');
            let ends =
                end == limit || space_or_punct(end) || CLASSES[usize::from(bytes[end])] == Class::Joiner;
            ends.then_some((end, Kind::Number))
        }
        Class::Space | Class::Newline | Class::NonAscii => None,
    }
}

/// The end and kind of the token at `start`, which begins with `c` of class `class` (not
/// whitespace), with a break at `next_break`: a punctuation mark, or letters and digits joined
/// by the rules of [`tokenize`].
fn general_token(text: &str, start: usize, c: char, class: Class, next_break: usize) -> (usize, Kind) {
    let bytes = text.as_bytes();
    // Where a run of lowercase letters or digits must stop so as not to pass the break.
    let limit = next_break.min(bytes.len());
    let mut end = start + c.len_utf8();
    let (alnum, upper) = alnum_upper(class, c);
    if !alnum {
        return (end, Kind::Punct);
    }
    let digit = class == Class::Digit;
    let (mut letters, mut digits) = (!digit, digit);
    // Where the current run of letters or of digits began, and what the last character was.
    let mut run = start;
    let (mut prev_digit, mut prev_upper) = (digit, upper);
    while end < bytes.len() {
        let i = end;
        if i == next_break {
            break;
        }
        let class = CLASSES[usize::from(bytes[i])];
        match class {
            Class::Lower if !prev_digit => {
                // A word going on: no rule applies inside its lowercase letters.
                end = run_end(bytes, i + 1, limit, b'a'..=b'z');
                letters = true;
                prev_upper = false;
                continue;
            }
            Class::Digit if prev_digit => {
                // A number going on: likewise.
                end = run_end(bytes, i + 1, limit, b'0'..=b'9');
                digits = true;
                prev_upper = false;
                continue;
            }
            // The usual end of a token.
            Class::Space | Class::Newline | Class::Punct => break,
            _ => {}
        }
        let d = char_at(text, i);
        let (alnum, upper) = alnum_upper(class, d);
        if alnum {
            let digit = class == Class::Digit;
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
    }
    let kind = match (letters, digits) {
        (true, false) => Kind::Word,
        (false, true) => Kind::Number,
        _ => Kind::Alnum,
    };
    (end, kind)
}

/// What an ASCII byte is to the tokenizer, or that it belongs to another character.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Lower,
    Upper,
    Digit,
    /// `'` and `-`, which may join letters ("O'Neill", "Smith-Jones").
    Joiner,
    /// The other ASCII characters that are not whitespace: a token each.
    Punct,
    /// ASCII whitespace other than line breaks (vertical tab included, unlike
    /// `u8::is_ascii_whitespace`, as in `char::is_whitespace`).
    Space,
    /// `\n` and `\r`.
    Newline,
    /// A byte of a character beyond ASCII, to decode.
    NonAscii,
}

/// The [`Class`] of each byte: one lookup instead of a chain of comparisons.
static CLASSES: [Class; 256] = {
    let mut classes = [Class::NonAscii; 256];
    let mut b = 0;
    while b < 0x80 {
        classes[b as usize] = match b {
            b'a'..=b'z' => Class::Lower,
            b'A'..=b'Z' => Class::Upper,
            b'0'..=b'9' => Class::Digit,
            b'\'' | b'-' => Class::Joiner,
            b' ' | b'\t' | b'\x0B' | b'\x0C' => Class::Space,
            b'\n' | b'\r' => Class::Newline,
            _ => Class::Punct,
        };
        b += 1;
    }
    classes
};

/// Whether `b` is ASCII whitespace to a pattern's `\s` and to the tokenizer (vertical tab too).
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(CLASSES[usize::from(b)], Class::Space | Class::Newline)
}

/// The character at byte `i` of `text`, a char boundary, decoded only when it is not ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> char {
    match text.as_bytes()[i] {
        byte @ 0..=0x7f => char::from(byte),
        _ => text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER),
    }
}

/// Whether `c`, whose first byte is of class `class`, is alphanumeric and whether it is uppercase;
/// Unicode tables are looked up only for characters beyond ASCII.
#[inline]
fn alnum_upper(class: Class, c: char) -> (bool, bool) {
    match class {
        Class::Lower | Class::Digit => (true, false),
        Class::Upper => (true, true),
        Class::NonAscii => (c.is_alphanumeric(), c.is_uppercase()),
        Class::Joiner | Class::Punct | Class::Space | Class::Newline => (false, false),
    }
}

/// The end of the run of bytes from `from` that are in `range` (of ASCII bytes), going no
/// further than `limit`.
#[inline(always)]
fn run_end(bytes: &[u8], from: usize, limit: usize, range: RangeInclusive<u8>) -> usize {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let (lo, hi) = (*range.start(), *range.end());
    debug_assert!(hi < 0x80);
    let mut i = from;
    // Eight bytes at a time while they fit before `limit`, so that most words take one step.
    // For each byte, the high bit of `inside` is set when the byte is in the range: adding
    // 0x80 - lo to its low seven bits sets the high bit when it is lo or more, adding 0x7f - hi
    // when it is more than hi, and neither sum carries into the next byte; `!word` leaves out
    // bytes beyond ASCII.
    while i + 8 <= limit {
        let word = u64::from_le_bytes(bytes[i..i + 8].try_into().expect("eight bytes"));
        let low = word & !HIGH;
        let at_least_lo = low + ONES * u64::from(0x80 - lo);
        let above_hi = low + ONES * u64::from(0x7f - hi);
        let inside = at_least_lo & !above_hi & !word & HIGH;
        if inside != HIGH {
            // The first byte outside, the lowest as the word is little-endian.
            return i + (!inside & HIGH).trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while i < limit && range.contains(&bytes[i]) {
        i += 1;
    }
    i
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
/// The char boundary just after the character at `i` (or the end of the text).
pub(crate) fn next_char(text: &str, i: usize) -> usize {
    text[i..].chars().next().map_or(text.len(), |c| i + c.len_utf8())
}

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

/// The search loop for identifiers that may be glued to their neighbours, inside `windows`
/// (ascending, disjoint byte ranges). `step(at, to)` searches from `at` for a match ending by
/// `to` and returns its start and, when the match starts at a [`glued_boundary`] (where a
/// pattern starting `(?-u:\b)` would) and is taken, where the identifier taken ends. The search
/// goes on from there, or after a rejected match from the next boundary after its start, so a
/// match rejected at its end cannot hide one that starts inside it ("2019 07700 900123" first
/// matches a phone at "019 0770..."). `windows::Pattern::glued_finds` uses it.
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
pub(crate) fn split_at_spans(text: &str, tokens: &[Token], spans: &[crate::Span]) -> Option<Split> {
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
    // Only the tokens around the cuts are tokenised again, from the token a cut is inside until
    // a new token ends where an old one did; the tokens between are copied. Tokenising a long
    // text again whole cost as much as the first time, as it almost always has a cut somewhere.
    let mut split = Split { tokens: Vec::with_capacity(tokens.len() + cuts.len()), redone: Vec::new(), cuts };
    let cuts = &split.cuts;
    let (mut next, mut c) = (0, 0);
    while c < cuts.len() {
        // Every cut is inside a token (`inside`), so this is the token holding cuts[c].
        let first = next + tokens[next..].partition_point(|t| t.end <= cuts[c]);
        split.tokens.extend_from_slice(&tokens[next..first]);
        let from = split.tokens.len();
        let t = tokens[first];
        let (mut old, mut met) = (first, false);
        scan::<true>(
            text,
            t.start,
            (t.space_before, t.newline_before),
            &cuts[c..],
            &mut split.tokens,
            |new| {
                while old < tokens.len() && tokens[old].end < new.end {
                    old += 1;
                }
                met = old < tokens.len() && tokens[old].end == new.end;
                met
            },
        );
        // Stopped at the end of tokens[old], or else at the end of the text.
        let last = split.tokens.last().map_or(0, |t| t.end);
        next = if met { old + 1 } else { tokens.len() };
        split.redone.push((from..split.tokens.len(), first..next));
        c += cuts[c..].partition_point(|&at| at < last);
    }
    split.tokens.extend_from_slice(&tokens[next..]);
    Some(split)
}

/// The tokens of a text cut at some places ([`split_at_spans`]): each of `redone` says that
/// `tokens[new]` took the place of the uncut tokens `old`; the other tokens are the uncut ones.
pub(crate) struct Split {
    pub tokens: Vec<Token>,
    pub redone: Vec<(Range<usize>, Range<usize>)>,
    /// Where the tokens were cut, in order.
    pub cuts: Vec<usize>,
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
    use proptest::prelude::*;

    /// The tokenizer as it was before its ASCII fast paths, kept to check them against: it walks
    /// the text a character at a time.
    fn reference_tokenize_with_breaks<const BREAKS: bool>(text: &str, breaks: &[usize]) -> Vec<Token> {
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

    /// Each token as a tuple (`Token` has no `PartialEq`).
    type Parts = (usize, usize, Kind, bool, bool);

    fn parts(tokens: &[Token]) -> Vec<Parts> {
        tokens.iter().map(|t| (t.start, t.end, t.kind, t.space_before, t.newline_before)).collect()
    }

    fn same_as_reference(text: &str, breaks: &[usize]) -> Result<(), TestCaseError> {
        prop_assert_eq!(
            parts(&tokenize(text)),
            parts(&reference_tokenize_with_breaks::<false>(text, &[])),
            "tokenize({:?})",
            text
        );
        prop_assert_eq!(
            parts(&tokenize_with_breaks::<true>(text, breaks)),
            parts(&reference_tokenize_with_breaks::<true>(text, breaks)),
            "tokenize_with_breaks({:?}, {:?})",
            text,
            breaks
        );
        Ok(())
    }

    /// Characters the tokenizer tells apart: ASCII and other letters of each case (titlecase "ǅ",
    /// "İ" that lowercases to two characters), ASCII and other digits, a combining mark, the
    /// joining marks, ASCII whitespace (vertical tab too, which `u8::is_ascii_whitespace` leaves
    /// out) and other whitespace, and an emoji; the spaces between groups make spaces common.
    const CHARS: &str =
        "abesz ABNSZ 0179 '\u{2019}-.,/@_`{[: \t\n\r\u{0B}\u{0C} éÓßǅİıωΩ \u{0663}\u{00B2}\u{2167} \
        \u{0301}\u{00A0}\u{0085}\u{2003}\u{3000}\u{1F600}\u{7F}";

    /// Pieces for the glued-word and possessive rules, and runs longer than the eight bytes
    /// [`run_end`] looks at at once.
    const WORDS: &[&str] = &[
        "'s",
        "'S",
        "Zoë",
        "NHS",
        "Flat",
        "England",
        "hrs",
        "Jo",
        "GPs",
        "07700",
        "2010",
        "BN2",
        "th",
        "international",
        "INTERNATIONAL",
        "12345678901234",
    ];

    /// Text made of [`CHARS`] and [`WORDS`], and break offsets at char boundaries of it.
    fn text_and_breaks() -> impl Strategy<Value = (String, Vec<usize>)> {
        let chars: Vec<String> = CHARS.chars().map(String::from).collect();
        let piece = prop_oneof![
            4 => prop::sample::select(chars),
            1 => prop::sample::select(WORDS).prop_map(String::from),
        ];
        let text = prop::collection::vec(piece, 0..40).prop_map(|p| p.concat());
        let picks = prop::collection::vec(any::<prop::sample::Index>(), 0..8);
        (text, picks).prop_map(|(text, picks)| {
            let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            let mut breaks: Vec<usize> = picks.iter().map(|p| bounds[p.index(bounds.len())]).collect();
            breaks.sort_unstable();
            breaks.dedup();
            (text, breaks)
        })
    }

    proptest! {
        // The default number of cases in the test suite; PROPTEST_CASES=20000 for a thorough run.
        #[test]
        fn tokens_match_the_reference((text, breaks) in text_and_breaks()) {
            same_as_reference(&text, &breaks)?;
        }

        #[test]
        fn tokens_of_any_text_match_the_reference(text in any::<String>()) {
            same_as_reference(&text, &[])?;
        }
    }

    /// Tricky texts, with no break, a break at each byte offset (inside a character too, which
    /// callers never pass), and a break at every char boundary.
    #[test]
    fn tokens_match_the_reference_on_edge_cases() {
        let texts = [
            "",
            " ",
            "a",
            "A",
            "AB",
            "NHS",
            "1",
            "O'Neill's Smith-Jones 14a, BN2",
            "Jade\u{2019}s Jade\u{2019}S Jade's. Jade'sa Jade'-x x-'y a-b- a' -a 'a",
            "900123Zoë 2010Jade Brighton07700 Jo07700 2010MORRIS 1900hrs 5th 21ST 3pm SW1A M25 2B x3",
            "1ABFlat NHSEngland GPs McDonald ABCdef ABÉcole NHSÉcole 1ǅa ǅǅa İİstanbul",
            "a\u{0B}b\u{0C}c\r\nd\u{0085}e\u{00A0}f\u{2003}g\u{3000}h\u{1F600}i\tj",
            "٣٣٣abc abc٣ 12٣ ٣12 x²y 1Ⅻ é1 1é 12éé 12ééé éé12 Ab12 Aé12 e\u{0301}12",
            "Smith-Jones2 O'Neill99 a-1 a'1 1-a 1'a a--b a''b a'\u{2019}b",
            "  \n\n  trailing space and marks ...!?  ",
            "internationally INTERNATIONALLY 0123456789012345 abcdefghijklmnopqrstuvwxyz{ `abcdefgh",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ[ @ABCDEFGH 0123456789/:01234567 Internationalé NHSENGLANDFlat",
            "abcdefgh abcdefghi ABCDEFGH ABCDEFGHI 12345678 123456789 Abcdefgh's abcdefghABCDEFGH123",
        ];
        for text in texts {
            let mut all = vec![];
            same_as_reference(text, &[]).unwrap();
            for at in 0..=text.len() + 1 {
                same_as_reference(text, &[at]).unwrap();
                if text.is_char_boundary(at) {
                    all.push(at);
                }
            }
            same_as_reference(text, &all).unwrap();
        }
    }

    /// [`run_end`], eight bytes at a time, agrees with a byte at a time, for every byte at every
    /// place, from and to various offsets.
    #[test]
    fn run_end_agrees_with_a_byte_at_a_time() {
        for range in [b'a'..=b'z', b'A'..=b'Z', b'0'..=b'9'] {
            for byte in 0..=u8::MAX {
                for at in 0..24 {
                    // The ends of the range, then `byte`.
                    let mut bytes: Vec<u8> =
                        (0..24).map(|i| if i % 2 == 0 { *range.start() } else { *range.end() }).collect();
                    bytes[at] = byte;
                    for (from, limit) in [(0, 24), (1, 24), (0, 17), (3, 11), (2, 10), (5, 5), (7, 4)] {
                        let one_at_a_time =
                            (from..limit).find(|&i| !range.contains(&bytes[i])).unwrap_or(limit.max(from));
                        assert_eq!(
                            run_end(&bytes, from, limit, range.clone()),
                            one_at_a_time,
                            "{range:?} {bytes:?} {from}..{limit}"
                        );
                    }
                }
            }
        }
    }

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
        let split = split_at_spans(text, &tokens, &[span(2, 9)]).unwrap().tokens;
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
