//! EMAIL and HANDLE: email addresses, @handles, social-network profile URLs, and handles named
//! after a platform ("Snapchat: kayz_m").

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::candidate;
use super::cues::Cues;
use super::windows::{add_window, Groups, Pattern, Reach};
use crate::tokens::{glued_boundary, Kind, Token};
use crate::{Label, Span};

/// The local part takes the marks RFC 5322 allows except "/": no mailbox in use has one, and
/// with it a profile URL read as an email ("tiktok.com/@its.linh": local part "//www.tiktok.com/"),
/// which outranked the URL and cut it in two.
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9!#$%&'*+=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}")
        .unwrap()
});

/// "@" and two characters or more: a lone "@c" is too little to identify anyone, and would be
/// found only once a neighbour run into it ("@c1st May") had been masked.
static AT_HANDLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"@[A-Za-z0-9_][A-Za-z0-9_.]{0,29}[A-Za-z0-9_]").unwrap());

static PROFILE_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:https?://)?(?:www\.|m\.|[a-z]{2}-[a-z]{2}\.)?(?:facebook|fb|instagram|instagr\.am|tiktok|twitter|x|snapchat|youtube|linkedin|threads|twitch|reddit|pinterest|onlyfans)\.(?:com|net|am|me)/[^\s,;)<>\]'\x22]+").unwrap()
});

/// "username is kayz_m", "changed her username to its.melsa", "handle: x". Searched near
/// the handle words (`Cues::HANDLE_WORD`), within [`HANDLE_REACH`].
static INTRODUCED_HANDLE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?i)(?-u:\b)(?:user\s?name|handle|screen\s?name|gamertag|gamer\s?tag|account\s+name|profile\s+name|(?:group\s+)?chat\s+by|added\s+by|messaged\s+by|followed\s+by|account)(?:\s+(?:is|was|to|as|called|named|of))?\s*[:=\-]?\s*@?([A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])",
    )
});

/// How far [`INTRODUCED_HANDLE`] and [`NAMED_HANDLE`] reach from the trigger word: a word
/// before it ("group chat by"), and after it up to three more words ("tik tok user name"), a
/// verb, a separator, "@" and the first three characters of the handle, which may be three
/// tokens ("a.b"); a match running on past the window is found whole (`windows`).
const HANDLE_REACH: Reach = Reach { back: 1, ahead: 12 };

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
/// own), a `.` with a letter or digit after it (a `.` token that does not end the run), or an
/// ASCII lowercase letter just before a digit (in an `Alnum` token, or a word or mixed token
/// then a `Number` token): the runs of numbers and dates ("12/03/2019", "BN2 1AB") are left out.
fn handle_windows(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut windows: Vec<Range<usize>> = Vec::new();
    // Most tokens are words: only a token that may be part of a match leads to its run.
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let glued = |j: usize| tokens.get(j).is_some_and(|n| !n.space_before);
        // The token runs on from the one before it.
        let joined = i > 0 && glued(i);
        // A token that starts with a digit, run on from letters ("natan" "98", "cox" "98é").
        let after_letters = || {
            joined
                && matches!(tokens[i - 1].kind, Kind::Word | Kind::Alnum)
                && text.as_bytes()[t.start].is_ascii_digit()
        };
        let may = match t.kind {
            // "natan98", not "BN2", "12th" or "2019a": most mixed tokens are postcodes, dates
            // and house numbers.
            Kind::Alnum => lower_then_digit(t.text(text).as_bytes()) || after_letters(),
            Kind::Number => after_letters(),
            Kind::Punct => match text.as_bytes()[t.start] {
                b'_' => true,
                // "its.melsa", not "12.03.2019" or "1.5": a lowercase letter before the dot.
                b'.' => joined && glued(i + 1) && text.as_bytes()[t.start - 1].is_ascii_lowercase(),
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

/// Whether an ASCII lowercase letter comes right before an ASCII digit in `b`.
fn lower_then_digit(b: &[u8]) -> bool {
    b.windows(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_digit())
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
/// Searched near the platform names (`Cues::PLATFORM`), within [`HANDLE_REACH`].
static NAMED_HANDLE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?i)(?-u:\b)(?:snapchat|snap|sc|instagram|insta|ig|tiktok|tik tok|twitter|facebook|fb|kik|discord|telegram|xbox|psn|gamertag|twitch|youtube|threads)(?:\s+(?:handle|username|user name|name|account|profile|id|tag))?(?:\s*(?:is|was|:|-|=|called|named|as)\s*|\s+)@?([A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])",
    )
});

pub(crate) fn find(text: &str, tokens: &[Token], cues: &Cues, out: &mut Vec<Span>) {
    let introduced = cues.near(tokens, Cues::HANDLE_WORD, HANDLE_REACH);
    INTRODUCED_HANDLE.each_capture_if(text, &introduced, |_| true, |c| introduced_handle(text, c, out));
    shaped_handles(text, &handle_windows(text, tokens), out);
    at_signs(text, out);
    profile_urls(text, out);
    let named = cues.near(tokens, Cues::PLATFORM, HANDLE_REACH);
    NAMED_HANDLE.each_capture_if(text, &named, |_| true, |c| named_handle(text, c, out));
}

/// The handle of an [`INTRODUCED_HANDLE`] match, unless it is an ordinary word.
fn introduced_handle(text: &str, caps: &Groups, out: &mut Vec<Span>) {
    let h = caps.get(1).expect("the handle group takes part in every match");
    let value = h.as_str();
    // "account was closed": an ordinary word after the introducer is not a handle.
    let lower = value.to_lowercase();
    if crate::lexicon::get().flags(&lower).has(crate::lexicon::Flags::COMMON)
        || crate::lexicon::get().is_not_name(&lower)
    {
        return;
    }
    let end = h.start() + value.trim_end_matches('.').len();
    // A handle with a digit, "_" or an inner "." is no name, even in capitals: it outranks the
    // name finder's reading of its letters ("USERNAME IS ITS.ETHAN", "CHAT BY DEREK04"), which
    // would leave the dot or the digits to a piece of its own. A plain word ("added by Jade")
    // may still be the name of the one who added.
    let marked = text[h.start()..end].bytes().any(|b| b.is_ascii_digit() || b == b'_' || b == b'.');
    let score = if marked { 0.95 } else { 0.85 };
    out.push(candidate(with_at_sign(text, h.start()), end, Label::Handle, score, "handle.introduced"));
}

/// The handle of a [`NAMED_HANDLE`] match, if it looks like one.
fn named_handle(text: &str, caps: &Groups, out: &mut Vec<Span>) {
    let h = caps.get(1).expect("the handle group takes part in every match");
    // Plain words after a platform name are sentences, not handles; real handles carry a
    // digit, an underscore or a dot, or were introduced with "@".
    let start = with_at_sign(text, h.start());
    let marked =
        h.as_str().bytes().any(|b| b.is_ascii_digit() || b == b'_' || b == b'.') || start < h.start();
    if marked {
        out.push(candidate(start, h.end(), Label::Handle, 0.85, "handle.named"));
    }
}

/// Where a handle starting at `at` starts with the "@" written before it, if any.
fn with_at_sign(text: &str, at: usize) -> usize {
    if text[..at].ends_with('@') {
        at - 1
    } else {
        at
    }
}

/// Emails and @handles. Both are ASCII with an "@" and no space: each lies in the run of
/// [`in_email_run`] bytes around its "@", and only those runs are searched.
fn at_signs(text: &str, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let mut runs: Vec<Range<usize>> = Vec::new();
    for at in memchr::memchr_iter(b'@', bytes) {
        if runs.last().is_some_and(|r| at < r.end) {
            continue;
        }
        let start = bytes[..at].iter().rposition(|&b| !in_email_run(b)).map_or(0, |i| i + 1);
        let end = bytes[at..].iter().position(|&b| !in_email_run(b)).map_or(bytes.len(), |i| at + i);
        runs.push(start..end);
    }
    let mut emails: Vec<Range<usize>> = Vec::new();
    for run in &runs {
        for m in EMAIL.find_iter(&text[run.clone()]) {
            let (start, end) = (run.start + m.start(), run.start + m.end());
            emails.push(start..end);
            out.push(candidate(start, end, Label::Email, 0.99, "email"));
        }
    }
    let mut email = emails.iter().peekable();
    for run in &runs {
        for m in AT_HANDLE.find_iter(&text[run.clone()]) {
            let (start, end) = (run.start + m.start(), run.start + m.end());
            while email.peek().is_some_and(|e| e.end <= start) {
                email.next();
            }
            let in_email = email.peek().is_some_and(|e| e.start <= start);
            let before = text[..start].chars().next_back();
            // Part of an email address or URL; a handle glued to a word ("Morris@kayz_m") or
            // after a full stop ("J.@kayz_m") counts.
            if in_email || before.is_some_and(|c| matches!(c, '@' | '_' | '/' | '-')) {
                continue;
            }
            out.push(candidate(start, end, Label::Handle, 0.9, "handle.at"));
        }
    }
}

/// The bytes [`EMAIL`] and [`AT_HANDLE`] match: letters, digits, "@", "." and the marks an
/// email's local part may hold.
fn in_email_run(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~-.@".contains(&b)
}

/// Profile URLs. Each holds a "/" after ".com", ".net", ".am" or ".me" (in any case: no other
/// letter folds to these), at most [`URL_BEFORE_SLASH`] bytes after the URL's start, and ends
/// before the first character [`PROFILE_URL`] stops at: only those windows are searched.
fn profile_urls(text: &str, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let after_domain = |i: usize| {
        let before = &bytes[..i];
        [&b".com"[..], b".net", b".am", b".me"]
            .iter()
            .any(|d| before.len() >= d.len() && before[before.len() - d.len()..].eq_ignore_ascii_case(d))
    };
    let mut windows: Vec<Range<usize>> = Vec::new();
    for slash in memchr::memchr_iter(b'/', bytes) {
        if windows.last().is_some_and(|w| slash < w.end) || !after_domain(slash) {
            continue;
        }
        let mut start = slash.saturating_sub(URL_BEFORE_SLASH);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        let end = text[slash..].find(ends_url).map_or(text.len(), |i| slash + i);
        add_window(&mut windows, start..end);
    }
    for w in &windows {
        for m in PROFILE_URL.find_iter(&text[w.clone()]) {
            let start = w.start + m.start();
            let end = start + m.as_str().trim_end_matches(['.', '!', '?', ':']).len();
            out.push(candidate(start, end, Label::Handle, 0.95, "handle.url"));
        }
    }
}

/// The most bytes from a profile URL's start to the "/" after its domain: "https://",
/// "xx-xx.", the longest site name, "." and a domain ending are 28 characters, and
/// case-insensitive matching lets 'ſ' (2 bytes) and the Kelvin sign (3 bytes) stand for "s"
/// and "k".
const URL_BEFORE_SLASH: usize = 28 * 3;

/// The characters the end of [`PROFILE_URL`] does not take.
fn ends_url(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ';' | ')' | '<' | '>' | ']' | '\'' | '"')
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
            // Tokens that cannot hold a handle ("BN2", "12.03"), and digits run on from words.
            "BN2", "12th", "98é", "cox", "2b", "Ab1", "12.03", "1.5",
        ];
        let texts = crate::detect::random_texts(&pieces, 4000, 30, 7, 0x9e37_79b9_7f4a_7c15);
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

    /// Emails, @handles and profile URLs as first written: each pattern over the whole text,
    /// the URL pattern once the text has some "/" after ".com", ".net", ".am", ".me" or ".COM".
    fn contacts_in_whole_text(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let emails: Vec<(usize, usize)> = EMAIL.find_iter(text).map(|m| (m.start(), m.end())).collect();
        for &(start, end) in &emails {
            out.push(candidate(start, end, Label::Email, 0.99, "email"));
        }
        for m in AT_HANDLE.find_iter(text) {
            let in_email = emails.iter().any(|&(s, e)| s <= m.start() && m.start() < e);
            let before = text[..m.start()].chars().next_back();
            if in_email || before.is_some_and(|c| matches!(c, '@' | '_' | '/' | '-')) {
                continue;
            }
            out.push(candidate(m.start(), m.end(), Label::Handle, 0.9, "handle.at"));
        }
        let bytes = text.as_bytes();
        let urls = memchr::memchr_iter(b'/', bytes).any(|i| {
            [".com", ".net", ".am", ".me", ".COM"].iter().any(|d| bytes[..i].ends_with(d.as_bytes()))
        });
        for m in urls.then(|| PROFILE_URL.find_iter(text)).into_iter().flatten() {
            let end = m.start() + m.as_str().trim_end_matches(['.', '!', '?', ':']).len();
            out.push(candidate(m.start(), end, Label::Handle, 0.95, "handle.url"));
        }
        out
    }

    /// The runs around "@" and the windows before "/" find what the whole text gives: emails
    /// and handles glued together, URLs with every prefix, 'ſ' and the Kelvin sign in them.
    /// Only ".Com"-style domains differ on purpose (found now; before, only with another URL).
    #[test]
    fn at_sign_runs_and_url_windows_find_what_the_whole_text_gives() {
        let pieces = [
            "@",
            "kayz_m",
            "jade.morris",
            "example",
            ".",
            "co",
            "uk",
            "com",
            "COM",
            "net",
            "am",
            "me",
            "/",
            "https://",
            "www.",
            "m.",
            "en-gb.",
            "facebook",
            "instagr.am",
            "tiKtoK",
            "inſtagram",
            "x",
            "Jade",
            "-",
            "_",
            "'",
            ",",
            ")",
            "é",
            "\u{a0}",
            "\n",
            "12",
            "a1",
        ];
        let texts = crate::detect::random_texts(&pieces, 4000, 24, 5, 0x2545_f491_4f6c_dd1d);
        let mut found = 0;
        for (round, mut text) in texts.into_iter().enumerate() {
            if round == 0 {
                text = "jade.morris@example.co.uk @kayz_m https://www.facebook.com/jade.m, \
                        x.com/kayz a@b@kayz_m inſtagram.com/x"
                    .to_string();
            }
            if text.contains(".Com") || text.contains(".cOM") || text.contains(".NET") || text.contains(".AM")
            {
                continue;
            }
            let mut near = Vec::new();
            at_signs(&text, &mut near);
            profile_urls(&text, &mut near);
            let mut whole = contacts_in_whole_text(&text);
            let key = |s: &Span| (s.start, s.end, s.detector);
            near.sort_by_key(key);
            whole.sort_by_key(key);
            assert_eq!(near, whole, "{text:?}");
            assert!(round > 0 || whole.len() == 6, "{whole:?}");
            found += whole.len();
        }
        assert!(found > 1000, "{found}");
    }

    /// Near their trigger words, the introduced and named handle patterns find what a search of
    /// the whole text finds, when the trigger words are words of their own (a trigger glued
    /// into another word is none); a trigger spelt with 'ſ' ("uſername") counts as one.
    #[test]
    fn introduced_and_named_handles_are_found_near_their_trigger_words() {
        let pieces = [
            "username",
            "user",
            "name",
            "handle",
            "account",
            "group",
            "chat",
            "by",
            "added",
            "is",
            "was",
            "to",
            "as",
            "called",
            ":",
            "=",
            "-",
            "@",
            "kayz_m",
            "its",
            ".",
            "melsa",
            "natan98",
            "snapchat",
            "insta",
            "tik",
            "tok",
            "profile",
            "id",
            "Jade",
            "the",
            "\n",
            "x",
            "uſername",
            "ſnap",
        ];
        let texts = crate::detect::random_texts(&pieces, 3000, 40, 16, 0x1234_5678_9abc_def1);
        let mut found = 0;
        for text in &texts {
            let tokens = crate::tokens::tokenize(text);
            let words = super::super::words::classify(text, &tokens);
            let cues = Cues::of(text, &tokens, &words);
            let mut near = Vec::new();
            find(text, &tokens, &cues, &mut near);
            near.retain(|s| matches!(s.detector, "handle.introduced" | "handle.named"));
            let mut whole = Vec::new();
            let whole_text = 0..text.len();
            let all = std::slice::from_ref(&whole_text);
            INTRODUCED_HANDLE.each_capture_if(
                text,
                all,
                |_| true,
                |c| introduced_handle(text, c, &mut whole),
            );
            NAMED_HANDLE.each_capture_if(text, all, |_| true, |c| named_handle(text, c, &mut whole));
            assert_eq!(near, whole, "{text:?}");
            found += near.len();
        }
        assert!(found > 3000, "{found}");
        let text = "Olaf changed hiſ uſername to olaf.wiſowaty";
        let tokens = crate::tokens::tokenize(text);
        let words = super::super::words::classify(text, &tokens);
        let mut out = Vec::new();
        find(text, &tokens, &Cues::of(text, &tokens, &words), &mut out);
        assert!(
            out.iter().any(|s| s.detector == "handle.introduced" && &text[s.start..s.end] == "olaf.wiſowaty"),
            "{out:?}"
        );
    }
}
