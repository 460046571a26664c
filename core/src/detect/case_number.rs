//! CASE_NUMBER: numbers introduced by case/ref/ID wording, reference-shaped tokens
//! (SW/2021/00341, CS-2019-004512), Family Court numbers, UPNs, long bare numbers, and the
//! caller's own patterns.

use std::sync::LazyLock;

use regex::Regex;
use regex_automata::{meta, Anchored, Input};

use super::candidate;
use crate::tokens::{floor_char_boundary, Token};
use crate::{Error, Label, Span};

/// Wording that introduces a reference, then the reference itself (group 1).
static KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:case|ref|refs|reference|our\s+ref|your\s+ref|my\s+ref|id|i\.d\.|no|num|number|lcs|mosaic|eclipse|liquidlogic|azeus|carefirst|person|file|crime|crime\s+ref|crn|cad|incident|log|occurrence|court|claim|plan|cp|upn|uln|pupil|urn|cris|niche|athena|storm|job|ticket|account|acc|referral|hospital|mrn|patient)(?:\s*(?:no|num|number|id|ref|reference|code)(?-u:\b))?\.?\s*(?:[:#=]|is|was|-)?\s*((?:[A-Z0-9]+[/\-.])*[A-Z]*\d[A-Z0-9]*(?:[/\-.][A-Z0-9]+)*)").unwrap()
});

/// Letters, then digits and separators: SW/2021/00341, CS-2019-004512, CP/2022/118, 2019/0456.
static SHAPED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[A-Z]{1,6}[/\-]\d{2,6}(?:[/\-][A-Z0-9]{1,8})+|[A-Z]{1,6}[/\-]\d{4,10}|\d{4}/\d{3,6}|[A-Z]{2,5}\d{5,12}|[A-Z]\d{6,10}|\d{4}-\d{5,8}|\d{1,4}/\d{4,8}/\d{2,4}|\d{4}/\d{2}[A-Z]{3}\d{2})(?-u:\b)").unwrap()
});

/// Family Court numbers (BN21C00123) and Unique Pupil Numbers (a letter and 12 digits).
static COURT_OR_UPN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[A-Z]{2}\d{2}[A-Z]\d{5}|[A-Z]\d{12}|[A-Z]\d{11}[A-Z0-9])(?-u:\b)").unwrap()
});

/// Bare runs of 6 to 12 digits.
static LONG_NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[0-9]{6,12}").unwrap());

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

    pub fn find(&self, text: &str, _tokens: &[Token], out: &mut Vec<Span>) {
        for re in &self.custom {
            bounded_matches(re, text, |start, end| {
                out.push(candidate(start, end, Label::CaseNumber, 0.97, "case_number.custom"));
            });
        }
        if !text.bytes().any(|b| b.is_ascii_digit()) {
            return;
        }
        for c in KEYWORD.captures_iter(text) {
            let v = c.get(1).unwrap();
            let value = v.as_str().trim_end_matches(['.', '-', '/']);
            let digits = value.bytes().filter(u8::is_ascii_digit).count();
            // A reference has several digits; "no. 3" and "plan 2" do not qualify.
            if digits < 3 || value.len() < 4 || is_money_or_time(text, v.start()) {
                continue;
            }
            out.push(candidate(
                v.start(),
                v.start() + value.len(),
                Label::CaseNumber,
                0.85,
                "case_number.keyword",
            ));
        }
        for m in SHAPED.find_iter(text) {
            out.push(candidate(m.start(), m.end(), Label::CaseNumber, 0.8, "case_number.shape"));
        }
        for m in COURT_OR_UPN.find_iter(text) {
            out.push(candidate(m.start(), m.end(), Label::CaseNumber, 0.9, "case_number.court_upn"));
        }
        // A number run into a word ("900123Jade") ends where the digits do (#7), but digits
        // inside a code ("ZZ123456A") are no number of their own: one side must be free.
        let free = |at: usize| {
            let before = text[..at].chars().next_back().is_some_and(char::is_alphanumeric);
            let after = text[at..].chars().next().is_some_and(char::is_alphanumeric);
            !(before && after)
        };
        crate::tokens::glued_finds(&LONG_NUMBER, text, |m| {
            if !crate::tokens::glued_boundary(text, m.end())
                || !(free(m.start()) || free(m.end()))
                || is_money_or_time(text, m.start())
            {
                return None;
            }
            out.push(candidate(m.start(), m.end(), Label::CaseNumber, 0.6, "case_number.digits"));
            Some(m.end())
        });
    }
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

/// The char boundary just after the character at `i` (or the end of the text).
fn next_char(text: &str, i: usize) -> usize {
    text[i..].chars().next().map_or(text.len(), |c| i + c.len_utf8())
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
