//! Cues: which kinds of trigger word a text contains, found in one pass over its tokens.
//!
//! Each regex detector needs some word to be present ("Road" for a street, a month for a written
//! date, "Snapchat" for a named handle). Checking the tokens once and skipping the regexes whose
//! trigger is absent avoids most full-text scans, which dominate the cost of `find`. Where the
//! trigger words are is kept too, so a pattern can be run only near them (`windows`).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::windows::{around, Reach};
use super::words::Word;
use crate::lexicon::{WordShapes, MONTHS, WEEKDAYS};
use crate::tokens::{glued_boundary, is_ascii_space, Kind, Token};

/// Which kinds of trigger word a text has (bit flags), and the tokens that are trigger words.
#[derive(Default)]
pub(crate) struct Cues {
    bits: u16,
    /// Token index and cue bits of every trigger word, in text order.
    hits: Vec<(usize, u16)>,
}

impl Cues {
    pub const MONTH: u16 = 1;
    pub const WEEKDAY: u16 = 1 << 1;
    pub const ORDINAL: u16 = 1 << 2;
    pub const STREET: u16 = 1 << 3;
    pub const INSTITUTION: u16 = 1 << 4;
    pub const HOUSE: u16 = 1 << 5;
    pub const PLATFORM: u16 = 1 << 6;
    pub const HANDLE_WORD: u16 = 1 << 7;
    /// A street word in lowercase: a street only after a number, flat or house name, which
    /// `Cues::of` looks for before it makes this `STREET` (never left in a text's cues).
    const STREET_LOWER: u16 = 1 << 8;
    /// A street, house or institution word in capitals ("ROAD", "COTTAGE", "PRIMARY"), which no
    /// pattern ends on as written: `detect::capitals` reads its text in title case.
    pub const CAPITAL_PLACE: u16 = 1 << 9;

    pub fn has(&self, cue: u16) -> bool {
        self.bits & cue != 0
    }

    /// The byte windows around the trigger words of kind `cue` (see `windows::around`).
    pub fn near(&self, tokens: &[Token], cue: u16, reach: Reach) -> Vec<std::ops::Range<usize>> {
        around(tokens, self.hits.iter().filter(|h| h.1 & cue != 0).map(|h| h.0), reach)
    }

    /// The cues of a text, from its tokens.
    pub fn of(text: &str, tokens: &[Token], words: &[Word]) -> Cues {
        let mut cues = Cues::default();
        for (i, t) in tokens.iter().enumerate() {
            let cue = match t.kind {
                // A piece of a joined word is not checked for what leads it.
                Kind::Word if words[i].parts() => street_lower_as_street(parts_cue(text, t)),
                Kind::Word => street_where_one_can_end(text, t.start, words[i].cue),
                Kind::Alnum if is_ordinal(t.text(text)) => Cues::ORDINAL,
                Kind::Alnum => street_lower_as_street(parts_cue(text, t)),
                Kind::Number | Kind::Punct => 0,
            };
            if cue != 0 {
                cues.bits |= cue;
                cues.hits.push((i, cue));
            }
        }
        cues
    }
}

/// `cue` with a lowercase street word taken as a street word.
fn street_lower_as_street(cue: u16) -> u16 {
    if cue & Cues::STREET_LOWER != 0 {
        cue & !Cues::STREET_LOWER | Cues::STREET
    } else {
        cue
    }
}

/// `cue`, the cues of a word (not a joined one) at `at`, with the street cue only where a street
/// can end on the word.
fn street_where_one_can_end(text: &str, at: usize, cue: u16) -> u16 {
    let can_end = if cue & Cues::STREET_LOWER != 0 {
        may_end_lower_street(text, at)
    } else if cue & Cues::STREET != 0 {
        after_street_word(text, at)
    } else {
        return cue;
    };
    let cue = street_lower_as_street(cue);
    if can_end {
        cue
    } else {
        cue & !Cues::STREET
    }
}

/// Whether a capitalised street word at `at` comes after a word `address::STREET` takes for a
/// street's (`WORD`: a capital, later a lowercase letter, then letters, apostrophes and hyphens)
/// and spaces: "Mill Road", not "by Dr Shah" or "at St Mary's". So going back over the spaces,
/// then over letters, apostrophes and hyphens, must meet a capital after a lowercase letter (or
/// a character outside ASCII, which this does not judge).
fn after_street_word(text: &str, at: usize) -> bool {
    let b = &text.as_bytes()[..at];
    let word_end = match b.iter().rposition(|&c| !is_ascii_space(c)) {
        Some(k) if k + 1 < at => k + 1,
        _ => return at > 0 && !b[at - 1].is_ascii(), // no space before: no street
    };
    let mut lower_after = false;
    for &c in b[..word_end].iter().rev() {
        match c {
            b'a'..=b'z' => lower_after = true,
            b'A'..=b'Z' if lower_after => return true,
            b'A'..=b'Z' | b'\'' | b'-' => {}
            c => return !c.is_ascii(),
        }
    }
    false
}

/// Whether a lowercase street word starting at `at` can end a street `address::STREET` takes:
/// its lowercase form ("27 carlton road", "Rose Cottage, mill lane") is up to three lowercase
/// words after a number, flat or house name, which ends in a digit or in a word with a capital.
/// So going back over lowercase words, apostrophes, hyphens, commas and at most four runs of
/// spaces must meet a digit or a capital (or a character outside ASCII, which this does not
/// judge). Most lowercase "close", "way" and "view" of a note are not streets.
fn may_end_lower_street(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let mut spaces = 0;
    for i in (0..at).rev() {
        match b[i] {
            b'a'..=b'z' | b'\'' | b'-' | b',' => {}
            c if is_ascii_space(c) => {
                if !is_ascii_space(b[i + 1]) {
                    spaces += 1;
                    if spaces > 4 {
                        return false;
                    }
                }
            }
            c => return c.is_ascii_uppercase() || c.is_ascii_digit() || !c.is_ascii(),
        }
    }
    false
}

/// Whether a word token may hold more than one word for a pattern: one with a joining mark or a
/// capital that starts a word inside it ("Mill-Road", "Road's", "inDecember", "MORRISJade"), or
/// a non-ASCII letter.
/// Lowercase, capitalised and all-capital words, most of a note, are one word.
pub(crate) fn has_parts(word: &str) -> bool {
    let b = word.as_bytes();
    if b.iter().skip(1).all(u8::is_ascii_lowercase) {
        return false; // the common case, checked first because it is cheap
    }
    (1..b.len()).any(|i| match b[i] {
        // A non-ASCII letter is no word character to a pattern's ASCII `\b` ("DrŽilinskas").
        b'-' | b'\'' | 0x80.. => true,
        c if c.is_ascii_uppercase() => {
            b[i - 1].is_ascii_lowercase() || b.get(i + 1).is_some_and(u8::is_ascii_lowercase)
        }
        _ => false,
    })
}

/// The cues of a token and of its parts, split at joining marks and at glued boundaries (where a
/// pattern without `\b` may start or end a match): "Mill-Road" is "Mill" and "Road",
/// "inDecember" is "in" and "December".
fn parts_cue(text: &str, t: &Token) -> u16 {
    let word = t.text(text);
    let mut cue = cue_of(word);
    let mut piece = t.start;
    for (i, c) in word.char_indices().skip(1) {
        let at = t.start + i;
        if JOINERS.contains(&c) {
            cue |= cue_of(&text[piece..at]);
            piece = at + c.len_utf8();
        } else if glued_boundary(text, at) {
            cue |= cue_of(&text[piece..at]);
            piece = at;
        }
    }
    if piece > t.start {
        cue |= cue_of(&text[piece..t.end]);
    }
    if !word.is_ascii() {
        // A character outside ASCII is a word's edge to the patterns' ASCII `\b`, whatever
        // `glued_boundary` makes of it: "PRUé" ends "PRU" ("Ué" reads as a capitalised word).
        for run in word.split(|c: char| !c.is_ascii() || JOINERS.contains(&c)) {
            if !run.is_empty() {
                cue |= cue_of(run);
            }
        }
    }
    cue
}

/// The marks that join a word token's parts ("Smith-Jones", "O'Neill").
const JOINERS: [char; 3] = ['-', '\'', '\u{2019}'];

/// The cues a word triggers (0 for most words).
pub(crate) fn cue_of(word: &str) -> u16 {
    let words = &*WORDS;
    let mut buf = [0u8; 16];
    if !word.is_ascii() {
        return folded_cue(word);
    }
    // Most words cannot be a trigger word: reject them by length and first two letters before
    // lowercasing and hashing.
    if word.len() > buf.len() || !words.shapes.may_hold(word) {
        return 0;
    }
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).expect("ASCII");
    let cue = words.words.get(lower).copied().unwrap_or(0);
    if cue & (Cues::STREET | Cues::HOUSE | Cues::INSTITUTION) == 0 {
        return cue;
    }
    as_written(word, lower, cue)
}

/// `cue`, the cues of `word` in any case, without those whose patterns cannot end on the word
/// as written: street, house and institution words are matched case-sensitively, as "Road",
/// "Cottage", "School" ("ROAD" and "school" end none), save a few lowercase and capital forms.
fn as_written(word: &str, lower: &str, cue: u16) -> u16 {
    let b = word.as_bytes();
    if !b[1..].iter().any(u8::is_ascii_uppercase) {
        if b[0].is_ascii_uppercase() {
            return cue; // capitalised: as the patterns write their words
        }
        // Lowercase: a street after a number ("27 carlton road"), "residential home".
        let mut cue = cue & !Cues::HOUSE;
        if cue & Cues::STREET != 0 {
            cue = cue & !Cues::STREET | Cues::STREET_LOWER;
        }
        if !matches!(lower, "home" | "pre-school") {
            cue &= !Cues::INSTITUTION;
        }
        return cue;
    }
    // In capitals or mixed case: only "PRU" of these; in capitals, a place word all the same.
    let capitals = if b.iter().all(u8::is_ascii_uppercase) { Cues::CAPITAL_PLACE } else { 0 };
    let cue = cue & !(Cues::STREET | Cues::HOUSE) | capitals;
    if word == "PRU" {
        cue
    } else {
        cue & !Cues::INSTITUTION
    }
}

/// The cues of a word spelt with 'ſ' or the Kelvin sign, which the patterns' case-insensitive
/// matching takes for "s" and "k" ("uſername"); 0 for any other non-ASCII word.
#[cold]
fn folded_cue(word: &str) -> u16 {
    if !word.contains(['\u{17F}', '\u{212A}']) {
        return 0;
    }
    let folded: String = word
        .chars()
        .map(|c| match c {
            '\u{17F}' => 's',
            '\u{212A}' => 'k',
            c => c,
        })
        .collect();
    if folded.is_ascii() {
        cue_of(&folded)
    } else {
        0
    }
}

/// "5th", "21st", "3RD".
pub(crate) fn is_ordinal(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3
        && b.len() <= 4
        && b[..b.len() - 2].iter().all(u8::is_ascii_digit)
        && matches!(&word[b.len() - 2..].to_ascii_lowercase()[..], "st" | "nd" | "rd" | "th")
}

/// Street suffixes (as in `address::SUFFIX`, lowercase).
const STREET_WORDS: &[&str] = &[
    "road",
    "rd",
    "street",
    "st",
    "avenue",
    "ave",
    "close",
    "cl",
    "court",
    "ct",
    "crescent",
    "cres",
    "drive",
    "dr",
    "gardens",
    "gdns",
    "grove",
    "gr",
    "hill",
    "lane",
    "ln",
    "mews",
    "parade",
    "pde",
    "place",
    "pl",
    "rise",
    "row",
    "square",
    "sq",
    "terrace",
    "terr",
    "tce",
    "view",
    "walk",
    "way",
    "wharf",
    "green",
    "park",
    "vale",
    "yard",
    "boulevard",
    "chase",
    "croft",
    "gate",
    "mount",
    "quay",
    "fields",
    "meadow",
    "meadows",
    "heights",
    "approach",
    "broadway",
    "esplanade",
    "promenade",
    "estate",
    "circus",
    "passage",
];

/// Last words of institution names (as in `address::INSTITUTION`, lowercase).
const INSTITUTION_WORDS: &[&str] = &[
    "school",
    "academy",
    "college",
    "nursery",
    "pre-school",
    "preschool",
    "surgery",
    "centre",
    "center",
    "clinic",
    "practice",
    "primary",
    "juniors",
    "infants",
    "home",
    "hostel",
    "refuge",
    "foyer",
    "pru",
    "unit",
    "montessori",
    "lodgings",
    "housing",
    "group",
];

/// Words of house names and flats.
const HOUSE_WORDS: &[&str] = &[
    "cottage",
    "house",
    "farm",
    "lodge",
    "barn",
    "hall",
    "manor",
    "villa",
    "bungalow",
    "cottages",
    "mill",
    "grange",
    "mansions",
    "buildings",
    "tower",
    "towers",
    "point",
    "flat",
    "apartment",
    "apt",
    "room",
    "maisonette",
    "studio",
    "unit",
];

/// Platform names that introduce a handle (as in `contact::NAMED_HANDLE`).
const PLATFORM_WORDS: &[&str] = &[
    "snapchat",
    "snap",
    "sc",
    "instagram",
    "insta",
    "ig",
    "tiktok",
    "tik",
    "twitter",
    "facebook",
    "fb",
    "kik",
    "discord",
    "telegram",
    "xbox",
    "psn",
    "gamertag",
    "twitch",
    "youtube",
    "threads",
];

/// Words that introduce a handle (as in `contact::INTRODUCED_HANDLE`).
const HANDLE_WORDS: &[&str] = &[
    "username",
    "user",
    "handle",
    "screen",
    "screenname",
    "gamertag",
    "gamer",
    "account",
    "profile",
    "chat",
    "added",
    "messaged",
    "followed",
];

/// Every trigger word with its cues, and their shapes to reject most words without hashing.
struct Words {
    words: FxHashMap<&'static str, u16>,
    shapes: WordShapes,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut words: FxHashMap<&'static str, u16> = FxHashMap::default();
    let lists: [(&[&'static str], u16); 6] = [
        (STREET_WORDS, Cues::STREET),
        (INSTITUTION_WORDS, Cues::INSTITUTION),
        (HOUSE_WORDS, Cues::HOUSE),
        (PLATFORM_WORDS, Cues::PLATFORM),
        (HANDLE_WORDS, Cues::HANDLE_WORD),
        (WEEKDAYS, Cues::WEEKDAY),
    ];
    for (list, cue) in lists {
        for w in list {
            *words.entry(w).or_default() |= cue;
        }
    }
    for (m, _) in MONTHS {
        *words.entry(m).or_default() |= Cues::MONTH;
    }
    let mut shapes = WordShapes::new();
    for w in words.keys() {
        shapes.insert(w);
    }
    Words { words, shapes }
});
