//! CASE_NUMBER: numbers introduced by case/ref/ID wording, reference-shaped tokens
//! (SW/2021/00341, CS-2019-004512), Family Court numbers, UPNs, long bare numbers, and the
//! caller's own patterns.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::LazyLock;

use regex_automata::{meta, Anchored, Input};

use super::candidate;
use super::windows::{add_window, glued_finds_by, Pattern};
use crate::tokens::{floor_char_boundary, next_char, Kind, Token};
use crate::{Error, Label, Span};

/// Wording that introduces a reference, then the reference itself (group 1).
static KEYWORD: LazyLock<Pattern> = LazyLock::new(|| Pattern::new(&keyword_pattern()));

/// The KEYWORD pattern, its wordings taken from [`KEYWORD_WORDS`] and [`KEYWORD_SUFFIXES`], which
/// the reading by hand (`keyword_reference`) tries in the same order.
fn keyword_pattern() -> String {
    let alternatives = |words: &[&str]| -> String {
        let escaped = words.iter().map(|w| w.replace('.', r"\.").replace(' ', r"\s+"));
        escaped.collect::<Vec<_>>().join("|")
    };
    format!(
        r"(?i)(?-u:\b)(?:{})(?:\s*(?:{})(?-u:\b))?\.?\s*(?:[:#=]|is|was|-)?\s*((?:[A-Z0-9]+[/\-.])*[A-Z]*\d[A-Z0-9]*(?:[/\-.][A-Z0-9]+)*)",
        alternatives(&KEYWORD_WORDS),
        alternatives(&KEYWORD_SUFFIXES)
    )
}

/// The most non-whitespace bytes of a [`KEYWORD`] match before its reference: the longest
/// wording ("liquidlogic", then "reference", ".", "was") is 24 letters and marks, of a byte
/// each in ASCII. The case-insensitive pattern also takes "ſ" for "s" (2 bytes) and the Kelvin
/// sign for "k" (3 bytes): in a text that has either, a letter may take up to 3.
const KEYWORD_LEAD: usize = 24;

/// The KEYWORD wordings, in the order the pattern and the reading by hand try them; a space
/// stands for `\s+`, a full stop for itself.
const KEYWORD_WORDS: [&str; 47] = [
    "case",
    "ref",
    "refs",
    "reference",
    "our ref",
    "your ref",
    "my ref",
    "id",
    "i.d.",
    "no",
    "num",
    "number",
    "lcs",
    "mosaic",
    "eclipse",
    "liquidlogic",
    "azeus",
    "carefirst",
    "person",
    "file",
    "crime",
    "crime ref",
    "crn",
    "cad",
    "incident",
    "log",
    "occurrence",
    "court",
    "claim",
    "plan",
    "cp",
    "upn",
    "uln",
    "pupil",
    "urn",
    "cris",
    "niche",
    "athena",
    "storm",
    "job",
    "ticket",
    "account",
    "acc",
    "referral",
    "hospital",
    "mrn",
    "patient",
];

/// The optional wording after the first ("case no", "crime ref number"), in the same order.
const KEYWORD_SUFFIXES: [&str; 7] = ["no", "num", "number", "id", "ref", "reference", "code"];

/// Where the reference (group 1) of the [`KEYWORD`] match `m` starts, read by hand: the
/// regex's own choice, its alternatives tried in its order (leftmost-first: "reference12345"
/// is "ref" and "erence12345"), without its capturing engine. `None` when the match is not
/// all ASCII (`\d`, `\s` and the case-insensitive letters then take more than ASCII): the
/// caller asks the regex.
fn keyword_reference(text: &str, m: Range<usize>) -> Option<usize> {
    let b = &text.as_bytes()[m.clone()];
    if !b.is_ascii() {
        return None;
    }
    // `\s` in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
    let space = |i: usize| b.get(i).is_some_and(|c| matches!(c, b'\t'..=b'\r' | b' '));
    let spaces = |mut i: usize| {
        while space(i) {
            i += 1;
        }
        i
    };
    // A wording at `at`, case-insensitive, a space standing for `\s+`: where it ends. A run
    // of whitespace taken whole loses nothing: a letter follows it in every wording.
    let wording = |at: usize, w: &str| {
        let mut i = at;
        for &c in w.as_bytes() {
            if c == b' ' {
                if !space(i) {
                    return None;
                }
                i = spaces(i);
            } else if b.get(i).is_some_and(|x| x.eq_ignore_ascii_case(&c)) {
                i += 1;
            } else {
                return None;
            }
        }
        Some(i)
    };
    let word_byte = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_');
    // The match starts with one of the wordings, so with an ASCII letter.
    let first = b[0].to_ascii_lowercase();
    for w in KEYWORD_WORDS.iter().filter(|w| w.as_bytes()[0] == first) {
        let Some(after_word) = wording(0, w) else { continue };
        // `(?:\s*(?:no|...|code)\b)?`, taken when it can be (whitespace before a letter is
        // taken whole), then left out.
        let at = spaces(after_word);
        let suffixes = KEYWORD_SUFFIXES.iter().filter_map(|s| wording(at, s)).filter(|&e| !word_byte(e));
        for after_suffix in suffixes.chain([after_word]) {
            // `\.?`, taken first.
            let dots = if b.get(after_suffix) == Some(&b'.') {
                [after_suffix + 1, after_suffix]
            } else {
                [after_suffix; 2]
            };
            for after_dot in dots {
                // `\s*(?:[:#=]|is|was|-)?\s*`: whitespace is taken whole, as the reference
                // cannot start with it; the marks in their order, then none.
                let at = spaces(after_dot);
                let mark = b.get(at).is_some_and(|c| matches!(c, b':' | b'#' | b'=')).then_some(at + 1);
                let marks = [mark, wording(at, "is"), wording(at, "was"), wording(at, "-"), Some(at)];
                for after_mark in marks.into_iter().flatten() {
                    let start = spaces(after_mark);
                    if is_reference(&b[start..]) {
                        return Some(m.start + start);
                    }
                }
            }
        }
    }
    None
}

/// Whether ASCII `v` is all of [`keyword_pattern`]'s group 1: runs of letters and digits
/// joined by single `/`, `-` or `.`, with a digit somewhere.
fn is_reference(v: &[u8]) -> bool {
    // Whether the byte before was a mark (at the start: as if, so none may lead).
    let mut after_mark = true;
    let mut digit = false;
    for &c in v {
        let mark = matches!(c, b'/' | b'-' | b'.');
        if mark && after_mark || !mark && !c.is_ascii_alphanumeric() {
            return false;
        }
        after_mark = mark;
        digit |= c.is_ascii_digit();
    }
    digit && !after_mark
}

/// Letters, then digits and separators: SW/2021/00341, CS-2019-004512, CP/2022/118, 2019/0456.
static SHAPED: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?-u:\b)(?:[A-Z]{1,6}[/\-]\d{2,6}(?:[/\-][A-Z0-9]{1,8})+|[A-Z]{1,6}[/\-]\d{4,10}|\d{4}/\d{3,6}|[A-Z]{2,5}\d{5,12}|[A-Z]\d{6,10}|\d{4}-\d{5,8}|\d{1,4}/\d{4,8}/\d{2,4}|\d{4}/\d{2}[A-Z]{3}\d{2})(?-u:\b)",
    )
});

/// Family Court numbers (BN21C00123) and Unique Pupil Numbers (a letter and 12 digits).
static COURT_OR_UPN: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?-u:\b)(?:[A-Z]{2}\d{2}[A-Z]\d{5}|[A-Z]\d{12}|[A-Z]\d{11}[A-Z0-9])(?-u:\b)")
});

/// Bare runs of 6 to 12 digits: `[0-9]{6,12}` as `windows::Pattern::find_at` finds it, by hand
/// (a scan of the digits costs less than the regex's search): the leftmost match that starts at
/// or after `from` and ends by `to`, searched again without that bound when it reaches `to`.
fn find_long_number(text: &str, from: usize, to: usize) -> Option<Range<usize>> {
    let b = text.as_bytes();
    let digits_from =
        |at: usize, limit: usize| b[at..limit].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut at = from;
    while at < to {
        let run = digits_from(at, to);
        if run >= 6 {
            let end = at + run.min(12);
            if end == to && to < b.len() {
                return Some(at..at + digits_from(at, b.len()).min(12));
            }
            return Some(at..end);
        }
        // No later start inside this run has six digits before `to` either.
        at += run + 1;
    }
    None
}

/// Half the window a caller's pattern is searched in, in bytes (see [`bounded_matches`]): no
/// reference is this long, so matches are found with bounded look-ahead.
const MAX_PATTERN_MATCH: usize = 256;

/// The compiled caller patterns plus the built-in ones.
pub(crate) struct CaseNumbers {
    custom: Vec<meta::Regex>,
}

impl CaseNumbers {
    pub fn build(patterns: &[String]) -> Result<CaseNumbers, Error> {
        let custom = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| {
                meta::Regex::builder()
                    .configure(
                        meta::Config::new().nfa_size_limit(Some(2 << 20)).hybrid_cache_capacity(2 << 20),
                    )
                    .build(p)
                    .map_err(|e| Error::pattern("case_number_patterns", i, regex_error_summary(&e)))
            })
            .collect::<Result<_, _>>()?;
        Ok(CaseNumbers { custom })
    }

    pub fn find(&self, text: &str, tokens: &[Token], out: &mut Vec<Span>) {
        for re in &self.custom {
            bounded_matches(re, text, |start, end| {
                out.push(candidate(start, end, Label::CaseNumber, 0.97, "case_number.custom"));
            });
        }
        // Every built-in pattern matches a digit, and a reference holds no whitespace after its
        // first digit: the patterns are searched only around the runs of tokens (no whitespace
        // between them) that hold one. See `Near` for why that finds what a search of the whole
        // text finds.
        if let Some(near) = Near::of(text, tokens) {
            builtin(text, &near, out);
        }
    }
}

/// The built-in patterns' candidates, searched in the windows `near`.
fn builtin(text: &str, near: &Near, out: &mut Vec<Span>) {
    // The reference holds every digit of the match: "no. 3" and "plan 2" are turned down
    // before their groups are read.
    let enough_digits =
        |m: Range<usize>| text.as_bytes()[m].iter().filter(|b| b.is_ascii_digit()).count() >= 3;
    // The reference is read by hand off an ASCII match (the capturing engine costs more than
    // the search); the regex reads the others.
    let out = RefCell::new(out);
    let keyword = |start: usize, end: usize| {
        let value = text[start..end].trim_end_matches(['.', '-', '/']);
        let digits = value.bytes().filter(u8::is_ascii_digit).count();
        // A reference has several digits; "no. 3" and "plan 2" do not qualify.
        if digits < 3 || value.len() < 4 || is_money_or_time(text, start) || is_clock_time(value) {
            return;
        }
        let c = candidate(start, start + value.len(), Label::CaseNumber, 0.85, "case_number.keyword");
        out.borrow_mut().push(c);
    };
    let by_hand = |m: Range<usize>| {
        if !enough_digits(m.clone()) {
            return false;
        }
        match keyword_reference(text, m.clone()) {
            Some(start) => keyword(start, m.end),
            None => return true,
        }
        false
    };
    KEYWORD.each_capture_if(text, &near.keyword, by_hand, |c| {
        let v = c.get(1).unwrap();
        keyword(v.start(), v.end());
    });
    let out = out.into_inner();
    SHAPED.each_match(text, &near.runs, |m| {
        out.push(candidate(m.start, m.end, Label::CaseNumber, 0.8, "case_number.shape"));
    });
    COURT_OR_UPN.each_match(text, &near.runs, |m| {
        out.push(candidate(m.start, m.end, Label::CaseNumber, 0.9, "case_number.court_upn"));
    });
    // A number run into a word ("900123Jade") ends where the digits do (#7), but digits
    // inside a code ("ZZ123456A") are no number of their own: one side must be free.
    let free = |at: usize| {
        let before = text[..at].chars().next_back().is_some_and(char::is_alphanumeric);
        let after = text[at..].chars().next().is_some_and(char::is_alphanumeric);
        !(before && after)
    };
    glued_finds_by(
        text,
        &near.long,
        |at, to| find_long_number(text, at, to),
        |m| {
            if !crate::tokens::glued_boundary(text, m.end)
                || !(free(m.start) || free(m.end))
                || is_money_or_time(text, m.start)
            {
                return None;
            }
            out.push(candidate(m.start, m.end, Label::CaseNumber, 0.6, "case_number.digits"));
            Some(m.end)
        },
    );
}

/// Where the built-in patterns are searched: byte windows (ascending, disjoint, close ones
/// merged) that hold every match a search of the whole text finds, each whole.
///
/// A match of [`SHAPED`], [`COURT_OR_UPN`] or [`KEYWORD`]'s reference holds an ASCII digit
/// (`\d` also takes other scripts' digits: a text that may have one is searched whole), and
/// from its first digit on, or all through for the first two, no whitespace: it ends inside
/// the run of tokens with no whitespace between them that holds that digit (an ASCII digit is
/// always in a `Number` or `Alnum` token). A [`KEYWORD`] match starts at most
/// [`KEYWORD_LEAD`] bytes of tokens before its reference, which starts inside that run:
/// `keyword` are the runs with a digit widened back by that much. A match of [`SHAPED`] or
/// [`COURT_OR_UPN`] also has a digit right after a letter, `/` or `-`: in an `Alnum` token, or
/// in a `Number` token after another token of the run. `runs` are the runs with such a token.
/// A run of 6 digits or more, all a [`LONG_NUMBER`] match takes, lies in one token: `long` are
/// those tokens.
///
/// A search of a window's span sees the text around it (`\b`), and windows hold whole matches,
/// so in each window the searches find what the searches of the whole text find there, and
/// nothing is found between windows.
struct Near {
    runs: Vec<Range<usize>>,
    keyword: Vec<Range<usize>>,
    long: Vec<Range<usize>>,
}

impl Near {
    /// The windows of `text`, or `None` when it has no ASCII digit (and so no match).
    fn of(text: &str, tokens: &[Token]) -> Option<Near> {
        let other_digits = may_hold_other_digits(text);
        let wide = !text.is_ascii() && (text.contains('\u{17F}') || text.contains('\u{212A}'));
        let lead = if wide { 3 * KEYWORD_LEAD } else { KEYWORD_LEAD };
        let mut near = Near { runs: Vec::new(), keyword: Vec::new(), long: Vec::new() };
        // The first token after the last keyword window.
        let mut after = 0;
        // Most tokens are words: only a token with a digit leads to its run.
        let mut i = 0;
        while i < tokens.len() {
            if !matches!(tokens[i].kind, Kind::Number | Kind::Alnum) {
                i += 1;
                continue;
            }
            let mut first = i;
            while first > 0 && !tokens[first].space_before {
                first -= 1;
            }
            let mut mixed = false;
            let mut last = i;
            loop {
                let t = &tokens[last];
                if matches!(t.kind, Kind::Number | Kind::Alnum) {
                    mixed |= t.kind == Kind::Alnum || last > first;
                    if t.end - t.start >= 6 {
                        add_window(&mut near.long, t.start..t.end);
                    }
                }
                match tokens.get(last + 1) {
                    Some(next) if !next.space_before => last += 1,
                    _ => break,
                }
            }
            after = near.push_run(tokens, first, last, mixed, lead, after);
            i = last + 1;
        }
        if near.keyword.is_empty() {
            return None;
        }
        if other_digits {
            let whole = std::iter::once(0..text.len());
            near.runs = whole.clone().collect();
            near.keyword = whole.collect();
        }
        Some(near)
    }

    /// Adds the run of tokens `first..=last`, which holds an ASCII digit, with its keyword
    /// window reaching `lead` bytes of tokens back (or into the last keyword window, which
    /// ends before token `after`); returns the new `after`.
    fn push_run(
        &mut self,
        tokens: &[Token],
        first: usize,
        last: usize,
        mixed: bool,
        lead: usize,
        after: usize,
    ) -> usize {
        let end = tokens[last].end;
        if mixed {
            add_window(&mut self.runs, tokens[first].start..end);
        }
        let mut from = first;
        let mut taken = 0;
        while from > after && taken < lead {
            from -= 1;
            taken += tokens[from].end - tokens[from].start;
        }
        match self.keyword.last_mut() {
            Some(w) if from == after && taken < lead => w.end = end,
            _ => add_window(&mut self.keyword, tokens[from].start..end),
        }
        last + 1
    }
}

/// Whether `text` may hold a digit of another script, which `\d` matches: a numeric character
/// from U+0660 to U+1FFF or from U+A000 on (no decimal digit lies elsewhere outside ASCII), that
/// is one whose UTF-8 lead byte is from 0xD9 to 0xE1 or from 0xEA on. Curly quotes, dashes and
/// accented Latin letters fall outside; Vietnamese letters (U+1Exx) do not, and a long text has
/// some, so the characters flagged are decoded: a text is searched whole only for a real digit.
/// Whole chunks are checked first so the loop need not stop per byte.
fn may_hold_other_digits(text: &str) -> bool {
    let flagged = |b: u8| b >= 0xD9 && !(0xE2..=0xE9).contains(&b);
    if text.is_ascii() {
        return false;
    }
    text.as_bytes().chunks(64).enumerate().any(|(n, chunk)| {
        chunk.iter().fold(false, |a, &b| a | flagged(b))
            && chunk.iter().enumerate().any(|(i, &b)| {
                // A flagged byte is a lead byte, so a character starts there.
                flagged(b) && text[n * 64 + i..].chars().next().is_some_and(char::is_numeric)
            })
    })
}

/// Whether a keyword's reference is a time of day: "10.20", "10.20am", "2030hrs" ("incident" or
/// "no" at a line's end, and a time starting the next line).
fn is_clock_time(value: &str) -> bool {
    let v = value.as_bytes();
    let digits = v.iter().take_while(|b| b.is_ascii_digit()).count();
    let (clock, rest) = match (digits, v.get(digits)) {
        (1 | 2, Some(b'.'))
            if v.len() >= digits + 3 && v[digits + 1..digits + 3].iter().all(u8::is_ascii_digit) =>
        {
            (&value[..digits + 3], &value[digits + 3..])
        }
        (4, _) => (&value[..4], &value[4..]),
        _ => return false,
    };
    let numbers: Vec<u32> = clock.split('.').filter_map(|n| n.parse().ok()).collect();
    let (hours, minutes) = match numbers[..] {
        [h, m] => (h, m),
        [hm] => (hm / 100, hm % 100),
        _ => return false,
    };
    let suffix = ["", "am", "pm", "hrs", "hr", "h"].iter().any(|s| rest.eq_ignore_ascii_case(s));
    // Four digits alone are as likely a reference as a time; with "hrs" they are a time.
    hours < 24 && minutes < 60 && suffix && (numbers.len() == 2 || !rest.is_empty())
}

fn is_money_or_time(text: &str, start: usize) -> bool {
    text[..start].trim_end().ends_with(['£', '$', '€'])
}

/// Calls `found(start, end)` for each non-empty leftmost-first match of `re`, in order, in time
/// linear in the text for matches up to [`MAX_PATTERN_MATCH`] bytes.
///
/// A plain `find_iter` is quadratic in the worst case (the regex crate documents it): for
/// `\w+X|\w` on a long word, every one-letter match first scans to the end of the word. Here
/// each search sees at most `2 * MAX_PATTERN_MATCH` bytes. A match of at most that length
/// that starts in the first half of the window lies wholly inside it, so taking only matches
/// that start there, and otherwise moving on by half a window, misses nothing. A match that
/// reaches the window's end may have been cut: it is extended by one anchored search over the
/// rest of the text, so long matches are found whole (at the cost of one extra scan each).
/// The limit: a match that can only be recognised more than a window after its start (`a+$`
/// on a long run of letters) is found from a later start. Look-around such as `\b` and `$`
/// still sees the text beyond the window (a span, not a slice).
fn bounded_matches(re: &meta::Regex, text: &str, mut found: impl FnMut(usize, usize)) {
    let mut pos = 0;
    while pos < text.len() {
        let half = floor_char_boundary(text, pos + MAX_PATTERN_MATCH).max(next_char(text, pos));
        let end = floor_char_boundary(text, pos + 2 * MAX_PATTERN_MATCH).max(half);
        match re.find(Input::new(text).span(pos..end)) {
            Some(m) if m.start() < half || end == text.len() => {
                let mut stop = m.end();
                if stop == end && end < text.len() {
                    let rest = Input::new(text).span(m.start()..text.len()).anchored(Anchored::Yes);
                    stop = re.find(rest).map_or(stop, |whole| whole.end().max(stop));
                }
                if m.start() < stop {
                    found(m.start(), stop);
                    pos = stop;
                } else {
                    pos = next_char(text, m.start());
                }
            }
            None if end == text.len() => break,
            _ => pos = half,
        }
    }
}

/// The regex crate's message without the echoed pattern: its last line.
fn regex_error_summary(e: &meta::BuildError) -> String {
    if let Some(syntax) = e.syntax_error() {
        let s = syntax.to_string();
        let last = s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("syntax error");
        format!("invalid regex: {}", last.trim().trim_start_matches("error: "))
    } else if e.size_limit().is_some() {
        "regex too large once compiled".to_string()
    } else {
        "invalid regex".to_string()
    }
}

#[cfg(test)]
mod tests {
    use regex::Regex;

    use super::*;

    fn bounded(pattern: &str, text: &str) -> Vec<(usize, usize)> {
        let re = meta::Regex::new(pattern).unwrap();
        let mut v = Vec::new();
        bounded_matches(&re, text, |s, e| v.push((s, e)));
        v
    }

    fn unbounded(pattern: &str, text: &str) -> Vec<(usize, usize)> {
        let re = Regex::new(pattern).unwrap();
        re.find_iter(text).filter(|m| m.start() < m.end()).map(|m| (m.start(), m.end())).collect()
    }

    /// Where no match is longer than the bound, windows change nothing: references at every
    /// offset around the window edges, among multi-byte letters, with `\b` at both ends.
    #[test]
    fn times_of_day_are_no_keyword_references() {
        for time in ["10.20", "9.05am", "10.20AM", "2.45pm", "2030hrs", "0915h", "23.59"] {
            assert!(is_clock_time(time), "{time}");
        }
        for reference in
            ["2030", "24.10", "10.60", "10.2", "123.45", "10.20.21", "1234567", "CP/2022/118", "10.20ab"]
        {
            assert!(!is_clock_time(reference), "{reference}");
        }
    }

    #[test]
    fn windows_find_what_find_iter_finds() {
        let patterns = [r"\bCS-\d{4}-\d{6}\b", r"\d{6}", r"(?i)ref\s*\d+", r"é+", r"\w+X|\w", r"X?"];
        for filler in ["a", "é", " ", "1"] {
            for at in [0, 1, 250, 255, 256, 257, 300, 500, 511, 512, 513, 700, 1023] {
                let mut text = filler.repeat(at);
                text.push_str("CS-2019-004512 ref 123456 éé X ");
                text.push_str(&filler.repeat(1100 - at));
                for p in patterns {
                    assert_eq!(bounded(p, &text), unbounded(p, &text), "{p:?} at {at} in {filler:?}");
                }
            }
        }
    }

    /// A `\b` at the window's end sees the character after it: no false match inside a
    /// longer run of digits that the window cuts.
    #[test]
    fn look_around_sees_past_the_window() {
        let text = format!("{} 1234567890123", "x ".repeat(250));
        assert_eq!(bounded(r"\b\d{6}\b", &text), vec![]);
    }

    /// A long match that starts inside a window is found whole, however long.
    #[test]
    fn long_matches_are_found_whole() {
        let text = format!("{} x{}", "7".repeat(2000), "a".repeat(5000));
        assert_eq!(bounded(r"\d+", &text), vec![(0, 2000)]);
        assert_eq!(bounded(r"(a+)+$", &text[1500..2200]), vec![(502, 700)]);
    }

    /// The built-in candidates found in the windows and in the whole text.
    fn near_and_whole(text: &str) -> (Vec<Span>, Vec<Span>) {
        let (mut near, mut whole) = (Vec::new(), Vec::new());
        if let Some(n) = Near::of(text, &crate::tokens::tokenize(text)) {
            builtin(text, &n, &mut near);
        }
        if text.bytes().any(|b| b.is_ascii_digit()) {
            let all: Vec<_> = std::iter::once(0..text.len()).collect();
            builtin(text, &Near { runs: all.clone(), keyword: all.clone(), long: all }, &mut whole);
        }
        (near, whole)
    }

    /// Windows find what a search of the whole text finds: references after long wording and
    /// whitespace, glued to their wording, cut into many tokens, next to each other, and
    /// random mixtures of the pieces they are made of.
    #[test]
    fn windows_find_what_the_whole_text_gives() {
        let texts = [
            "liquidlogic reference . was 123456 and crime  ref\n\n no.: CR/2021/12345",
            "our ref AB/CD/EF/GH/IJ/KL/MN/12345, CS-2019-004512 and BN21C00123; UPN A123456789012",
            "ref-12345 case no.123 caseno 98765 i.d. no.: 4567 id:ZZ/1/2/3 refs 2019/0456",
            "caſe no 12345 and tic\u{212A}et 67890 £ 123456 07700900123Jade ZZ123456A",
            "x\u{0661}\u{0662}\u{0663}\u{0664}/\u{0665}\u{0666}\u{0667}x and ref 12",
        ];
        for text in texts {
            let (near, whole) = near_and_whole(text);
            assert_eq!(near, whole, "{text:?}");
            assert!(!whole.is_empty());
        }
        let pieces = [
            "case",
            "ref",
            "no",
            "number",
            "liquidlogic",
            "reference",
            "crime",
            "i.d.",
            ".",
            ":",
            "#",
            "-",
            "/",
            "is",
            "was",
            "AB",
            "x",
            "12",
            "123",
            "2019",
            "004512",
            "1234567",
            "C",
            "ſ",
            "K",
            "£",
            "Z9",
            " ",
            "  ",
            "\n",
            "\u{0663}",
            "é",
        ];
        for text in crate::detect::random_texts(&pieces, 3000, 40, 9, 0x2545_f491_4f6c_dd1d) {
            let (near, whole) = near_and_whole(&text);
            assert_eq!(near, whole, "{text:?}");
        }
    }

    /// The scan for long numbers finds what `[0-9]{6,12}` finds, on every span of random texts.
    #[test]
    fn long_numbers_are_what_the_regex_finds() {
        let re = Pattern::new(r"[0-9]{6,12}");
        let pieces = ["1", "12", "12345", "123456", "1234567", "1234567890123", "x", " ", "/", "\u{E9}"];
        let mut found = 0;
        for text in crate::detect::random_texts(&pieces, 1000, 12, 4, 0x1234_5678_9ABC_DEF1) {
            let cuts: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            for (k, &from) in cuts.iter().enumerate() {
                for &to in &cuts[k..] {
                    let want = re.find_at(&text, from, to);
                    assert_eq!(find_long_number(&text, from, to), want, "{text:?} {from}..{to}");
                    found += usize::from(want.is_some());
                }
            }
        }
        assert!(found > 10_000, "{found}");
    }

    /// The reference read by hand starts where the regex's capturing engine starts it, on
    /// random mixtures of the wording, the marks between it and the reference, and references
    /// glued to it ("reference12345" is "ref" and "erence12345"); only matches beyond ASCII
    /// are left to the regex.
    #[test]
    fn keyword_references_read_by_hand_are_the_regex_groups() {
        let mut pieces: Vec<&str> = KEYWORD_WORDS.iter().chain(&KEYWORD_SUFFIXES).copied().collect();
        pieces.extend([
            "REF",
            "Case",
            "No",
            "NUMBER",
            "our\tref",
            "crime\n\x0Bref",
            "i.d",
            "Is",
            "WAS",
            "is",
            "s",
            ".",
            ":",
            "#",
            "=",
            "-",
            "/",
            "_",
            "x",
            "A",
            "12",
            "123",
            "4567",
            "Z9",
            "1.2",
            " ",
            "  ",
            "\t",
            "\r\n",
            "\x0C",
            "\x1F",
            "\u{A0}",
            "\u{85}",
            "\u{17F}",
            "\u{212A}",
            "\u{0663}",
            "é",
        ]);
        let (mut by_hand, mut by_regex) = (0, 0);
        for text in crate::detect::random_texts(&pieces, 20_000, 16, 5, 0x9E37_79B9_7F4A_7C15) {
            let whole: Vec<_> = std::iter::once(0..text.len()).collect();
            let mut want = Vec::new();
            KEYWORD.each_capture_if(
                &text,
                &whole,
                |_| true,
                |c| {
                    let m = c.get(0).unwrap();
                    want.push((m.start()..m.end(), c.get(1).unwrap().start()));
                },
            );
            let mut got = Vec::new();
            KEYWORD.each_match(&text, &whole, |m| got.push(m));
            assert_eq!(got.len(), want.len(), "{text:?}");
            for (m, (wm, start)) in got.into_iter().zip(want) {
                assert_eq!(m, wm, "{text:?}");
                match keyword_reference(&text, m.clone()) {
                    Some(s) => {
                        assert_eq!(s, start, "{text:?} {:?}", &text[m]);
                        by_hand += 1;
                    }
                    None => {
                        assert!(!text[m].is_ascii(), "{text:?}");
                        by_regex += 1;
                    }
                }
            }
        }
        assert!(by_hand > 8000 && by_regex > 2000, "{by_hand} {by_regex}");
    }

    /// Every digit `\d` takes beyond ASCII starts with a byte `may_hold_other_digits` looks for.
    #[test]
    fn other_digits_are_seen() {
        let others: String = (0x80..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| !may_hold_other_digits(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert!(!Regex::new(r"\d").unwrap().is_match(&others));
        assert!(may_hold_other_digits("ref \u{0661}23") && may_hold_other_digits("\u{FF11}"));
        assert!(!may_hold_other_digits("Zoë’s ref — 123") && !may_hold_other_digits("Nguyễn Thị Ảnh 123"));
    }

    /// The case-insensitive keywords take no letter beyond ASCII but "ſ" and the Kelvin sign,
    /// which `KEYWORD_LEAD` allows for.
    #[test]
    fn keyword_letters_beyond_ascii() {
        let others: String = (0x80..=0x10FFFF).filter_map(char::from_u32).collect();
        let found: Vec<&str> =
            Regex::new(r"(?i)[a-z]").unwrap().find_iter(&others).map(|m| m.as_str()).collect();
        assert_eq!(found, ["\u{17F}", "\u{212A}"]);
    }

    /// The documented limit: a match that can only be recognised more than a window after its
    /// start (here: a run of letters that must reach the end of the text) is found in part.
    #[test]
    fn matches_needing_more_than_a_window_of_look_ahead_are_found_in_part() {
        let text = format!("x{}", "a".repeat(5000));
        let found = bounded(r"(a+)+$", &text);
        assert_eq!(found.len(), 1);
        assert!(found[0].0 > 1 && found[0].1 == text.len(), "{found:?}");
    }
}
