//! ADDRESS: flats, house numbers and names, streets with UK suffixes and the localities after
//! them; and named schools, surgeries, nurseries and children's homes, which locate a child.
//! Postcodes are left to their own detector so they keep their own label.

use std::ops::Range;
use std::sync::LazyLock;

use super::cues::Cues;
use super::windows::{Pattern, Reach};
use super::{candidate, words};
use crate::lexicon::{self, Flags};
use crate::tokens::{Kind, Token};
use crate::{Label, Span};

// Spaces and digits are ASCII classes, `(?-u:\s)` and `[0-9]`: `find` runs on text whose wide
// spaces are already ASCII (`spaces`), and the Unicode classes (digits of every script, the other
// Unicode spaces) doubled STREET's lazy DFA (2.6 MB of cache against 1.4 MB over the corpus).
const SUFFIX: &str = r"(?:Road|Rd|Street|St|Avenue|Ave|Close|Cl|Court|Ct|Crescent|Cres|Drive|Dr|Gardens|Gdns|Grove|Gr|Hill|Lane|Ln|Mews|Parade|Pde|Place|Pl|Rise|Row|Square|Sq|Terrace|Terr|Tce|View|Walk|Way|Wharf|Green|Park|Vale|Yard|Boulevard|Chase|Croft|Gate|Mount|Quay|Fields|Meadow|Meadows|Heights|Approach|Broadway|Esplanade|Promenade|Estate|Circus|Passage)";
const WORD: &str = r"(?:St\.?(?-u:\s)|Saint(?-u:\s))?[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*";
const NUMBER: &str = r"[0-9]{1,4}[A-Za-z]?(?:(?-u:\s)?[-–](?-u:\s)?[0-9]{1,4}[A-Za-z]?)?";
const FLAT: &str = r"(?:(?:Flat|Apartment|Apt|Unit|Room|Maisonette|Studio)\.?(?-u:\s)*(?:[0-9]{1,4}[A-Za-z]?|[A-Z](?-u:\b))|(?:Basement|Ground|First|Second|Top|Upper|Lower)(?-u:\s)+(?:Floor(?-u:\s)+)?Flat)";
/// House words: a house name ends in one ("Rose Cottage"), and before a postcode a piece ending
/// in one can start an address ("Penrose House, Tollgate Road").
const HOUSE_WORDS: &[&str] = &[
    "Cottage",
    "House",
    "Farm",
    "Lodge",
    "Barn",
    "Hall",
    "Manor",
    "Villa",
    "Bungalow",
    "Cottages",
    "Mill",
    "Grange",
    "Court",
    "Mansions",
    "Buildings",
    "Tower",
    "Towers",
    "Point",
];

/// The lowercase words that join a town's name ("Newcastle upon Tyne", "Southend on Sea",
/// "Barrow in Furness", "Ashby de la Zouch"); hyphenated ones are one `WORD` already.
const JOIN: &str = r"(?:upon|on|under|in|by|super|de\ la|de|le|en|cum|next\ the)";

/// The street itself: words and a street word, or (after a number) lowercase words and a
/// lowercase street word. No literal spaces outside `(?-x:)`, so it reads the same inside STREET's
/// `(?x)`.
fn street_name() -> String {
    let lower_suffix = SUFFIX.to_lowercase();
    format!(
        r"(?:{WORD}(?-u:\s)+){{0,3}}{WORD}(?-u:\s)+{SUFFIX}(?-u:\b)|(?-x:[a-z][a-z'\-]+(?: [a-z][a-z'\-]+){{0,2}})(?-u:\s)+{lower_suffix}(?-u:\b)"
    )
}

/// A house name before a street.
fn house_name() -> String {
    let house = HOUSE_WORDS.join("|");
    format!(r"(?:The(?-u:\s)+)?(?:{WORD}(?-u:\s)+){{1,2}}(?:{house})")
}

/// A street with its flat, house name, number and localities. Its groups name the pieces, but
/// the capturing engine costs several times the match itself, so only the match is searched
/// for and `street_pieces` finds the pieces with the smaller patterns below.
static STREET: LazyLock<Pattern> = LazyLock::new(|| {
    let (house, street) = (house_name(), street_name());
    Pattern::new(&format!(
        r"(?x)
        (?:(?P<flat>{FLAT}),?(?-u:\s)+)?
        (?:(?P<house>{house}),?(?-u:\s)+)?
        (?:(?P<num>{NUMBER}),?(?-u:\s)+)?
        (?P<street>{street})
        (?P<locality>(?:,[\ \t]*{WORD}(?:[\ \t]+(?:{JOIN}[\ \t]+)?{WORD}){{0,2}}){{1,3}}|[\ \t]+{WORD})?"
    ))
});

/// STREET's `street` group alone: where the localities start.
static STREET_NAME: LazyLock<Pattern> = LazyLock::new(|| Pattern::new(&street_name()));

/// STREET from a flat on, without localities: whether the flat takes part.
static FLAT_STREET: LazyLock<Pattern> = LazyLock::new(|| {
    let (house, street) = (house_name(), street_name());
    Pattern::new(&format!(r"{FLAT},?(?-u:\s)+(?:{house},?(?-u:\s)+)?(?:{NUMBER},?(?-u:\s)+)?(?:{street})"))
});

/// STREET's flat and what follows it, up to the next piece's first character.
static FLAT_LEAD: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(&format!(r"{FLAT},?(?-u:\s)+[A-Za-z0-9]")));

/// STREET from a house name on, without localities: whether the house name takes part and, as
/// a group, where the street starts after it (the name's words can be split more than one way).
static HOUSE_STREET: LazyLock<Pattern> = LazyLock::new(|| {
    let (house, street) = (house_name(), street_name());
    Pattern::new(&format!(r"{house},?(?-u:\s)+(?:{NUMBER},?(?-u:\s)+)?(?P<street>{street})"))
});

/// STREET's number and what follows it, up to the street's first letter.
static NUM_LEAD: LazyLock<Pattern> = LazyLock::new(|| Pattern::new(&format!(r"{NUMBER},?(?-u:\s)+[A-Za-z]")));

/// STREET's groups in its match `m`, found without running the capturing engine on STREET.
///
/// `m` is STREET's leftmost-first match, so its groups are those of the first way through the
/// pattern that ends there. Each test below is an anchored search bounded by `m.end`, which finds
/// what that first way takes: a way the smaller pattern prefers and that fits would complete to
/// a way STREET prefers (the localities may be left out). An optional piece takes part exactly
/// when the pattern from that piece on matches. A flat and a house name start with an ASCII
/// capital, a street with an ASCII letter and a number with an ASCII digit, so a
/// flat's or number's extent is its only way to run up to the next piece's first character; a
/// house name's words can split more than one way, so HOUSE_STREET's group says where the
/// street starts.
fn street_pieces(text: &str, m: Range<usize>) -> StreetPieces {
    let b = text.as_bytes();
    let mut at = m.start;
    if b[at].is_ascii_uppercase() && FLAT_STREET.anchored_end(text, at..m.end).is_some() {
        let lead = FLAT_LEAD.anchored_end(text, at..m.end).expect("a flat leads");
        at = lead - text[..lead].chars().next_back().map_or(0, char::len_utf8);
    }
    let street = if !b[at].is_ascii_alphabetic() {
        NUM_LEAD.anchored_end(text, at..m.end).expect("a number leads") - 1
    } else if b[at].is_ascii_uppercase() && HOUSE_STREET.anchored_end(text, at..m.end).is_some() {
        let street = HOUSE_STREET.anchored_captures(text, at..m.end, |c| c.name("street").unwrap().start());
        street.expect("a house name leads")
    } else {
        at
    };
    StreetPieces { street, anchored: street > m.start, end: m.end }
}

/// STREET's groups in one match (see `street_pieces`).
#[derive(Debug)]
struct StreetPieces {
    /// Where the `street` group starts.
    street: usize,
    /// Whether a flat, house name or number comes before the street.
    anchored: bool,
    /// Where the match ends.
    end: usize,
}

impl StreetPieces {
    /// The `locality` group, when it took part: after the street's end, to the match's end.
    fn locality(&self, text: &str) -> Option<Range<usize>> {
        let street_end = STREET_NAME.anchored_end(text, self.street..self.end).expect("a street");
        (street_end < self.end).then_some(street_end..self.end)
    }
}

/// A named house standing alone: "moved to Orchard House" (not "the White House" or "Council House").
static NAMED_HOUSE: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(&format!(r"(?-u:\b)(?:The(?-u:\s)+)?{WORD}(?-u:\s)+House(?-u:\b)")));

/// A house name of one to three words (or "The" and words) and a comma before a street.
static HOUSE_THEN_STREET: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?-u:\b)(?:The(?-u:\s)+)?{WORD}(?:(?-u:\s)+{WORD}){{0,2}},(?-u:\s)+(?:{WORD}(?-u:\s)+){{0,2}}{WORD}(?-u:\s)+{SUFFIX}(?-u:\b)"
    ))
});

/// A flat or house name standing alone: "Apartment 12, Marine Court" is caught by STREET, but
/// "Flat 3" or "Rose Cottage" on their own are caught here.
static FLAT_OR_HOUSE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?-u:\b)(?:{FLAT}|(?:{WORD}(?-u:\s)+){{1,2}}(?:Cottage|Farm|Lodge|Barn|Manor|Bungalow|Grange))(?-u:\b)"
    ))
});

const INSTITUTION: &str = r"(?:Mother and Baby Unit|Pupil Referral Unit|Children['’]?s Centre|Montessori Nursery|Supported Lodgings|Supported Housing|Children['’]?s Home|Community School|Medical Practice|Residential Home|Residential Unit|Secondary School|residential home|Family Practice|children['’]s home|Childrens Home|Grammar School|Group Practice|Infants School|Medical Centre|Primary School|Special School|childrens home|Family Centre|Health Centre|Infant School|Junior School|Medical Group|Day Nursery|Foster Home|Free School|High School|Secure Unit|Montessori|Pre-School|Pre-school|pre-school|Care Home|Preschool|Practice|Academy|College|Infants|Juniors|Nursery|Primary|Surgery|Center|Centre|Clinic|Hostel|Refuge|School|Foyer|PRU)";

static INSTITUTION_NAME: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?-u:\b)(?:{WORD}(?-u:\s)+){{0,3}}{WORD}(?:(?-u:\s)+(?:C of E|CofE|CE|RC|Catholic|Church of England|Methodist|Community|Primary|Junior|Infant|Church|Catholic Primary))?(?-u:\s)+{INSTITUTION}(?-u:\b)"
    ))
});

/// `word.to_lowercase()`, into a buffer reused across words (no allocation for an ASCII word).
fn lower<'b>(word: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        buf.push_str(&word.to_lowercase());
    }
    buf
}

/// What the lexicon says of a word in any case. From the per-thread word memo for an ASCII word,
/// which the memo lowercases as [`lower`] does: the lexicon's big table costs a cache miss a
/// word, and every street and institution match asks about several.
struct Listed {
    not_name: bool,
    place: bool,
    relation: bool,
}

fn listed(word: &str) -> Listed {
    if word.is_ascii() {
        let w = words::lookup(word);
        return Listed { not_name: w.listed_not_name(), place: w.place(), relation: w.relation() };
    }
    let f = lexicon::get().flags(lower(word, &mut String::new()));
    Listed { not_name: f.has(Flags::NOT_NAME), place: f.has(Flags::PLACE), relation: f.has(Flags::RELATION) }
}

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
    ) || is_greeting(lower)
}

/// "Dear Dr Pickering" is a greeting, not Dear Drive, even after a number ("2023\n\nDear Dr").
fn is_greeting(lower: &str) -> bool {
    matches!(lower, "dear" | "hi" | "hello")
}

/// Words that say, before the last word of an institution's name, what kind it is: "Group"
/// Practice, "Junior" School, "Medical" Centre, "C of E" Primary; the generic school words and
/// three more.
pub(crate) fn is_kind_word(lower: &str) -> bool {
    is_generic_school_word(lower) || matches!(lower, "group" | "health" | "high" | "e")
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
            | "children’s"
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
    find_nursery_chains(text, tokens, out);
    find_before_postcodes(text, tokens, out);
}

/// Words that start a flat, block or pitch before a number or letter ("Block C", "Pitch 9").
const UNIT_WORDS: &[&str] = &[
    "flat",
    "apartment",
    "apt",
    "unit",
    "block",
    "pitch",
    "plot",
    "maisonette",
    "studio",
    "basement",
    "ground",
];

/// Whether `word` is one of [`UNIT_WORDS`], in any case.
fn is_unit_word(word: &str) -> bool {
    UNIT_WORDS.iter().any(|u| u.eq_ignore_ascii_case(word))
}

/// The address written before a postcode, on its line ("Flat 7, Llys Derwen, Cathays, Cardiff
/// CF24 4SX") or on the lines above it in a letter's heading ("27 Parr Street / Whitechapel /
/// London / E1 2LT"): capitalised words, numbers and commas back to where an address can
/// start, a house number, a flat or block word, a quoted house name or a house word ending
/// its piece ("Penrose House,"). The street patterns need a street word; this needs the
/// postcode.
fn find_before_postcodes(text: &str, tokens: &[Token], out: &mut Vec<Span>) {
    let mut postcodes: Vec<Range<usize>> =
        out.iter().filter(|c| c.label == Label::Postcode).map(|c| c.start..c.end).collect();
    postcodes.sort_by_key(|r| r.start);
    for (n, start) in postcodes.iter().map(|r| r.start).enumerate() {
        // The postcode before this one ends the address ("BN2 1AB, bn34ab").
        let after_previous = n.checked_sub(1).map_or(0, |m| postcodes[m].end);
        let p = tokens.partition_point(|t| t.start < start);
        if p == 0 || p >= tokens.len() || tokens[p].start != start {
            continue;
        }
        // On its own line, the lines above are the address's; else the line's start is as far
        // as it goes.
        let own_line = tokens[p].newline_before;
        let mut lines_up = 0;
        let mut k = p;
        let mut first = p;
        while k > 0 {
            let t = &tokens[k - 1];
            if tokens[k].newline_before {
                let blank = text[t.end..tokens[k].start].matches('\n').count() > 1;
                if !own_line || blank || lines_up == 4 {
                    break;
                }
                lines_up += 1;
            }
            // An address holds far fewer tokens; the bound keeps a long run of capitals linear.
            if !part_of_address(text, t) || t.start < after_previous || p - k >= 48 {
                break;
            }
            k -= 1;
            first = k;
        }
        // The first place an address can start, from the left.
        let starts_here = |i: usize| {
            let t = &tokens[i];
            let piece_start = i == first || tokens[i].newline_before || tokens[i - 1].is(text, b',');
            let house_piece = || {
                let end =
                    (i..p).find(|&j| tokens[j].is(text, b',') || tokens[j + 1].newline_before).unwrap_or(p);
                end > i && HOUSE_WORDS.contains(&tokens[end - 1].text(text))
            };
            piece_start
                && (t.kind == Kind::Number
                    || t.kind == Kind::Alnum
                    || is_unit_word(t.text(text))
                    || matches!(t.text(text), "\"" | "\u{201c}")
                    || t.kind == Kind::Word && house_piece())
        };
        let Some(from) = (first..p).find(|&i| starts_here(i)) else { continue };
        // Up to the last word or number: not a comma or full stop before the postcode.
        let last = (from..p).rev().find(|&i| {
            tokens[i].kind != Kind::Punct || !matches!(tokens[i].text(text), "," | "." | "-" | "/")
        });
        let Some(last) = last else { continue };
        let end = tokens[last].end;
        let pieces =
            (from..p).filter(|&i| tokens[i].is(text, b',') || i > from && tokens[i].newline_before).count();
        if pieces >= 1 && end > tokens[from].start {
            // Above the street patterns' scores: it holds what they find and the pieces around.
            out.push(candidate(tokens[from].start, end, Label::Address, 0.93, "address.before_postcode"));
        }
    }
}

/// Whether token `t` can stand inside an address before a postcode: a capitalised word, a
/// number, a comma, a quote, a slash or a dash, "upon" ("Newcastle upon Tyne"), or the
/// apostrophe and "s" of "Travellers' Site".
fn part_of_address(text: &str, t: &Token) -> bool {
    let s = t.text(text);
    match t.kind {
        Kind::Number | Kind::Alnum => true,
        Kind::Punct => matches!(s, "," | "\"" | "\u{201c}" | "\u{201d}" | "/" | "-" | "'" | "\u{2019}" | "."),
        Kind::Word => {
            let w = words::lookup(s);
            let capital = s.starts_with(|c: char| c.is_uppercase());
            // A flat or block word, or a block's letter ("Block C").
            let unit = is_unit_word(s) || s.len() == 1;
            (capital && (unit || !w.title() && !w.relation() && !w.listed_not_name() && !w.month()))
                || matches!(s, "upon" | "on" | "s")
        }
    }
}

/// Nursery chains whose sites are named by their place, with no institution word after it
/// ("Busy Bees Aldwick", "Bright Horizons Hove"): the brand's two words, capitalised or in
/// capitals.
const NURSERY_CHAINS: &[(&str, &str)] =
    &[("busy", "bees"), ("bright", "horizons"), ("kids", "planet"), ("monkey", "puzzle"), ("kiddi", "caru")];

/// A chain nursery's site: the brand and one or two capitalised words after it on the line
/// ("Tanya attends Busy Bees Steyning three mornings a week"). The brand alone names no place.
fn find_nursery_chains(text: &str, tokens: &[Token], out: &mut Vec<Span>) {
    let capitalised = |t: &Token| {
        t.kind == Kind::Word
            && t.space_before
            && !t.newline_before
            && text[t.start..].starts_with(|c: char| c.is_uppercase())
            && !words::lookup(t.text(text)).not_name()
    };
    let b = text.as_bytes();
    for i in 0..tokens.len().saturating_sub(2) {
        // Most tokens leave here, on their length and first byte: every brand's first word is
        // 4 to 6 letters and starts with B, K or M.
        let t = &tokens[i];
        if !(4..=6).contains(&(t.end - t.start)) || !matches!(b[t.start], b'B' | b'K' | b'M') {
            continue;
        }
        let brand = t.text(text);
        let second = &tokens[i + 1];
        let is_brand = NURSERY_CHAINS
            .iter()
            .any(|(one, two)| brand.eq_ignore_ascii_case(one) && second.text(text).eq_ignore_ascii_case(two));
        if !is_brand || !second.space_before || second.newline_before {
            continue;
        }
        let site = (i + 2..tokens.len().min(i + 4)).take_while(|&k| capitalised(&tokens[k])).last();
        if let Some(end) = site {
            out.push(candidate(
                tokens[i].start,
                tokens[end].end,
                Label::Address,
                0.93,
                "address.nursery_chain",
            ));
        }
    }
}

/// `find` with every pattern searched in the whole text: what the windows must give.
#[cfg(test)]
fn find_everywhere(text: &str, out: &mut Vec<Span>) {
    #[allow(clippy::single_range_in_vec_init)] // a window list of one window
    let all = [0..text.len()];
    find_streets(text, &all, out);
    find_houses(text, &all, out);
    find_institutions(text, &all, out);
}

/// Where a locality `piece` stops being a town's name: before a lowercase joining word whose next
/// word is a month, a day or another word that names no place ("Hove on Monday", "Hove in March").
fn joined_clause(piece: &str) -> Option<usize> {
    let names_no_place = |next: &&str| {
        let w = words::lookup(next);
        next.starts_with(|c: char| c.is_uppercase()) && (w.not_name() || w.month())
    };
    let mut words = piece.split_whitespace().peekable();
    while let Some(w) = words.next() {
        let joins = w.starts_with(|c: char| c.is_ascii_lowercase());
        if joins && words.peek().is_some_and(names_no_place) {
            // Where the word starts, from its address (as `forms::person_value` reads its words).
            let at = w.as_ptr() as usize - piece.as_ptr() as usize;
            return Some(piece[..at].trim_end().len());
        }
    }
    None
}

/// Streets with their flat, house and number, and house names before a street.
fn find_streets(text: &str, near: &[Range<usize>], out: &mut Vec<Span>) {
    let mut buf = String::new();
    STREET.each_match(text, near, |m| {
        let p = street_pieces(text, m.clone());
        let anchored = p.anchored;
        let street = &text[p.street..m.end];
        let first_word = street.split_whitespace().next().unwrap_or("");
        let first_lower = lower(first_word, &mut buf);
        // "The Willows Fittleworth Gardens": a house name with "The" before a street; the word
        // after "The" is judged as a street's first word, and two words at least must come
        // before the street word ("The Brighton Road" alone is read as no address).
        let house_with_the = first_word == "The" && {
            let words: Vec<&str> = street.split_whitespace().skip(1).collect();
            let street_at = words.len().saturating_sub(1);
            street_at >= 2
                && words[..street_at].iter().all(|w| {
                    let lower = w.to_lowercase();
                    w.starts_with(|c: char| c.is_uppercase())
                        && !(is_not_street_start(&lower)
                            || listed(w).not_name
                            || lexicon::is_contact_verb(&lower))
                })
        };
        if !anchored && !house_with_the && (is_not_street_start(first_lower) || listed(first_word).not_name) {
            return;
        }
        // "24.10.22 Miss Park reports": a title starts a name, not a street ("St" starts both).
        if first_lower != "st" && lexicon::is_strong_title(first_lower) || is_greeting(first_lower) {
            return;
        }
        if street.starts_with(|c: char| c.is_lowercase()) && !anchored {
            return;
        }
        // Keep localities that read as place names, not the start of a new clause.
        let mut end = m.end;
        if let Some(loc) = p.locality(text) {
            let loc_str = &text[loc.clone()];
            let mut kept = loc.start;
            let mut offset = loc.start;
            if !loc_str.starts_with(',') {
                // A town after the street without a comma ("136 Birdham Road Hove") only when the
                // word is a known place.
                if listed(loc_str.trim()).place {
                    kept = loc.end;
                }
            }
            for piece in loc_str.split(',').skip(1) {
                let piece_start = offset + 1;
                offset = piece_start + piece.len();
                let word = piece.split_whitespace().next().unwrap_or("");
                if word.is_empty() {
                    break;
                }
                let listed = listed(word);
                if listed.not_name || listed.relation {
                    break;
                }
                // "Newcastle upon Tyne", not "Hove on Monday": the word after a joining word
                // must be able to name a place.
                if let Some(cut) = joined_clause(piece) {
                    kept = piece_start + cut;
                    break;
                }
                kept = offset;
            }
            end = kept;
        }
        let start = if anchored { m.start } else { p.street };
        let score = if anchored { 0.92 } else { 0.75 };
        out.push(candidate(start, end, Label::Address, score, "address.street"));
    });
    HOUSE_THEN_STREET.each_match(text, near, |m| {
        let raw = text[m.clone()].split_whitespace().next().unwrap_or("");
        let first = raw.to_lowercase();
        if first == "the" || !(is_not_street_start(&first) || listed(raw).not_name) {
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
        if !(is_not_street_start(&lower) || listed(name).not_name || is_generic_school_word(&lower)) {
            out.push(candidate(m.start, m.end, Label::Address, 0.8, "address.house"));
        }
    });
    FLAT_OR_HOUSE.each_match(text, near, |m| {
        // "The meeting took place in Room 7": a room or unit alone is no one's home; with a
        // street after it, STREET takes it.
        if text[m.clone()].starts_with("Room") || text[m.clone()].starts_with("Unit") {
            return;
        }
        out.push(candidate(m.start, m.end, Label::Address, 0.7, "address.flat_or_house"));
    });
}

/// Named schools, surgeries, nurseries, children's homes.
fn find_institutions(text: &str, near: &[Range<usize>], out: &mut Vec<Span>) {
    let mut buf = String::new();
    INSTITUTION_NAME.each_match(text, near, |m| {
        // Drop leading function words ("The", "Her"): the name starts at the first real word.
        let mut start = m.start;
        for w in text[m.clone()].split_whitespace() {
            let word = lower(w, &mut buf);
            if w == "The"
                || !(is_not_street_start(word) || listed(w).not_name || is_generic_school_word(word))
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

    /// `street_pieces` reads STREET's groups without the capturing engine: it must give what the
    /// groups give, for every way a flat, house name and number can lead (or seem to).
    #[test]
    #[allow(clippy::single_range_in_vec_init)] // a window list of one window
    fn street_pieces_are_the_groups() {
        let texts = [
            "lives at 12 High Street, Hove, East Sussex with mum",
            "12-14 Church Road Brighton; 12 - 14A Church Road, Hove and 7b, Elm Close",
            "12345 High Street and 4 high street and 9 st johns road",
            "Flat 3, 12 High Street, Hove, East Sussex. Flat B Rose Cottage, 4 Mill Lane",
            "Flat. 7 Marine Court Road; Apartment 12, Marine Court, Sea Road, Worthing",
            "Top Floor Flat, 9 Park Road and Lower Flat Lane and First Floor Flat Manor House Farm Road",
            "Manor House Farm, 3 Church Road. Manor House Farm Road. Mill Cottage Farm 2 Old Road",
            "The Old Mill House, St. John's Road, Hove; St Mary Court, Saint Peter Street, Lewes",
            "Rose Cottage High Street Hove. Studio 5 Park Lane Hove, her brother. Unit A Road",
            "moved to the family court road, then Crown Court Lane, Oak Court Court Road",
            "Room 4 2 Long Lane Seaford, Flat A1 Mill Road, Flat 12A, 3-5 Elm Grove, Kemp Town",
            "at ١٢ High Street, Hove and Flat 4, 12 Park Road Lewes, Flat 2 ٣ Elm Road",
        ];
        for text in texts {
            let mut groups = Vec::new();
            STREET.each_capture(text, &[0..text.len()], |c| {
                let led = ["flat", "house", "num"].iter().any(|g| c.name(g).is_some());
                let locality = c.name("locality").filter(|l| !l.as_str().is_empty());
                groups.push((c.name("street").unwrap().start(), led, locality.map(|l| l.start()..l.end())));
            });
            let mut pieces = Vec::new();
            STREET.each_match(text, &[0..text.len()], |m| {
                let p = street_pieces(text, m);
                pieces.push((p.street, p.anchored, p.locality(text)));
            });
            assert_eq!(pieces, groups, "{text}");
            assert!(!groups.is_empty(), "{text}");
        }
    }

    /// A street, house or institution word opens a window only where the patterns can end on
    /// it as written: "Road" after a name, "road" after a number, flat or house name.
    #[test]
    fn trigger_words_count_only_where_a_pattern_can_end_on_them() {
        for s in [
            "27 carlton road",
            "Rose Cottage, mill lane",
            "12a st johns road",
            "Flat 3, the old mill road",
            "Mill Road",
            "lives at Mill  Road",
            "O'Neill-Smith Road",
        ] {
            assert!(cues(s).has(Cues::STREET), "{s}");
        }
        for s in [
            "we were close to her",
            "by the way",
            "in 2019 we all went up the road",
            "seen by Dr Shah",
            "at St Mary's",
            "12 HIGH ROAD",
            "Dr",
            "1 Road",
        ] {
            assert!(!cues(s).has(Cues::STREET), "{s}");
        }
        assert!(cues("residential home").has(Cues::INSTITUTION));
        assert!(cues("PRU").has(Cues::INSTITUTION));
        // An ASCII word glued to a letter outside ASCII still ends at it for `\b`.
        assert!(cues("St Anne's PRUé").has(Cues::INSTITUTION));
        assert!(!cues("her school").has(Cues::INSTITUTION));
        assert!(!cues("SCHOOL").has(Cues::INSTITUTION));
        assert!(!cues("at the house in her room").has(Cues::HOUSE));
        assert!(!cues("ROSE COTTAGE").has(Cues::HOUSE));
    }

    /// Searched only near the trigger words that can end them, the address patterns find what
    /// they find in the whole text, in every case and spacing.
    #[test]
    fn windows_find_what_the_whole_text_gives() {
        let pieces = [
            "27",
            "4a",
            "12-14",
            "Flat",
            "flat",
            "3",
            "B",
            "Rose",
            "Cottage",
            "cottage",
            "House",
            "The",
            "Old",
            "Mill",
            "mill",
            "carlton",
            "Carlton",
            "road",
            "Road",
            "ROAD",
            "lane",
            "Lane",
            "Dr",
            "dr",
            "St",
            "St.",
            "Saint",
            "Shah",
            "Mary's",
            "by",
            "at",
            "we",
            "close",
            "Close",
            "way",
            "Way",
            "Park",
            "Green",
            "Hill",
            "Court",
            "Family",
            "School",
            "school",
            "Primary",
            "home",
            "Home",
            "residential",
            "Children's",
            "PRU",
            "Surgery",
            "Hove",
            "Brighton",
            "East",
            ",",
            ".",
            ";",
            "-",
            "'",
            "\n",
            "\t",
            "\u{a0}",
            "x",
            "José ",
            "O'Neill",
            "Smith-Jones",
            "2",
        ];
        for text in crate::detect::random_texts(&pieces, 4000, 24, 9, 0x3c6e_f372_fe94_f82b) {
            let tokens = tokenize(&text);
            let words = crate::detect::words::classify(&text, &tokens);
            let (mut windowed, mut whole) = (Vec::new(), Vec::new());
            find(&text, &tokens, &Cues::of(&text, &tokens, &words), &mut windowed);
            find_everywhere(&text, &mut whole);
            let key = |s: &Span| (s.start, s.end, s.detector);
            let (mut windowed, mut whole): (Vec<_>, Vec<_>) =
                (windowed.iter().map(key).collect(), whole.iter().map(key).collect());
            windowed.sort();
            whole.sort();
            assert_eq!(windowed, whole, "{text:?}");
        }
    }

    /// `listed`, from the word memo, says what the lexicon says of the word as `lower` writes it.
    #[test]
    fn listed_is_the_lexicons_word() {
        let lex = lexicon::get();
        let words = [
            "A",
            "a",
            "The",
            "the",
            "Hove",
            "HOVE",
            "hove",
            "Brighton",
            "East",
            "her",
            "Her",
            "mum",
            "Mum",
            "son",
            "Family",
            "Primary",
            "school",
            "Jade",
            "O'Neill",
            "St",
            "St Albans",
            "Mary’s",
            "Ré",
            "ÉCOLE",
            "children's",
            "Children’s",
            "x",
            "",
            "Road,",
            "rd.",
            "Dr",
            "and",
        ];
        let mut buf = String::new();
        for w in words {
            let f = lex.flags(lower(w, &mut buf));
            let l = listed(w);
            let got = (l.not_name, l.place, l.relation);
            let want = (f.has(Flags::NOT_NAME), f.has(Flags::PLACE), f.has(Flags::RELATION));
            assert_eq!(got, want, "{w:?}");
        }
        // Each kind of answer occurs, so the test can tell them apart.
        assert!(listed("the").not_name && listed("Hove").place && listed("mum").relation);
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
