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
use crate::tokens::{glued_boundary, Kind, Token};

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
                Kind::Word if words[i].parts => parts_cue(text, t),
                Kind::Word => words[i].cue,
                Kind::Alnum if is_ordinal(t.text(text)) => Cues::ORDINAL,
                Kind::Alnum => parts_cue(text, t),
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
    words.words.get(lower).copied().unwrap_or(0)
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
fn is_ordinal(word: &str) -> bool {
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
