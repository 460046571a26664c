//! ADDRESS: flats, house numbers and names, streets with UK suffixes and the localities after
//! them; and named schools, surgeries, nurseries and children's homes, which locate a child.
//! Postcodes are left to their own detector so they keep their own label.

use std::ops::Range;
use std::sync::LazyLock;

use super::candidate;
use super::cues::Cues;
use super::windows::{Pattern, Reach};
use crate::lexicon::{self, Flags};
use crate::tokens::Token;
use crate::{Label, Span};

const SUFFIX: &str = r"(?:Road|Rd|Street|St|Avenue|Ave|Close|Cl|Court|Ct|Crescent|Cres|Drive|Dr|Gardens|Gdns|Grove|Gr|Hill|Lane|Ln|Mews|Parade|Pde|Place|Pl|Rise|Row|Square|Sq|Terrace|Terr|Tce|View|Walk|Way|Wharf|Green|Park|Vale|Yard|Boulevard|Chase|Croft|Gate|Mount|Quay|Fields|Meadow|Meadows|Heights|Approach|Broadway|Esplanade|Promenade|Estate|Circus|Passage)";
const WORD: &str = r"(?:St\.?\s|Saint\s)?[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*";
const NUMBER: &str = r"\d{1,4}[A-Za-z]?(?:\s?[-–]\s?\d{1,4}[A-Za-z]?)?";
const FLAT: &str = r"(?:(?:Flat|Apartment|Apt|Unit|Room|Maisonette|Studio)\.?\s*(?:\d{1,4}[A-Za-z]?|[A-Z](?-u:\b))|(?:Basement|Ground|First|Second|Top|Upper|Lower)\s+(?:Floor\s+)?Flat)";
const HOUSE: &str = r"(?:Cottage|House|Farm|Lodge|Barn|Hall|Manor|Villa|Bungalow|Cottages|Mill|Grange|Court|Mansions|Buildings|Tower|Towers|Point)";

static STREET: LazyLock<Pattern> = LazyLock::new(|| {
    let lower_suffix = SUFFIX.to_lowercase();
    Pattern::new(&format!(
        r"(?x)
        (?:(?P<flat>{FLAT}),?\s+)?
        (?:(?P<house>(?:The\s+)?(?:{WORD}\s+){{1,2}}{HOUSE}),?\s+)?
        (?:(?P<num>{NUMBER}),?\s+)?
        (?P<street>(?:{WORD}\s+){{0,3}}{WORD}\s+{SUFFIX}(?-u:\b)
          | (?-x:[a-z][a-z'\-]+(?: [a-z][a-z'\-]+){{0,2}}) \s+{lower_suffix}(?-u:\b))
        (?P<locality>(?:,[\ \t]*{WORD}(?:[\ \t]+{WORD}){{0,2}}){{1,3}}|[\ \t]+{WORD})?"
    ))
});

/// A named house standing alone: "moved to Orchard House" (not "the White House" or "Council House").
static NAMED_HOUSE: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(&format!(r"(?-u:\b)(?:The\s+)?{WORD}\s+House(?-u:\b)")));

/// A house name of one to three words (or "The" and words) and a comma before a street.
static HOUSE_THEN_STREET: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?-u:\b)(?:The\s+)?{WORD}(?:\s+{WORD}){{0,2}},\s+(?:{WORD}\s+){{0,2}}{WORD}\s+{SUFFIX}(?-u:\b)"
    ))
});

/// A flat or house name standing alone: "Apartment 12, Marine Court" is caught by STREET, but
/// "Flat 3" or "Rose Cottage" on their own are caught here.
static FLAT_OR_HOUSE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?-u:\b)(?:{FLAT}|(?:{WORD}\s+){{1,2}}(?:Cottage|Farm|Lodge|Barn|Manor|Bungalow|Grange))(?-u:\b)"
    ))
});

const INSTITUTION: &str = r"(?:Mother and Baby Unit|Pupil Referral Unit|Children'?s Centre|Montessori Nursery|Supported Lodgings|Supported Housing|Children'?s Home|Community School|Medical Practice|Residential Home|Residential Unit|Secondary School|residential home|Family Practice|children's home|Childrens Home|Grammar School|Group Practice|Infants School|Medical Centre|Primary School|Special School|childrens home|Family Centre|Health Centre|Infant School|Junior School|Medical Group|Day Nursery|Foster Home|Free School|High School|Secure Unit|Montessori|Pre-School|Pre-school|pre-school|Care Home|Preschool|Practice|Academy|College|Infants|Juniors|Nursery|Primary|Surgery|Center|Centre|Clinic|Hostel|Refuge|School|Foyer|PRU)";

static INSTITUTION_NAME: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?-u:\b)(?:{WORD}\s+){{0,3}}{WORD}(?:\s+(?:C of E|CofE|CE|RC|Catholic|Church of England|Methodist|Community|Primary|Junior|Infant|Church|Catholic Primary))?\s+{INSTITUTION}(?-u:\b)"
    ))
});

/// Words before "Court", "Park" or "Green" that make a building or body, not a street.
fn is_not_street_start(lower: &str) -> bool {
    matches!(
        lower,
        "family"
            | "crown"
            | "county"
            | "magistrates"
            | "magistrates'"
            | "youth"
            | "high"
            | "supreme"
            | "royal"
            | "civil"
            | "coroner's"
            | "coroners"
            | "appeal"
            | "district"
            | "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "its"
            | "in"
            | "at"
            | "on"
            | "to"
            | "of"
            | "by"
            | "and"
            | "or"
            | "from"
            | "for"
            | "with"
            | "national"
            | "car"
            | "theme"
            | "skate"
            | "water"
            | "retail"
            | "business"
            | "trading"
            | "holiday"
            | "safari"
            | "play"
            | "country"
            | "village"
            | "no"
            | "one"
            | "either"
            | "each"
            | "any"
            | "every"
            | "which"
            | "what"
            | "some"
            | "same"
            | "other"
            | "right"
            | "wrong"
            | "long"
            | "best"
            | "only"
            | "easy"
            | "hard"
            | "half"
            | "under"
            | "over"
            | "under-the"
            | "make"
            | "making"
            | "made"
            | "find"
            | "found"
            | "lost"
            | "give"
            | "gave"
    )
}

/// Words that describe a kind of school rather than name one ("her secondary school").
fn is_generic_school_word(lower: &str) -> bool {
    matches!(
        lower,
        "primary"
            | "secondary"
            | "junior"
            | "infant"
            | "infants"
            | "grammar"
            | "community"
            | "special"
            | "free"
            | "new"
            | "old"
            | "previous"
            | "current"
            | "local"
            | "mainstream"
            | "catholic"
            | "church"
            | "independent"
            | "private"
            | "state"
            | "boarding"
            | "sixth"
            | "form"
            | "alternative"
            | "residential"
            | "medical"
            | "gp"
            | "dental"
            | "family"
            | "children's"
            | "childrens"
            | "care"
            | "pupil"
            | "referral"
            | "day"
            | "after"
            | "breakfast"
    )
}

/// How far the patterns reach from their trigger words, in tokens. A street word ends the
/// street; before it come up to four words, a number, a house name and a flat, after it up to
/// three localities. A house or flat word starts or ends its name. An institution word ends it.
const STREET_REACH: Reach = Reach { back: 16, ahead: 12 };
const HOUSE_REACH: Reach = Reach { back: 8, ahead: 4 };
const INSTITUTION_REACH: Reach = Reach { back: 24, ahead: 3 };

pub(crate) fn find(text: &str, tokens: &[Token], cues: &Cues, out: &mut Vec<Span>) {
    if cues.has(Cues::STREET) {
        find_streets(text, &cues.near(tokens, Cues::STREET, STREET_REACH), out);
    }
    if cues.has(Cues::HOUSE) {
        find_houses(text, &cues.near(tokens, Cues::HOUSE, HOUSE_REACH), out);
    }
    if cues.has(Cues::INSTITUTION) {
        find_institutions(text, &cues.near(tokens, Cues::INSTITUTION, INSTITUTION_REACH), out);
    }
}

/// Streets with their flat, house and number, and house names before a street.
fn find_streets(text: &str, near: &[Range<usize>], out: &mut Vec<Span>) {
    STREET.each_capture(text, near, |c| {
        let m = c.get(0).unwrap();
        let street = c.name("street").unwrap();
        let anchored = c.name("flat").is_some() || c.name("house").is_some() || c.name("num").is_some();
        let first_word = street.as_str().split_whitespace().next().unwrap_or("");
        let first_lower = first_word.to_lowercase();
        if !anchored && (is_not_street_start(&first_lower) || lexicon::get().is_not_name(&first_lower)) {
            return;
        }
        if street.as_str().starts_with(|c: char| c.is_lowercase()) && !anchored {
            return;
        }
        // Keep localities that read as place names, not the start of a new clause.
        let mut end = m.end();
        if let Some(loc) = c.name("locality").filter(|l| !l.as_str().is_empty()) {
            let mut kept = loc.start();
            let mut offset = loc.start();
            if !loc.as_str().starts_with(',') {
                // A town after the street without a comma ("136 Birdham Road Hove") only when the
                // word is a known place.
                let word = loc.as_str().trim().to_lowercase();
                if lexicon::get().flags(&word).has(Flags::PLACE) {
                    kept = loc.end();
                }
            }
            for piece in loc.as_str().split(',').skip(1) {
                let piece_start = offset + 1;
                offset = piece_start + piece.len();
                let word = piece.split_whitespace().next().unwrap_or("").to_lowercase();
                if word.is_empty() || lexicon::get().is_not_name(&word) || lexicon::is_relation(&word) {
                    break;
                }
                kept = offset;
            }
            end = kept;
        }
        let start = if anchored { m.start() } else { street.start() };
        let score = if anchored { 0.92 } else { 0.75 };
        out.push(candidate(start, end, Label::Address, score, "address.street"));
    });
    HOUSE_THEN_STREET.each_match(text, near, |m| {
        let first = text[m.clone()].split_whitespace().next().unwrap_or("").to_lowercase();
        if first == "the" || !(is_not_street_start(&first) || lexicon::get().is_not_name(&first)) {
            out.push(candidate(m.start, m.end, Label::Address, 0.85, "address.house"));
        }
    });
}

/// Named houses and flats standing alone.
fn find_houses(text: &str, near: &[Range<usize>], out: &mut Vec<Span>) {
    NAMED_HOUSE.each_match(text, near, |m| {
        let mut words = text[m.clone()].split_whitespace();
        let first = words.next().unwrap_or("");
        let name = if first == "The" { words.next().unwrap_or("") } else { first };
        let lower = name.to_lowercase();
        if !(is_not_street_start(&lower)
            || lexicon::get().is_not_name(&lower)
            || is_generic_school_word(&lower))
        {
            out.push(candidate(m.start, m.end, Label::Address, 0.8, "address.house"));
        }
    });
    FLAT_OR_HOUSE.each_match(text, near, |m| {
        out.push(candidate(m.start, m.end, Label::Address, 0.7, "address.flat_or_house"));
    });
}

/// Named schools, surgeries, nurseries, children's homes.
fn find_institutions(text: &str, near: &[Range<usize>], out: &mut Vec<Span>) {
    INSTITUTION_NAME.each_match(text, near, |m| {
        // Drop leading function words ("The", "Her"): the name starts at the first real word.
        let mut start = m.start;
        for w in text[m.clone()].split_whitespace() {
            let lower = w.to_lowercase();
            if w == "The"
                || !(is_not_street_start(&lower)
                    || lexicon::get().is_not_name(&lower)
                    || is_generic_school_word(&lower))
            {
                break;
            }
            start += text[start..].find(w).unwrap() + w.len();
            start += text[start..].len() - text[start..].trim_start().len();
        }
        if start < m.end && text[start..m.end].contains(' ') {
            out.push(candidate(start, m.end, Label::Address, 0.93, "address.institution"));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn cues(s: &str) -> Cues {
        let tokens = tokenize(s);
        Cues::of(s, &tokens, &crate::detect::words::classify(s, &tokens))
    }

    fn alternatives(group: &str) -> Vec<&str> {
        group.trim_start_matches("(?:").trim_end_matches(')').split('|').collect()
    }

    /// The cue lists that gate the regexes must cover every word the regexes end on, or
    /// addresses would be skipped.
    #[test]
    fn cues_cover_every_trigger_word() {
        for s in alternatives(SUFFIX) {
            assert!(cues(&format!("27 Carlton {s}")).has(Cues::STREET), "{s}");
            assert!(cues(&format!("27 carlton {}", s.to_lowercase())).has(Cues::STREET), "{s}");
        }
        for s in alternatives(INSTITUTION) {
            assert!(cues(s).has(Cues::INSTITUTION), "{s}");
        }
        for s in [
            "Flat 3",
            "Apartment 12",
            "Unit 4",
            "Room 2",
            "Studio 1",
            "Top Floor Flat",
            "Rose Cottage",
            "Orchard House",
        ] {
            assert!(cues(s).has(Cues::HOUSE), "{s}");
        }
    }
}
