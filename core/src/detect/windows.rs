//! Searching only near trigger words.
//!
//! A street ends in a street word, a written date has a month in it, a school's name ends in
//! "School". `Cues` records where those words are; these helpers turn the positions into byte
//! windows a few tokens either side and run a pattern only there. Over a whole note that is a
//! fraction of the text, so a pattern costs in proportion to its triggers, not to the text.
//!
//! Windows give the same matches as a search of the whole text for every match that lies within
//! its [`Reach`] of a trigger word it contains: such a match lies inside one merged window, and
//! searching a window is a span search, so `\b`, `^` and `$` still see the text around it. A match
//! that would run past a window's end is searched again without the end, so it is found whole.

use std::ops::{Index, Range};

use regex_automata::util::captures::Captures;
use regex_automata::{meta, Anchored, Input};

use crate::tokens::{glued_boundary, glued_search, next_char, Token};

/// How far a pattern reaches from its trigger word, in tokens before and after it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reach {
    pub back: usize,
    pub ahead: usize,
}

/// The byte windows around the tokens at indices `hits` (ascending), each widened by `reach`
/// tokens, windows that overlap or lie less than [`WINDOW_GAP`] bytes apart merged. Windows
/// start and end at token edges.
pub(crate) fn around(
    tokens: &[Token],
    hits: impl IntoIterator<Item = usize>,
    reach: Reach,
) -> Vec<Range<usize>> {
    let mut windows: Vec<Range<usize>> = Vec::new();
    for i in hits {
        let first = &tokens[i.saturating_sub(reach.back)];
        let last = &tokens[(i + reach.ahead).min(tokens.len() - 1)];
        add_window(&mut windows, first.start..last.end);
    }
    windows
}

/// The fewest bytes between two windows searched apart: a search costs some hundreds of
/// instructions before it reads a byte, more than a pattern takes for this many bytes.
pub(crate) const WINDOW_GAP: usize = 64;

/// Adds `window` to `windows` (ascending by start), merged with the last one when it overlaps it
/// or starts less than [`WINDOW_GAP`] bytes after its end.
pub(crate) fn add_window(windows: &mut Vec<Range<usize>>, window: Range<usize>) {
    match windows.last_mut() {
        Some(w) if window.start < w.end + WINDOW_GAP => w.end = w.end.max(window.end),
        _ => windows.push(window),
    }
}

/// A regex match's capture groups, read like `regex::Captures` (`c.get(i)`, `c[i]`, `c.name(n)`).
pub(crate) struct Groups<'t, 'c> {
    text: &'t str,
    caps: &'c Captures,
}

/// One capture group's match.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Group<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

impl<'t> Group<'t> {
    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn as_str(&self) -> &'t str {
        self.text
    }
}

impl<'t> Groups<'t, '_> {
    pub fn get(&self, i: usize) -> Option<Group<'t>> {
        self.caps.get_group(i).map(|s| self.group(s.start, s.end))
    }

    pub fn name(&self, name: &str) -> Option<Group<'t>> {
        self.caps.get_group_by_name(name).map(|s| self.group(s.start, s.end))
    }

    fn group(&self, start: usize, end: usize) -> Group<'t> {
        Group { start, end, text: &self.text[start..end] }
    }
}

impl<'t> Index<usize> for Groups<'t, '_> {
    type Output = str;

    /// The text of group `i`; panics when the group did not take part, as `regex::Captures` does.
    fn index(&self, i: usize) -> &str {
        self.get(i).map(|g| g.text).unwrap_or_else(|| panic!("no group {i}"))
    }
}

/// `to`, or the end of the text when only whitespace follows `to`. Windows end at a token's
/// end, and a pattern that looks one character past its match ("March 6, 2019" then no digit)
/// must see the text's end there, not the window's: "November 6, 2017\n" at the end of a note
/// was found without its year.
fn to_text_end(text: &str, to: usize) -> usize {
    if text.as_bytes()[to..].iter().all(u8::is_ascii_whitespace) {
        text.len()
    } else {
        to
    }
}

/// A compiled pattern that can be searched inside windows, with its capture groups.
pub(crate) struct Pattern {
    re: meta::Regex,
}

impl Pattern {
    /// Compiles a pattern written into the library (so a failure is a bug).
    pub fn new(pattern: &str) -> Pattern {
        Pattern { re: meta::Regex::new(pattern).expect("a built-in pattern compiles") }
    }

    /// The leftmost-first match with its groups that starts at or after `from` and ends by
    /// `to`; a match that reaches `to` (before the end of the text) is searched again without
    /// that bound from the same start, so it is not cut short.
    #[cfg(test)] // the detectors read their groups off the match
    pub fn captures_at(&self, text: &str, from: usize, to: usize, caps: &mut Captures) -> bool {
        let to = to_text_end(text, to);
        self.re.search_captures(&Input::new(text).span(from..to), caps);
        let Some(m) = caps.get_match() else { return false };
        if m.end() == to && to < text.len() {
            let whole = Input::new(text).span(m.start()..text.len()).anchored(Anchored::Yes);
            self.re.search_captures(&whole, caps);
        }
        caps.is_match()
    }

    /// [`Pattern::captures_at`] without groups (cheaper: no capturing engine runs).
    pub fn find_at(&self, text: &str, from: usize, to: usize) -> Option<Range<usize>> {
        let to = to_text_end(text, to);
        let m = self.re.find(Input::new(text).span(from..to))?;
        if m.end() == to && to < text.len() {
            let whole = Input::new(text).span(m.start()..text.len()).anchored(Anchored::Yes);
            return self.re.find(whole).map(|w| w.range());
        }
        Some(m.range())
    }

    /// Calls `found` with each leftmost-first match in the `windows` (ascending, disjoint), in
    /// order; a search goes on after the previous match, as `captures_iter` does.
    #[cfg(test)] // the detectors read their groups off the match
    pub fn each_capture<'t>(
        &self,
        text: &'t str,
        windows: &[Range<usize>],
        mut found: impl FnMut(&Groups<'t, '_>),
    ) {
        let mut caps = self.re.create_captures();
        let mut done = 0;
        for w in windows {
            let mut at = w.start.max(done);
            while at < w.end && self.captures_at(text, at, w.end, &mut caps) {
                let m = caps.get_match().expect("a match");
                found(&Groups { text, caps: &caps });
                done = m.end();
                at = if m.is_empty() { next_char(text, m.end()) } else { m.end() };
            }
        }
    }

    /// [`Pattern::each_capture`] for the whole match only.
    pub fn each_match(&self, text: &str, windows: &[Range<usize>], mut found: impl FnMut(Range<usize>)) {
        let mut done = 0;
        for w in windows {
            let mut at = w.start.max(done);
            while at < w.end {
                let Some(m) = self.find_at(text, at, w.end) else { break };
                done = m.end;
                at = if m.is_empty() { next_char(text, m.end) } else { m.end };
                found(m);
            }
        }
    }

    /// [`crate::tokens::glued_search`] inside the `windows`, with groups: `accept` sees each
    /// leftmost match that starts at a glued boundary and returns where the identifier it took
    /// ends, or `None`.
    #[cfg(test)] // the detectors read their groups off the match (date.rs compares the two)
    pub fn glued_captures<'t>(
        &self,
        text: &'t str,
        windows: &[Range<usize>],
        mut accept: impl FnMut(&Groups<'t, '_>) -> Option<usize>,
    ) {
        let mut caps = self.re.create_captures();
        glued_search(text, windows, |at, to| {
            if !self.captures_at(text, at, to, &mut caps) {
                return None;
            }
            let start = caps.get_match()?.start();
            let c = Groups { text, caps: &caps };
            Some((start, glued_boundary(text, start).then(|| accept(&c)).flatten()))
        });
    }

    /// Runs `f` with this pattern's groups for the match of the whole of `text`, if any.
    pub fn whole<R>(&self, text: &str, f: impl FnOnce(&Groups<'_, '_>) -> Option<R>) -> Option<R> {
        self.anchored_captures(text, 0..text.len(), |c| {
            c.get(0).filter(|m| m.end() == text.len()).and_then(|_| f(c))
        })
        .flatten()
    }

    /// [`crate::tokens::glued_search`] inside the `windows`, for the whole match only (no
    /// capturing engine): `accept` sees each leftmost match that starts at a glued boundary and
    /// returns where the identifier it took ends, or `None`.
    pub fn glued_finds(
        &self,
        text: &str,
        windows: &[Range<usize>],
        mut accept: impl FnMut(Range<usize>) -> Option<usize>,
    ) {
        glued_search(text, windows, |at, to| {
            let m = self.find_at(text, at, to)?;
            Some((m.start, glued_boundary(text, m.start).then(|| accept(m.clone())).flatten()))
        });
    }

    /// [`Pattern::each_capture`], with the groups read only for the matches that `wanted`
    /// passes: the capturing engine costs more than the search, so a caller that can reject a
    /// match on its whole text need not pay for it. The groups are those of the search of the
    /// whole text (the regex crate too finds the match first, then reads the groups off it).
    pub fn each_capture_if<'t>(
        &self,
        text: &'t str,
        windows: &[Range<usize>],
        mut wanted: impl FnMut(Range<usize>) -> bool,
        mut found: impl FnMut(&Groups<'t, '_>),
    ) {
        let mut caps = self.re.create_captures();
        self.each_match(text, windows, |m| {
            if wanted(m.clone()) {
                let input = Input::new(text).span(m).anchored(Anchored::Yes);
                self.re.search_captures(&input, &mut caps);
                found(&Groups { text, caps: &caps });
            }
        });
    }

    /// The end of the leftmost-first match that starts at `span.start` and ends by `span.end`
    /// (the text around the span still counts for `\b`). A search of the span only: linear in it.
    pub fn anchored_end(&self, text: &str, span: Range<usize>) -> Option<usize> {
        self.re.find(Input::new(text).span(span).anchored(Anchored::Yes)).map(|m| m.end())
    }

    /// Runs `f` with this pattern's groups for the leftmost-first match that starts at
    /// `span.start` and ends by `span.end`, if any: the capturing engine on that span only.
    pub fn anchored_captures<R>(
        &self,
        text: &str,
        span: Range<usize>,
        f: impl FnOnce(&Groups<'_, '_>) -> R,
    ) -> Option<R> {
        let mut caps = self.re.create_captures();
        self.re.search_captures(&Input::new(text).span(span).anchored(Anchored::Yes), &mut caps);
        caps.is_match().then(|| f(&Groups { text, caps: &caps }))
    }
}

/// [`Pattern::glued_finds`] with a search of its own: `find(at, to)` gives what
/// [`Pattern::find_at`] would, for a pattern searched without the regex crate.
pub(crate) fn glued_finds_by(
    text: &str,
    windows: &[Range<usize>],
    mut find: impl FnMut(usize, usize) -> Option<Range<usize>>,
    mut accept: impl FnMut(Range<usize>) -> Option<usize>,
) {
    glued_search(text, windows, |at, to| {
        let m = find(at, to)?;
        Some((m.start, glued_boundary(text, m.start).then(|| accept(m.clone())).flatten()))
    });
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)] // a window list of one window
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn matches(p: &Pattern, text: &str, windows: &[Range<usize>]) -> Vec<(usize, usize)> {
        let mut v = Vec::new();
        p.each_match(text, windows, |m| v.push((m.start, m.end)));
        v
    }

    #[test]
    fn windows_merge_and_stop_at_token_edges() {
        let text = "one two three four five six seven eight";
        let tokens = tokenize(text);
        let w = around(&tokens, [1, 2, 7], Reach { back: 1, ahead: 1 });
        // Windows less than WINDOW_GAP bytes apart are searched as one.
        assert_eq!(w, vec![0..39]);
        let far = format!("one two three four {} five six seven eight", "x ".repeat(WINDOW_GAP));
        let tokens = tokenize(&far);
        let w = around(&tokens, [1, 2, tokens.len() - 2], Reach { back: 1, ahead: 1 });
        assert_eq!(w.len(), 2);
        assert_eq!(&far[w[0].clone()], "one two three four");
        assert_eq!(&far[w[1].clone()], "six seven eight");
    }

    /// Inside its reach a windowed search finds what a whole-text search finds, `\b` looks
    /// outside the window, and a match running past a window's end is found whole.
    #[test]
    fn windows_find_what_the_whole_text_gives() {
        let p = Pattern::new(r"\b[A-Z][a-z]+ Road\b(?:, [A-Z][a-z]+)*");
        let text = "at 4 Long Road, Hove, Sussex, Kent, Wales and xLong Road too";
        let tokens = tokenize(text);
        let road: Vec<usize> = (0..tokens.len()).filter(|&i| tokens[i].text(text) == "Road").collect();
        let near = around(&tokens, road, Reach { back: 1, ahead: 2 });
        let whole = matches(&p, text, &[0..text.len()]);
        assert_eq!(matches(&p, text, &near), whole);
        assert_eq!(whole.len(), 1);
        assert_eq!(&text[whole[0].0..whole[0].1], "Long Road, Hove, Sussex, Kent, Wales");
    }

    #[test]
    fn groups_read_like_regex_captures() {
        let p = Pattern::new(r"(?P<day>\d+)/(\d+)(x)?");
        let mut seen = Vec::new();
        p.each_capture("a 12/3 b", &[0..8], |c| {
            seen.push((
                c[1].to_string(),
                c.name("day").unwrap().start(),
                c.get(2).unwrap().as_str(),
                c.get(3).is_none(),
            ))
        });
        assert_eq!(seen, vec![("12".to_string(), 2, "3", true)]);
        assert_eq!(p.whole("12/3", |c| Some(c[2].to_string())), Some("3".to_string()));
        assert_eq!(p.whole("12/3 ", |c| Some(c[2].to_string())), None);
    }
}
