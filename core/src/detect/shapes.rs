//! Shapes of fixed-form identifiers matched by hand at runs of digits, not by regex: digits are
//! a seventh of the bytes in the digit windows, and trying the few starts next to each run costs
//! less than an automaton's scan of every byte. A shape function `f(b, start, limit)` gives its
//! regex's leftmost-first match anchored at `start` within `start..limit` (each module's tests
//! compare the two on every span of thousands of texts).

use std::ops::Range;

use crate::tokens::{Kind, Token};

/// `[0-9]{n}` at `i`, ending by `limit`.
pub(crate) fn digits(b: &[u8], i: usize, n: usize, limit: usize) -> Option<usize> {
    let end = i + n;
    (end <= limit && b[i..end].iter().all(u8::is_ascii_digit)).then_some(end)
}

/// `[ -]?` at `i`. Where the shapes allow a separator, what must follow it is never a
/// separator: the regex takes one whenever it is there (leaving it fails).
pub(crate) fn separator(b: &[u8], i: usize, limit: usize) -> usize {
    if i < limit && matches!(b[i], b' ' | b'-') {
        i + 1
    } else {
        i
    }
}

/// `(?i)[A-Z]` at `i`: an ASCII letter, "ſ" (U+017F, for "s") or the Kelvin sign (U+212A).
pub(crate) fn letter(b: &[u8], i: usize, limit: usize) -> Option<usize> {
    let len = match b.get(i..limit)? {
        [c, ..] if c.is_ascii_alphabetic() => 1,
        [0xC5, 0xBF, ..] => 2,
        [0xE2, 0x84, 0xAA, ..] => 3,
        _ => return None,
    };
    Some(i + len)
}

/// Where the letter `(?i)[A-Z]` that ends at `end` starts.
pub(crate) fn letter_before(b: &[u8], end: usize) -> Option<usize> {
    let before = &b[..end];
    if before.last().is_some_and(u8::is_ascii_alphabetic) {
        Some(end - 1)
    } else if before.ends_with(&[0xC5, 0xBF]) {
        Some(end - 2)
    } else if before.ends_with(&[0xE2, 0x84, 0xAA]) {
        Some(end - 3)
    } else {
        None
    }
}

/// The runs of ASCII digits in the digit windows, ascending (cut at the windows' edges).
pub(crate) struct Runs(Vec<Range<usize>>);

impl Runs {
    /// The runs in `windows` of `b`, byte by byte: the reference for `of_tokens`, and the runs
    /// for a search of a whole short text.
    pub(crate) fn of(b: &[u8], windows: &[Range<usize>]) -> Runs {
        let mut runs = Vec::new();
        for w in windows {
            let mut open = None;
            for (k, chunk) in b[w.clone()].chunks(16).enumerate() {
                // Most chunks hold no digit: a test of the whole chunk (vectorised) passes them.
                if open.is_none() && !chunk.iter().fold(false, |any, c| any | c.is_ascii_digit()) {
                    continue;
                }
                let at = w.start + 16 * k;
                for (i, c) in chunk.iter().enumerate() {
                    match (c.is_ascii_digit(), open) {
                        (true, None) => open = Some(at + i),
                        (false, Some(start)) => {
                            runs.push(start..at + i);
                            open = None;
                        }
                        _ => {}
                    }
                }
            }
            if let Some(start) = open {
                runs.push(start..w.end);
            }
        }
        Runs(runs)
    }

    /// The runs of ASCII digits in the whole text, from its tokens: every ASCII digit lies in a
    /// `Number` or `Alnum` token (as `super::digit_windows` relies on too), and those lie inside
    /// the digit windows, so these are the runs `Runs::of` finds in them, at the cost of reading
    /// the number tokens only.
    pub(crate) fn of_tokens(text: &str, tokens: &[Token]) -> Runs {
        let b = text.as_bytes();
        let mut runs: Vec<Range<usize>> = Vec::new();
        for t in tokens.iter().filter(|t| matches!(t.kind, Kind::Number | Kind::Alnum)) {
            let mut i = t.start;
            while i < t.end {
                if !b[i].is_ascii_digit() {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < t.end && b[i].is_ascii_digit() {
                    i += 1;
                }
                match runs.last_mut() {
                    // Two tokens' digits that touch are one run (the tokenizer never splits a
                    // run, but nothing here depends on it).
                    Some(last) if last.end == start => last.end = i,
                    _ => runs.push(start..i),
                }
            }
        }
        Runs(runs)
    }

    /// The runs that end after `from` and start before `to`.
    pub(crate) fn between(&self, from: usize, to: usize) -> impl Iterator<Item = &Range<usize>> {
        let first = self.0.partition_point(|r| r.end <= from);
        self.0[first..].iter().take_while(move |r| r.start < to)
    }
}

/// What the searches built on shapes give, as `windows::Pattern::find_at` does for a regex: the
/// leftmost match that starts at or after `from` and ends by `to`, searched again without that
/// bound when it reaches `to`.
/// The match of `shape` found at `start`, ending at `end`, and searched again without the bound
/// `to` when it reaches it.
pub(crate) fn whole(b: &[u8], start: usize, end: usize, to: usize, shape: Shape) -> Option<Range<usize>> {
    if end == to && to < b.len() {
        return shape(b, start, b.len()).map(|end| start..end);
    }
    Some(start..end)
}

pub(crate) type Shape = fn(&[u8], usize, usize) -> Option<usize>;

/// The leftmost match of `shape` from `from`, ending by `to` (see [`whole`]), for a shape that
/// starts with a digit: only the digits of the runs are tried.
pub(crate) fn first_at_digits(
    b: &[u8],
    runs: &Runs,
    from: usize,
    to: usize,
    shape: Shape,
) -> Option<Range<usize>> {
    for r in runs.between(from, to) {
        for start in r.start.max(from)..r.end {
            if let Some(end) = shape(b, start, to) {
                return whole(b, start, end, to, shape);
            }
        }
    }
    None
}

/// Test helpers: a search built on shapes against the regex it stands for.
#[cfg(test)]
pub(crate) mod compare {
    use std::ops::Range;

    use super::Runs;
    use crate::detect::windows::{glued_finds_by, Pattern};

    /// Asserts that `find` (from, to) gives what `re.find_at` gives for every start and end of
    /// each text; returns how many of those found a match.
    pub(crate) fn every_span(
        re: &Pattern,
        texts: &[String],
        find: impl Fn(&[u8], &Runs, usize, usize) -> Option<Range<usize>>,
    ) -> usize {
        let mut found = 0;
        for text in texts {
            let runs = Runs::of(text.as_bytes(), std::slice::from_ref(&(0..text.len())));
            let cuts: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            for (k, &from) in cuts.iter().enumerate() {
                for &to in &cuts[k..] {
                    let want = re.find_at(text, from, to);
                    assert_eq!(find(text.as_bytes(), &runs, from, to), want, "{text:?} {from}..{to}");
                    found += usize::from(want.is_some());
                }
            }
        }
        found
    }

    /// Asserts that in the digit windows of each text the glued search sees the same matches
    /// with `find` as with the regex, accepting and turning down the same ones.
    pub(crate) fn glued(
        re: &Pattern,
        texts: &[String],
        find: impl Fn(&[u8], &Runs, usize, usize) -> Option<Range<usize>>,
    ) {
        for text in texts {
            let tokens = crate::tokens::tokenize(text);
            let windows = crate::detect::digit_windows(&tokens);
            let runs = Runs::of_tokens(text, &tokens);
            let take = |m: &Range<usize>| (m.start * 7 + m.end) % 3 != 0;
            let (mut want, mut got) = (Vec::new(), Vec::new());
            re.glued_finds(text, &windows, |m| {
                want.push(m.clone());
                take(&m).then_some(m.end)
            });
            let search = |at, to| find(text.as_bytes(), &runs, at, to);
            glued_finds_by(text, &windows, search, |m| {
                got.push(m.clone());
                take(&m).then_some(m.end)
            });
            assert_eq!(got, want, "{text:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runs read from the number tokens are the runs in the digit windows.
    #[test]
    fn runs_from_tokens_are_the_runs_in_the_windows() {
        let pieces =
            ["12", "3", "a", "B7", "x", "/", "-", ".", " ", "\n", "é", "٣", "0044", "+", "ſ", "7th", "_"];
        for text in crate::detect::random_texts(&pieces, 3000, 20, 6, 0x1234_5678_9abc_def1) {
            let tokens = crate::tokens::tokenize(&text);
            let windows = crate::detect::digit_windows(&tokens);
            assert_eq!(Runs::of_tokens(&text, &tokens).0, Runs::of(text.as_bytes(), &windows).0, "{text:?}");
        }
    }
}
