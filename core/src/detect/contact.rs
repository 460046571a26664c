//! EMAIL and HANDLE: email addresses, @handles, social-network profile URLs, and handles named
//! after a platform ("Snapchat: kayz_m").

use std::sync::LazyLock;

use regex::Regex;

use super::candidate;
use super::cues::Cues;
use crate::tokens::{glued_boundary, glued_finds};
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
static HANDLE_SHAPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[a-z0-9]*_[a-z0-9_]*[a-z0-9]|[a-z]{2,}(?:\.[a-z0-9]{2,})+|[a-z]{3,}[0-9]{2,4})").unwrap()
});

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

pub(crate) fn find(text: &str, cues: &Cues, out: &mut Vec<Span>) {
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
    glued_finds(&HANDLE_SHAPE, text, |m| {
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        if before.is_some_and(|c| matches!(c, '@' | '/' | '.' | '-' | '\'' | '’'))
            || after.is_some_and(|c| matches!(c, '@' | '/' | '-'))
            || !glued_boundary(text, m.end())
        {
            return None; // part of an email, a URL or a longer word
        }
        let s = m.as_str();
        let dotted = s.contains('.') && !s.contains('_');
        if dotted
            && (s.split('.').next_back().is_some_and(is_domain_or_file_ending)
                || matches!(s, "e.g" | "i.e" | "a.m" | "p.m"))
        {
            return None;
        }
        out.push(candidate(m.start(), m.end(), Label::Handle, 0.7, "handle.shape"));
        Some(m.end())
    });
    if text.contains('@') {
        for m in EMAIL.find_iter(text) {
            out.push(candidate(m.start(), m.end(), Label::Email, 0.99, "email"));
        }
        let emails: Vec<(usize, usize)> = EMAIL.find_iter(text).map(|m| (m.start(), m.end())).collect();
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
    let urls = [".com/", ".net/", ".am/", ".me/", ".COM/"].iter().any(|d| text.contains(d));
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
