//! Cues: which kinds of trigger word a text contains, found in one pass over its tokens.
//!
//! Each regex detector needs some word to be present ("Road" for a street, a month for a written
//! date, "Snapchat" for a named handle). Checking the tokens once and skipping the regexes whose
//! trigger is absent avoids most full-text scans, which dominate the cost of `find`.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::lexicon::{WordShapes, MONTHS, WEEKDAYS};
use crate::tokens::{Kind, Token};

/// Bit flags, one per kind of trigger word.
#[derive(Clone, Copy, Default)]
pub(crate) struct Cues(u16);

impl Cues {
    pub const MONTH: u16 = 1;
    pub const WEEKDAY: u16 = 1 << 1;
    pub const ORDINAL: u16 = 1 << 2;
    pub const STREET: u16 = 1 << 3;
    pub const INSTITUTION: u16 = 1 << 4;
    pub const HOUSE: u16 = 1 << 5;
    pub const PLATFORM: u16 = 1 << 6;
    pub const HANDLE_WORD: u16 = 1 << 7;

    pub fn has(self, cue: u16) -> bool {
        self.0 & cue != 0
    }

    /// The cues of a text, from its tokens.
    pub fn of(text: &str, tokens: &[Token]) -> Cues {
        let mut bits = 0u16;
        let mut buf = [0u8; 16];
        let words = &*WORDS;
        for t in tokens {
            let word = t.text(text);
            if t.kind == Kind::Alnum {
                if is_ordinal(word) {
                    bits |= Cues::ORDINAL;
                }
                continue;
            }
            if t.kind != Kind::Word || word.len() > buf.len() || !word.is_ascii() {
                continue;
            }
            // Most words cannot be a trigger word: reject them by length and first two letters
            // before lowercasing and hashing.
            if !words.shapes.may_hold(word) {
                continue;
            }
            let lower = &mut buf[..word.len()];
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            let lower = std::str::from_utf8(lower).expect("ASCII");
            if let Some(&cue) = words.words.get(lower) {
                bits |= cue;
            }
        }
        Cues(bits)
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
