//! EMAIL and HANDLE: email addresses, @handles, social-network profile URLs, and handles named
//! after a platform ("Snapchat: kayz_m").

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::candidate;
use super::cues::Cues;
use super::windows::{add_window, Pattern};
use crate::tokens::{glued_boundary, Kind, Token};
use crate::{Label, Span};

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}")
        .unwrap()
});

/// "@" and two characters or more: a lone "@c" is too little to identify anyone, and would be
/// found only once a neighbour run into it ("@c1st May") had been masked.
static AT_HANDLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"@[A-Za-z0-9_][A-Za-z0-9_.]{0,29}[A-Za-z0-9_]").unwrap());

static PROFILE_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:https?://)?(?:www\.|m\.|[a-z]{2}-[a-z]{2}\.)?(?:facebook|fb|instagram|instagr\.am|tiktok|twitter|x|snapchat|youtube|linkedin|threads|twitch|reddit|pinterest|onlyfans)\.(?:com|net|am|me)/[^\s,;)<>\]'\x22]+").unwrap()
});

/// "username is kayz_m", "changed her username to its.melsa", "handle: x".
static INTRODUCED_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:user\s?name|handle|screen\s?name|gamertag|gamer\s?tag|account\s+name|profile\s+name|(?:group\s+)?chat\s+by|added\s+by|messaged\s+by|followed\s+by|account)(?:\s+(?:is|was|to|as|called|named|of))?\s*[:=\-]?\s*@?([A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])").unwrap()
});

/// Tokens shaped like usernames wherever they stand: lowercase with an underscore
/// ("kayz_m"), with a dot between words ("its.melsa"), or letters then two digits ("natan98").
/// Where one starts and ends is checked with `glued_boundary`, so one run into a capitalised
/// word or a number ("natan98Jade") is found.
static HANDLE_SHAPE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?:[a-z0-9]*_[a-z0-9_]*[a-z0-9]|[a-z]{2,}(?:\.[a-z0-9]{2,})+|[a-z]{3,}[0-9]{2,4})")
});

/// Where [`HANDLE_SHAPE`] is searched: the runs of tokens with no whitespace between them that
/// may hold a match (ascending byte windows, close ones merged). A match is all lowercase
/// letters, digits, `_` and `.`, so it lies in one run, and it holds an `_` (a token of its
/// own), a `.` with a letter or digit after it (a `.` token that does not end the run), or a
/// lowercase letter just before a digit (in an `Alnum` token, or a word then a `Number` token).
fn handle_windows(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut windows: Vec<Range<usize>> = Vec::new();
    // Most tokens are words: only a token that may be part of a match leads to its run.
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let glued = |j: usize| tokens.get(j).is_some_and(|n| !n.space_before);
        let may = match t.kind {
            Kind::Alnum => true,
            Kind::Number => i > 0 && glued(i),
            Kind::Punct => match text.as_bytes()[t.start] {
                b'_' => true,
                b'.' => glued(i + 1),
                _ => false,
            },
            Kind::Word => false,
        };
        if !may {
            i += 1;
            continue;
        }
        let mut first = i;
        while first > 0 && glued(first) {
            first -= 1;
        }
        let mut last = i;
        while glued(last + 1) {
            last += 1;
        }
        add_window(&mut windows, tokens[first].start..tokens[last].end);
        i = last + 1;
    }
    windows
}

/// Last parts that make a dotted word a domain or a file, not a username.
fn is_domain_or_file_ending(part: &str) -> bool {
    matches!(
        part,
        "uk" | "com"
            | "org"
            | "net"
            | "gov"
            | "co"
            | "io"
            | "nhs"
            | "ac"
            | "sch"
            | "edu"
            | "info"
            | "pdf"
            | "doc"
            | "docx"
            | "xls"
            | "xlsx"
            | "txt"
            | "jpg"
            | "png"
            | "csv"
            | "html"
            | "me"
    )
}

/// A platform name then an optional word for "handle" and a separator, then the handle itself.
static NAMED_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:snapchat|snap|sc|instagram|insta|ig|tiktok|tik tok|twitter|facebook|fb|kik|discord|telegram|xbox|psn|gamertag|twitch|youtube|threads)(?:\s+(?:handle|username|user name|name|account|profile|id|tag))?(?:\s*(?:is|was|:|-|=|called|named|as)\s*|\s+)@?([A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])").unwrap()
});

pub(crate) fn find(text: &str, tokens: &[Token], cues: &Cues, out: &mut Vec<Span>) {
    let introduced = cues.has(Cues::HANDLE_WORD);
    for caps in introduced.then(|| INTRODUCED_HANDLE.captures_iter(text)).into_iter().flatten() {
        let h = caps.get(1).unwrap();
        let value = h.as_str();
        // "account was closed": an ordinary word after the introducer is not a handle.
        let lower = value.to_lowercase();
        if crate::lexicon::get().flags(&lower).has(crate::lexicon::Flags::COMMON)
            || crate::lexicon::get().is_not_name(&lower)
        {
            continue;
        }
        let start = if text[..h.start()].ends_with('@') { h.start() - 1 } else { h.start() };
        let end = h.start() + value.trim_end_matches('.').len();
        out.push(candidate(start, end, Label::Handle, 0.85, "handle.introduced"));
    }
    shaped_handles(text, &handle_windows(text, tokens), out);
    if text.contains('@') {
        let emails: Vec<(usize, usize)> = EMAIL.find_iter(text).map(|m| (m.start(), m.end())).collect();
        for &(start, end) in &emails {
            out.push(candidate(start, end, Label::Email, 0.99, "email"));
        }
        for m in AT_HANDLE.find_iter(text) {
            let in_email = emails.iter().any(|&(s, e)| s <= m.start() && m.start() < e);
            let before = text[..m.start()].chars().next_back();
            // Part of an email address or URL; a handle glued to a word ("Morris@kayz_m") or
            // after a full stop ("J.@kayz_m") counts.
            if in_email || before.is_some_and(|c| matches!(c, '@' | '_' | '/' | '-')) {
                continue;
            }
            out.push(candidate(m.start(), m.end(), Label::Handle, 0.9, "handle.at"));
        }
    }
    // Some "/" after ".com", ".net", ".am", ".me" or ".COM": one pass over the slashes.
    let bytes = text.as_bytes();
    let urls = memchr::memchr_iter(b'/', bytes)
        .any(|i| [".com", ".net", ".am", ".me", ".COM"].iter().any(|d| bytes[..i].ends_with(d.as_bytes())));
    for m in urls.then(|| PROFILE_URL.find_iter(text)).into_iter().flatten() {
        let end = m.start() + m.as_str().trim_end_matches(['.', '!', '?', ':']).len();
        out.push(candidate(m.start(), end, Label::Handle, 0.95, "handle.url"));
    }
    let platforms = cues.has(Cues::PLATFORM);
    for caps in platforms.then(|| NAMED_HANDLE.captures_iter(text)).into_iter().flatten() {
        let h = caps.get(1).unwrap();
        // Plain words after a platform name are sentences, not handles; real handles carry a
        // digit, an underscore or a dot, or were introduced with "@".
        let s = h.as_str();
        let marked = s.bytes().any(|b| b.is_ascii_digit() || b == b'_' || b == b'.')
            || text[..h.start()].ends_with('@');
        if marked {
            let start = if text[..h.start()].ends_with('@') { h.start() - 1 } else { h.start() };
            out.push(candidate(start, h.end(), Label::Handle, 0.85, "handle.named"));
        }
    }
}

/// Handles shaped like usernames ([`HANDLE_SHAPE`]) in the `windows`.
fn shaped_handles(text: &str, windows: &[Range<usize>], out: &mut Vec<Span>) {
    HANDLE_SHAPE.glued_finds(text, windows, |m| {
        let before = text[..m.start].chars().next_back();
        let after = text[m.end..].chars().next();
        if before.is_some_and(|c| matches!(c, '@' | '/' | '.' | '-' | '\'' | '’'))
            || after.is_some_and(|c| matches!(c, '@' | '/' | '-'))
            || !glued_boundary(text, m.end)
        {
            return None; // part of an email, a URL or a longer word
        }
        let s = &text[m.clone()];
        let dotted = s.contains('.') && !s.contains('_');
        if dotted
            && (s.split('.').next_back().is_some_and(is_domain_or_file_ending)
                || matches!(s, "e.g" | "i.e" | "a.m" | "p.m"))
        {
            return None;
        }
        out.push(candidate(m.start, m.end, Label::Handle, 0.7, "handle.shape"));
        Some(m.end)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The windows find the handles a search of the whole text finds: handles with "_", ".",
    /// digits after letters, glued to words, numbers, emails and URLs, in random mixtures.
    #[test]
    fn handle_windows_find_what_the_whole_text_gives() {
        let pieces = [
            "kayz", "_", "m", ".", "its", "melsa", "natan", "98", "Jade", "@", "/", "-", "uk", "co", "e.g",
            "x", "2019", "abc", "12345", "'", "é", " ", "  ", "\n", "snap", "AB", "a1",
        ];
        let texts = crate::detect::random_texts(&pieces, 3000, 30, 7, 0x9e37_79b9_7f4a_7c15);
        for (round, mut text) in texts.into_iter().enumerate() {
            if round == 0 {
                text = "kayz_m its.melsa natan98Jade a@b.co.uk x.com/its.me e.g. 2019.natan99".to_string();
            }
            let (mut near, mut whole) = (Vec::new(), Vec::new());
            shaped_handles(&text, &handle_windows(&text, &crate::tokens::tokenize(&text)), &mut near);
            shaped_handles(&text, std::slice::from_ref(&(0..text.len())), &mut whole);
            assert_eq!(near, whole, "{text:?}");
            assert!(round > 0 || whole.len() == 3, "{whole:?}");
        }
    }
}
